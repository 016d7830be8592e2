/**
 * Who issued a statement an article quotes as the source of its words ("…,"
 * the statement read; "…", concluía el comunicado). The first held-out set's
 * rule, kept by every labelled set since, gives a statement's words to the
 * person or body that issued it (a report or a letter stays the speaker as
 * the article names it). The issuer is the subject of the nearest sentence
 * before that says someone issued, released or made a statement: "On Monday,
 * Big Machine Records issued a statement …", "the company denied it in a
 * statement", "X dijo en un comunicado", "“…,” the club said in its
 * statement", "Two service members have been killed …, the US military said
 * in a statement" (the subject set off after the sentence's own clause); or
 * the source its own sentence opens with ("Según el Consejo …, «…», según una
 * declaración"); or the one an English statement names within it ("a
 * statement from Shell", "an FA statement").
 */
import { spansOf } from '../text/sentences'
import type { SpeakerPhrase } from './attribution'
import { sentenceSubject } from './sentenceSubject'

/** "the statement", "the joint statement", "el comunicado": a statement as the subject of a speech verb. */
const STATEMENT = /^(?:[Tt]he|[Ee]l|[Ll]a)\s+(?:\p{Ll}+\s+)?(?:statement|comunicado|declaración)(?:\s+(?:released|issued|published|difundid[oa]|emitid[oa]|publicad[oa]))?$/u

/** "a statement", "un comunicado": one issued in the sentence that names it ("Twitter issued a statement to Slate that …"). */
const A_STATEMENT = /^(?:[Aa]n?|[Uu]na?)\s+(?:\p{Ll}+\s+)?(?:statement|comunicado|declaración)(?:\s+(?:released|issued|published|difundid[oa]|emitid[oa]|publicad[oa]))?$/u

/** A sentence that says a statement was made, and by the sentence's subject. */
const ISSUED = /\b(?:issued|released|put out|shared|posted|published|sent|emailed|emitió|difundió|publicó|divulgó|envió)\s+(?:a|an|un|una|its|their|his|her|su)\s+(?:\p{Ll}+\s+)?(?:statement|comunicado|declaración)|\b(?:in|en|according to|según)\s+(?:a|an|un|una|its|their|his|her|su)\s+(?:\p{Ll}+\s+)?(?:statement|comunicado|declaración)\b/u

/** A sentence that opens with its source: "Según el Consejo …,", "According to the union,". */
const SOURCE_OPENING = /^\s*(?:Según|According to)\s+(?:(?:el|la|los|las|the)\s+(?=\p{Lu}))?((?:(?:el|la|los|las|the)\s+)?\p{L}[^,.;:"“”«»]{1,80}),/u

/** Sentences looked back over: a statement is quoted within a few paragraphs of where it is introduced. */
const LOOK_BACK = 12

/** A statement whose issuer it names itself: "an FA statement", "a statement from Shell", "a statement issued by the company", "the firm's statement". */
const ISSUER_WITHIN = [
  /^(?:an?|the)\s+((?:\p{Lu}[\p{L}&.'’\-]*\s+){1,4})statement$/u,
  /^(?:an?|the)\s+(?:\p{Ll}+\s+)?statement\s+(?:(?:issued|released|put out)\s+)?(?:from|by)\s+(.+)$/u,
  /^(.+?)['’]s\s+(?:\p{Ll}+\s+)?statement$/u
]

/** The issuer an English statement names within it ("a statement from Shell" → "Shell"), as a name or as a role ("the company"). */
export function issuerWithin(phrase: SpeakerPhrase): SpeakerPhrase | null {
  for (const pattern of ISSUER_WITHIN) {
    const m = pattern.exec(phrase.text.trim())
    if (!m) continue
    const text = m[1]!.trim()
    const start = phrase.start + phrase.text.indexOf(text)
    return { type: /^(?:the|its|their)\s/iu.test(text) || /^\p{Ll}/u.test(text) ? 'role' : 'name', text, start, end: start + text.length }
  }
  return null
}

export function isStatement(phrase: string): boolean {
  return STATEMENT.test(phrase.trim()) || A_STATEMENT.test(phrase.trim())
}

/** After a quote's closing mark, the subject and a verb: `”, the club said `, `," Ridgeway College said `. */
const AFTER_QUOTE = /["”»]\s*,?\s+((?:[Tt]he|[Ee]l|[Ll]a)\s+\p{Ll}+|\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})\s+\p{Ll}+\s+$/u

/** After a comma, the subject and its speech verb, that end the sentence's own clause: `…, the US military said `. */
const AFTER_CLAUSE = /,\s+((?:[Tt]he|[Ee]l|[Ll]a)\s+(?:[\p{L}'’\-]+\s+){0,3}?[\p{L}'’\-]+|\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3})\s+(?:said|says|dijo|dice|afirmó|señaló|indicó|informó)\s+$/u

/** The subject written between a quote (or the sentence's own clause) and its speech verb, in the part of a sentence before `in its statement`. */
function subjectAfterQuote(before: string, offset: number, pattern = AFTER_QUOTE): SpeakerPhrase | null {
  const m = pattern.exec(before)
  if (!m) return null
  const start = offset + m.index + m[0].indexOf(m[1]!)
  return { type: /^\p{Ll}|^(?:the|el|la)\s/iu.test(m[1]!) ? 'role' : 'name', text: m[1]!, start, end: start + m[1]!.length }
}

/**
 * The subject of the nearest sentence (outside quotations) that says a statement was issued, if any: an earlier one for "the
 * statement", the statement's own for "a statement".
 */
export function statementIssuer(text: string, at: number, phrase: string, inQuote: (pos: number) => boolean): SpeakerPhrase | null {
  const spans = spansOf(text)
  const from = spans.indexAt(at) - (A_STATEMENT.test(phrase.trim()) ? 0 : 1)
  for (let si = from, n = 0; si >= 0 && n < LOOK_BACK; si--, n++) {
    const s = spans.sentences[si]!
    // (No sentence that introduces a statement is longer: a text with no sentence ends stays linear.)
    if (s.end - s.start > 2000) continue
    const body = text.slice(s.start, s.end)
    // ("Según el Consejo General de Fiscales, … «…», según una declaración difundida", "According to the union, … a statement released
    // on Friday said": the source the statement's own sentence opens with issued it.)
    const source = si === from && at > s.start ? SOURCE_OPENING.exec(body) : null
    if (source) return { type: /^\p{Lu}/u.test(source[1]!) ? 'name' : 'role', text: source[1]!, start: s.start + source[0].indexOf(source[1]!), end: s.start + source[0].indexOf(source[1]!) + source[1]!.length }
    const issued = ISSUED.exec(body)
    if (!issued || inQuote(s.start + issued.index)) continue
    // A sentence that opens with the quote ("“…,” the club said in its statement") has its subject after it, before the verb; so does
    // one whose own clause comes first ("Two service members have been killed …, the US military said in a statement").
    const opening = subjectAfterQuote(body.slice(0, issued.index), s.start, AFTER_CLAUSE) ?? sentenceSubject(body, s.start)
    const subject = opening && !inQuote(opening.start) ? opening : subjectAfterQuote(body.slice(0, issued.index), s.start)
    if (!subject || inQuote(subject.start)) continue
    return subject.end <= s.start + issued.index && !isStatement(subject.text) ? subject : null
  }
  return null
}
