/**
 * The asides that stand between a name and its speech verb, which the verb's
 * subject is read without: "Romero, director of Foro Penal, said", "Richard
 * Weir, 60, from Tynemouth, North Tyneside, said", "Andrej Mahecic, a
 * spokesperson for the UNHCR, said". Only what is clearly an aside goes: a
 * description run into a name ("Fellow protester, mechanical engineer Richard
 * Weir,") is the subject itself. Split from clauseParts.ts, which reads the
 * rest of a reporting sentence.
 */
import { isRoleWord } from '../text/abbreviations'
import { genderOfFirstName } from './firstNames'
import { NAME_PHRASE } from './namePhrase'

/** A name that ends the text ("… said Ana Ruiz"), with its article if any; never from a conjunction that opens the sentence ("But the Scottish Executive"). */
export const NAME_AT_END = new RegExp(`(?:(?<=^)|(?<=[\\s(]))(?!(?:But|And|Yet|So|Or|Nor|Pero|Mas)\\s)(?:(?:the|el|la|los|las)\\s+)?(?:${NAME_PHRASE.source})$`, 'u')

/**
 * "Nipa Asharam, Certified Health Coach and Life Coach": an office in capitals, ending in a title word and naming no one, after a
 * person's full name, is an aside to it (never "the company, Acme Corp": a name, not an office, and no person before it).
 */
function capitalisedOffice(aside: string, before: string): boolean {
  const words = aside.trim().split(/\s+/u)
  const person = NAME_AT_END.exec(before.trim())?.[0] ?? ''
  return /^\p{Lu}/u.test(aside.trim()) && isRoleWord(words[words.length - 1]!) && !genderOfFirstName(aside) && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’\-]+)+$/u.test(person) && words.every((w) => /^(?:\p{Lu}[\p{L}.&\-]*|and|of|&)$/u.test(w))
}

/** A sentence adverb set off by commas between a subject and its verb: "Sears, on the other hand, says", "lamenta, por su parte, Iris". */
export const ADVERB_ASIDE = String.raw`,\s*(?:por su parte|a su vez|por otro lado|por otra parte|sin embargo|además|asimismo|también|en tanto|en cambio|for (?:his|her|their|its) part|in turn|on the other hand|meanwhile|however|though|too)\s*,`
const TRAILING_ADVERB = new RegExp(`\\s*${ADVERB_ASIDE}$`, 'iu')
const OPENS_ADVERB_ASIDE = new RegExp(`^${ADVERB_ASIDE}`, 'iu')

/** "Asimismo, …", "Though, …": the word is somewhere followed by a comma that opens no adverb aside ("Sears, on the other hand, says" is a subject's). */
export function setOffByComma(word: string, text: string): boolean {
  for (let at = text.indexOf(`${word},`); at !== -1; at = text.indexOf(`${word},`, at + 1)) {
    const after = text.slice(at + word.length, at + word.length + 80)
    if (!OPENS_ADVERB_ASIDE.test(after.slice(0, 30)) && !APPOSITION_AFTER.test(after)) return true
  }
  return false
}

/** ", a trade group,", ", the charity,", ", socio del Gobierno,", ", which owns YouTube,", ", asked about the report, said": a noun phrase, a participle's phrase or a relative clause between commas after a name describes it; the name is no adverb. */
const APPOSITION_AFTER = /^,\s+(?:(?:a|an|the|un|una|el|la|which|who|que|quien|(?!(?:antes|después|despues|además|acerca|cerca|lejos|dentro|fuera|luego|través|pesar|partir|fin)\s)\p{Ll}{3,}\s+(?:de|del))\s+[^,.;:!?]{1,60},|\p{Ll}+(?:ing|ed)\s+[^,.;:!?]{1,60},\s+\p{Ll})/u

/** Skip a comma-delimited aside that ends the text: "Romero, director of Foro Penal," → "Romero". */
export function withoutTrailingAside(s: string): string {
  // "Richard Weir, 60, from Tynemouth, North Tyneside,", "Hayley Walsh, 42, a lecturer from Nottingham,": an age, and where the
  // person is from or what they do, are asides after the name.
  // "Rep. Ann Fox, R-Texas,": a US party and state after the name are an aside too.
  let t = s.replace(/\s+$/u, '').replace(TRAILING_ADVERB, '').replace(/(\p{L})\s*,\s*[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*,$/u, '$1,').replace(/(\p{L})\s*,\s*\d{1,3}\s*,(?:\s*(?:from|of|de)\s+[^,]{1,40}(?:,\s*\p{Lu}[^,]{0,40})?,?|\s*(?:a|an|un|una)\s+\p{Ll}[^,]{1,60},?)?$/u, '$1,')
  // "… of the University of Otago in Dunedin, New Zealand,": the state or country after a place is an aside too.
  // (Only after "in" or "from", and never a person: "the Secretary of State of the United States, Antony Blinken," names him.)
  t = t.replace(/(\s(?:in|from)\s+\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)*)\s*,\s*(\p{Lu}[\p{L}.\-]*)(?:\s\p{Lu}[\p{L}.\-]*)?\s*,$/u, (all, place: string, first: string) => (genderOfFirstName(first) ? all : `${place},`))
  // "El texto, difundido en países como Colombia, Panamá, México y Brasil,": a participle's aside runs to the comma before the verb, a list in it too.
  const listed = /^(.*?\p{L})\s*,\s+\p{Ll}+(?:ado|ada|ados|adas|ido|ida|idos|idas|ed)\s[^,]*(?:,\s*\p{Lu}[^,]*)+\s+(?:y|e|and)\s+[^,]+,$/u.exec(t)
  if (listed && (NAME_AT_END.test(listed[1]!) || /^\P{L}*(?:the|el|la|los|las)\s+\p{Ll}[^,]*$/iu.test(listed[1]!))) t = listed[1]!
  // "Andrej Mahecic, a spokesperson for the UNHCR" (its closing comma left out): the name before the aside.
  // Only an indefinite one: after ", the students" the students are the subject, not an aside.
  const open = /^(.*\p{L})\s*,\s+(?:a|an|un|una)\s+(?!quien)\p{Ll}[^,]*$/u.exec(t)
  if (open && NAME_AT_END.test(open[1]!)) t = open[1]!
  // ("Nipa Asharam, Certified Health Coach says": an office in capitals, its closing comma left out, too.)
  const titled = /^(.*\p{L})\s*,\s+(\p{Lu}[^,]*)$/u.exec(t)
  if (titled && capitalisedOffice(titled[2]!, titled[1]!)) t = titled[1]!
  for (let n = 0; n < 2 && t.endsWith(','); n++) {
    const body = t.slice(0, -1)
    const comma = body.lastIndexOf(',')
    if (comma === -1) break
    const aside = body.slice(comma + 1).trim()
    // "Strauss Zelnick, CEO of Take-Two,": an office (a title word, or initials "of" a body) is an aside too.
    // (Never "Chief Superintendent Mike Fawcett,": a title with a name is the subject.)
    const office = (isRoleWord(aside.split(/\s+/)[0]!) || /^\p{Lu}{2,4}\s/u.test(aside)) && /^\S+(?:\s+\S+)?\s+(?:of|at|de|del)\s/u.test(aside)
    // ("Thomas Zurbuchen, NASA's associate administrator of the Science Mission Directorate,": a body's office is an aside too.)
    const owned = /^\p{Lu}[\p{L}.&\-]*(?:\s\p{Lu}[\p{L}.&\-]*){0,3}['’]s\s+\p{Ll}/u.test(aside) && NAME_AT_END.test(body.slice(0, comma))
    // ("Guillermo Ávila, de Fundar, Centro de Análisis e Investigación,": a body's name after where a person is from describes it.)
    const from = /^(.*\p{L})\s*,\s*(?:de|del|of|from)\s+\p{Lu}[^,]*$/u.exec(body.slice(0, comma))
    const describesBody = /^\p{Lu}/u.test(aside) && !!from && NAME_AT_END.test(from[1]!)
    if (!/^(?:\p{Ll}|who\b|quien\b)/u.test(aside) && !/^(?:[\p{Lu}][\p{L}'’]*\s)?(?:President|Director|Head|Leader|Minister)\b/u.test(aside) && !office && !owned && !describesBody && !capitalisedOffice(aside, body.slice(0, comma))) break
    // "En un video que dura …, la ex primera dama, asegura": after an opening phrase of place or time, a definite description is the subject.
    if (/^(?:el|la|los|las|the)\s/u.test(aside) && /^\s*(?:En|In|On|At|During|Durante|Tras|After|Desde|Before|Antes)\s/u.test(body) && !body.slice(0, comma).includes(',')) break
    // "Fellow protester, mechanical engineer Richard Weir,": a description run into a name is the subject, not an aside (", a spokesperson for the UNHCR," is).
    if (/^(?!(?:que|who|which|whom|quien|quienes|cuyo|cuya|donde|where|when|cuando)\s)\p{Ll}[\p{Ll}\-]*(?:\s+\p{Ll}[\p{Ll}\-]*){0,2}\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}$/u.test(aside) && !/(?:^|\s)(?:for|of|at|from|in|with|by|de|del|en|the|a|an|un|una|el|la)\s/u.test(aside)) break
    // "La ministra portavoz de la Corte Suprema, la juez Gloria Ana Chevesich,": after a role, a description run into a name names the subject.
    if (/^(?:el|la|the)\s+(?:\p{Ll}[\p{Ll}\-]*\s+){1,2}\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3}$/u.test(aside) && /^\P{L}*(?:[Tt]he|[Ee]l|[Ll]a)\s+\p{Ll}/u.test(body.slice(0, comma))) break
    // (After a body's description, the place before it, ", de Fundar,", is left as an aside of its own for the next turn.)
    t = body.slice(0, comma).replace(/\s+$/u, '') + (describesBody ? ',' : '')
  }
  // ("la trabajadora de la salud, oriunda de Arboledas, madre de familia,": with one aside gone, another in lower case before it, right after a
  // description or a name, is an aside too; never one that opens with a relative, a determiner, a preposition or a plural, "According to AFP,
  // one user on Weibo", "frente a Serguei Lavrov, ministros de …".)
  const another = t !== s.replace(/\s+$/u, '') && !t.endsWith(',') ? /^(.*\p{L})\s*,\s+(?!(?:que|who|which|whom|quien|quienes|cuyo|cuya|donde|where|when|cuando|the|an?|one|another|each|every|some|many|several|el|la|los|las|una?|uno|otr[oa]|cada|his|her|their|su|sus|entre|con|en|de|por|para|sin|tras|desde|in|on|at|with|from|by|for|after|before|during|among)\s)\p{Ll}+(?<!s)(?:\s[^,]*)?$/u.exec(t) : null
  if (another && (NAME_AT_END.test(another[1]!) || /(?:^|,\s*)(?:the|el|la|los|las)\s+\p{Ll}[^,]*$/iu.test(another[1]!))) t = another[1]!
  // "Dylan Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author of the study,": with its last part gone,
  // the country after a place and the indefinite apposition before it are asides too.
  if (t !== s.replace(/\s+$/u, '') && !t.endsWith(',')) {
    const open = /^(.*\p{L})\s*,\s+(?:a|an|un|una)\s+(?!quien)\p{Ll}[^,]*(?:\s(?:in|from)\s+\p{Lu}[^,]*,\s*\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*)?)?$/u.exec(t)
    if (open && NAME_AT_END.test(open[1]!)) t = open[1]!
  }
  return t
}
