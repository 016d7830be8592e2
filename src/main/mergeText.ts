/**
 * A merge summary for the notices main shows and the lines `quotemark merge`
 * prints. The sentences and the counts come from the core (mergeSummary.ts).
 */
import type { MergeSummary } from '../core/merge'

export { mergeChangeCount } from '../core/merge'

/** One sentence per line, as the summary dialog shows them. */
export function mergeSummaryLines(summary: MergeSummary): string[] {
  return [...summary.lines]
}
