import type { CheckItem } from '../hooks/useDialogs'
import { SummaryDialog } from './SummaryDialog'
import { TagButtonList } from './TagButtonList'

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
      <TagButtonList items={check} onOpen={onOpen} className="qm-check-list" label="Tags found approximately" />
    </SummaryDialog>
  )
}
