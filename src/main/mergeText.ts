/**
 * A merge summary for the notices main shows and the lines `quotemark merge`
 * prints. The sentences themselves come from the core (summary.lines).
 */
import type { MergeSummary } from '../core/merge'

/** How many things came in (articles, tags, people, links added; conflicts kept); 0 when the other version had nothing new. */
export function mergeChangeCount(summary: MergeSummary): number {
  return summary.articlesAdded + summary.annotationsAdded + summary.conflicts + summary.peopleAdded + summary.linksAdded
}

/** One sentence per line, as the summary dialog shows them. */
export function mergeSummaryLines(summary: MergeSummary): string[] {
  return [...summary.lines]
}
