import { baseKeymap } from 'prosemirror-commands'
import { keymap } from 'prosemirror-keymap'
import { EditorState, Plugin } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { useEffect, useRef } from 'react'
import { keyActions } from '../../../core/keymap'
import type { Annotation, AnnotationKind, Article } from '../../../core/schema'
import { annotationPlugin, annotationState, annotationsAtOffset, caretOffset, hoverAnnotation, liveSelectionOffsets, redrawTagNames, selectAnnotation, selectionToOffsets, syncAnnotations } from '../editor/annotationPlugin'
import { tagHandlesPlugin, type OnResize } from '../editor/tagHandles'
import { extentActions, type ExtentAction } from '../hooks/editActions'
import { articleToDoc, posToOffset } from '../editor/articleDoc'
import { findInTextPlugin } from '../editor/findInText'
import { showSuggestions, suggestionPlugin, type ShownSuggestion } from '../editor/suggestionPlugin'

export type ArticleViewProps = {
  article: Article
  annotations: readonly Annotation[]
  selectedId: string | null
  onTag: (kind: AnnotationKind, range: { start: number; end: number } | null) => void
  onSelect: (id: string | null) => void
  onDelete: (id: string) => void
  onStep: (direction: 1 | -1) => void
  onOpenLink: (href: string) => void
  /** The selected words name the selected tag's speaker (P). */
  onSpeakerFromText: (name: string) => void
  /** Start linking the selected tag to another (L). */
  onLink: () => void
  /** A person's name by id: a screen reader hears each tag's kind and speaker. */
  speakerName?: (personId: string) => string | undefined
  /** The project's people (compared by identity): when they change, the tags' spoken names are drawn again. */
  people?: unknown
  /** Resize, split or join the selected tag (the caret's offset for a split); false leaves the key to the text. */
  onExtent: (action: ExtentAction, caret: number | null) => boolean
  /** An end of a tag was dragged to a text offset. */
  onResize: OnResize
  /** Suggested quotes of this article to outline in the text, while reviewing them; the one under review. */
  suggestions?: readonly ShownSuggestion[]
  activeSuggestionId?: string | null
  onFocusSuggestion?: (id: string) => void
  /** Lets the toolbar read the current selection. */
  viewRef: React.MutableRefObject<EditorView | null>
  /**
   * The replica's changes as they happen: the text repaints the moment the
   * tags change, inside the key's own task, before React renders the panes
   * (so the text's redraw and the selection it restores do not wait for, or
   * force a layout of, the rest of the window). The props still say the same.
   */
  live?: LiveTags
}

export type LiveTags = {
  subscribe: (listener: () => void) => () => void
  /** The article's placed tags: the same array as `annotations` for the same state. */
  tags: (articleId: string) => readonly Annotation[]
  selectedId: () => string | null
}

const noSuggestions: readonly ShownSuggestion[] = []

/** The text is read-only: selection, caret movement and copy work, nothing edits the words. */
const readOnlyText = new Plugin({
  filterTransaction: (tr) => !tr.docChanged,
  props: {
    handleTextInput: () => true,
    handlePaste: () => true,
    handleDrop: () => true,
    handleDOMEvents: { cut: (_view, event) => (event.preventDefault(), true) }
  }
})

export function ArticleView(props: ArticleViewProps) {
  const host = useRef<HTMLDivElement>(null)
  const latest = useRef(props)
  latest.current = props

  // What the plugin was last given: each change is handed over once, by whichever path sees it first.
  const synced = useRef<{ tags: readonly Annotation[] | null; selectedId: string | null }>({ tags: null, selectedId: null })
  const sync = (view: EditorView, tags: readonly Annotation[], selectedId: string | null): boolean => {
    const last = synced.current
    if (last.tags === tags && last.selectedId === selectedId) return false
    synced.current = { tags, selectedId }
    // The same tags with another selected: only the selection, without comparing every tag again.
    if (last.tags === tags) selectAnnotation(selectedId)(view.state, view.dispatch)
    else syncAnnotations(tags, selectedId)(view.state, view.dispatch)
    return true
  }

  // One editor per article: the offset index is built once, here.
  useEffect(() => {
    const { article } = latest.current
    const { doc, index } = articleToDoc(article)
    const textKeys = textKeymap(() => latest.current)
    const state = EditorState.create({
      doc,
      plugins: [
        annotationPlugin({ articleId: article.id, index, annotations: latest.current.annotations, speakerName: (id) => latest.current.speakerName?.(id) }),
        suggestionPlugin(index),
        tagHandlesPlugin(index, () => latest.current.onResize),
        findInTextPlugin(index, article.text),
        keymap(textKeys),
        keymap(baseKeymap),
        readOnlyText
      ]
    })
    // Built outside the page, then put in: creating ~4,000 tag spans and setting their attributes costs less while detached.
    const view = new EditorView(null, {
      state,
      attributes: { class: 'qm-article-text', 'aria-label': `Text of ${article.title}`, role: 'document', spellcheck: 'false' },
      handleDOMEvents: {
        // Hovering a quote lights up its attribution, and the reverse.
        mouseover: (v, event) => {
          const el = (event.target as HTMLElement).closest('[data-annotation-id]')
          const id = el?.getAttribute('data-annotation-id') ?? null
          if (id !== annotationState(v.state)?.hoverId) hoverAnnotation(id)(v.state, v.dispatch)
          return false
        },
        mouseleave: (v) => (annotationState(v.state)?.hoverId && hoverAnnotation(null)(v.state, v.dispatch), false)
      },
      handleClick: (v, pos, event) => {
        const link = (event.target as HTMLElement).closest('a[href]')
        if (link) {
          event.preventDefault()
          latest.current.onOpenLink(link.getAttribute('href') ?? '')
          return true
        }
        // A click on a suggested quote puts it under review.
        const suggestion = (event.target as HTMLElement).closest('[data-suggestion-id]')?.getAttribute('data-suggestion-id')
        if (suggestion && latest.current.onFocusSuggestion) {
          latest.current.onFocusSuggestion(suggestion)
          return false
        }
        // ProseMirror calls this for a click, not a drag, so a drag-selection never selects a tag.
        const innermost = annotationsAtOffset(v.state, posToOffset(index, pos))[0]
        latest.current.onSelect(innermost?.id ?? null)
        return false
      }
    })
    // Around every commit, React saves the selection of a focused `contentEditable === 'true'` element by walking
    // all of its DOM (and would restore it if the commit moved focus). The text is ProseMirror's, thousands of spans
    // in an article with hundreds of tags, never edited, and its selection is ProseMirror's to keep: React is told
    // this element is not an editable field, so a tag action's re-render does not walk the whole article.
    // (ProseMirror itself only ever compares contentEditable with "false".)
    Object.defineProperty(view.dom, 'contentEditable', { configurable: true, get: () => 'inherit' })
    host.current!.appendChild(view.dom)
    latest.current.viewRef.current = view
    synced.current = { tags: latest.current.annotations, selectedId: null }
    const live = latest.current.live
    const stopLive = live?.subscribe(() => sync(view, live.tags(article.id), live.selectedId()))
    return () => {
      stopLive?.()
      latest.current.viewRef.current = null
      // Taking thousands of spans out of the page is slow, and would hold up the next article: the old text is
      // hidden now (skipped from rendering, out of reach of focus, pointer and assistive technology) and dropped once the window is idle.
      const old = view.dom
      old.style.contentVisibility = 'hidden'
      old.inert = true
      old.setAttribute('aria-hidden', 'true')
      old.removeAttribute('aria-label')
      old.classList.remove('qm-article-text')
      requestIdleCallback(() => view.destroy(), { timeout: 2000 })
    }
  }, [props.article.id, props.article.text])

  useEffect(() => {
    const view = props.viewRef.current
    if (!view) return
    // Only what changed is redrawn: the plugin updates the decorations of the tags that changed or whose selection did.
    sync(view, props.annotations, props.selectedId)
  }, [props.selectedId, props.annotations, props.viewRef])

  // A person renamed: the tags did not change, but what a screen reader hears of them did.
  const people = useRef(props.people)
  useEffect(() => {
    const view = props.viewRef.current
    if (!view || people.current === props.people) return
    people.current = props.people
    redrawTagNames(view.state, view.dispatch)
  }, [props.people, props.viewRef])

  useEffect(() => {
    const view = props.viewRef.current
    const id = props.selectedId
    if (!view || !id) return
    // In the next frame, whose layout this then shares, rather than forcing one now.
    const frame = requestAnimationFrame(() => view.dom.querySelector(`[data-annotation-ids~="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' }))
    return () => cancelAnimationFrame(frame)
  }, [props.selectedId, props.viewRef])

  useEffect(() => {
    const view = props.viewRef.current
    if (!view) return
    showSuggestions(props.suggestions ?? noSuggestions, props.activeSuggestionId ?? null)(view.state, view.dispatch)
    if (props.activeSuggestionId) view.dom.querySelector(`[data-suggestion-id="${CSS.escape(props.activeSuggestionId)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [props.suggestions, props.activeSuggestionId, props.viewRef, props.article.id])

  return <div className="qm-article-host" ref={host} />
}

/** The text's keys, from the keymap (its `text` actions): what each action does here, for ProseMirror's keymap plugin. */
function textKeymap(props: () => ArticleViewProps): Record<string, (state: EditorState, dispatch: unknown, view?: EditorView) => boolean> {
  const selection = (state: EditorState, view?: EditorView) => (view ? liveSelectionOffsets(view) : selectionToOffsets(state))
  const actions: Record<string, (state: EditorState, view?: EditorView) => boolean | void> = {
    ...Object.fromEntries(extentActions.map((id) => [id, (state: EditorState, view?: EditorView) => props().onExtent(id, view ? caretOffset(view) : null)])),
    quote: (state, view) => props().onTag('quote', selection(state, view)),
    attribution: (state, view) => props().onTag('attribution', selection(state, view)),
    claim: (state, view) => props().onTag('claim', selection(state, view)),
    nextTag: () => props().onStep(1),
    previousTag: () => props().onStep(-1),
    speakerFromText: (state, view) => {
      const range = selection(state, view)
      props().onSpeakerFromText(range ? props().article.text.slice(range.start, range.end) : '')
    },
    link: () => props().onLink(),
    delete: () => {
      const id = props().selectedId
      if (id) props().onDelete(id)
    },
    deselect: () => props().onSelect(null)
  }
  return Object.fromEntries(
    keyActions.filter((a) => a.where === 'text').flatMap((a) => a.keys.map((k) => [k, (state: EditorState, _dispatch: unknown, view?: EditorView) => actions[a.id]?.(state, view) !== false]))
  )
}
