import { useEffect, useState } from 'react'
import { ModalForm } from './Modal'

export type BackupEntry = { id: string; savedAt: string; size: number; tags: number }

type Props = {
  load: () => Promise<BackupEntry[]>
  onRestore: (id: string) => Promise<boolean>
  onClose: () => void
}

/** Earlier saved versions of this project; restoring one keeps the current version as a backup too. */
export function BackupsDialog({ load, onRestore, onClose }: Props) {
  const [backups, setBackups] = useState<BackupEntry[] | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  useEffect(() => {
    void load().then((list) => {
      setBackups(list)
      setChosen(list[0]?.id ?? null)
    })
  }, [load])
  return (
    <ModalForm
      label="Restore a previous version"
      title="Restore a previous version"
      submitLabel="Restore this version"
      canSubmit={chosen !== null}
      onSubmit={() => onRestore(chosen!)}
      onClose={onClose}
    >
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
                {new Date(b.savedAt).toLocaleString()}{' '}
                <span className="qm-muted">
                  {b.tags} {b.tags === 1 ? 'tag' : 'tags'} · {Math.max(1, Math.round(b.size / 1024))} KB
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="qm-muted">The version open now is kept as a backup first, so a restore can itself be undone by restoring again.</p>
    </ModalForm>
  )
}
