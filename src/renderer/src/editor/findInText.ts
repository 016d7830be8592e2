/**
 * Find within the article's own words (Ctrl+F), apart from Find among tags.
 *
 * The state is the words looked for, every match as text offsets (within one
 * block: a match never runs from one paragraph into the next), and which match
 * is the current one. Matching folds case, accents, curly quotes and dashes
 * one character for one (`foldChars`), so the offsets found in the folded
 * text are the article's own. The plugin draws each match and, more strongly,
 * the current one as inline decorations through the article's offset index;
 * like the other plugins it is changed only through `tr.setMeta` with the
 * exported commands, and read with `findState`.
 */
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { foldChars } from '../../../core/text/fold'
import { offsetToPos, type TextIndex } from './articleDoc'

export type TextMatch = { readonly start: number; readonly end: number }

export type FindState = {
  readonly query: string
  readonly matches: readonly TextMatch[]
  /** Index into `matches`; -1 when there is none. */
  readonly current: number
  readonly decorations: DecorationSet
  /** The article's offset index, to place a match in the editor. */
  readonly index: TextIndex | null
}

/** The words to find, and either which match is current or the offset the current one starts at or after. */
type FindMeta = { query: string } & ({ current: number } | { from: number })

const key = new PluginKey<FindState>('quotemark-find-in-text')
const empty: FindState = { query: '', matches: [], current: -1, decorations: DecorationSet.empty, index: null }

/** Every place the query's words stand in the text, block by block, in text order (none for an empty or blank query). */
export function findInText(text: string, blocks: readonly { start: number; end: number }[], query: string): TextMatch[] {
  const needle = foldChars(query)
  if (!needle.trim()) return []
  const matches: TextMatch[] = []
  for (const block of blocks) {
    const hay = foldChars(text.slice(block.start, block.end))
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) {
      matches.push({ start: block.start + at, end: block.start + at + needle.length })
    }
  }
  return matches
}

/** The match to show first for a query: the first at or after `offset` (the caret), else the first of all. */
export function firstMatchFrom(matches: readonly TextMatch[], offset: number): number {
  if (!matches.length) return -1
  const at = matches.findIndex((m) => m.start >= offset)
  return at === -1 ? 0 : at
}

export function findInTextPlugin(index: TextIndex, text: string): Plugin<FindState> {
  const blocks = index.starts.map((start, i) => ({ start, end: index.ends[i]! }))
  return new Plugin<FindState>({
    key,
    state: {
      init: () => ({ ...empty, index }),
      apply: (tr, prev) => {
        const meta = tr.getMeta(key) as FindMeta | undefined
        if (!meta) return prev
        const matches = meta.query === prev.query ? prev.matches : findInText(text, blocks, meta.query)
        const wanted = 'from' in meta ? firstMatchFrom(matches, meta.from) : meta.current
        const current = matches.length ? Math.max(0, Math.min(matches.length - 1, wanted)) : -1
        if (matches === prev.matches && current === prev.current) return prev
        return { query: meta.query, matches, current, decorations: decorate(tr.doc, index, matches, current), index }
      }
    },
    props: { decorations: (state) => key.getState(state)?.decorations ?? DecorationSet.empty }
  })
}

function decorate(doc: EditorState['doc'], index: TextIndex, matches: readonly TextMatch[], current: number): DecorationSet {
  const decos = matches.map((m, i) =>
    Decoration.inline(offsetToPos(index, m.start), offsetToPos(index, m.end), { class: i === current ? 'qm-find-match qm-find-current' : 'qm-find-match' })
  )
  return DecorationSet.create(doc, decos)
}

export function findState(state: EditorState): FindState {
  return key.getState(state) ?? empty
}

/** Look for `query`, the current match being the first at or after `fromOffset`; the text's selection moves onto it. */
export function setFindQuery(view: EditorView, query: string, fromOffset: number): FindState {
  return show(view, { query, from: fromOffset })
}

/** The next (1) or previous (-1) match, round the ends. */
export function stepFind(view: EditorView, direction: 1 | -1): FindState {
  const { query, matches, current } = findState(view.state)
  if (!matches.length) return findState(view.state)
  return show(view, { query, current: (current + direction + matches.length) % matches.length })
}

/** No more highlights (the selection stays on the last current match, to tag it). */
export function clearFind(view: EditorView): void {
  if (findState(view.state).query) view.dispatch(view.state.tr.setMeta(key, { query: '', current: -1 } satisfies FindMeta))
}

function show(view: EditorView, meta: FindMeta): FindState {
  let tr: Transaction = view.state.tr.setMeta(key, meta)
  const next = key.getState(view.state.apply(tr)) ?? empty
  const match = next.matches[next.current]
  if (match && next.index) tr = tr.setSelection(TextSelection.create(tr.doc, offsetToPos(next.index, match.start), offsetToPos(next.index, match.end)))
  view.dispatch(tr)
  view.dom.querySelector('.qm-find-current')?.scrollIntoView({ block: 'center' })
  return findState(view.state)
}
