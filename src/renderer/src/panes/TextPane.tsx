import { useMemo, type MutableRefObject } from 'react'
import type { EditorView } from 'prosemirror-view'
import type { QuotemarkApi } from '../../../core/api'
import type { Annotation, Article } from '../../../core/schema'
import { ArticleHeader } from '../components/ArticleHeader'
import { keyHint } from '../components/keyHint'
import { ArticleView, type LiveTags } from '../components/ArticleView'
import { FindBar } from '../components/FindBar'
import type { DeskState, DeskStore } from '../deskStore'
import { runExtentAction } from '../hooks/editActions'
import type { ShownSuggestion } from '../editor/suggestionPlugin'
import { updateArticleAndSummarise, type SetDialogs } from '../hooks/useDialogs'

type Props = {
  api: QuotemarkApi
  store: DeskStore
  state: DeskState
  article: Article | undefined
  annotations: readonly Annotation[]
  suggestions: readonly ShownSuggestion[]
  viewRef: MutableRefObject<EditorView | null>
  setDialogs: SetDialogs
  onLink: () => void
  /** The find bar (Ctrl+F): `opened` 0 when closed. */
  findText: { opened: number; onClose: () => void }
  on: { selectAnnotation: (id: string | null) => void; removeAnnotation: (id: string) => void; focusSuggestion: (id: string | null) => void }
}

/** The middle pane: the open article's details and its text, where tags are made and chosen. */
export function TextPane({ api, store, state, article, annotations, suggestions, viewRef, setDialogs, onLink, findText, on }: Props) {
  const selectedId = state.selectedAnnotationId
  const live = useMemo<LiveTags>(
    () => ({ subscribe: store.subscribe, tags: (id) => store.articleTags(id).placed, selectedId: () => store.getState().selectedAnnotationId }),
    [store]
  )
  // J and K: the next or previous tag in text order, round the end.
  const step = (direction: 1 | -1) => {
    if (!annotations.length) return
    const at = annotations.findIndex((a) => a.id === selectedId)
    const next = at === -1 ? (direction === 1 ? 0 : annotations.length - 1) : (at + direction + annotations.length) % annotations.length
    store.selectAnnotation(annotations[next]!.id)
  }
  return (
    <section className="qm-pane qm-pane-text" aria-label="Article">
      {article ? (
        <>
          <ArticleHeader
            article={article}
            onSave={(patch) => store.updateArticle(article.id, patch)}
            onPasteText={() => setDialogs({ pasting: true })}
            onUpdateText={() =>
              void updateArticleAndSummarise(store, setDialogs, `Updated “${article.title}”`, () => api.updateArticle(article.id))
            }
          />
          {findText.opened ? (
            <FindBar viewRef={viewRef} articleId={article.id} opened={findText.opened} onTag={(kind, range) => store.tag(kind, range)} onClose={findText.onClose} />
          ) : null}
          <ArticleView
            article={article}
            annotations={annotations}
            selectedId={selectedId}
            onTag={(kind, range) => store.tag(kind, range)}
            onSelect={on.selectAnnotation}
            onDelete={on.removeAnnotation}
            onStep={step}
            onSpeakerFromText={(name) => store.speakerFromText(name)}
            onLink={onLink}
            speakerName={(id) => store.getState().project?.people.find((p) => p.id === id)?.name}
            people={state.project?.people}
            onExtent={(action, caret) => runExtentAction(store, action, caret)}
            onResize={(id, edge, offset) => store.resizeTagTo(id, edge, offset)}
            onOpenLink={(href) => void api.openExternal(href)}
            suggestions={state.suggesting ? suggestions : undefined}
            activeSuggestionId={state.suggesting?.activeId ?? null}
            onFocusSuggestion={on.focusSuggestion}
            viewRef={viewRef}
            live={live}
          />
        </>
      ) : (
        <p className="qm-empty">
          {state.project?.articles.length ? 'Choose an article on the left.' : <>No articles in this project yet. Import one with <kbd>{keyHint('import')}</kbd> or drop a file here.</>}
        </p>
      )}
    </section>
  )
}
