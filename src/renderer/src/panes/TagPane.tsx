import type { MutableRefObject } from 'react'
import type { EditorView } from 'prosemirror-view'
import { ConflictList } from '../components/ConflictList'
import { ApproximateList, OrphanList } from '../components/OrphanList'
import { checkItems } from '../hooks/useDialogs'
import { SuggestionsPanel } from '../components/SuggestionsPanel'
import { TagSidebar } from '../components/TagSidebar'
import type { DeskState, DeskStore } from '../deskStore'
import { liveSelectionOffsets } from '../editor/annotationPlugin'
import type { ProjectView } from '../hooks/useProjectView'

type Props = {
  store: DeskStore
  state: DeskState
  view: ProjectView & { project: NonNullable<ProjectView['project']> }
  viewRef: MutableRefObject<EditorView | null>
  linking: boolean
  setLinking: (on: boolean) => void
  onRemove: (id: string) => void
}

/** The right pane: the suggestions under review (and progress reading a project through), then the article's conflicts, orphans and tags. */
export function TagPane({ store, state, view, viewRef, linking, setLinking, onRemove }: Props) {
  const { project, article, articleAnnotations } = view
  const { review } = store
  const selection = () => (viewRef.current ? liveSelectionOffsets(viewRef.current) : null)
  return (
    <aside className="qm-pane qm-pane-tags" aria-label="Tags">
      {state.suggestProgress ? (
        <p className="qm-suggest-progress" role="status">
          Looking for quotes in {state.suggestProgress.total} articles… {state.suggestProgress.done} read{' '}
          <button type="button" onClick={() => review.stop()}>
            Stop
          </button>
        </p>
      ) : null}
      {state.suggesting ? (
        <SuggestionsPanel
          scope={state.suggesting.scope}
          claims={state.suggesting.claims}
          onClaims={(on) => review.suggest(state.suggesting?.scope ?? 'article', on)}
          suggestions={view.suggestions}
          failures={review.failures()}
          activeId={state.suggesting.activeId}
          people={project.people}
          titles={view.titles}
          selection={() => {
            const range = selection()
            return range && article ? { ...range, text: article.text.slice(range.start, range.end) } : null
          }}
          onFocus={(id) => review.focus(id)}
          onAccept={(s, fix) => review.accept(s, fix)}
          onReject={(s) => review.reject(s)}
          onAcceptAllBy={(speaker) => review.acceptAllBy(speaker)}
          onScope={(scope) => review.suggest(scope)}
          onClose={() => {
            review.stop()
            viewRef.current?.focus()
          }}
        />
      ) : null}
      <h2>
        Tags <span className="qm-count">{articleAnnotations.length}</span>
      </h2>
      <ConflictList
        conflicts={view.articleConflicts}
        index={view.index}
        articleTitle={view.article?.title}
        onOpen={(id) => store.selectAnnotation(id)}
        onResolve={(id, keep) => store.resolveConflict(id, keep)}
      />
      <ApproximateList items={checkItems(store, state.approximate)} onOpen={(id) => store.selectAnnotation(id)} onDone={() => store.replica.clearApproximate()} />
      <OrphanList orphans={view.orphans} onDelete={onRemove} onReattach={(id) => store.reattachOrphan(id, selection())} />
      <TagSidebar
        articleId={article?.id ?? ''}
        annotations={articleAnnotations}
        selectedId={state.selectedAnnotationId}
        project={project}
        index={view.index}
        store={store}
        linking={linking}
        setLinking={setLinking}
      />
    </aside>
  )
}
