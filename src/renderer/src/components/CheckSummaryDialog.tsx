import type { CheckItem } from '../hooks/useDialogs'
import { SummaryDialog } from './SummaryDialog'

type Props = { title: string; lines: readonly string[]; check: readonly CheckItem[]; onOpen: (id: string) => void; onClose: () => void }

/**
 * What an article update (or opening an edited file) did, with the tags it
 * found only approximately listed one by one: each opens the tag in its
 * article (closing the dialog) so the reporter can check where it landed.
 */
export function CheckSummaryDialog({ title, lines, check, onOpen, onClose }: Props) {
  return (
    <SummaryDialog title={title} lines={lines} onClose={onClose}>
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
    </SummaryDialog>
  )
}
