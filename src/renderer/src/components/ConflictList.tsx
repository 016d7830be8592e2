import type { ProjectIndex } from '../../../core/annotations'
import type { Annotation, Conflict } from '../../../core/schema'
import { kindLabel, statusLabel } from './kinds'

type Props = {
  conflicts: readonly Conflict[]
  index: ProjectIndex
  onResolve: (conflictId: string, choice: 'mine' | 'theirs') => void
  /** The article the conflicts are in, named with each tag. */
  articleTitle?: string
  /** Select the tag in the text and its details. */
  onOpen: (annotationId: string) => void
}

const fields: { label: string; show: (a: Annotation, index: ProjectIndex) => string }[] = [
  { label: 'Words', show: (a) => a.target.exact },
  { label: 'Kind', show: (a) => kindLabel[a.kind] },
  { label: 'Speaker', show: (a, index) => (a.speakerId ? (index.peopleById.get(a.speakerId)?.name ?? 'someone not in this project') : 'none') },
  { label: 'Status', show: (a) => (a.kind === 'claim' ? statusLabel[a.status] : '—') },
  { label: 'Note', show: (a) => a.note || '—' }
]

/**
 * A tag changed on both sides of a merge: named (kind, words, article) and
 * openable, with both versions visible until the user picks one.
 */
export function ConflictList({ conflicts, index, onResolve, articleTitle, onOpen }: Props) {
  if (!conflicts.length) return null
  return (
    <section className="qm-conflicts" aria-label="Tags changed on both sides">
      <h3>
        Changed on both sides <span className="qm-count">{conflicts.length}</span>
      </h3>
      {conflicts.map((c) => {
        const mine = index.annotationsById.get(c.annotationId)
        if (!mine) return null
        const differing = fields.filter((f) => f.show(mine, index) !== f.show(c.theirs, index))
        return (
          <div key={c.id} className="qm-conflict">
            <button type="button" className="qm-conflict-name" onClick={() => onOpen(mine.id)}>
              {kindLabel[mine.kind]} “{mine.target.exact}”{articleTitle ? ` in “${articleTitle}”` : ''}
            </button>
            <table aria-label={`Yours and theirs: ${kindLabel[mine.kind]} “${mine.target.exact}”`}>
              <thead>
                <tr>
                  <th />
                  <th>Yours</th>
                  <th>From {c.source}{c.theirs.updatedBy ? ` (${c.theirs.updatedBy})` : ''}</th>
                </tr>
              </thead>
              <tbody>
                {(differing.length ? differing : fields.slice(0, 1)).map((f) => (
                  <tr key={f.label}>
                    <th scope="row">{f.label}</th>
                    <td>{f.show(mine, index)}</td>
                    <td>{f.show(c.theirs, index)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="qm-form-actions">
              <button type="button" onClick={() => onResolve(c.id, 'mine')}>
                Keep yours
              </button>
              <button type="button" onClick={() => onResolve(c.id, 'theirs')}>
                Take theirs
              </button>
            </div>
          </div>
        )
      })}
    </section>
  )
}
