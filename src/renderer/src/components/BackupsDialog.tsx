import { useEffect, useRef, useState } from 'react'

export type BackupEntry = { id: string; savedAt: string; size: number; tags: number }

type Props = {
  load: () => Promise<BackupEntry[]>
  onRestore: (id: string) => Promise<boolean>
  onClose: () => void
}

/** Earlier saved versions of this project; restoring one keeps the current version as a backup too. */
export function BackupsDialog({ load, onRestore, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [backups, setBackups] = useState<BackupEntry[] | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
    void load().then((list) => {
      setBackups(list)
      setChosen(list[0]?.id ?? null)
    })
  }, [load])
  return (
    <dialog ref={dialog} className="qm-dialog" aria-label="Restore a previous version" onClose={onClose} onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={async (e) => {
          e.preventDefault()
          if (chosen && (await onRestore(chosen))) onClose()
        }}
      >
        <h2>Restore a previous version</h2>
        {backups === null ? (
          <p>Looking for saved versions…</p>
        ) : backups.length === 0 ? (
          <p>No earlier versions yet: Quotemark keeps one when a save replaces the file, at most one a minute, the last ten.</p>
        ) : (
          <ul className="qm-backups" role="radiogroup" aria-label="Saved versions">
            {backups.map((b) => (
              <li key={b.id}>
                <label>
                  <input type="radio" name="backup" checked={chosen === b.id} onChange={() => setChosen(b.id)} />
                  {new Date(b.savedAt).toLocaleString()} <span className="qm-muted">{b.tags} tags · {Math.max(1, Math.round(b.size / 1024))} KB</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <p className="qm-muted">The version open now is kept as a backup first, so a restore can itself be undone by restoring again.</p>
        <div className="qm-form-actions">
          <button type="submit" disabled={!chosen}>
            Restore this version
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
