import type { QuotemarkApi } from '../../../core/api'
import type { ExportFormat } from '../../../core/export'
import { filterAnnotations, type AnnotationFilter } from '../../../core/filter'
import type { Annotation, Article, Project } from '../../../core/schema'
import { BackupsDialog } from '../components/BackupsDialog'
import { ExportDialog, type ExportScope } from '../components/ExportDialog'
import { ImportUrlDialog } from '../components/ImportUrlDialog'
import { KeyboardHelp } from '../components/KeyboardHelp'
import { PasteTextDialog } from '../components/PasteTextDialog'
import { StatementsPanel } from '../components/StatementsPanel'
import { SummaryDialog } from '../components/SummaryDialog'
import type { DeskStore } from '../deskStore'
import { updateArticleAndSummarise, type DialogState, type SetDialogs } from '../hooks/useDialogs'
import { CheckSummaryDialog } from '../components/CheckSummaryDialog'
import { CheckQuoteDialog } from '../components/CheckQuoteDialog'
import { MergePreview } from '../components/MergePreview'
import type { MergeItem } from '../../../core/merge'

type Props = {
  api: QuotemarkApi
  store: DeskStore
  dialogs: DialogState
  setDialogs: SetDialogs
  project: Project | null
  article: Article | undefined
  articleAnnotations: readonly Annotation[]
  filter: AnnotationFilter
  /** Show a person in the People tab. */
  onOpenPerson: (personId: string) => void
}

/** The window's dialogs: paste a newer text, a web page's address to import, a merge's preview, what a merge or update did, backups, export, and the keyboard help. */
export function Dialogs({ api, store, dialogs, setDialogs, project, article, articleAnnotations, filter, onOpenPerson }: Props) {
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
  /** A line of the merge preview: its tag in its article (or the article of a tag not here yet), its person in People, its article. */
  const openMergeItem = (item: MergeItem) => {
    if (item.record === 'person') return onOpenPerson(item.id)
    if (item.record === 'article') return store.selectArticle(item.id)
    if (item.record === 'tag' && store.index().annotationsById.has(item.id)) return store.selectAnnotation(item.id)
    if (item.articleId) store.selectArticle(item.articleId)
  }
  const runExport = async (format: ExportFormat, scope: ExportScope) => {
    const result = await api.exportAnnotations({ format, annotationIds: scope.annotationIds, scopeLabel: scope.fileLabel })
    if (result.ok) store.notify('info', [`Exported ${result.count} ${result.count === 1 ? 'tag' : 'tags'} to ${result.path}.`, ...result.notes].join(' '))
    else if (!result.cancelled) store.notify('error', result.error)
    return result.ok
  }
  return (
    <>
      {dialogs.pasting && article ? (
        <PasteTextDialog
          title={article.title}
          onClose={() => setDialogs({ pasting: false })}
          onUpdate={async (content, markdown) => {
            const base = (article.source || 'pasted').replace(/\.(txt|md|markdown)$/i, '')
            return updateArticleAndSummarise(store, setDialogs, `Updated “${article.title}”`, () =>
              api.updateArticleFromText(article.id, { name: `${base}${markdown ? '.md' : '.txt'}`, content })
            )
          }}
        />
      ) : null}
      {dialogs.merging && project ? (
        <MergePreview
          key={dialogs.merging.token}
          preview={dialogs.merging}
          onCancel={() => setDialogs({ merging: null })}
          onOpen={openMergeItem}
          onApply={async () => {
            const token = dialogs.merging!.token
            const lines = await store.applyFromMain(() => api.applyMerge(token))
            setDialogs({ merging: null, summary: lines ? { title: 'Merged a colleague’s project', lines } : null })
          }}
        />
      ) : null}
      {dialogs.summary?.check?.length ? (
        <CheckSummaryDialog
          title={dialogs.summary.title}
          lines={dialogs.summary.lines}
          check={dialogs.summary.check}
          onOpen={(id) => {
            setDialogs({ summary: null })
            store.selectAnnotation(id)
          }}
          onClose={() => setDialogs({ summary: null })}
        />
      ) : dialogs.summary ? (
        <SummaryDialog title={dialogs.summary.title} lines={dialogs.summary.lines} onClose={() => setDialogs({ summary: null })} />
      ) : null}
      {dialogs.restoring && project ? (
        <BackupsDialog
          load={api.listBackups}
          onRestore={async (id) => {
            await store.openWith(() => api.restoreBackup(id))
            return true
          }}
          onClose={() => setDialogs({ restoring: false })}
        />
      ) : null}
      {dialogs.exporting && project ? <ExportDialog scopes={exportScopes()} onExport={runExport} onClose={() => setDialogs({ exporting: false })} /> : null}
      <ImportUrlDialog api={api} store={store} />
      <StatementsPanel api={api} store={store} />
      <CheckQuoteDialog api={api} store={store} />
      {dialogs.help ? <KeyboardHelp onClose={() => setDialogs({ help: false })} /> : null}
    </>
  )
}
