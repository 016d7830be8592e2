import type { ArticleUpdateSummary } from '../../../core/edits'

/** What replacing an article's text did to its tags, in sentences for the summary dialog. */
export function describeUpdate(summary: ArticleUpdateSummary): string[] {
  const lines = [`The article's text was replaced. ${summary.unchanged} ${summary.unchanged === 1 ? 'tag stayed' : 'tags stayed'} where ${summary.unchanged === 1 ? 'it was' : 'they were'}.`]
  if (summary.moved) lines.push(`${summary.moved} ${summary.moved === 1 ? 'tag was' : 'tags were'} found again where the words moved.`)
  if (summary.fuzzy) lines.push(`${summary.fuzzy} ${summary.fuzzy === 1 ? 'tag was' : 'tags were'} matched to slightly changed words: check ${summary.fuzzy === 1 ? 'it' : 'them'}.`)
  if (summary.orphaned) lines.push(`${summary.orphaned} ${summary.orphaned === 1 ? 'tag' : 'tags'} could not be found and ${summary.orphaned === 1 ? 'is' : 'are'} listed under “Not found in the current text”.`)
  return lines
}
