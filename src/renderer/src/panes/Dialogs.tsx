import type { QuotemarkApi } from '../../../core/api'
import type { ExportFormat } from '../../../core/export'
import { filterAnnotations, type AnnotationFilter } from '../../../core/filter'
import type { Annotation, Article, Project } from '../../../core/schema'
import { BackupsDialog } from '../components/BackupsDialog'
import { ExportDialog, type ExportScope } from '../components/ExportDialog'
import { KeyboardHelp } from '../components/KeyboardHelp'
import { PasteTextDialog } from '../components/PasteTextDialog'
import { SummaryDialog } from '../components/SummaryDialog'
import type { DeskStore } from '../deskStore'
import type { DialogState, SetDialogs } from '../hooks/useDialogs'

type Props = {
  api: QuotemarkApi
  store: DeskStore
  dialogs: DialogState
  setDialogs: SetDialogs
  project: Project | null
  article: Article | undefined
  articleAnnotations: readonly Annotation[]
  filter: AnnotationFilter
}

/** The window's dialogs: paste a newer text, what a merge or update did, backups, export, and the keyboard help. */
export function Dialogs({ api, store, dialogs, setDialogs, project, article, articleAnnotations, filter }: Props) {
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
  return (
    <>
      {dialogs.pasting && article ? (
        <PasteTextDialog
          title={article.title}
          onClose={() => setDialogs({ pasting: false })}
          onUpdate={async (content, markdown) => {
            const base = (article.source || 'pasted').replace(/\.(txt|md|markdown)$/i, '')
            const lines = await store.applyFromMain(() => api.updateArticleFromText(article.id, { name: `${base}${markdown ? '.md' : '.txt'}`, content }))
            if (lines) setDialogs({ summary: { title: `Updated “${article.title}”`, lines } })
            return lines !== null
          }}
        />
      ) : null}
      {dialogs.summary ? <SummaryDialog title={dialogs.summary.title} lines={dialogs.summary.lines} onClose={() => setDialogs({ summary: null })} /> : null}
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
      {dialogs.help ? <KeyboardHelp onClose={() => setDialogs({ help: false })} /> : null}
    </>
  )
}
