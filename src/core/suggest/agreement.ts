/**
 * A Spanish speech verb in the third person plural ("señalan", "explicaron",
 * "aseguraban") whose subject the sentence leaves out has a plural subject: a
 * group ("los firmantes") or a body that speaks through its people ("Desde el
 * PSOE señalan") or two people named together ("Ana Ruiz y Pedro Gil
 * presentaron …"), never one person named before (a pair of whom one is
 * named by one word is not read yet: "Los Reyes Felipe VI y Letizia").
 * So has English "they" when a group of people or a pair opened a sentence
 * since the speech before ("Her parents were at the hearing. “…,” they said").
 * The subject a verb with no subject otherwise stands for (names.ts) is
 * checked against it here, and any speaker found against the kinds that can
 * speak: a place only as the subject opening its sentence ("Beijing said").
 */
import { genderOfFirstName } from './firstNames'
import { parseNamePhrase } from './namePhrase'
import { canBeSpeaker, isPersonNoun } from './speakerKind'
import { BETWEEN, PARTICIPLES } from './cues'
import { isDescription } from './writings'
import { resolve } from './resolveSpeaker'
import type { ArticleNames } from './names'
import type { PreviousSpeaker } from './pronouns'
import type { Attribution, SpeakerPhrase } from './subjectAfter'

/** How a Spanish verb of the third person plural ends: "señalan", "advierten", "explicaron", "dijeron", "aseguraban", "decían". */
const PLURAL_END = '(?:aron|eron|aban|ían|an|en)'
const PLURAL_VERB = new RegExp(`^\\p{Ll}{2,}${PLURAL_END}$`, 'u')

/** "señalan", "explicaron", "aseguraban", "decían": a Spanish verb of the third person plural (never "han", "bien", "quien"). */
export function pluralCue(cue: string): boolean {
  const verb = cue.trim().split(/\s+/u).pop()!.toLowerCase()
  return PLURAL_VERB.test(verb) && !/^(?:han|bien|quien|también|según|tien|joven|orden|origen|imagen|examen|resumen|volumen|crimen|régimen|certamen|dictamen|balan|plan)$/u.test(verb)
}

/** Who an attribution names, as resolveSpeaker.ts reads it; for a plural verb with no subject, never one person. */
export function resolveAgreeing(names: ArticleNames, phrase: SpeakerPhrase, attribution: Attribution | null, inQuote: (pos: number) => boolean, previous: PreviousSpeaker | null): { name: string; role: string } | null {
  // ("Her parents were at the hearing. “…,” they said": a group that opened a sentence since the speech before is "they".)
  const they = /^they$/iu.test(phrase.text)
  const group = they ? groupSubjectBefore(names.text, phrase.start, previous) ?? pairSubjectBefore(names, phrase.start, previous) : null
  if (group) return { name: group, role: '' }
  const found = resolve(names, phrase, inQuote, previous)
  const many = !!attribution && (pluralCue(attribution.cue) || /^(?:they|ellos|ellas)$/iu.test(phrase.text))
  // ("Luis Castro, presidente de Nueva Alianza, y Carlos Puente, …, señalaron": the name found opens a pair, who speak together.)
  const together = many && phrase.type === 'name' && found ? pairAt(names, phrase.start, phrase.end) : null
  if (together) return { name: together, role: '' }
  if (!found || phrase.type !== 'implicit' || !attribution || !pluralCue(attribution.cue)) return found
  // ("Los diputados Ana Ruiz y Pedro Gil presentaron la iniciativa. Explicaron …": two people named together opened a sentence since.)
  const pair = pairSubjectBefore(names, phrase.start, previous)
  if (pair) return { name: pair, role: '' }
  // ("Una vez conocida la jugada, desde JxC calificaron …": a body the sentence speaks "from" is the subject, whoever else was found.)
  const body = FROM_BODY.exec(names.text.slice(Math.max(0, attribution.cueEnd - 300), attribution.cueEnd))?.[1]
  if (body && canBeSpeaker(body, /^\p{Ll}/u.test(body) ? 'role' : 'name', names.text)) return { name: body, role: names.roleOf(body) }
  // (One person: a first name or a gender known, or a name of two or three capitalised words that is no body's; quotes.ts's
  // isFullPersonName would also take "los investigadores" for one.)
  const onePerson = (name: string) => !!(genderOfFirstName(name) ?? names.genderOf(name)) || (/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}\-]+){1,2}$/u.test(name) && parseNamePhrase(name)?.org === false)
  // (A group that spoke before goes on only if no other group opened a sentence since: "Sus padres estaban en la sala. «…», afirmaron".)
  if (!onePerson(found.name) && found.name !== previous?.name) return found
  const plural = pluralSubjectBefore(names.text, phrase.start, previous && !onePerson(previous.name) ? previous : null)
  return plural ? { name: plural, role: names.roleOf(plural) } : found
}

/** "Desde el PSOE señalan", "Paralelamente, desde el Departamento de Turismo confirmaron": in the verb's sentence or the one before. */
const FROM_BODY = new RegExp(String.raw`(?:^|[.!?;]\s+|\n|,\s+)[Dd]esde\s+(?:el\s+(?=\p{Lu}))?((?:(?:la|los|las)\s+)?[^,.;:!?\n]{1,50}?)\s+(?:(?:se|le|les|lo|la|no)\s+)?\p{Ll}{3,}${PLURAL_END}\b[^.!?;\n]*(?:[.!?;]\s+[^.!?;\n]*)?$`, 'u')
/** "Los expertos de la universidad revisaron", "Por otro lado, estudiantes de la UV denunciaron", "En distintas entrevistas, los expertos en política consideraron": a plural described subject at a sentence's head (after a connective or a phrase of where or when; after a connective its article may go), before its verb. */
const PLURAL_HEAD = new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:(?:Por otro lado|Por otra parte|Por su parte|En tanto|Mientras tanto|Además|Asimismo|Sin embargo|En cambio|(?:En|Durante|Tras|Según)\s[^,.;:!?\n]{1,40}),\s+)?((?:(?:Los|Las|Sus|Unos|Unas|Algunos|Algunas|Varios|Varias|Muchos|Muchas|los|las)\s+|(?=\p{Ll}))\p{Ll}[\p{L}\-]*s(?:\s+(?:de|del|en|sobre)\s+[^,.;:!?\n]{1,40}?)?)\s+(?:(?:no|ya|también|se|les?|lo|la)\s+)?\p{Ll}{3,}${PLURAL_END}\b`, 'gu')

/**
 * The plural subject a third-person plural verb goes on with, when no body is spoken "from": the nearer of the speaker before (if
 * that was no one person) and a plural description that opened a sentence in the 800 characters before.
 */
function pluralSubjectBefore(text: string, at: number, previous: PreviousSpeaker | null): string | null {
  const from = Math.max(0, at - 800)
  // (With no article, after a connective, only people: "Por otro lado, estudiantes de la UV denunciaron …".)
  const head = [...text.slice(from, at).matchAll(PLURAL_HEAD)].filter((m) => /^\p{Lu}/u.test(m[1]!) || isPersonNoun(m[1]!.replace(/^(?:los|las)\s+/u, '').split(/\s+/u)[0]!)).pop()
  // (Whichever is nearer: "Los artistas explicaron …" after the campaign spoke is the artists.)
  if (head && (!previous || from + head.index > previous.at)) return head[1]!
  return previous?.name ?? null
}

/**
 * "Her parents were at the hearing.", "Hundreds of protesters converged on Helena.": people who open a sentence as its subject, then a word
 * that is no small one ("On Monday, hundreds of protesters …": after a phrase of when or where set off by a comma too).
 */
const GROUP_HEAD = /(?:^|[.!?]["”’]?\s+|\n)(?:(?:On|In|At|Later|Earlier|Outside|Inside)\s[^,.;:!?\n]{1,40},\s+)?((?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ss]ome|[Mm]any|[Ss]everal)\s+|(?:[Hh]undreds|[Dd]ozens|[Tt]housands|[Ss]cores)\s+of\s+)(?:\p{Ll}[\p{L}’'\-]*\s+){0,2}?(\p{Ll}[\p{L}\-]*))\s+(?:\p{Ll}+ly\s+)?(?!(?:of|in|on|at|to|for|from|with|by|and|or|who|that|which|is|was|has)\s)\p{Ll}+\s/gu

/** The group of people that opened a sentence in the 400 characters before `at`, after the speech before; null if none did. */
function groupSubjectBefore(text: string, at: number, previous: PreviousSpeaker | null): string | null {
  const from = Math.max(0, at - 400, previous?.at ?? 0)
  const head = [...text.slice(from, at).matchAll(GROUP_HEAD)].pop()
  if (!head) return null
  const noun = head[2]!
  return noun === 'family' || (/[^s]s$/u.test(noun) && isPersonNoun(noun)) ? head[1]! : null
}

/** A person's name as a pair names each: two to four capitalised words, particles between ("Ana Ruiz", "María de la Cruz"). */
const PERSON = String.raw`\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:de|del|la|van|von|da|dos)\s+)*\p{Lu}[\p{L}'’\-]+){0,3}`
/** Two names joined by "y"/"and", each with an aside set off by commas after it, then a word in lower case (the verb). */
const PAIR = new RegExp(String.raw`^(${PERSON})(?:,[^,.;:!?\n]{1,80},)?\s+(y|e|and)\s+(${PERSON})(?:,[^,.;:!?\n]{1,80},)?\s+\p{Ll}`, 'u')
/** Where a sentence opens, maybe after a connective and the people's kind: "Los diputados ", "Senators ", "Por su parte, ". */
const PAIR_OPENING = /(?:^|[.!?]["”’»]?\s+|\n)(?:(?:Por su parte|Por otro lado|Además|Asimismo|Meanwhile|Later),\s+)?(?:(?:Los|Las|The)\s+)?(?:\p{L}+s\s+)?(?=\p{Lu})/gu

/** The two people a pair that starts at `start` names, each by their fullest name ("Ana Ruiz y Pedro Gil"), if both are people. */
function pairAt(names: ArticleNames, start: number, at: number): string | null {
  const m = PAIR.exec(names.text.slice(start, start + 300))
  if (!m) return null
  const [first, second] = [m[1]!, m[3]!].map((n) => names.fullName(n, at) ?? n)
  const person = (n: string) => /\s/u.test(n) && parseNamePhrase(n)?.org === false && (genderOfFirstName(n) !== null || names.genderOf(n) !== null)
  return person(first!) && person(second!) ? `${first} ${m[2]} ${second}` : null
}

/** The pair of people that opened a sentence in the 800 characters before `at`, after the speech before; the last, if any. */
function pairSubjectBefore(names: ArticleNames, at: number, previous: PreviousSpeaker | null): string | null {
  const from = Math.max(0, at - 800, previous?.at ?? 0)
  let last: string | null = null
  for (const m of names.text.slice(from, at).matchAll(PAIR_OPENING)) last = pairAt(names, from + m.index + m[0].length, at) ?? last
  return last
}

/** The speaker found, if it can be one (speakerKind.ts); `subject` lets a place speak (subjectOpening). */
export function speakerOrNothing(text: string, resolved: { name: string; role: string } | null, subject = false): { name: string; role: string } | null {
  if (!resolved) return null
  const kind = isDescription(resolved.name) ? 'role' : 'name'
  return canBeSpeaker(resolved.name, kind, text, subject) ? resolved : null
}

/**
 * "Beijing said", "The Kremlin said": a name that opens its sentence right before its verb (never after a preposition, "En Cosoleacaque
 * manifestó", nor closing an apposition, "…, IBM Cloud CTO, Middle East and Africa, said").
 */
export function subjectOpening(text: string, phrase: SpeakerPhrase, attribution: Attribution | null): boolean {
  if (!attribution) return false
  // (After an opening phrase of place or time too: "In a statement, Downing Street said".)
  const opens = /(?:^|[.!?]["”»]?\s+|\n\s*)(?:(?:In|On|At|After|Before|During|Later|En|Tras|Durante|Después)\s[^,.;:!?\n]{1,80},\s+)?(?:(?:[Tt]he|[Ee]l|[Ll]a)\s+)?$/u.test(text.slice(Math.max(0, phrase.start - 100), phrase.start))
  // (An adverb may stand between, "Downing Street later said"; a participle's subject is the sentence's, however far before it: "Beijing considers …, calling the drills a “stern warning”".)
  const verb = phrase.end <= attribution.cueStart && (/^\s*$/u.test(text.slice(phrase.end, attribution.cueStart)) || BETWEEN.test(text.slice(phrase.end, attribution.cueStart).trimEnd()) || PARTICIPLES.has(attribution.cue.toLowerCase()))
  // (Never a dateline in capitals: "WASHINGTON — Defense Secretary Robert Gates …, saying".)
  return phrase.type === 'name' && opens && verb && /\p{Ll}/u.test(phrase.text) && !/^(?:in|from|at|to|on|en|de|desde|a|al)\s/iu.test(phrase.text)
}
