import type { CheckItem } from '../hooks/useDialogs'
import { Modal } from './Modal'

type Props = { title: string; lines: readonly string[]; check: readonly CheckItem[]; onOpen: (id: string) => void; onClose: () => void }

/**
 * What an article update (or opening an edited file) did, with the tags it
 * found only approximately listed one by one: each opens the tag in its
 * article (closing the dialog) so the reporter can check where it landed.
 */
export function CheckSummaryDialog({ title, lines, check, onOpen, onClose }: Props) {
  return (
    <Modal label={title} onClose={onClose}>
      <h2>{title}</h2>
      <ul className="qm-summary-lines">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <h3 className="qm-check-heading">Found approximately: check {check.length === 1 ? 'it' : 'them'}</h3>
      <ul className="qm-check-list" aria-label="Tags found approximately">
        {check.map((item) => (
          <li key={item.id}>
            <button type="button" className="qm-link-button" onClick={() => onOpen(item.id)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="qm-form-actions">
        <button type="button" autoFocus onClick={onClose}>
          OK
        </button>
      </div>
    </Modal>
  )
}
