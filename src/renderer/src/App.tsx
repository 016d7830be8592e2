import type { EditorView } from 'prosemirror-view'
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { MenuCommand } from '../../core/api'
import { annotationKinds, type AnnotationKind } from '../../core/schema'
import { kindLabel } from './components/kinds'
import { getApi } from './api'
import { ArticleHeader } from './components/ArticleHeader'
import { AuthorPrompt } from './components/AuthorPrompt'
import { ArticleList } from './components/ArticleList'
import { ArticleView } from './components/ArticleView'
import { Notices } from './components/Notices'
import { FindPanel } from './components/FindPanel'
import { PeoplePanel } from './components/PeoplePanel'
import { TagSidebar } from './components/TagSidebar'
import { indexProject, type ProjectIndex } from '../../core/annotations'
import { emptyFilter, filterAnnotations, prepareSearch, type AnnotationFilter } from '../../core/filter'
import type { Annotation } from '../../core/schema'
import type { ExportFormat } from '../../core/export'
import { ExportDialog, type ExportScope } from './components/ExportDialog'
import { BackupsDialog } from './components/BackupsDialog'
import { ConflictList } from './components/ConflictList'
import { OrphanList } from './components/OrphanList'
import { SummaryDialog } from './components/SummaryDialog'
import { PasteTextDialog } from './components/PasteTextDialog'
import { Toolbar } from './components/Toolbar'
import { SuggestionsPanel } from './components/SuggestionsPanel'
import { liveSelectionOffsets } from './editor/annotationPlugin'
import { DeskStore } from './deskStore'

type LeftTab = 'articles' | 'find' | 'people'
const emptySource = { annotations: [], people: [] }
const noAnnotations: readonly Annotation[] = []
const noConflicts: readonly never[] = []
const leftTabs: { id: LeftTab; label: string; hint: string }[] = [
  { id: 'articles', label: 'Articles', hint: 'The articles in this project' },
  { id: 'find', label: 'Find', hint: 'Every tag in the project, by kind, speaker, status and words (Ctrl+Shift+F)' },
  { id: 'people', label: 'People', hint: 'Speakers and sources' }
]

export function App() {
  const api = useMemo(() => getApi(), [])
  const store = useMemo(() => new DeskStore(api), [api])
  const state = useSyncExternalStore(store.subscribe, store.getState)
  const viewRef = useRef<EditorView | null>(null)
  const [dragging, setDragging] = useState(false)
  const [leftTab, setLeftTab] = useState<LeftTab>('articles')
  const [filter, setFilter] = useState<AnnotationFilter>(emptyFilter)
  const [linking, setLinking] = useState(false)
  const [exporting, setExporting] = useState(false)
  const [summary, setSummary] = useState<{ title: string; lines: string[] } | null>(null)
  const [restoring, setRestoring] = useState(false)
  const [pasting, setPasting] = useState(false)
  const searchRef = useRef<HTMLInputElement | null>(null)

  const runMenu = (command: MenuCommand) => {
    switch (command) {
      case 'new':
        return void store.openWith(api.newProject)
      case 'open':
        return void store.openWith(api.openProject)
      case 'openSample':
        return void store.openWith(api.openSample)
      case 'saveAs':
        return void store.openWith(api.saveProjectAs)
      case 'import':
        return void store.importArticles()
      case 'export':
        return setExporting(Boolean(store.getState().project))
      case 'mergeProject':
        return void store.applyFromMain(api.mergeProject).then((lines) => lines && setSummary({ title: 'Merged a colleague’s project', lines }))
      case 'restoreBackup':
        return setRestoring(Boolean(store.getState().project))
      case 'close':
        return void store.close()
      case 'suggest':
        return store.suggest('article')
      case 'suggestAll':
        return store.suggest('project')
      case 'undo':
      case 'redo':
        // In a note or a details field, the menu's Undo means the field's own typing undo.
        if (document.activeElement?.closest('input, textarea')) return void document.execCommand(command)
        return command === 'undo' ? store.undo() : store.redo()
    }
  }
  const menuRef = useRef(runMenu)
  menuRef.current = runMenu

  useEffect(() => {
    void store.start((c) => menuRef.current(c))
    return () => store.stop()
  }, [store])

  // Keyboard equivalents of the menu, so every action works from the keyboard in any window.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (!mod || e.altKey) return
      const key = e.key.toLowerCase()
      const inField = e.target instanceof HTMLElement && e.target.closest('input, textarea, select') !== null
      if (key === 'c' && e.shiftKey) {
        e.preventDefault()
        void store.copyCitation()
        return
      }
      if (key === 'g' && e.shiftKey) {
        e.preventDefault()
        menuRef.current('suggest')
        return
      }
      if (key === 'f' && e.shiftKey) {
        e.preventDefault()
        setLeftTab('find')
        setTimeout(() => searchRef.current?.focus())
        return
      }
      const command: MenuCommand | null =
        key === 'z' && !inField ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !inField ? 'redo' : key === 'o' ? 'open' : key === 'n' ? 'new' : key === 'i' ? 'import' : key === 'e' ? 'export' : key === 's' && e.shiftKey ? 'saveAs' : null
      if (!command) return
      e.preventDefault()
      menuRef.current(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const { project, selectedArticleId, selectedAnnotationId } = state
  const article = project?.articles.find((a) => a.id === selectedArticleId)
  // The project's index, derived from the previous one by the tags that changed (not rebuilt over 20,000 tags per action).
  const indexRef = useRef<ProjectIndex | undefined>(undefined)
  const index = useMemo(() => (indexRef.current = indexProject(project ?? emptySource, indexRef.current)), [project?.annotations, project?.people])
  // Per-article counts: a new map when any article's tags change, but each row re-renders only if its own count did.
  const counts = useMemo(() => new Map([...index.byArticle].map(([id, list]) => [id, list.length])), [index.byArticle])
  useEffect(() => setLinking(false), [selectedAnnotationId])
  // This article's tags in text order: the same array until one of them changes, so the editor and the sidebar skip other articles' changes.
  const allArticleAnnotations = (article && index.byArticle.get(article.id)) || noAnnotations
  const articleAnnotations = useMemo(() => allArticleAnnotations.filter((a) => !a.orphan), [allArticleAnnotations])
  const orphans = useMemo(() => allArticleAnnotations.filter((a) => a.orphan), [allArticleAnnotations])
  const articleConflicts = useMemo(
    () => (project && article && project.conflicts.length ? project.conflicts.filter((c) => index.annotationsById.get(c.annotationId)?.articleId === article.id) : noConflicts),
    [project?.conflicts, index, article?.id]
  )

  // Suggested quotes under review: worked out again only when the project, the scope or the article changes.
  const suggestions = useMemo(() => store.suggestions(), [store, project, state.suggesting?.scope, state.suggesting?.claims, state.suggesting !== null, selectedArticleId])
  const articleSuggestions = useMemo(() => suggestions.filter((s) => s.articleId === selectedArticleId), [suggestions, selectedArticleId])
  const titles = useMemo(() => new Map((project?.articles ?? []).map((a) => [a.id, a.title])), [project?.articles])
  const onFocusSuggestion = useMemo(() => (id: string | null) => store.focusSuggestion(id), [store])

  // Fold the tags' text for Find while the window is idle, so the first keystroke there does not pay for it.
  const projectOpen = project !== null
  useEffect(() => {
    if (!projectOpen) return
    let handle = 0
    const slice = (deadline: IdleDeadline) => {
      // A few milliseconds at a time, so a key pressed meanwhile is not kept waiting for a whole idle period.
      const until = performance.now() + 8
      const current = store.getState().project
      if (current && !prepareSearch(current, () => Math.min(deadline.timeRemaining(), until - performance.now()))) handle = requestIdleCallback(slice)
    }
    handle = requestIdleCallback(slice)
    return () => cancelIdleCallback(handle)
  }, [store, projectOpen, state.path])

  // Handlers that stay the same from render to render, so memoised lists do not re-render for a new closure.
  const on = useMemo(
    () => ({
      selectArticle: (id: string) => store.selectArticle(id),
      selectAnnotation: (id: string | null) => store.selectAnnotation(id),
      removeAnnotation: (id: string) => store.removeAnnotation(id)
    }),
    [store]
  )

  const exportScopes = (): ExportScope[] => {
    if (!project) return []
    const filtered = filterAnnotations(project, filter).map((a) => a.id)
    const scopes: ExportScope[] = [
      { id: 'all', label: 'All tags in the project', fileLabel: 'all tags', count: project.annotations.length },
      { id: 'filter', label: 'Tags matching the Find filter', fileLabel: 'selected tags', annotationIds: filtered, count: filtered.length }
    ]
    if (article) scopes.push({ id: 'article', label: `Tags in “${article.title}”`, fileLabel: article.title, annotationIds: articleAnnotations.map((a) => a.id), count: articleAnnotations.length })
    return scopes
  }
  const runExport = async (format: ExportFormat, scope: ExportScope) => {
    const result = await api.exportAnnotations({ format, annotationIds: scope.annotationIds, scopeLabel: scope.fileLabel })
    if (result.ok) store.notify('info', `Exported ${result.count} ${result.count === 1 ? 'tag' : 'tags'} to ${result.path}.`)
    else if (!result.cancelled) store.notify('error', result.error)
    return result.ok
  }

  const tagSelection = (kind: AnnotationKind) => {
    const view = viewRef.current
    store.tag(kind, view ? liveSelectionOffsets(view) : null)
    view?.focus()
  }
  const step = (direction: 1 | -1) => {
    if (!articleAnnotations.length) return
    const at = articleAnnotations.findIndex((a) => a.id === selectedAnnotationId)
    const next = at === -1 ? (direction === 1 ? 0 : articleAnnotations.length - 1) : (at + direction + articleAnnotations.length) % articleAnnotations.length
    store.selectAnnotation(articleAnnotations[next]!.id)
  }

  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault()
    setDragging(false)
    const files = [...e.dataTransfer.files]
    if (!files.length) return
    if (!project) return store.notify('error', 'Open or create a project before importing articles.')
    const read = await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() })))
    await store.importArticles(read)
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
        save={state.save}
        canUndo={state.history.done.length > 0}
        canRedo={state.history.undone.length > 0}
        hasArticle={!!article}
        onMenu={runMenu}
        onTag={tagSelection}
        onSuggest={() => store.suggest('article')}
      />
      <div className="qm-messages">
        <Notices notices={state.notices} onDismiss={(id) => store.dismiss(id)} />
        {project && state.readOnly ? (
          <p className="qm-readonly" role="alert">
            <strong>Read-only.</strong> {state.readOnly}
          </p>
        ) : null}
        {project && !state.authorConfirmed ? <AuthorPrompt author={state.author} onSave={(name) => void store.setAuthor(name)} /> : null}
      </div>
      {state.loading ? (
        <main className="qm-welcome">Opening…</main>
      ) : !project ? (
        <main className="qm-welcome">
          <h1>Quotemark</h1>
          <p>Tag the quotes, attributions and claims in news articles, and keep them in one project file.</p>
          <div className="qm-welcome-actions">
            <button type="button" onClick={() => runMenu('new')}>New project… <kbd>Ctrl+N</kbd></button>
            <button type="button" onClick={() => runMenu('open')}>Open project… <kbd>Ctrl+O</kbd></button>
            <button type="button" onClick={() => runMenu('openSample')}>Open the sample project</button>
          </div>
        </main>
      ) : (
        <main className="qm-panes">
          <nav className="qm-pane qm-pane-articles" aria-label="Project">
            <div className="qm-tabs" role="tablist" aria-label="Project views">
              {leftTabs.map((tab) => (
                <button
                  key={tab.id}
                  type="button"
                  role="tab"
                  id={`tab-${tab.id}`}
                  aria-selected={leftTab === tab.id}
                  aria-controls={`panel-${tab.id}`}
                  tabIndex={leftTab === tab.id ? 0 : -1}
                  onClick={() => setLeftTab(tab.id)}
                  onKeyDown={(e) => {
                    const at = leftTabs.findIndex((t) => t.id === leftTab)
                    const next = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : null
                    if (next === null) return
                    const target = leftTabs[(next + leftTabs.length) % leftTabs.length]!
                    setLeftTab(target.id)
                    document.getElementById(`tab-${target.id}`)?.focus()
                  }}
                  title={tab.hint}
                >
                  {tab.label}
                </button>
              ))}
            </div>
            <div role="tabpanel" id={`panel-${leftTab}`} aria-labelledby={`tab-${leftTab}`}>
              {leftTab === 'articles' ? (
                <ArticleList articles={project.articles} counts={counts} selectedId={selectedArticleId} onSelect={on.selectArticle} />
              ) : leftTab === 'find' ? (
                <FindPanel
                  project={project}
                  index={index}
                  filter={filter}
                  onFilter={setFilter}
                  selectedId={selectedAnnotationId}
                  onOpen={on.selectAnnotation}
                  searchRef={searchRef}
                />
              ) : (
                <PeoplePanel
                  project={project}
                  index={index}
                  store={store}
                  onShowTags={(personId) => {
                    setFilter({ ...emptyFilter, speakerIds: [personId] })
                    setLeftTab('find')
                  }}
                />
              )}
            </div>
          </nav>
          <section className="qm-pane qm-pane-text" aria-label="Article">
            {article ? (
              <>
                <ArticleHeader
                  article={article}
                  onSave={(patch) => store.updateArticle(article.id, patch)}
                  onPasteText={() => setPasting(true)}
                  onUpdateText={() =>
                    void store.applyFromMain(() => api.updateArticle(article.id)).then((lines) => lines && setSummary({ title: `Updated “${article.title}”`, lines }))
                  }
                />
                <ArticleView
                  article={article}
                  annotations={articleAnnotations}
                  selectedId={selectedAnnotationId}
                  onTag={(kind, range) => store.tag(kind, range)}
                  onSelect={(id) => store.selectAnnotation(id)}
                  onDelete={(id) => store.removeAnnotation(id)}
                  onStep={step}
                  onSpeakerFromText={(name) => store.speakerFromText(name)}
                  onLink={() => selectedAnnotationId && setLinking(true)}
                  onOpenLink={(href) => void api.openExternal(href)}
                  suggestions={state.suggesting ? articleSuggestions : undefined}
                  activeSuggestionId={state.suggesting?.activeId ?? null}
                  onFocusSuggestion={onFocusSuggestion}
                  viewRef={viewRef}
                />
              </>
            ) : (
              <p className="qm-empty">Choose an article on the left.</p>
            )}
          </section>
          <aside className="qm-pane qm-pane-tags" aria-label="Tags">
            {state.suggestProgress ? (
              <p className="qm-suggest-progress" role="status">
                Looking for quotes in {state.suggestProgress.total} articles… {state.suggestProgress.done} read{' '}
                <button type="button" onClick={() => store.stopSuggesting()}>
                  Stop
                </button>
              </p>
            ) : null}
            {state.suggesting ? (
              <SuggestionsPanel
                scope={state.suggesting.scope}
                claims={state.suggesting.claims}
                onClaims={(on) => store.suggest(state.suggesting?.scope ?? 'article', on)}
                suggestions={suggestions}
                activeId={state.suggesting.activeId}
                people={project.people}
                titles={titles}
                selection={() => {
                  const view = viewRef.current
                  const range = view ? liveSelectionOffsets(view) : null
                  return range && article ? { ...range, text: article.text.slice(range.start, range.end) } : null
                }}
                onFocus={onFocusSuggestion}
                onAccept={(s, fix) => store.acceptSuggestion(s, fix)}
                onReject={(s) => store.rejectSuggestion(s)}
                onAcceptAllBy={(speaker) => store.acceptAllBy(speaker)}
                onScope={(scope) => store.suggest(scope)}
                onClose={() => {
                  store.stopSuggesting()
                  viewRef.current?.focus()
                }}
              />
            ) : null}
            <h2>
              Tags <span className="qm-count">{articleAnnotations.length}</span>
            </h2>
            <ConflictList conflicts={articleConflicts} index={index} onResolve={(id, keep) => store.resolveConflict(id, keep)} />
            <OrphanList orphans={orphans} onDelete={on.removeAnnotation} onReattach={(id) => store.reattachOrphan(id, viewRef.current ? liveSelectionOffsets(viewRef.current) : null)} />
            <TagSidebar
              articleId={article?.id ?? ''}
              annotations={articleAnnotations}
              selectedId={selectedAnnotationId}
              project={project}
              index={index}
              store={store}
              linking={linking}
              setLinking={setLinking}
            />
          </aside>
        </main>
      )}
      {pasting && article ? (
        <PasteTextDialog
          title={article.title}
          onClose={() => setPasting(false)}
          onUpdate={async (content, markdown) => {
            const base = (article.source || 'pasted').replace(/\.(txt|md|markdown)$/i, '')
            const lines = await store.applyFromMain(() => api.updateArticleFromText(article.id, { name: `${base}${markdown ? '.md' : '.txt'}`, content }))
            if (lines) setSummary({ title: `Updated “${article.title}”`, lines })
            return lines !== null
          }}
        />
      ) : null}
      {summary ? <SummaryDialog title={summary.title} lines={summary.lines} onClose={() => setSummary(null)} /> : null}
      {restoring && project ? (
        <BackupsDialog
          load={api.listBackups}
          onRestore={async (id) => {
            await store.openWith(() => api.restoreBackup(id))
            return true
          }}
          onClose={() => setRestoring(false)}
        />
      ) : null}
      {exporting && project ? <ExportDialog scopes={exportScopes()} onExport={runExport} onClose={() => setExporting(false)} /> : null}
      <footer className="qm-footer">
        <span className="qm-legend" aria-label="Legend">
          {annotationKinds.map((kind) => (
            <span key={kind} className={`qm-tag qm-${kind}`}>
              {kindLabel[kind]}
            </span>
          ))}
        </span>
        <span>
          Select text, then <kbd>Q</kbd> quote · <kbd>A</kbd> attribution · <kbd>C</kbd> claim (or <kbd>Ctrl+1/2/3</kbd>) · <kbd>J</kbd>/<kbd>K</kbd> next/previous tag ·{' '}
          <kbd>P</kbd> speaker from selected name · <kbd>Ctrl+Shift+G</kbd> suggest quotes · <kbd>L</kbd> link · <kbd>Del</kbd> delete · <kbd>Esc</kbd> deselect · <kbd>Ctrl+Z</kbd> undo · <kbd>Ctrl+Shift+Z</kbd> redo
        </span>
      </footer>
    </div>
  )
}
