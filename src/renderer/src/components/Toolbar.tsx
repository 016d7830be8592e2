import { useSyncExternalStore } from 'react'
import type { MenuCommand, SaveStatus } from '../../../core/api'
import type { Replica } from '../store/replica'
import { annotationKinds, type AnnotationKind } from '../../../core/schema'
import { keyHint } from './keyHint'
import { kindKey, kindLabel } from './kinds'
import { TeamStatus } from './TeamStatus'

type Props = {
  projectName: string | null
  path: string | null
  /** The save indicator follows the replica's save status by itself, so a save re-renders only it. */
  replica: Replica
  canUndo: boolean
  canRedo: boolean
  hasArticle: boolean
  onMenu: (command: MenuCommand) => void
  onTag: (kind: AnnotationKind) => void
  onSuggest: () => void
}

const saveText: Record<SaveStatus['state'], string> = {
  saved: 'All changes saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  error: 'Not saved'
}

export function Toolbar({ projectName, path, replica, canUndo, canRedo, hasArticle, onMenu, onTag, onSuggest }: Props) {
  return (
    <header className="qm-toolbar">
      <div className="qm-toolbar-group" role="group" aria-label="Project">
        <button type="button" onClick={() => onMenu('new')} title={`New project (${keyHint('new')})`}>New</button>
        <button type="button" onClick={() => onMenu('open')} title={`Open project (${keyHint('open')})`}>Open…</button>
        <button type="button" onClick={() => onMenu('saveAs')} disabled={!projectName} title={`Save a copy under a new name (${keyHint('saveAs')})`}>Save As…</button>
        <button type="button" onClick={() => onMenu('import')} disabled={!projectName} title={`Import articles: text, Markdown, web pages, PDF, Word, subtitles (${keyHint('import')})`}>Import…</button>
        <button type="button" onClick={() => onMenu('mergeProject')} disabled={!projectName} title="Bring a colleague's tags from their project file into this one">Merge…</button>
        <button type="button" onClick={() => onMenu('restoreBackup')} disabled={!projectName} title="Restore a previous saved version of this project">Versions…</button>
        <button type="button" onClick={() => onMenu('export')} disabled={!projectName} title={`Export tags as CSV, a Markdown quote sheet, JSON, W3C annotations or ClaimReview (${keyHint('export')})`}>Export…</button>
      </div>
      <div className="qm-toolbar-group" role="group" aria-label="Tag the selection">
        {annotationKinds.map((kind) => (
          // onMouseDown keeps the text selection: a click would otherwise collapse it before we read it.
          <button
            key={kind}
            type="button"
            className={`qm-tag-button qm-chip-${kind}`}
            disabled={!hasArticle}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onTag(kind)}
            title={`Tag the selected text as a ${kindLabel[kind].toLowerCase()} (${kindKey[kind]})`}
          >
            {kindLabel[kind]} <kbd>{kindKey[kind]}</kbd>
          </button>
        ))}
      </div>
      <div className="qm-toolbar-group" role="group" aria-label="Suggestions">
        <button type="button" onClick={onSuggest} disabled={!hasArticle} title={`Suggest the quotes in this article and who said them, to accept or reject (${keyHint('suggest')})`}>
          Suggest
        </button>
      </div>
      <div className="qm-toolbar-group" role="group" aria-label="History">
        <button type="button" onClick={() => onMenu('undo')} disabled={!canUndo} title={`Undo the last tag action (${keyHint('undo')})`}>Undo</button>
        <button type="button" onClick={() => onMenu('redo')} disabled={!canRedo} title={`Redo (${keyHint('redo')})`}>Redo</button>
      </div>
      <div className="qm-project" title={path ?? ''}>
        <span className="qm-project-name">{projectName ?? 'No project open'}</span>
        {projectName ? <SaveIndicator replica={replica} /> : null}
        <TeamStatus replica={replica} projectName={projectName} />
      </div>
    </header>
  )
}

function SaveIndicator({ replica }: { replica: Replica }) {
  const save = useSyncExternalStore(replica.subscribe, () => replica.getState().save)
  return (
    <span className={`qm-save qm-save-${save.state}`} role="status" aria-live="polite" data-save-state={save.state}>
      {saveText[save.state]}
      {save.state === 'error' && save.error ? `: ${save.error}` : ''}
    </span>
  )
}
