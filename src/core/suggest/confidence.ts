/**
 * How sure the suggester is of a quote's speaker, 0–1, from how the speaker
 * was found: a name written beside the cue is surer than a pronoun, a role
 * pointing back, a subject the verb leaves out ("dijo") or a quote that only
 * carries on from the one before. The figures and the `CONFIDENT_AT`
 * threshold were chosen on the held-out set's dev split (never its test
 * split) so that speakers shown as confident are right at least 97% of the
 * time there; below the threshold the Suggestions panel asks ("speaker?")
 * and offers the candidates.
 */
import type { SpeakerPhrase } from './attribution'

/** Speakers at or above this are shown as confident. */
export const CONFIDENT_AT = 0.85

export type SpeakerEvidence = {
  readonly via: 'cue' | 'continuation' | 'none'
  /** Where the naming words are: after the quote, before it, a "Name:" label, the paragraph before, a line of their own. */
  readonly where: 'after' | 'before' | 'label' | 'intro' | 'line'
  readonly phrase: SpeakerPhrase['type'] | null
  /** The speaker is the article's own description ("the report", "fuentes de Montecon"), not someone named. */
  readonly described: boolean
  /** A subject that was no speaker was replaced by the one the text is about. */
  readonly fallback: boolean
  /** One word naming a person, never expanded to a full name ("Marenco"), or two people named together ("Harry and Meghan"). */
  readonly shortName: boolean
  /** The quote has at most three words. */
  readonly short: boolean
}

function base(e: SpeakerEvidence): number {
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

/** The speaker's confidence, 0–1, rounded to hundredths. */
export function speakerConfidence(e: SpeakerEvidence): number {
  let c = base(e)
  if (c > 0 && e.shortName) c -= 0.15
  if (c > 0 && e.short) c -= 0.05
  return Math.max(0, Math.round(c * 100) / 100)
}
