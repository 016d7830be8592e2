/**
 * Lines around a quote that name its speaker without a speech verb: a label
 * line before it ("Jane Doe, mayor, on Twitter:", "SECRETARY KERRY (Jan.
 * 31):", "El líder del PP, Alberto Núñez Feijóo:"), a signature line after
 * it ("— Jane Doe, The Herald", "— A spokesperson for the club"), a caption
 * under a numbered pull quote, a quote-led heading and the name after its
 * colon ("‘…’: Desjardins"), a sub-heading that says whose words follow
 * ("Read Biden's full statement", "KARLA TARAZONA: …") and a line that is
 * only a name (a transcript's speaker label). nearbySpeech.ts reads the
 * sentences around a quote; this module reads the lines.
 */
import { isTitleWord } from '../text/abbreviations'
import type { SpeakerPhrase } from './attribution'
import { NAME_PHRASE, parseNamePhrase } from './namePhrase'
import { isNounPhrase, isPersonNoun } from './speakerKind'
import { subjectAfter } from './subjectAfter'
import { wordsOf } from './quoteOrNot'

const SIGNATURE_LINE = new RegExp(`^\\s*[\u2014\u2013-]\\s*(${NAME_PHRASE.source})(?=\\s*(?:,|\\(|$))`, 'u')
/** "— The family of the victim, in a statement", "— A spokesperson for the club": a line signed by someone described, not named. */
const DESCRIBED_SIGNATURE = /^\s*[\u2014\u2013-]\s*((?:The|A|An|El|La|Los|Las|Un|Una)\s+\p{Ll}[^,()\n]{1,60}?)\s*(?:,|\(|\.?$)/u

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
  if (/[.!?:]["”’»]?$/u.test(line) || wordsOf(line).length > 14) return null
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
