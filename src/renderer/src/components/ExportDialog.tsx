import { useState } from 'react'
import { ModalForm } from './Modal'
import { exportFormats, formatInfo, type ExportFormat } from '../../../core/export'

export type ExportScope = { id: 'all' | 'filter' | 'article'; label: string; fileLabel: string; annotationIds?: string[]; count: number }

type Props = {
  scopes: readonly ExportScope[]
  onExport: (format: ExportFormat, scope: ExportScope) => Promise<boolean>
  onClose: () => void
}

/** Export tags for the story: which format, which tags. The file's place is asked next, by the system's save dialog. */
export function ExportDialog({ scopes, onExport, onClose }: Props) {
  const [format, setFormat] = useState<ExportFormat>('csv')
  const [scopeId, setScopeId] = useState<ExportScope['id']>('all')
  const [busy, setBusy] = useState(false)
  const scope = scopes.find((s) => s.id === scopeId) ?? scopes[0]!
  return (
    <ModalForm
      label="Export tags"
      title="Export tags"
      submitLabel={`Export ${scope.count} ${scope.count === 1 ? 'tag' : 'tags'}…`}
      canSubmit={!busy && scope.count > 0}
      onSubmit={async () => {
        setBusy(true)
        const done = await onExport(format, scope)
        setBusy(false)
        return done
      }}
      onClose={onClose}
    >
      <fieldset>
        <legend>Format</legend>
        {exportFormats.map((f) => (
          <label key={f}>
            <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} />
            {formatInfo[f].label} <span className="qm-muted">{formatInfo[f].extension}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Which tags</legend>
        {scopes.map((s) => (
          <label key={s.id}>
            <input type="radio" name="scope" checked={scopeId === s.id} disabled={s.count === 0} onChange={() => setScopeId(s.id)} />
            {s.label} <span className="qm-count">{s.count}</span>
          </label>
        ))}
      </fieldset>
    </ModalForm>
  )
}
