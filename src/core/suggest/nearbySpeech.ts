/**
 * Speakers named outside the quote's own sentence: a label line or a
 * signature line around a quote paragraph ("Jane Doe, mayor, on Twitter:",
 * "— Jane Doe, The Herald", "SECRETARY KERRY:"), a heading that is a quote
 * and its speaker after a colon ("‘…’: Desjardins"), a paragraph that
 * introduces the quote ("The following is a statement from …:"), an earlier
 * sentence that speaks or names its source ("Mr. Ruano said … . “…”",
 * "According to Gauteng Cogta, …"), a short sentence
 * after a question that is only its attribution ("King asked."), a
 * person under a pseudonym in quotation marks ("“Maritza”, una estudiante"),
 * the one who answers a question in a paragraph that is only a quote
 * (answerer), and, when nothing names anyone, a guess (guessSpeakers).
 */
import { isRoleWord, isTitleWord } from '../text/abbreviations'
import { spansOf } from '../text/sentences'
import { attributionBefore, type Attribution, type SpeakerPhrase } from './attribution'
import { subjectAfter } from './subjectAfter'
import { subjectLeadingIn } from './leadingIn'
import { CUE, isCueWord, TAKES_LISTENER } from './cues'
import { pronounGender, type PreviousSpeaker } from './pronouns'
import type { Quotation } from './marks'
import { NAME_PHRASE, parseNamePhrase } from './namePhrase'
import { canBeSpeaker, isNounPhrase, isPersonNoun } from './speakerKind'
import type { ArticleNames } from './names'
import type { Found } from './quoteOrNot'

/** A quote that speaks of someone as "he", "him", "her": not that person's own words, so an interview's answer about someone goes on being the interviewee's. */
export const THIRD_PERSON = /(?:^|[^\p{L}])(?:he|him|his|she|her|él|ella)(?=$|[^\p{L}])/iu

const SIGNATURE_LINE = new RegExp(`^\\s*[\u2014\u2013-]\\s*(${NAME_PHRASE.source})(?=\\s*(?:,|\\(|$))`, 'u')
/** "— The family of the victim, in a statement", "— A spokesperson for the club": a line signed by someone described, not named. */
const DESCRIBED_SIGNATURE = /^\s*[\u2014\u2013-]\s*((?:The|A|An|El|La|Los|Las|Un|Una)\s+\p{Ll}[^,()\n]{1,60}?)\s*(?:,|\(|\.?$)/u

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

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
  return (wordCount(s) <= 6 || opensWithCue) && /[.!?]["”’»]?\s*$/u.test(s.trim()) && CUE.test(s)
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

/**
 * A line after a quote that signs it: "— Jane Doe, The Herald", "–Ana Ruiz,
 * alcaldesa de Lima", "— The family of the victim, in a statement"; or, after a quote that is a paragraph of its own (a
 * roundup's pull quote), a line that is only a name and its institution.
 */
export function signatureAfter(text: string, p: { start: number; end: number } | undefined, quoteIsParagraph = false, numbered = false): SpeakerPhrase | null {
  // ("Rep. Tom Lee, R-Texas:": a line that ends with a colon introduces the quote after it; it signs none before.)
  if (!p || p.end - p.start > 160 || /:\s*$/u.test(text.slice(p.start, p.end))) return null
  const m = SIGNATURE_LINE.exec(text.slice(p.start, p.end))
  const described = m ? null : DESCRIBED_SIGNATURE.exec(text.slice(p.start, p.end))
  if (described && isNounPhrase(described[1]!)) {
    const at = p.start + described[0].indexOf(described[1]!)
    return { type: 'role', text: described[1]!, start: at, end: at + described[1]!.length }
  }
  if (!m && quoteIsParagraph && /,/u.test(text.slice(p.start, p.end))) return speakerLine(text, p) ?? (numbered ? captionLine(text, p) : null)
  if (!m || !parseNamePhrase(m[1]!)) return null
  const start = p.start + m[0].length - m[1]!.length
  return { type: 'name', text: m[1]!, start, end: start + m[1]!.length }
}

/**
 * "La senadora Ximena Rincón, en entrevista con Radio Cooperativa.", "El ministro del Interior, Álvaro Elizalde, sobre la agenda …": under a
 * numbered pull quote ("las frases de la semana"), a caption that names who said it and where, with no verb and no quote of its own.
 */
function captionLine(text: string, p: { start: number; end: number }): SpeakerPhrase | null {
  const line = text.slice(p.start, p.end)
  if (/["“”«»]/u.test(line) || !isNounPhrase(line.split(',')[0]!)) return null
  const found = subjectAfter(line, p.start)
  return found && (found.type === 'name' || found.type === 'role') && found.start - p.start <= 60 ? found : null
}

/**
 * "‘Difficult to have much confidence’: Desjardins", "“No pensé …”: Damián Alcázar": a heading that is a quote and then, after a colon,
 * only whose it is; or a paragraph that is a quote signed after a dash ("“…” — Stockwell Day", "“…” — Jane Doe, The Herald"), or after a
 * hyphen set off by spaces, as older pages write a dash (‘"…" - Ken Merrett, Manchester United secretary.’), or after a comma, as a
 * list of the week's sayings does ("1. «…», Pedro Sánchez, presidente del Gobierno.").
 */
const NAME_AFTER_COLON = new RegExp(`^\\s*(?::|(?:[\\u2014\\u2013,]|-(?=\\s))\\s*(?=\\p{Lu}))\\s*(${NAME_PHRASE.source})(?:,\\s*[^,.;:!?"“”«»]{1,60})?\\.?\\s*$`, 'u')

/** The name a quote-led heading gives after a colon, from the closing mark to the end of its paragraph. */
export function labelAfter(text: string, close: number, paragraphEnd: number): SpeakerPhrase | null {
  const m = paragraphEnd - close <= 80 ? NAME_AFTER_COLON.exec(text.slice(close, paragraphEnd)) : null
  if (!m || !parseNamePhrase(m[1]!)) return null
  const start = close + m[0].length - /\s*$/u.exec(m[0])![0].length - m[1]!.length
  return { type: 'name', text: m[1]!, start, end: start + m[1]!.length }
}

/** "The King's Speech 2024 full transcript", "Read Biden's full statement", "Discurso íntegro de Gabriel Boric": whose words the text under a heading gives. */
const TEXT_OF = new RegExp(
  String.raw`^(?:(?:Read|Watch|Here is|Full text of|Texto íntegro del?|Lea (?:el|la))\s+)?(?:(?:the|The)\s+)?` +
    String.raw`(?:(${NAME_PHRASE.source})['’]s?\s+(?:\d{4}\s+)?(?:[Ff]ull\s+)?(?:[Ss]peech|[Ss]tatement|[Rr]emarks|[Aa]ddress|[Ll]etter|[Tt]estimony|[Tt]ranscript)` +
    String.raw`|(?:[Dd]iscurso|[Cc]omunicado|[Cc]arta|[Mm]ensaje|[Dd]eclaración)(?:\s+(?:íntegr[oa]|complet[oa]))?\s+(?:de|del)\s+(?:(?:el|la)\s+)?(${NAME_PHRASE.source}))`,
  'u'
)

/** A heading in capitals (the line has no lower-case letter): one to four words, a colon, then more words. */
const CAPS_LABEL = /^((?:\p{Lu}[\p{Lu}'’.\-]*)(?:\s+\p{Lu}[\p{Lu}'’.\-]*){0,3}):\s+\P{L}*\p{Lu}/u
/** What a live blog or a section labels its headings with: no one's name. */
const HEADING_WORDS = /^(?:UPDATE|BREAKING|BREAKING NEWS|WATCH|READ|READ MORE|VIDEO|PHOTOS|LIVE|ANALYSIS|OPINION|EDITORIAL|EXCLUSIVE|INTERVIEW|Q&A|URGENTE|ÚLTIMA HORA|EN VIVO|EN DIRECTO|FOTOS|VÍDEO|GALERÍA|OPINIÓN|ANÁLISIS|EXCLUSIVA|ENTREVISTA|LEA TAMBIÉN|TE PUEDE INTERESAR)$/u

/** "KARLA TARAZONA" → "Karla Tarazona" (a name written in capitals, as People would hold it). */
function titleCase(name: string): string {
  return name.toLocaleLowerCase().replace(/(^|[\s'’\-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toLocaleUpperCase())
}

/**
 * A sub-heading that says whose words follow: a speech, statement or letter's (a transcript printed under the
 * story: the possessor speaks the quote paragraphs under it; "The King" is a role that points back at King
 * Charles), or a roundup's heading in capitals that starts with a name and a colon.
 */
export function textOfHeading(text: string, p: { start: number; end: number }): SpeakerPhrase | null {
  // (A heading is short: a long paragraph is never read here, so a text of one huge paragraph stays linear.)
  if (p.end - p.start > 200) return null
  const line = text.slice(p.start, p.end).trim()
  // "KARLA TARAZONA: POR SER FAN, ME CASTIGARON": a roundup's heading in capitals names, before its colon, whose words follow.
  const label = /\p{Ll}/u.test(line) ? null : CAPS_LABEL.exec(line)
  if (label && !HEADING_WORDS.test(label[1]!)) {
    const at = p.start + text.slice(p.start, p.end).indexOf(label[1]!)
    return { type: 'name', text: titleCase(label[1]!), start: at, end: at + label[1]!.length }
  }
  if (/[.!?:]["”’»]?$/u.test(line) || wordCount(line) > 14) return null
  const m = TEXT_OF.exec(line)
  const who = m?.[1] ?? m?.[2]
  if (!m || !who) return null
  const at = p.start + text.slice(p.start, p.end).indexOf(who)
  // "The King's Speech": a title alone is a role ("the King"); a name is a name.
  return isTitleWord(who) ? { type: 'role', text: `the ${who}`, start: at, end: at + who.length } : { type: 'name', text: who, start: at, end: at + who.length }
}

/** A line that is only a name (a transcript's speaker label): "((Francis Rooney", "SECRETARY KERRY:". */
export function speakerLine(text: string, p: { start: number; end: number }): SpeakerPhrase | null {
  // "Junge Welt / Alemania": a press roundup's label gives the outlet, then its country.
  // "Senator Jane Doe (D-NM)": a roundup's label line gives the party and state in brackets after the name.
  // "Donated by Gina McVey, Oak Grove, Calif.": a donor's or sender's line names them, then where they live (a state's abbreviation may end it).
  const m = /^[(\s[]*(?:(?:Donated|Submitted|Sent|Shared|Donado|Enviado|Compartido)\s+(?:by|por)\s+)?((?:\p{Lu}[\p{L}'’.\-]*)(?:\s+(?:de|del|la|van|von|da|dos|y)?\s*\p{Lu}[\p{L}'’.\-]*){1,3})(?:\s*[,/](?:[^.!?"“”«»]|(?<=(?:^|[\s,.])\p{Lu}\p{Ll}{0,4})\.){1,80}|\s*\([^()\n]{1,40}\))?[)\s\]:]*$/u.exec(text.slice(p.start, p.end))
  if (!m) return null
  const start = p.start + text.slice(p.start, p.end).indexOf(m[1]!)
  return { type: 'name', text: m[1]!, start, end: start + m[1]!.length }
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

/** A newsletter item's heading before a dash, and whose the writers are ("PATIENCE IS A VIRTUE — WSJ’s", "Our"), or a list's number ("3. "): no part of the label. */
const ITEM_HEAD = String.raw`(?:\d{1,2}[.)]\s+)?(?:[^\n—–:“”"]{1,80}\s[—–]\s*)?(?:(?:Our|\p{Lu}[\p{L}.&]*['’]s)\s+)?`
const LABEL_LINE = new RegExp(`^\\s*${ITEM_HEAD}((?:${NAME_PHRASE.source})(?:(?:\\s*,\\s*|\\s+(?:and|y|e)\\s+)(?:${NAME_PHRASE.source}))*)\\s*(?:\\([^)]{1,40}\\))?\\s*:\\s*$`, 'u')

/**
 * A label before a colon names the speaker: "Secretary Kerry (Jan. 31): “…”", "SPOKESMAN KIRBY (JAN. 29): “…”", and a
 * newsletter's item "IAN SHREDS SAFETY NETS — Our Zack Colman and Katy O’Donnell: “…”" (only a short label is read).
 */
export function labelBefore(text: string, from: number, to: number): SpeakerPhrase | null {
  const window = text.slice(from, to)
  const m = window.length <= 240 ? LABEL_LINE.exec(window) ?? roleLabel(window) : null
  if (!m) return null
  const start = from + window.lastIndexOf(m[1]!)
  return { type: 'name', text: m[1]!, start, end: start + m[1]!.length }
}

/** A roundup's label that gives the role first: "El líder del PP, Alberto Núñez Feijóo:", "Green Party co-leader Carla Denyer:", "La ministra Pilar Alegría:". */
const ROLE_LABEL_LINE = new RegExp(`^\\s*${ITEM_HEAD}([^\\n:“”"«»]{2,80}?)(?:,\\s*|\\s+)(${NAME_PHRASE.source})\\s*(?:\\([^)]{1,40}\\))?\\s*:\\s*$`, 'u')

/** The person's full name in a role-first label, when the words before it are a role (a noun phrase with a person's noun, no verb): [, name]. */
function roleLabel(window: string): readonly [string, string] | null {
  const m = ROLE_LABEL_LINE.exec(window)
  const person = m ? parseNamePhrase(m[2]!) : null
  if (!m || !person || person.org || !/\s/u.test(person.name) || !isNounPhrase(m[1]!, 8)) return null
  return m[1]!.split(/[\s,\-]+/u).some((w) => isPersonNoun(w.toLowerCase())) ? [m[0], m[2]!] : null
}

/**
 * A quote nothing names a speaker for (no words at all: "he said" after two men stays unresolved) gets a guess, never confident:
 * whoever a cue named last within six paragraphs (an interview's answers, a speech quoted in parts), else the nearest person named
 * in full before it — unless the quote speaks of someone as "he" or "she", who is then likely that person. "speaker?" with a name
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
    const who = spoke ?? (THIRD_PERSON.test(text.slice(f.q.start, f.q.end)) ? null : names.personBefore(f.q.open))
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
