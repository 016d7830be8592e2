/**
 * The person a quote is about when no speech verb names anyone: the subject
 * of the words that lead into it with a colon ("Alverson summed up the
 * journey: “…”"), of the sentence right before it in its paragraph
 * ("Schultze once summed up the danger with a metaphor. “…”"), or of the
 * quote's own sentence ("Maravall es optimista con el Ejecutivo, porque
 * “…”"). quotes.ts takes the first two as the quote's attribution; the
 * quote's own sentence, and the paragraph before one that is only a quote,
 * give a guess, never confident, and only a person named in full
 * (personLeadingIn). A noun for crying before a quote ("gritos de “…” de
 * los vecinos", "cries of “shame” from Labour MPs") names who cried it
 * (crowdCry).
 */
import type { spansOf } from '../text/sentences'
import type { Attribution, SpeakerPhrase } from './attribution'
import { NAME_PHRASE, NAME_PREFIX, parseNamePhrase } from './namePhrase'
import type { ArticleNames } from './names'
import { sentenceSubject } from './sentenceSubject'
import { canBeSpeaker } from './speakerKind'
import { isWriting } from './writings'

/** A word of a person's name as written: capitalised (after a lower-case prefix, "al-Masri"), or a small particle ("de", "van"). */
const WRITTEN_NAME_WORD = new RegExp(String.raw`^(?:${NAME_PREFIX})?\p{Lu}[\p{Ll}'’.\-]*(?:\p{Lu}\p{Ll}+)?$|^\p{Ll}{1,3}$`, 'u')

/** Where the words that lead into a quote are read: a colon's lead-in, the sentence before, or (`within`) the quote's own sentence. */
type Window = { from: number; to: number } | null

/**
 * The subject of the words leading into a quote that opens at `open` (`leftStart`: where the text since the quote or the stop
 * before it starts; `floor`: where the paragraph does). Only a name, a writing, or before a colon a pronoun or an owner.
 */
export function subjectLeadingIn(text: string, spans: ReturnType<typeof spansOf>, floor: number, leftStart: number, open: number, within = false): Attribution | null {
  const window = within ? ownSentence(text, spans, floor, leftStart, open) : leadIn(text, spans, floor, leftStart, open)
  if (!window) return null
  const { from, to } = window
  const colon = !within && to === open
  const found = sentenceSubject(text.slice(from, to), from) ?? invertedSubject(text, from, to)
  const owner = !found && colon ? ownerLeadingIn(text, from, to) : null
  const subject = found ?? owner
  // A subject with a predicate after it ("Alverson summed up …"), never a bare word before a colon ("Re:").
  // ("La última palabra la tuvo la presidenta …, Karol Cariola:": a subject put last has its predicate before it.)
  const predicate = subject && (/\p{Ll}{2,}/u.test(text.slice(subject.end, to)) || invertedSubject(text, from, to)?.start === subject.start)
  // ("The letter ends with a warning: “…”": a writing leads in to its own words too; before a colon, "She put it this way:" and the owner of "Her message was:".)
  const speaks = subject && (subject.type === 'name' || (subject.type === 'role' && isWriting(subject.text)) || subject === owner || (colon && subject.type === 'pronoun'))
  return subject && speaks && predicate ? { cue: ':', cueStart: to, cueEnd: to, speaker: subject } : null
}

/** A colon's lead-in ("Alverson summed up the journey: “…”"), else the sentence right before a quote that opens its own. */
function leadIn(text: string, spans: ReturnType<typeof spansOf>, floor: number, leftStart: number, open: number): Window {
  const lead = text.slice(leftStart, open)
  // "…su “juicio”. Guillermo Ruiz, de …: “…”": the stop of the sentence that ended with the quote before is no part of this one.
  if (/:\s*$/u.test(lead)) return { from: leftStart + /^[\s.!?;]*/u.exec(lead)![0].length, to: open }
  if (lead.trim() !== '') return null
  const si = spans.indexAt(Math.max(floor, leftStart - 1))
  const sentence = si >= 0 ? spans.sentences[si]! : null
  return !sentence || sentence.start < floor || sentence.end > leftStart ? null : { from: sentence.start, to: sentence.end }
}

/** The quote's own sentence up to it, with no colon before the quote, no quote before it in the sentence and no stop inside. */
function ownSentence(text: string, spans: ReturnType<typeof spansOf>, floor: number, leftStart: number, open: number): Window {
  const si = spans.indexAt(open)
  const sentence = si >= 0 ? spans.sentences[si]! : null
  const words = sentence ? text.slice(sentence.start, open) : ''
  if (!sentence || sentence.start < Math.max(floor, leftStart - 2) || words.trim() === '' || /:\s*$/u.test(words)) return null
  // (A stop inside: the sentences were not split there, and the subject found would be another sentence's.)
  return /[.!?:]["”’»]?\s+\p{Lu}/u.test(words) ? null : { from: sentence.start, to: open }
}

/** "Her message was simple:", "Su mensaje fue claro:", "The mayor’s verdict:": whose words they are, from the owner of the noun that leads in. */
function ownerLeadingIn(text: string, from: number, to: number): SpeakerPhrase | null {
  const lead = /^[\s"“‘«—–-]*/u.exec(text.slice(from, to))![0].length
  const m = /^(?:(Her|His|Their|Su|Sus)|((?:[Tt]he|[Ee]l|[Ll]a)\s+\p{Ll}[\p{L}\-]*)['’]s)\s+\p{Ll}/u.exec(text.slice(from + lead, to))
  if (!m) return null
  const start = from + lead
  if (m[2]) return { type: 'role', text: m[2], start, end: start + m[2].length }
  // ("Su" says no gender: a pronoun for anyone.)
  const pronoun = ({ her: 'she', his: 'he', their: 'they' } as Record<string, string>)[m[1]!.toLowerCase()] ?? m[1]!
  return { type: 'pronoun', text: pronoun, start, end: start + m[1]!.length }
}

/** Built once from the name pattern. */
const INVERTED_NAME = new RegExp(`\\s(?:\\p{Ll}+(?:ó|ió|aron|ieron|ed)|tuvo|hizo|puso|dio|dijo)\\s+(?:el|la|the)\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){1,2}(?:(?:de|del|of)\\s+(?:la\\s+|el\\s+|the\\s+)?\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)?,\\s+)?(${NAME_PHRASE.source})`, 'u')

/**
 * "Un planteamiento similar presentó el candidato Enrique Gómez", "La última palabra la tuvo la presidenta de la Cámara, Karol Cariola": a name
 * after a verb and a short description (its body too, then a comma) is the subject put last.
 */
function invertedSubject(text: string, from: number, to: number): SpeakerPhrase | null {
  const m = INVERTED_NAME.exec(text.slice(from, to))
  if (!m || !parseNamePhrase(m[1]!)) return null
  const start = from + m.index + m[0].length - m[1]!.length
  return { type: 'name', text: m[1]!, start, end: start + m[1]!.length }
}

/** A person's name in full (two words or more, no body's), who can speak: the only kind a guess from the text around a quote may take. */
export function isFullPersonName(name: string, text: string): boolean {
  return /\s/u.test(name) && canBeSpeaker(name, 'name', text) && !parseNamePhrase(name)?.org
}

/**
 * A subject that leads into a quote with no cue, kept only when it names a person by full name: never a body, a place, a word
 * ("De acuerdo al …") or an opening gerund's object ("Channelling Churchill, he …"); two people ("X y Y") only if `pairs` (a
 * paragraph about both may lead into their words; a sentence about both that holds a quote, rarely).
 */
export function personLeadingIn(names: ArticleNames, lead: Attribution | null, pairs = true): Attribution | null {
  const said = lead?.speaker.type === 'name' ? lead.speaker.text : ''
  if (!said || !canBeSpeaker(said, 'name', names.text) || /^\p{Lu}\p{Ll}+(?:ing|ando|iendo)\s/u.test(said) || (!pairs && /\s(?:y|e|and)\s/u.test(said))) return null
  const named = parseNamePhrase(said.replace(/^(?:the|el|la)\s+/iu, ''))?.name
  const person = named ? (names.fullName(named, lead!.speaker.end) ?? named) : null
  // (Written as a person's name is: "SkyAir KL990" is a plane's.)
  const asPerson = !!person && person.split(/\s+/u).every((w) => WRITTEN_NAME_WORD.test(w))
  return asPerson && isFullPersonName(person!, names.text) ? lead : null
}

/** "gritos de “…”", "al grito de “…”", "cries of “…”": a noun for what a crowd shouts, right before the quote (up to its "de"/"of"). */
const CRY_BEFORE = /(?:^|\s)((?:[Aa]l\s+)?(?:gritos?|cánticos?|consignas?|coros?|cries|chants|shouts))\s+(?:de|of)\s*$/u
/** Who raised it, after the quote: "de buena parte del público", "from Labour MPs" (up to a relative clause, a place or a stop). */
const CRIED_BY = /^["”’»]?\s*(?:de|del|from)\s+((?:el\s+|la\s+|los\s+|las\s+|the\s+)?\p{L}[^,.;:!?"“”«»()]{0,60}?)(?=\s+(?:que|quien|quienes|who|which|that|en|in|at|on|durante|during|mientras|while)\s|\s*[,.;:!?)]|\s*$)/u

/**
 * "los abucheos y gritos de “fuera, fuera” de buena parte del público", "cries of “shame” from Labour MPs": what a crowd cried, led in
 * by a noun for crying, and who it came from, right after it. (Kept as a quote however short: a chant is words someone said.)
 */
export function crowdCry(text: string, open: number, close: number, end: number): (Attribution & { passive: boolean }) | null {
  const lead = text.slice(Math.max(0, open - 40), open)
  const cry = CRY_BEFORE.exec(lead)
  const by = cry ? CRIED_BY.exec(text.slice(close, end)) : null
  if (!cry || !by) return null
  const cueStart = open - lead.length + cry.index + cry[0].indexOf(cry[1]!)
  const start = close + by[0].length - by[1]!.length
  const speaker: SpeakerPhrase = { type: /^\p{Lu}/u.test(by[1]!) && parseNamePhrase(by[1]!) ? 'name' : 'role', text: by[1]!, start, end: start + by[1]!.length }
  return { cue: cry[1]!, cueStart, cueEnd: cueStart + cry[1]!.length, speaker, passive: false }
}
