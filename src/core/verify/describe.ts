/**
 * A check in words, the same everywhere it is shown: the tag's details, the
 * comparison dialog, the quote sheet, the CSV and the command line. "verbatim
 * against the transcript “Press conference” at 12:34"; a difference as "cut:
 * “made with sincere intentions”"; a meaning flag as "a negation dropped
 * (“not” in the source, nothing in the quote)".
 */
import { clockTime } from '../export/citation'
import type { Difference, MeaningFlag, SourceDocument, Verification, VerificationStatus } from '../schema'
import { sourceKindNouns } from './sources'
import { tokenize } from './tokens'

export const statusWords: Record<VerificationStatus, string> = {
  verbatim: 'verbatim',
  cut: 'cut at an ellipsis',
  changed: 'words changed',
  'not-found': 'not found'
}

type SourceName = Pick<SourceDocument, 'title' | 'kind'>

/** "the transcript “Press conference”" (or "the source" when it is no longer known). */
export function sourcePhrase(source: SourceName | undefined): string {
  if (!source) return 'the source'
  const noun = sourceKindNouns[source.kind]
  return source.title.trim() ? `the ${noun} “${source.title.trim()}”` : `the ${noun}`
}

/** "verbatim against the transcript “Press conference” at 12:34", "not found in the speech “…”". */
export function verificationLine(v: Pick<Verification, 'status' | 'time'>, source: SourceName | undefined): string {
  if (v.status === 'not-found') return `not found in ${sourcePhrase(source)}`
  const at = v.time === null ? '' : ` at ${clockTime(v.time)}`
  return `${statusWords[v.status]} against ${sourcePhrase(source)}${at}`
}

const inQuotes = (words: string): string => (words ? `“${words}”` : 'nothing')

/** "cut: “made with sincere intentions”", "changed: “important” → “significant”". */
export function differenceLine(d: Difference): string {
  if (d.kind === 'changed') return `changed: ${inQuotes(d.source)} → ${inQuotes(d.quote)}`
  if (d.kind === 'added') return `added: ${inQuotes(d.quote)}`
  return `${d.kind === 'cut' ? 'cut' : 'left out'}: ${inQuotes(d.source)}`
}

const negates = (words: string): boolean => tokenize(words).some((t) => t.negation)

/** What a flag says happened: "a negation dropped", "a number changed". */
export function flagWhat(flag: MeaningFlag): string {
  if (flag.kind === 'negation') {
    const inSource = negates(flag.source)
    const inQuote = negates(flag.quote)
    return inSource && !inQuote ? 'a negation dropped' : inQuote && !inSource ? 'a negation added' : 'a negation changed'
  }
  return flag.kind === 'number' ? 'a number changed' : 'a name changed'
}

/** "a negation dropped (“not” in the source, nothing in the quote)". */
export function flagLine(flag: MeaningFlag): string {
  return `${flagWhat(flag)} (${inQuotes(flag.source)} in the source, ${inQuotes(flag.quote)} in the quote)`
}

/** The whole check in one sentence: its line, then its meaning flags, then its differences. */
export function verificationSentence(v: Verification, source: SourceName | undefined): string {
  const parts = [verificationLine(v, source)]
  if (v.flags.length) parts.push(`check the meaning: ${v.flags.map(flagLine).join('; ')}`)
  if (v.differences.length) parts.push(v.differences.map(differenceLine).join('; '))
  return parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('. ')
}
