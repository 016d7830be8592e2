/**
 * Suggested quotes shown in the article's text, apart from the tags: a
 * dashed outline for each suggestion and a stronger one for the suggestion
 * under review. Suggestions are not annotations; they live here only while
 * the reporter reviews them, as text offsets like everything else, and are
 * turned into decorations through the article's offset index. A quote whose
 * speaker is only a guess is dotted instead of dashed, ends in a "?" and
 * says "speaker?" in its title.
 *
 * As in annotationPlugin, the state is immutable and rebuilt in `apply` from
 * an action passed in `tr.setMeta`; the key is private, callers use the
 * exported command and selector.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { speakerUnsure } from '../store/suggestionReview'
import { offsetToPos, type TextIndex } from './articleDoc'

export type ShownSuggestion = {
  readonly id: string
  readonly kind: 'quote' | 'claim'
  readonly start: number
  readonly end: number
  readonly speaker: string | null
  /** As on a quote suggestion: false when the speaker is only a guess, with who else it may be. */
  readonly confident?: boolean
  readonly candidates?: readonly string[]
}

type SuggestionState = {
  readonly suggestions: readonly ShownSuggestion[]
  readonly activeId: string | null
  readonly decorations: DecorationSet
}

const key = new PluginKey<SuggestionState>('quotemark-suggestions')

export function suggestionPlugin(index: TextIndex): Plugin<SuggestionState> {
  return new Plugin<SuggestionState>({
    key,
    state: {
      init: () => ({ suggestions: [], activeId: null, decorations: DecorationSet.empty }),
      apply: (tr, prev) => {
        const next = tr.getMeta(key) as { suggestions: readonly ShownSuggestion[]; activeId: string | null } | undefined
        if (!next) return tr.docChanged ? { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) } : prev
        if (next.suggestions === prev.suggestions && next.activeId === prev.activeId) return prev
        return { ...next, decorations: decorate(tr.doc, index, next.suggestions, next.activeId) }
      }
    },
    props: { decorations: (state) => key.getState(state)?.decorations ?? DecorationSet.empty }
  })
}

function decorate(doc: EditorState['doc'], index: TextIndex, suggestions: readonly ShownSuggestion[], activeId: string | null): DecorationSet {
  const decos: Decoration[] = []
  for (const s of suggestions) {
    const from = offsetToPos(index, s.start)
    const to = offsetToPos(index, s.end)
    if (to <= from) continue
    const active = s.id === activeId
    const unsure = speakerUnsure(s)
    decos.push(
      Decoration.inline(from, to, {
        nodeName: 'span',
        class: `qm-suggestion qm-suggestion-${s.kind}${active ? ' qm-suggestion-active' : ''}${unsure ? ' qm-suggestion-unsure' : ''}`,
        'data-suggestion-id': s.id,
        title: unsure ? `Suggested quote (speaker? ${whoElse(s)}): accepting (A) in the Suggestions panel asks who said it` : `Suggested ${s.kind}${s.speaker ? ` (${s.kind === 'claim' ? 'source' : 'by'} ${s.speaker})` : ''}: accept (A) or reject (R) in the Suggestions panel`
      })
    )
    // A "?" after the words, drawn by the style sheet: not part of the text, never selected or copied.
    if (unsure) decos.push(Decoration.widget(to, unsureMark, { side: 1, ignoreSelection: true, key: 'qm-unsure-mark' }))
  }
  return DecorationSet.create(doc, decos)
}

/** The candidates of a guessed speaker as a title reads them: "Pedro Gómez, Ana Ruiz or no one". */
function whoElse(s: ShownSuggestion): string {
  const names = [...new Set([...(s.speaker ? [s.speaker] : []), ...(s.candidates ?? [])])]
  return [...names, 'no one'].join(', ').replace(/, no one$/, ' or no one')
}

function unsureMark(): HTMLElement {
  const mark = document.createElement('span')
  mark.className = 'qm-suggestion-unsure-mark'
  mark.setAttribute('aria-hidden', 'true')
  return mark
}

/** Show these suggestions (this article's), one of them under review. */
export const showSuggestions =
  (suggestions: readonly ShownSuggestion[], activeId: string | null) =>
  (state: EditorState, dispatch?: (tr: Transaction) => void): boolean => {
    const current = key.getState(state)
    if (!current) return false
    if (current.suggestions === suggestions && current.activeId === activeId) return true
    dispatch?.(state.tr.setMeta(key, { suggestions, activeId }).setMeta('addToHistory', false))
    return true
  }

/** The suggestions shown now (empty when none). */
export function shownSuggestions(state: EditorState): readonly ShownSuggestion[] {
  return key.getState(state)?.suggestions ?? []
}
