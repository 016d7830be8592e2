/**
 * Speakers named outside the quote's own sentence, in the sentences around
 * it: a paragraph that introduces the quote ("The following is a statement
 * from …:"), an earlier sentence that speaks or names its source ("Mr.
 * Ruano said … . “…”", "According to Gauteng Cogta, …"), a sentence after
 * it that points back ("Con esa frase, X respondió"), a short sentence
 * after a question that is only its attribution ("King asked."), a
 * person under a pseudonym in quotation marks ("“Maritza”, una estudiante"),
 * the one who answers a question in a paragraph that is only a quote
 * (answerer), the subject of the clause a quote with no cue sits in
 * (clauseSubject), the speaker a quote with no cue carries on from the one
 * before (carryOverSpeakers) or shares with its words said elsewhere
 * (pullQuoteSpeakers), and, when nothing names anyone, a guess (guessSpeakers).
 * Label, signature and heading lines are read in labelLines.ts.
 */
import { isRoleWord } from '../text/abbreviations'
import { foldText } from '../text/fold'
import { spansOf } from '../text/sentences'
import { attributionBefore, type Attribution, type SpeakerPhrase } from './attribution'
import { subjectAfter } from './subjectAfter'
import { subjectLeadingIn } from './leadingIn'
import { CUE, isCueWord, TAKES_LISTENER } from './cues'
import { pronounGender, type PreviousSpeaker } from './pronouns'
import type { Quotation } from './marks'
import { NAME_PHRASE, parseNamePhrase } from './namePhrase'
import { canBeSpeaker } from './speakerKind'
import type { ArticleNames } from './names'
import { wordsOf, type Found } from './quoteOrNot'

/** A quote that speaks of someone as "he", "him", "her": not that person's own words, so an interview's answer about someone goes on being the interviewee's. */
export const THIRD_PERSON = /(?:^|[^\p{L}])(?:he|him|his|she|her|él|ella)(?=$|[^\p{L}])/iu

/** “Maritza”, una estudiante …: one capitalised name in quotation marks, then a comma and an indefinite description. */
export function isPseudonym(text: string, q: Quotation): boolean {
  return q.end - q.start <= 40 && /^\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?$/u.test(text.slice(q.start, q.end)) && /^,\s+(?:a|an|un|una)\s/u.test(text.slice(q.close, q.close + 8))
}

/** A short sentence after a quote that is only its attribution: "King asked.", "the lawyer said.", "dijo el ministro."; or one that opens with a name and its verb ("Brooke tearfully asked before …"). */
export function shortAttribution(s: string): boolean {
  CUE.lastIndex = 0
  const head = /^\s*\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?(?:\s+\p{Ll}+ly)?\s+\p{Ll}+(?=[\s,.])/u.exec(s)?.[0]
  // ("Neville admitted there had been incidents …": a verb with a clause of its own reports that clause, not the quote before.)
  // ("Mr Gupta says the power of … was palpable", "says it was": nor does one whose clause opens with a subject, unless the verb takes a listener.)
  const verb = head ? /\p{Ll}+$/u.exec(head)![0] : ''
  const opensWithCue = !!head && isCueWord(verb) && !/^\s+(?:that|there|que)\s/iu.test(s.slice(head.length)) && !(!TAKES_LISTENER.test(verb) && /^\s+(?:the|it|he|she|they|we|I)\s/u.test(s.slice(head.length)))
  CUE.lastIndex = 0
  return (wordsOf(s).length <= 6 || opensWithCue) && /[.!?]["”’»]?\s*$/u.test(s.trim()) && CUE.test(s)
}

/** A paragraph that introduces the quote after it: it ends with a colon, or says whose statement or remarks follow. */
export function introduction(text: string, p: { start: number; end: number }): Attribution | null {
  const body = text.slice(p.start, p.end)
  if (!/:\s*$/u.test(body) && !/\b(?:statement|remarks|message|declaración|comunicado)\b/iu.test(body)) return null
  const found = attributionBefore(text, p.start, /:\s*$/u.test(body) ? p.end - 1 : p.end)
  if (found && found.speaker.type !== 'implicit' && !found.passive) return found
  // ("Su testimonio prescinde de todo comentario:": with no speech verb, the colon's lead-in names its owner or its writer, as in one paragraph.)
  return /:\s*$/u.test(body) ? subjectLeadingIn(text, spansOf(text), p.start, p.start, p.end) : null
}

/** The last sentence between `from` and `to` (before the quote) whose speech verb has a named or described subject, or a third-person pronoun; or that opens with its source. */
export function earlierSpeech(text: string, spans: ReturnType<typeof spansOf>, from: number, to: number): Attribution | null {
  if (to - from < 8) return null
  for (let si = spans.indexAt(to - 1), n = 0; si >= 0 && n < 3; si--, n++) {
    const sentence = spans.sentences[si]!
    const start = Math.max(sentence.start, from)
    if (sentence.end <= from) break
    // (A source named first is the sentence's: in "According to Gauteng Cogta, the province …" no verb after it is speech.)
    const found = sourceOpening(text, start, Math.min(sentence.end, to)) ?? attributionBefore(text, start, Math.min(sentence.end, to))
    // ("At her age, she said, the shortages are unbearable. ¶ “…”": a third person speaks on; "As we say goodbye" is the reporter's.)
    if (found && !found.passive && (found.speaker.type === 'name' || found.speaker.type === 'role' || (found.speaker.type === 'pronoun' && pronounGender(found.speaker.text) !== null))) return found
  }
  return null
}

/**
 * A named speaker's (or one person described's) reported speech in the sentence right before `open` ("…, but Bracewell said McMillan
 * was preferred."), or before the one that opens with the pronoun ("The spokesman said …. But he added: “…”"), never a verb of going
 * on ("as Trump’s rise continued").
 */
export function speechRightBefore(text: string, spans: ReturnType<typeof spansOf>, floor: number, open: number): Attribution | null {
  const here = spans.indexAt(open)
  const last = here > 0 && /^\s*["“«]?(?:(?:But|And|Yet|So|Pero|Y)\s+)?$/u.test(text.slice(spans.sentences[here]!.start, open)) ? here - 1 : here
  const found = earlierSpeech(text, spans, Math.max(floor, last >= 0 ? spans.sentences[last]!.start : floor), open)
  return found && (found.speaker.type === 'name' || describedPerson(found.speaker.text)) && !/^(?:continued|continues|continuó|continúa|prosiguió)$/iu.test(found.cue) ? found : null
}

/** "The prime minister's official spokesman", "a senior official": one person described, whose "he" goes on (never "one song", "managing director of …"). */
const describedPerson = (role: string): boolean => /^(?:the|a|an|el|la|un|una)\s/iu.test(role) && !/\s(?:of|de|del|for|para)\s/iu.test(role) && isRoleWord(role.split(/\s+/u).pop() ?? '')

/** "The Indian army says in a statement that … ¶ It said … “…”": "it" goes on from the body or writing whose speech one of the two sentences before reports (never a person). */
export function itGoesOn(text: string, spans: ReturnType<typeof spansOf>, phrase: SpeakerPhrase | null, floor: number): SpeakerPhrase | null {
  if (phrase?.type !== 'name' || !/^it$/iu.test(phrase.text)) return null
  const here = spans.indexAt(phrase.start)
  if (here < 1) return null
  const found = earlierSpeech(text, spans, Math.max(floor, spans.sentences[Math.max(0, here - 2)]!.start), spans.sentences[here]!.start)
  const said = found?.speaker
  return said && (said.type === 'role' || (said.type === 'name' && !!parseNamePhrase(said.text)?.org)) ? said : null
}

/** "According to Gauteng Cogta, the province …", "Según el informe, …": a sentence that opens by naming its source. */
function sourceOpening(text: string, from: number, to: number): (Attribution & { passive: boolean }) | null {
  const opener = /^\s*(?:According to|Según|De acuerdo con)\s+/u.exec(text.slice(from, to))
  if (!opener) return null
  const cueEnd = from + opener[0].length
  const comma = text.slice(cueEnd, to).indexOf(',')
  const speaker = comma > 0 ? subjectAfter(text.slice(cueEnd, cueEnd + comma + 1), cueEnd) : null
  return speaker && speaker.type !== 'implicit' && speaker.type !== 'pronoun' ? { cue: opener[0].trim(), cueStart: from + opener[0].length - opener[0].trimStart().length, cueEnd, speaker, passive: false } : null
}

/** "Con esa frase, X respondió …", "Así ha resumido X …", "Lo dijo X", "With those words, X …", "Son palabras de X": the sentence after a quote points back at it and names who said it. */
export function pointingBack(text: string, from: number, to: number): Attribution | null {
  const opener = /^\s*(?:(?:Con|With|In|En)\s+(?:esa|esas|esta|estas|aquella|aquellas|those|these|that|this)\s+(?:frase|frases|palabras|declaraciones|words|remarks|comments|statement)\b|Así\s+(?:lo\s+)?(?:ha|han|había)?\s*\p{Ll}+(?:ó|ado|ido)\b|De\s+esta\s+(?:forma|manera)\b|That\s+is\s+how\b)/u.exec(text.slice(from, to))
  // ("Con estas palabras ha reaccionado el portavoz …": right after "with those words", any verb in the past is the one pointing back.)
  const verb = opener && /^(?:Con|With|In|En)\s/u.test(opener[0].trim()) ? /^[\s,]+((?:(?:ha|han|había|habían|has|have|had)\s+)?\p{Ll}{3,}(?:ó|ió|aron|ieron|ado|ido|ed))(?=[\s,])/u.exec(text.slice(from + opener[0].length, to)) : null
  CUE.lastIndex = 0
  // (Where the verb stands in the sentence, and its words.)
  const first: { readonly index: number; readonly 0: string } | null = verb ? { index: opener![0].length + verb[0].length - verb[1]!.length, 0: verb[1]! } : CUE.exec(text.slice(from, to))
  // ("Lo dijo ayer el alcalde, Jaume Collboni": "lo" right before a speech verb points back too.)
  const pronounThenCue = !!first && /^\s*Lo\s+(?:(?:ha|han|había|habían)\s+)?$/u.test(text.slice(from, from + first.index))
  if (!opener && !pronounThenCue) return whoseWords(text, from, to)
  // The first speech verb is the one pointing back ("ha descrito Moreno un incendio cuyo balance, ha insistido, …").
  const cueEnd = first ? from + first.index + first[0].length : to
  // Its subject before it ("Con esa frase, Marta Ibáñez respondió"), else after it ("Así ha resumido el consejero, Antonio Sanz, …").
  const found = attributionBefore(text, from, cueEnd)
  const between = !!found && found.speaker.start >= from + (opener?.[0].length ?? cueEnd - from)
  if (found && between && !found.passive && found.speaker.type === 'name') return found
  const named = first ? subjectAfter(text.slice(cueEnd, to), cueEnd) : null
  if (first && named && (named.type === 'name' || named.type === 'role')) return { cue: first[0], cueStart: from + first.index, cueEnd, speaker: named }
  return found && between && !found.passive && found.speaker.type === 'role' ? found : null
}

/**
 * "Son palabras de Ione Belarra", "Esta fue la expresión reiterada de Leticia Torres", "Those were the words of Jane Doe": the
 * sentence after a quote names whose words they were (one adjective may come between).
 */
const WORDS_OF = /^\s*(?:(?:Son|Fueron|Eran|Fue|Es|Esas son|Estas son|Esas fueron|Estas fueron|Esa fue|Esta fue|Those were|These were|Those are|These are|That was|This was)\s+)?(?:las?\s+|the\s+)?(?:[Pp]alabras|[Ee]xpresi[óo]n|[Ff]rase|words|phrase)(?:\s+\p{Ll}+)?\s+(?:of\s+|(?:de\s+|d(?=el\s)))/u

function whoseWords(text: string, from: number, to: number): Attribution | null {
  const m = WORDS_OF.exec(text.slice(from, to))
  const named = m ? subjectAfter(text.slice(from + m[0].length, to), from + m[0].length) : null
  return m && named && (named.type === 'name' || named.type === 'role') ? { cue: m[0].trim().replace(/\sd$/u, ' del'), cueStart: from + m.index, cueEnd: from + m[0].length, speaker: named } : null
}

const ASKED = /^(?:asked|asks|preguntó|pregunta|preguntaron|le preguntó)$/iu
const ASKED_WHOM = new RegExp(`^\\s+(?:a\\s+)?(${NAME_PHRASE.source})`, 'u')
/** A reply's verb: its subject is the one the question before it was put to. */
export const REPLY = /^(?:replied|replies|answered|answers|responded|responds|respondió|responde|contestó|contesta|replicó|replica)$/iu

/** "a reporter asked Montoya-Lewis, “…?”", "preguntó a Ana Ruiz": whom the question was put to, as written. */
export function askedWhom(text: string, a: Attribution | null): string | null {
  if (!a || !ASKED.test(a.cue)) return null
  const m = ASKED_WHOM.exec(text.slice(a.cueEnd, a.cueEnd + 80))
  // ("“¿Cómo fue?”, preguntó D'Artigues", "“Why?” asked Smith": the name right after the verb may be the one asking, its subject.)
  const asker = !!m && a.speaker.start === a.cueEnd + m[0].length - m[1]!.length
  return m && !asker && parseNamePhrase(m[1]!) ? parseNamePhrase(m[1]!)!.name : null
}

/** Words that ask: a quote ending in a question mark, or one an asking verb attributes ("“¿Cómo fue?”, preguntó D'Artigues"). */
export function isQuestion(words: string, a: Attribution | null): boolean {
  return (!!a && ASKED.test(a.cue)) || /\?[\s"”’»]*$/u.test(words)
}

/**
 * Who a reply verb with no subject of its own ("respondió", "she replied") gives the words to: the one the question before was
 * put to, as written; else, after a question that names no one asked, the subject of the sentences before the question, who
 * is not the one asking ("Peña Nieto habló de su noviazgo: “¿Cómo fue?”, preguntó D'Artigues. “No …”, respondió").
 */
export function answererOf(names: ArticleNames, previous: PreviousSpeaker | null, phrase: SpeakerPhrase): string | null {
  if (!previous || previous.asked) return previous?.asked ?? null
  // ("to which she replied": of her gender.)
  const gender = phrase.type === 'pronoun' ? (pronounGender(phrase.text) ?? 'any') : 'any'
  // (The asker's own name, wherever the sentences before mention it, is passed over: "conducido por Katia D'Artigues, Peña Nieto contó".)
  const asker = previous.name.split(/\s+/u)
  const isAsker = (pos: number) => asker.includes(/^[\p{L}'’\-]+/u.exec(names.text.slice(pos, pos + 40))?.[0] ?? '')
  const other = previous.question ? names.personForPronoun(previous.at - 1, gender, isAsker) : null
  return other && other !== previous.name && canBeSpeaker(other, 'name', names.text) ? other : null
}

/**
 * "Maravall es optimista …, porque “…”; Monedero teme que habrá “…”", "Major wanted to offer Britain “…”": a quote with no cue of its own,
 * inside a clause that opens with someone named and their verb, is that person's, not the speaker's before it. A name followed by a
 * role and another name ("Liberal Democrat deputy leader Menzies Campbell said") is not the subject: three lower-case words follow it.
 */
export function clauseSubject(text: string, spans: ReturnType<typeof spansOf>, names: ArticleNames, q: Quotation): { speaker: string; role: string } | null {
  const sentence = spans.sentences[spans.indexAt(q.open)]
  // (Read in the 300 characters before the quote: a sentence of a whole page, full of quotes, stays linear.)
  const from = sentence ? Math.max(sentence.start, q.open - 300) : q.open
  const parts = text.slice(from, q.open).split(/[;:]\s/u)
  if (parts.length === 1 && sentence && from > sentence.start) return null
  const clause = parts.pop()!.trimStart()
  if (wordsOf(clause).length < 3) return null
  const opens = (name: string) => [name, name.split(/\s+/u).pop()!].some((w) => clause.startsWith(`${w} `) && /^(?:\s+\p{Ll}[\p{L}'’]*){3}/u.test(clause.slice(w.length)))
  const speaker = names.candidatesBefore(q.open, 6).find(opens)
  return speaker ? { speaker, role: names.roleOf(speaker) } : null
}

/** The quotation is its paragraph's only words (its punctuation aside). */
const wholeParagraph = (text: string, q: Quotation) => /(?:^|\n)\s*$/u.test(text.slice(Math.max(0, q.open - 4), q.open)) && /^[^\n\p{L}\p{N}]*(?:\n|$)/u.test(text.slice(q.close, q.close + 6))

/**
 * A quote nothing names a speaker for (no words at all: "he said" after two men stays unresolved) gets a guess, never confident:
 * whoever a cue named last within six paragraphs (an interview's answers, a speech quoted in parts), else the nearest person named
 * in full before it (or, for a paragraph that is only the quote and no one named before it, the one the next paragraph opens by
 * naming) — unless the quote speaks of someone as "he" or "she", who is then likely that person. "speaker?" with a name
 * to confirm is quicker than a blank; a guess is no cue, so how sure the quote is stays.
 */
export function guessSpeakers(text: string, kept: readonly Found[], names: ArticleNames, described: (speaker: string) => boolean): void {
  let last: Found | null = null
  for (const f of kept) {
    // ("“…,” he said" after two men are named: the words that name the speaker say who it is not; the candidates are offered.)
    if (f.unresolved && !f.speaker) continue
    if (f.speaker) {
      // (Only someone a cue named: a guess, or a speaker carried on from one, is not spread further.)
      if (f.via === 'cue' && !f.fallback) last = f
      continue
    }
    const spoke = last && f.q.paragraph - last.q.paragraph <= 6 ? last.speaker : null
    // (No one named before a paragraph that is only the quote: the one the next paragraph opens by naming, "«…». ¶ Claudia Pizarro es alcaldesa …".)
    const third = THIRD_PERSON.test(text.slice(f.q.start, f.q.end))
    const who = spoke ?? (third ? null : names.personBefore(f.q.open)) ?? (third || !wholeParagraph(text, f.q) ? null : names.identifiedNext(f.q.close, true))
    if (who && canBeSpeaker(who, described(who) ? 'role' : 'name', text)) Object.assign(f, { speaker: who, role: names.roleOf(who), guess: true })
  }
}

/**
 * "“El individualismo primó -acusa Isabel Godoy, convencional colla-. Decían …”": a cue between dashes inside the quotation, then who
 * spoke, names the quote's speaker (Spanish sets its narration into the quote so; the labels keep it one quote).
 */
export function cueInQuote(text: string, q: { start: number; end: number }): Attribution | null {
  const inside = /\s[-\u2013\u2014]\s*((?:(?:le|les|se)\s+)?(\p{Ll}+))\s+([^-\u2013\u2014\n]{2,80}?)\s*[-\u2013\u2014]/u.exec(text.slice(q.start, q.end))
  if (!inside || !isCueWord(inside[2]!)) return null
  const cueStart = q.start + inside.index + inside[0].indexOf(inside[1]!)
  const cueEnd = cueStart + inside[1]!.length
  const speaker = subjectAfter(text.slice(cueEnd, q.start + inside.index + inside[0].length - 1), cueEnd)
  return speaker && (speaker.type === 'name' || speaker.type === 'role') ? { cue: inside[1]!, cueStart, cueEnd, speaker } : null
}

/**
 * "“That can be true,” Prelogar said. ¶ “…,” Alito interjected. “Do you dispute that?” ¶ “There can be …”": a paragraph that is only a quote,
 * right after a question, answers it: the one a cue named last before the asker, in the three paragraphs before (never a guess).
 */
export function answerer(text: string, found: readonly Found[], i: number): Pick<Found, 'speaker' | 'role' | 'via'> | null {
  const [f, asked] = [found[i]!, found[i - 1]!]
  if (f.q.paragraph !== asked.q.paragraph + 1 || !/\?\s*$/u.test(text.slice(asked.q.start, asked.q.end)) || !/(?:^|\n)\s*$/u.test(text.slice(Math.max(0, f.q.open - 4), f.q.open))) return null
  for (let k = i - 2; k >= 0 && found[k]!.q.paragraph >= asked.q.paragraph - 3; k--) {
    const other = found[k]!
    if (other.speaker && other.speaker !== asked.speaker && other.via === 'cue' && !other.fallback) return { speaker: other.speaker, role: other.role, via: 'continuation' }
  }
  return null
}

type Echoed = { readonly text: string; readonly speaker: string | null; readonly role: string; readonly personId: string | null; readonly confident: boolean; readonly speakerConfidence: number; readonly candidates: readonly string[] }

/**
 * The same words quoted twice in one article are one person's: an unsure quote of two words or more that a sure one repeats exactly
 * takes its speaker ("described as “utterly unacceptable” by a Labour councillor" … "“Utterly unacceptable,” said Ann Lee"), still as
 * a question with the candidates.
 */
export function echoSpeakers<T extends Echoed>(list: readonly T[], unsure: number): T[] {
  const key = (s: T) => foldText(s.text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const sure = new Map<string, T>()
  for (const s of list) if (s.speakerConfidence >= unsure && s.speaker && wordsOf(s.text).length >= 2 && !sure.has(key(s))) sure.set(key(s), s)
  return list.map((s) => {
    const t = s.speakerConfidence >= unsure ? undefined : sure.get(key(s))
    if (!t || t.speaker === s.speaker) return s
    return { ...s, speaker: t.speaker, role: t.role, personId: t.personId, speakerConfidence: unsure, candidates: [t.speaker!, ...s.candidates.filter((c) => c !== t.speaker)] }
  })
}

/**
 * A quote with no cue of its own keeps the previous speaker: the next
 * segment of a multi-paragraph quote, a second quote after "said X.", or a
 * paragraph that is only a quote right after an attributed one; unless it
 * sits in a clause that opens with someone else named (clauseSubject).
 */
export function carryOverSpeakers(text: string, found: Found[], paragraphEnd: (q: Quotation) => number, furniture: (paragraph: number) => boolean, ownSubject: (q: Quotation) => { speaker: string; role: string } | null): void {
  // Multi-paragraph quotes: the attribution may sit in any segment (usually the first or the last).
  for (let i = 0; i < found.length; i++) {
    if (!found[i]!.q.continues || found[i]!.q.continued) continue
    let j = i
    while (j < found.length - 1 && found[j]!.q.continues) j++
    const chain = found.slice(i, j + 1)
    const named = chain.find((f) => f.speaker)
    if (named) for (const f of chain) if (!f.speaker) Object.assign(f, { speaker: named.speaker, role: named.role, via: 'continuation' })
  }
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!
    const prev = found[i - 1]!
    if (f.speaker || !prev.speaker) continue
    // A quote left open at its paragraph's end runs on, even over a paragraph whose marks were lost.
    let reach = prev.q.close === paragraphEnd(prev.q) ? 2 : 1
    for (let k = prev.q.paragraph + 1; k < f.q.paragraph && reach < 4; k++) if (furniture(k)) reach++
    if (f.q.paragraph - prev.q.paragraph > reach) continue
    const own = ownSubject(f.q)
    Object.assign(f, answerer(text, found, i) ?? { ...(own && own.speaker !== prev.speaker ? own : { speaker: prev.speaker, role: prev.role }), via: 'continuation' })
  }
}

/** A pull quote (a paragraph that is only a quote, with no speaker) repeats words someone is quoted saying elsewhere in the article: they are theirs. */
export function pullQuoteSpeakers(text: string, found: Found[], paragraphOf: (q: Quotation) => { start: number; end: number }): void {
  // Compared by their first four words, folded (a map: an article of thousands of quotes stays linear).
  const key = (f: Found) => wordsOf(foldText(text.slice(f.q.start, Math.min(f.q.end, f.q.start + 80))).replace(/[^\p{L}\p{N}]+/gu, ' ')).slice(0, 4).join(' ')
  const said = new Map<string, Found>()
  for (const f of found) if (f.speaker && f.via === 'cue' && !said.has(key(f))) said.set(key(f), f)
  for (const f of found) {
    const p = paragraphOf(f.q)
    if (f.speaker || f.q.open - p.start > 1 || p.end - f.q.close > 2) continue
    const k = key(f)
    const same = wordsOf(k).length === 4 ? said.get(k) : undefined
    if (same) Object.assign(f, { speaker: same.speaker, role: same.role, via: 'continuation' })
  }
}
