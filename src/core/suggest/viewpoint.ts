/**
 * A view given as someone's, with no speech verb: "Para Mairena, la
 * autonomía …", "Para ella, …", "Elthon Rivera, para quien las nuevas generaciones …". The
 * person the view belongs to is the quote's speaker.
 */
import type { Attribution } from './subjectAfter'
import { NAME_PHRASE } from './namePhrase'
import { isDocument, isGroup, isPersonNoun } from './speakerKind'
import { headNoun } from './describedSpeakers'

const PARA_SOURCE = new RegExp(`(?:^[\\s.]*|[,;]\\s+)(?:(?:No obstante|Sin embargo|En cambio|Por su parte|Además|Pero|Y|En tanto|También|Asimismo)\\s*,?\\s+)?([Pp]ara)\\s+((?:${NAME_PHRASE.source})|(?:él|ella|ellos|ellas)(?=\\s*,)|(?:el|la|los|las)\\s+\\p{Ll}[\\p{L}\\-]*(?:\\s+(?:de|del)\\s+\\p{Lu}[\\p{L}\\-]*|\\s+\\p{Ll}[\\p{L}\\-]*)?(?:\\s+(?:${NAME_PHRASE.source}))?)(?:\\s*,|\\s+(?=(?:la|el|los|las|lo|no|es|hay|ello|esto|eso)\\s)|\\s*$)`, 'u')
const FOR_WHOM = new RegExp(`(?:^|[\\s,])(${NAME_PHRASE.source}),\\s+(para quien|for whom|a juicio de quien|según quien)\\s`, 'u')

/**
 * "Para Mairena, la autonomía … “…”", "Para la experta, …", "Para los senadores, …": a sentence that opens with "para" and a person
 * (or a group) gives their view (the window may open on the stop that ended the quote before: "«…», dijo Guilabert. Para Juan Camilo Herrera, …: «…»").
 */
export function paraSource(text: string, from: number, to: number): (Attribution & { passive: boolean }) | null {
  const window = text.slice(from, to)
  const m = PARA_SOURCE.exec(window)
  if (!m) return forWhom(window, from)
  // ("No obstante, para Aguado “…”", "…”, para Hugo Contreras es “…”": after a connective or a comma too, and right before the quote.)
  const [para, who] = [m[1]!, m[2]!]
  const cueStart = from + m[0].indexOf(`${para} `)
  const start = cueStart + m[0].slice(m[0].indexOf(`${para} `)).indexOf(who)
  // "el magistrado del Supremo" is a role of a body; "el presidente Juan Pérez" names him.
  // ("Para ella, se trata de “…”": a pronoun stands for the one the sentences before are about.)
  const pronoun = /^(?:él|ella|ellos|ellas)$/u.test(who)
  const named = pronoun ? 'pronoun' : /^(?:el|la|los|las)\s/u.test(who) && !/\p{Lu}/u.test(who.replace(/\s(?:de|del)\s+\p{Lu}\S*$/u, '')) ? 'role' : 'name'
  const text2 = named === 'name' ? who.replace(/^(?:el|la)\s+\p{Ll}\S*\s+(?:\p{Ll}\S*\s+)?/u, '') : who
  const at = start + who.length - text2.length
  return { cue: para, cueStart, cueEnd: cueStart + 4, speaker: { type: named, text: text2, start: at, end: at + text2.length }, passive: false }
}

/** "En eso coincide Elthon Rivera, para quien las nuevas generaciones “…”": the view is the named person's. */
function forWhom(window: string, from: number): (Attribution & { passive: boolean }) | null {
  const m = FOR_WHOM.exec(window)
  if (!m) return null
  const start = from + m.index + m[0].indexOf(m[1]!)
  const cueStart = from + m.index + m[0].lastIndexOf(m[2]!)
  return { cue: m[2]!, cueStart, cueEnd: cueStart + m[2]!.length, speaker: { type: 'name', text: m[1]!, start, end: start + m[1]!.length }, passive: false }
}

/**
 * A cue before the quote that yields to one after it naming its own subject: a view's holder ("Para la variante bretona, “…”,
 * aseguró la Dirección General") or a cue in a relative clause, which tells what its noun is, not who said the quote ("…los dos
 * litros que recomiendan los expertos, “…”, señala el profesor Tsindos": only to a name).
 */
export function beforeYields(text: string, before: Attribution, after: Attribution): boolean {
  if (/^para$/iu.test(before.cue)) return after.speaker.type !== 'implicit'
  return after.speaker.type === 'name' && /(?:^|\s)(?:que|that|which)\s+$/iu.test(text.slice(Math.max(0, before.cueStart - 6), before.cueStart))
}

/**
 * "The disparity indicates there is “…,” according to the study": a thing as the subject of the cue before, no person, body, group or
 * writing, yields to the source named after.
 */
export function yieldsToSource(before: Attribution, after: Attribution): boolean {
  // (Whatever "reads" is a writing: "a screen that read, “…,” according to F-Secure".)
  return before.speaker.type === 'role' && /^(?:according|según|de acuerdo)/iu.test(after.cue) && !speaks(before.speaker.text) && !/^(?:read|reads|reza|rezaba)$/iu.test(before.cue)
}

/** A description that can speak: its head noun is a person's or a body's (isPersonNoun holds both), or it is a group or a writing. */
function speaks(role: string): boolean {
  return isPersonNoun(headNoun(role) ?? '') || isGroup(role) || isDocument(role)
}
