import type { Annotation } from '../../../core/schema'
import { kindLabel } from './kinds'
import { TagButtonList } from './TagButtonList'

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

type ApproximateProps = {
  /** The tags found approximately, named with their kind, words and article. */
  items: readonly { id: string; label: string }[]
  onOpen: (id: string) => void
  onDone: () => void
}

/**
 * Tags found again only approximately when the article's text was edited
 * (opening an edited file, or an update): each opens the tag so the reporter
 * can check where it landed; Done clears the list.
 */
export function ApproximateList({ items, onOpen, onDone }: ApproximateProps) {
  if (!items.length) return null
  return (
    <section className="qm-orphans qm-approximate" aria-label="Tags found approximately">
      <h3>
        Found approximately: check {items.length === 1 ? 'it' : 'them'} <span className="qm-count">{items.length}</span>
      </h3>
      <p className="qm-muted">The text changed and these tags were matched to words that differ a little. Open each to see where it is now.</p>
      <TagButtonList items={items} onOpen={onOpen} className="qm-link-list" />
      <button type="button" className="qm-small" onClick={onDone}>
        Done: all checked
      </button>
    </section>
  )
}
