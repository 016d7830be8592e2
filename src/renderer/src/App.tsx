import type { EditorView } from 'prosemirror-view'
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { emptyFilter, type AnnotationFilter } from '../../core/filter'
import type { AnnotationKind } from '../../core/schema'
import { getApi } from './api'
import { Announcer } from './components/Announcer'
import { AuthorPrompt } from './components/AuthorPrompt'
import { Footer } from './components/Footer'
import { keyHint } from './components/keyHint'
import { Notices } from './components/Notices'
import { QuestionDialog } from './components/QuestionDialog'
import { Toolbar } from './components/Toolbar'
import { openPersonRow } from './components/MergePreview'
import { DeskStore, type DeskState } from './deskStore'
import { liveSelectionOffsets } from './editor/annotationPlugin'
import { readDroppedFile } from './hooks/droppedFiles'
import { deleteArticleAsking, importAsking } from './hooks/editActions'
import { useDialogs } from './hooks/useDialogs'
import { useGlobalKeys } from './hooks/useGlobalKeys'
import { useMenuCommands } from './hooks/useMenuCommands'
import { useIdleSearchPrep, useProjectView } from './hooks/useProjectView'
import { Dialogs } from './panes/Dialogs'
import { LeftPane, type LeftTab } from './panes/LeftPane'
import { TagPane } from './panes/TagPane'
import { TextPane } from './panes/TextPane'

/** The window: toolbar, messages, the three panes (project, article, tags), dialogs and footer. */
export function App() {
  const api = useMemo(() => getApi(), [])
  const store = useMemo(() => new DeskStore(api), [api])
  const state = useSyncExternalStore(store.subscribe, store.getState)
  const viewRef = useRef<EditorView | null>(null)
  const searchRef = useRef<HTMLInputElement | null>(null)
  const [dragging, setDragging] = useState(false)
  const [leftTab, setLeftTab] = useState<LeftTab>('articles')
  const [filter, setFilter] = useState<AnnotationFilter>(emptyFilter)
  const [linking, setLinking] = useState(false)
  /** The find bar over the article: 0 closed, else how many times Ctrl+F opened it (each takes the keyboard back to it). */
  const [findingText, setFindingText] = useState(0)
  const [dialogs, setDialogs] = useDialogs()
  const runMenu = useMenuCommands(store, api, setDialogs, viewRef, {
    findInText: () => setFindingText((n) => n + 1),
    findTags: () => {
      setLeftTab('find')
      setTimeout(() => searchRef.current?.focus())
    }
  })
  useGlobalKeys({
    menu: runMenu,
    copyCitation: () => void store.copyCitation(),
    help: () => setDialogs({ help: true })
  })

  const view = useProjectView(store, state)
  const { project, article, articleAnnotations } = view
  const { selectedArticleId, selectedAnnotationId } = state
  useEffect(() => setLinking(false), [selectedAnnotationId])
  useIdleSearchPrep(store, project !== null, state.path)

  // Handlers that stay the same from render to render, so memoised lists do not re-render for a new closure.
  const on = useMemo(
    () => ({
      selectArticle: (id: string) => store.selectArticle(id),
      selectAnnotation: (id: string | null) => store.selectAnnotation(id),
      removeAnnotation: (id: string) => store.removeAnnotation(id),
      deleteArticle: (id: string) => deleteArticleAsking(store, id),
      focusSuggestion: (id: string | null) => store.review.focus(id)
    }),
    [store]
  )

  const tagSelection = (kind: AnnotationKind) => {
    const editor = viewRef.current
    store.tag(kind, editor ? liveSelectionOffsets(editor) : null)
    editor?.focus()
  }
  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault()
    setDragging(false)
    const files = [...e.dataTransfer.files]
    if (!files.length) return
    if (!project) return store.notify('error', 'Open or create a project before importing articles.')
    const read = await Promise.all(files.map(readDroppedFile))
    await importAsking(store, api, read)
  }

  return (
    <div
      className={`qm-app${dragging ? ' qm-dragging' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault()
          setDragging(true)
        }
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={onDrop}
    >
      <Toolbar
        projectName={project?.name ?? null}
        path={state.path}
        replica={store.replica}
        canUndo={state.history.done.length > 0}
        canRedo={state.history.undone.length > 0}
        hasArticle={!!article}
        onMenu={runMenu}
        onTag={tagSelection}
        onSuggest={() => store.review.suggest('article')}
      />
      <Messages store={store} state={state} />
      {state.loading ? (
        <main className="qm-welcome">Opening…</main>
      ) : !project ? (
        <Welcome onMenu={runMenu} />
      ) : (
        <main className="qm-panes">
          <LeftPane
            project={project}
            index={view.index}
            counts={view.counts}
            store={store}
            selectedArticleId={selectedArticleId}
            selectedAnnotationId={selectedAnnotationId}
            tab={leftTab}
            onTab={setLeftTab}
            filter={filter}
            onFilter={setFilter}
            searchRef={searchRef}
            onSelectArticle={on.selectArticle}
            onDeleteArticle={on.deleteArticle}
            onOpenAnnotation={on.selectAnnotation}
          />
          <TextPane
            api={api}
            store={store}
            state={state}
            article={article}
            annotations={articleAnnotations}
            suggestions={view.articleSuggestions}
            viewRef={viewRef}
            setDialogs={setDialogs}
            onLink={() => selectedAnnotationId && setLinking(true)}
            findText={{ opened: findingText, onClose: () => setFindingText(0) }}
            on={on}
          />
          <TagPane store={store} state={state} view={{ ...view, project }} viewRef={viewRef} linking={linking} setLinking={setLinking} onRemove={on.removeAnnotation} />
        </main>
      )}
      <Dialogs
        api={api}
        store={store}
        dialogs={dialogs}
        setDialogs={setDialogs}
        project={project}
        article={article}
        articleAnnotations={articleAnnotations}
        filter={filter}
        onOpenPerson={(id) => {
          setLeftTab('people')
          openPersonRow(project?.people.find((p) => p.id === id)?.name)
        }}
      />
      <QuestionDialog />
      <Footer />
    </div>
  )
}

function Welcome({ onMenu }: { onMenu: (command: 'new' | 'open' | 'openSample') => void }) {
  return (
    <main className="qm-welcome">
      <h1>Quotemark</h1>
      <p>Tag the quotes, attributions and claims in news articles, and keep them in one project file.</p>
      <div className="qm-welcome-actions">
        <button type="button" onClick={() => onMenu('new')}>
          New project… <kbd>{keyHint('new')}</kbd>
        </button>
        <button type="button" onClick={() => onMenu('open')}>
          Open project… <kbd>{keyHint('open')}</kbd>
        </button>
        <button type="button" onClick={() => onMenu('openSample')}>
          Open the sample project
        </button>
      </div>
    </main>
  )
}

/** How far the notices reach up into the panes, set as --qm-toasts-reach: the left pane ends above them. */
function toastsReach(region: HTMLElement): void {
  const panes = document.querySelector('.qm-panes')
  const shown = region.querySelector('.qm-notice, .qm-author-prompt') !== null
  const reach = panes && shown ? Math.max(0, panes.getBoundingClientRect().bottom - region.getBoundingClientRect().top) : 0
  document.documentElement.style.setProperty('--qm-toasts-reach', `${Math.ceil(reach)}px`)
}

/**
 * Above the panes, the read-only banner; floating over the window (so the text never moves), the notices and the
 * one-time question for the user's name.
 */
function Messages({ store, state }: { store: DeskStore; state: DeskState }) {
  const open = state.project !== null
  // A stack taller than the room for it scrolls inside its region (styles.css, .qm-toasts): the newest notice, at its
  // foot, is the one kept in view.
  const toasts = useRef<HTMLElement>(null)
  useLayoutEffect(() => {
    const region = toasts.current
    if (!region) return
    region.scrollTop = region.scrollHeight
    // (Measured here too, as the notices change, not only when the observer below next reports: till then the pane would
    // reach under the new notice.)
    toastsReach(region)
  }, [state.notices])
  // The left pane ends above the stack (--qm-toasts-reach, styles.css) so that none of its controls is hidden under a
  // notice (an error that says "merge Trump into someone first" must not cover the Merge button): they scroll instead.
  useLayoutEffect(() => {
    const region = toasts.current
    if (!region) return
    const root = document.documentElement
    const measure = () => toastsReach(region)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(region)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
      root.style.removeProperty('--qm-toasts-reach')
    }
  }, [open])
  return (
    <div className="qm-messages">
      <section className="qm-toasts" aria-label="Notices" ref={toasts}>
        <Notices notices={state.notices} onDismiss={store.dismiss} />
        {open && !state.authorConfirmed ? <AuthorPrompt author={state.author} onSave={(name) => void store.setAuthor(name)} /> : null}
      </section>
      <Announcer store={store} state={state} />
      {open && state.readOnly ? (
        <p className="qm-readonly" role="alert">
          <strong>Read-only.</strong> {state.readOnly}
        </p>
      ) : null}
    </div>
  )
}
