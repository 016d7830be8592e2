import type { Annotation } from '../../../core/schema'
import { kindLabel } from './kinds'

type Props = {
  orphans: readonly Annotation[]
  onReattach: (id: string) => void
  onDelete: (id: string) => void
}

/**
 * Tags whose words could not be found in the article's current text. They are
 * never dropped: each is listed with its words, and can be re-attached to the
 * words selected in the text.
 */
export function OrphanList({ orphans, onReattach, onDelete }: Props) {
  if (!orphans.length) return null
  return (
    <section className="qm-orphans" aria-label="Tags not found in the text">
      <h3>
        Not found in the current text <span className="qm-count">{orphans.length}</span>
      </h3>
      <p className="qm-muted">The article changed and these words are gone. Select where they belong now, then re-attach; or delete the tag.</p>
      <ul className="qm-link-list">
        {orphans.map((o) => (
          <li key={o.id} className={`qm-orphan qm-kind-${o.kind}`}>
            <span className={`qm-chip qm-chip-${o.kind}`}>{kindLabel[o.kind]}</span> <span className="qm-tag-exact">{o.target.exact}</span>
            <button type="button" className="qm-small" onMouseDown={(e) => e.preventDefault()} onClick={() => onReattach(o.id)}>
              Re-attach to the selected words
            </button>
            <button type="button" className="qm-small qm-danger" onClick={() => onDelete(o.id)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
