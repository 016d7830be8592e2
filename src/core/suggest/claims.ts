/**
 * Claim candidates: sentences of the article's own reporting that a
 * fact-checker would want to check, because they carry a figure ("between
 * 800 and 900 political prisoners"), a date or day ("on Sunday", "in
 * February 2024") or a named source ("according to rights groups"). These are
 * candidates, not verdicts: the reporter narrows the span when accepting.
 * Sentences that are mostly a direct quotation are the quote's, not a claim;
 * a piece of a sentence cut at a quotation mark (it starts inside a quotation
 * or leaves one open) is no sentence; a line with no full stop that is a
 * paragraph of its own (a headline, a byline, a dateline, a caption) is not
 * the reporting.
 */
import { CLOSING_MARKS, spansOf } from '../text/sentences'
import { countBefore } from '../sorted'
import { CUE, SOURCE_CUE } from './cues'
import { findQuotations, type Quotation } from './marks'
import type { QuoteSuggestion } from './quotes'

export type ClaimSuggestion = {
  readonly kind: 'claim'
  readonly start: number
  readonly end: number
  readonly text: string
  /** The source the sentence names for it ("according to rights groups" → "rights groups"), or null: the outlet's own. */
  readonly speaker: string | null
  readonly cue: string | null
  /** Why it is a candidate, in a word or two: "figure", "date", "source". */
  readonly reasons: readonly string[]
  readonly confidence: number
  /** As on a quote suggestion: the project person the source matched, what the article says it is, and no attribution tag. */
  readonly personId: string | null
  readonly role: string
  readonly attribution: null
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo'
const FIGURE = /\d|(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|hundreds|thousand|thousands|millions|billions|dozens|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cientos|miles|millones|percent|per cent|por ciento)(?![\p{L}])/iu
const DATE = new RegExp(`(?<![\\p{L}])(?:${MONTHS}|${DAYS}|yesterday|today|last (?:week|month|year)|ayer|hoy)(?![\\p{L}])`, 'u')

/** A sentence that ends with a stop (and the marks closing a quotation after it), and that stop with its marks. */
const ENDS_WITH_STOP = new RegExp(`[.!?][${CLOSING_MARKS}]?$`, 'u')
const STOP_AT_END = new RegExp(`[.!?][${CLOSING_MARKS}]*$`, 'u')

/** The span starts inside a quotation, or opens one it does not close: a fragment cut at a quotation mark. */
function cutAtMark(marks: readonly Quotation[], start: number, close: number): boolean {
  const q = marks[countBefore(marks, (m) => m.close <= start)]
  if (q && q.open < start && start < q.close && q.close <= close) return true
  for (let k = countBefore(marks, (m) => m.open < start); k < marks.length && marks[k]!.open < close; k++) if (marks[k]!.close > close + 1 && !marks[k]!.continues) return true
  return false
}

/** Claim candidates in the text, given the quotes already suggested in it. */
export function suggestClaims(text: string, quotes: readonly QuoteSuggestion[]): ClaimSuggestion[] {
  const out: ClaimSuggestion[] = []
  const spans = spansOf(text)
  const marks = findQuotations(text)
  // A claim covers its sentence with the closing marks after the stop (a sentence may end inside a quotation).
  for (const s of spans.sentences) {
    const sentence = text.slice(s.start, s.close)
    // A headline, byline, dateline or caption (a paragraph of one line with no full stop) is not the reporting.
    const paragraph = spans.paragraphs[s.paragraph]!
    if (!ENDS_WITH_STOP.test(sentence) && (s.paragraph === 0 || (s.start <= paragraph.start + 1 && s.close >= paragraph.end - 1))) continue
    if (cutAtMark(marks, s.start, s.close)) continue
    const quoted = quotes.reduce((n, q) => n + Math.max(0, Math.min(q.end, s.close) - Math.max(q.start, s.start)), 0)
    if (quoted > (s.close - s.start) / 2) continue
    const reasons: string[] = []
    if (FIGURE.test(sentence)) reasons.push('figure')
    if (DATE.test(sentence)) reasons.push('date')
    SOURCE_CUE.lastIndex = 0
    const source = SOURCE_CUE.exec(sentence)
    if (source && /^(?:according to|según|de acuerdo con)/iu.test(source[0])) reasons.push('source')
    if (reasons.length === 0) continue
    // Quoted speech with a figure is a quote's business ("…,” he said); a sentence that only reports speech stays a candidate.
    CUE.lastIndex = 0
    const named = source ? /^(?:according to|según|de acuerdo con)\s+((?:the\s+)?[^,.;]{2,80})/iu.exec(sentence.slice(source.index)) : null
    const speaker = named ? named[1]!.replace(/^the\s+/iu, '').trim() : null
    const end = s.close - (STOP_AT_END.exec(sentence)?.[0].length ?? 0)
    out.push({
      kind: 'claim',
      start: s.start,
      end: Math.max(s.start + 1, end),
      text: text.slice(s.start, Math.max(s.start + 1, end)),
      speaker,
      cue: source && speaker ? source[0] : null,
      reasons,
      confidence: Math.min(0.8, 0.35 + 0.15 * reasons.length),
      personId: null,
      role: '',
      attribution: null
    })
  }
  return out
}
