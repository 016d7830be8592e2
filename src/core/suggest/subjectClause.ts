/**
 * Which names in a sentence can be its subject, for the pronoun and the verb
 * with no subject that follow it (names.ts): a name in a phrase ("in
 * Washington", and each name listed after it: "del FMI, el Banco Mundial y el
 * BID"), a relative clause ("whose newspaper …") or an opening
 * subordinate clause ("After X won, it was Y who …") is not the subject, and a
 * sentence whose subject is a pronoun ("…, she was more nervous than X") names
 * no one new: the pronoun carries on the subject before it (centering).
 */
import { NAME_PHRASE } from './namePhrase'

/** A name right after one of these is in a phrase ("in Washington", "de Venezuela", "a las dos CTA", "investigadores como Manuel Serrano", "de su amigo Nicolás López"; never "Por su parte"), not a sentence's subject. */
export const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|on|from|to|of|with|by|for|about|into|between|among|near|against|without|toward|towards|under|aboard|onboard|during|de|del|en|a|al|por|con|para|ante|sobre|entre|desde|hacia|contra|tras|sin|bajo|durante|like|unlike|including|such\s+as|(?<=\p{Ll}{3}\s)(?<!(?:tal|así|según)\s)como|incluid[oa]s?)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+|(?:su|sus|his|her|their|its|our|my|mi|mis)\s+(?!(?:parte|lado|turno|vez|part)\s)(?=\p{Ll}+\s+$))?(?:(?!que\s|quien\s|who\s|which\s)\p{Ll}+\s+)?$/iu

export const DETERMINERS = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'])

/** "an empire that includes Idol", "a law which bans Uber": a name right after the verb of an English relative clause is its object. */
const OBJECT_IN_RELATIVE = /(?:^|\s)(?:that|which)\s+\p{Ll}+(?:s|ed)\s+$/u
/** A name in a relative clause: "cuyo periódico Novaya Gazeta", "whose newspaper Novaya Gazeta". */
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(?:cuyo|cuya|cuyos|cuyas|whose)\s+(?:\p{Ll}+\s+){0,2}$/u

/**
 * "cuyo periódico Novaya Gazeta", "an empire that includes Idol": a name in a relative clause; "the Mac mini", "an Apple computer": a name that is no body's and
 * modifies the noun after it ("the Fed statement" still stands for the Fed). Neither is anyone's subject (`floor`: read no further back).
 */
export function noSubject(text: string, m: { start: number; end: number; org: boolean }, floor: number): boolean {
  const before = (n: number) => text.slice(Math.max(floor, m.start - n), m.start)
  return RELATIVE_BEFORE.test(before(30)) || OBJECT_IN_RELATIVE.test(before(30)) || (!m.org && /(?:^|\s)(?:the|an)\s+$/u.test(before(5)) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)))
}

/** Every word of `needle` appears in `hay`, in order. */
export function contains(hay: readonly string[], needle: readonly string[]): boolean {
  let i = 0
  for (const w of hay) if (i < needle.length && w === needle[i]) i++
  return i === needle.length
}

/** "he" or "she" as a word (not "her", "his", "them": those are as often objects). */
const SUBJECT_PRONOUN = /(?<![\p{L}'’])(?:he|she)(?![\p{L}'’])/giu

/**
 * Where the first subject pronoun between `from` and `to` stands, outside
 * quotations, or `to` ("And despite her fame, she was more nervous than Ana
 * Ruiz"): the sentence's subject is that pronoun, so a name after it is not.
 * (Read once a sentence, so a long one stays linear.)
 */
export function pronounSubjectAt(text: string, from: number, to: number, skip: (pos: number) => boolean): number {
  SUBJECT_PRONOUN.lastIndex = 0
  const lead = text.slice(from, to)
  for (let p = SUBJECT_PRONOUN.exec(lead); p; p = SUBJECT_PRONOUN.exec(lead)) if (!skip(from + p.index)) return from + p.index
  return to
}

/** A participle and a preposition or article after it, opening a phrase before the subject: "Posing for pictures …,", "Speaking to reporters,". */
export const PARTICIPLE_OPENER = String.raw`\p{Lu}\p{Ll}{2,}ing(?=\s+(?:for|to|at|in|on|with|from|up|down|out|over|through|after|before|about|the|a|an|his|her|their|its|this|that)\s)`
/** A conjunction that opens a subordinate clause before the main one: "After …,", "When …,", "Cuando …,"; or a participle's phrase ("Posing for pictures with …,"). */
const SUBORDINATE_OPENING = new RegExp(String.raw`^\s*["“«]?(?:After|When|While|Before|Although|Though|Since|Once|Because|Until|Whereas|Después\s+de\s+que|Antes\s+de\s+que|Cuando|Mientras|Aunque|Tras\s+que|Luego\s+de\s+que|${PARTICIPLE_OPENER})\s[^,;.!?]{1,200}?,`, 'u')

/**
 * Where an opening subordinate clause ends ("After Ana Ruiz won her match, it
 * was Eva Gil who …": the main clause's subject is Eva Gil), or -1.
 */
export function openingClauseEnd(text: string, from: number, to: number): number {
  const clause = SUBORDINATE_OPENING.exec(text.slice(from, Math.min(to, from + 240)))
  return clause ? from + clause[0].length : -1
}

/** A participle of being asked, opening the sentence: "Asked about his son Marco, he said", "Consultado por su hijo Marco, dice". What follows it is what was asked about. */
export const ASKED_OPENER = String.raw`(?:Asked|Questioned|Pressed|Preguntad[oa]s?|Consultad[oa]s?|Interrogad[oa]s?|Cuestionad[oa]s?)\s+(?:about|on|over|whether|if|por|sobre|acerca|si|respecto|en\s+torno)`
/** A topic that opens the sentence, then its noun's name set off by commas: "Sobre el postulante de La Libertad Avanza, Manuel Adorni, sostuvo". */
const TOPIC_OPENER = String.raw`(?:Sobre|Respecto (?:a|de)|Acerca de|En cuanto a|About|Regarding|As for)\s+(?:el|la|los|las|su|sus|the|his|her|their)\s+\p{Ll}[^,;:.]{0,100},\s*(?:${NAME_PHRASE.source})\s*,(?!\s*(?:donde|que|quien|quienes|cuyo|cuya|where|who|which|whose)\s)`
/** A clause of being asked that opens the sentence: "Cuando le preguntaron el lunes si conocía la identidad del denunciante, respondió", "Al ser consultado sobre …,", "When asked about …,". */
const WHEN_OPENER = String.raw`(?:Cuando|Al|When|After)\s+(?:(?:le|les|se\s+le|se\s+les|he\s+was|she\s+was)\s+)?(?:preguntaron|preguntó|consultaron|consultó|cuestionaron|ser\s+(?:preguntad|consultad|cuestionad|interrogad)[oa]s?|asked|questioned|pressed)`
const askedPhrase = (opener: string) => String.raw`^\s*(?:${opener}\s[^,;.!?]{1,120},(?:\s+(?:quien|quienes|who|que|which)\s[^,;.!?]{1,120},)?|${TOPIC_OPENER})`
const ASKED_PHRASE = new RegExp(askedPhrase(ASKED_OPENER), 'u')
/**
 * That phrase (or a clause of being asked) and a relative aside, or a topic and its name: all that stands before a verb with no subject
 * of its own, "Consultado por su hijo Marco, quien también es músico, dice". (The clause of being asked only right before the verb:
 * "When asked by Hannity whether Trump would accept, he said" keeps its names for the pronoun after it.)
 */
export const ASKED_CLAUSE = new RegExp(`${askedPhrase(`(?:${ASKED_OPENER}|${WHEN_OPENER})`)}\\s*$`, 'u')

/**
 * An opening gerund's phrase up to the comma before a main clause whose subject is a pronoun or a definite role: "Citing John Locke,
 * Edmund Burke, and Thomas Jefferson, she", "Speaking to the BBC's Andrew Marr, the prime minister said" ("During an interview, Skaik
 * paused", "According to Amina Salum, …, they": a preposition's phrase is not one).
 */
const GERUND_OPENING = new RegExp(String.raw`^[\s"“”«»]*(?:(?:Speaking|Talking|Writing|Responding|Replying)\s+to\s|\p{Lu}\p{Ll}{2,}(?:ing|ando|iendo)\s(?!to\s)|${ASKED_OPENER}\s)[^;.!?]{1,200}?,\s+(?=(?:he|she|they|él|ella|ellos|ellas|(?:the|el|la)\s+\p{Ll}+)\s)`, 'u')

/** Where an opening gerund's phrase ends, or -1: its names are its objects, and its subject is the main clause's. */
export function gerundClauseEnd(text: string, from: number, to: number): number {
  // (Read past `to`, which may be the pronoun itself.)
  const clause = GERUND_OPENING.exec(text.slice(from, from + 240)) ?? ASKED_PHRASE.exec(text.slice(from, from + 280))
  return clause && from + clause[0].length <= to ? from + clause[0].length : -1
}

/** One name in a list, with its article: "Marcus Garvey", "el Banco Mundial". */
const LIST_ITEM = String.raw`(?<![\p{L}])(?:(?:the|el|la|los|las)\s+)?(?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’.\-]*`
const JOINED_BEFORE = new RegExp(`(?:${LIST_ITEM},\\s+){0,6}${LIST_ITEM}\\s+(?:and|or|y|e|o)\\s+(?:(?:the|el|la|los|las)\\s+)?$`, 'u')
const COMMA_BEFORE = new RegExp(`(?:${LIST_ITEM},\\s+){1,6}(?:(?:the|el|la|los|las)\\s+)?$`, 'u')
const TWO_BEFORE = new RegExp(`^${LIST_ITEM},\\s+${LIST_ITEM},`, 'u')

/**
 * How many characters of names listed before a name lead back to the list's first one: "figures like Marcus Garvey and Malcolm X",
 * "el apoyo del FMI, el Banco Mundial y el BID", "de Protección Civil, Policía Local, Guardia Civil": every name in the list is after
 * the first one's preposition. After one name and a comma only when the list goes on ("…, el Banco Mundial y …"): in "En Madrid,
 * Pedro Sánchez dijo" the comma ends an opening phrase.
 */
export function listBefore(lead: string, after: string): number {
  const joined = JOINED_BEFORE.exec(lead)
  if (joined) return joined[0].length
  const commas = COMMA_BEFORE.exec(lead)
  if (!commas) return 0
  const goesOn = /^[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}(?:,\s+(?:(?:the|el|la|los|las)\s+)?\p{Lu}|\s+(?:and|or|y|e|o)\s)/u.test(after)
  return TWO_BEFORE.test(commas[0]) || goesOn ? commas[0].length : 0
}
