/**
 * The speakers an article described rather than named ("fuentes de
 * Montecon", "One user"), kept in the order they spoke, so that "Another
 * said" and "las fuentes" can point back at them (names.ts holds one per
 * article). Split from speakerKind.ts, which says what kind of phrase can
 * speak at all. Also who a description stands for when it is read: "the
 * Ohio Republican" (someone named), "One said", "Many of them chanted" (one
 * or some of the people named just before), "the official" (the one "One
 * law enforcement official said" described), "the victim said" (the one
 * named as the victim, if anyone). And where a description's noun phrase
 * ends: before a participle, a relative clause, a day or the medium it was
 * said in ("a Sussex spokesperson confirming …", "el viceconsejero el
 * viernes").
 */
import { isRoleWord } from '../text/abbreviations'
import { foldText } from '../text/fold'
import { NAME_PHRASE, PARTY_MEMBER, parseNamePhrase, splitWords } from './namePhrase'
import { isOneOfAPlace } from './placeNames'
import { DAY, isDocument, isPersonsNoun } from './speakerKind'
import { isCueWord } from './cues'
import { WHERE_PHRASE } from './clauseParts'
import type { SpeakerPhrase } from './subjectAfter'
import { DETERMINERS } from './subjectClause'
import { DEMONSTRATIVES, GENERIC } from './firstNames'

/** The demonstratives a description may open with ("esta vecina"), skipped as its articles are. */
const POINTING = new Set(DEMONSTRATIVES.split('|'))

/** Speakers an article described rather than named ("fuentes de Montecon", "One user"), in the order they spoke. */
export class DescribedSpeakers {
  private readonly said: string[] = []

  /** A speaker who spoke; kept when it is a description (lower case, or an article or "One" before it). */
  add(name: string): void {
    if (/^\p{Ll}/u.test(name) || /^(?:[Tt]he|[Ee]l|[Ll]as?|[Ll]os|[Uu]n|[Uu]nos?|[Uu]nas?|[Aa]n?|One)\s/u.test(name)) this.said.push(name)
  }

  /** "Another said" after "One user" spoke: another of the last one described that way ("another user"), else null. */
  another(word: string): string | null {
    const one = [...this.said].reverse().find((d) => /^(?:one|an?|un|una|uno)\s/iu.test(d))
    return one ? `${word.toLowerCase()} ${one.replace(/^\S+\s+/u, '')}` : null
  }

  /** The latest described speaker that `fits`: "ese mismo documento" after "un informe" spoke is that writing. */
  latest(fits: (said: string) => boolean): string | null {
    return [...this.said].reverse().find(fits) ?? null
  }

  /** "las fuentes" after "fuentes de Montecon" spoke: the described speaker with the same head noun, the latest first. */
  sameHead(role: string): string | null {
    const head = headNoun(role)
    if (!head) return null
    for (let i = this.said.length - 1; i >= 0; i--) {
      if (headNoun(this.said[i]!) === head && foldText(this.said[i]!) !== foldText(role)) return this.said[i]!
    }
    return null
  }
}

/**
 * A description's head noun: first in Spanish ("fuentes de Montecon"); last in English, or before its first preposition when
 * what ends it is no title ("A Ministry of Defence spokesperson", "the MoD spokesperson", "a spokesman for the ministry").
 */
export function headNoun(phrase: string): string | undefined {
  const words = splitWords(foldText(phrase)).filter((w) => !DETERMINERS.has(w) && !POINTING.has(w))
  if (!/^(?:the|a|an|one)\s/iu.test(phrase)) return words[0]
  const of = words.findIndex((w) => /^(?:of|for|at|from|with|in|on|to)$/u.test(w))
  const last = words[words.length - 1]
  return of > 0 && !(last && isRoleWord(last)) ? words[of - 1] : last
}

/**
 * "the Ohio Republican", "the Democrat", "the Spaniard": after "the" (in the phrase or right before it), one member of a party, singular,
 * after at most two capitalised words of a place, or one person of a place: a description of someone named before, never a name.
 */
export function capitalisedEpithet(text: string, phrase: string, start: number): boolean {
  const words = splitWords(phrase.replace(/^the\s+/iu, ''))
  const last = words[words.length - 1]!
  const afterThe = /^the\s/iu.test(phrase) || /(?:^|\s)the\s+$/u.test(text.slice(Math.max(0, start - 5), start))
  return afterThe && ((words.length <= 3 && PARTY_MEMBER.test(last) && !/s$/u.test(last)) || (words.length === 1 && isOneOfAPlace(last)))
}

/** A plural of people before, its head noun last: "Several officials", "senior officials"; Spanish with its article, "los dirigentes". */
const PEOPLE = /(?<![\p{L}\-])(\p{Ll}[\p{Ll}\-]{2,}s)(?![\p{L}])/gu
const SPANISH_PEOPLE = /(?<![\p{L}])(?:[Ll]os|[Ll]as)\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,}s)(?![\p{L}])/gu
const singular = (noun: string) => noun.replace(/(?<=ss)es$|s$/u, '')

/** Of the last sentence in the 400 characters before `at` that names plural people, the first it names (its subject: "Two witnesses spoke to reporters. One said"). */
function peopleNamedLast(text: string, at: number, pattern: RegExp): { window: string; first: RegExpMatchArray } | null {
  const window = text.slice(Math.max(0, at - 400), at)
  const people = [...window.matchAll(pattern)].filter((m) => [singular(m[1]!), m[1]!].some((w) => isPersonsNoun(w.split('-').pop()!)))
  const last = people[people.length - 1]
  if (!last) return null
  const opens = window.slice(0, last.index).search(/[.!?]\s+[^.!?]*$/u)
  return { window, first: people.find((m) => m.index > opens)! }
}

/** "Several officials said …. One said", "a los dirigentes …, uno contestó": one of the plural people named just before, as the sets write it: "one witness", "uno de los dirigentes". */
function oneOfGroup(text: string, at: number, word: string): string | null {
  const spanish = /^(?:uno|una)$/iu.test(word)
  const first = peopleNamedLast(text, at, spanish ? SPANISH_PEOPLE : PEOPLE)?.first
  if (!first) return null
  return spanish ? `${word.toLowerCase()} de ${first[0].toLowerCase()}` : `one ${singular(first[1]!)}`
}

/** "Many of them chanted", "Muchas de ellas gritaron": some of the people named just before; the group as the sentence wrote it ("scores of disabled protesters"), else its noun. */
const SOME = /^(?:Many|Some|Most|Several|All|Few|Muchos|Muchas|Algunos|Algunas|Varios|Varias|Todos|Todas)$/u
const OF_THEM = /^\s+(?:of|de)\s+(?:them|those|ellos|ellas)(?![\p{L}])/u
function someOfGroup(text: string, at: number): string | null {
  const found = peopleNamedLast(text, at, PEOPLE)
  if (!found) return null
  const clause = /(?:^|[.!?,;:]\s*)([^.!?,;:]*)$/u.exec(found.window.slice(0, found.first.index! + found.first[0].length))![1]!.trim()
  return /^\p{L}\p{Ll}*(?:\s+\p{Ll}+){1,4}$/u.test(clause) ? clause : found.first[1]!
}

/** A phrase for one or some of a group named before ("One", "Many [of them]"): who that is, or null; undefined when the phrase is no such word. */
export function partOfGroup(text: string, phrase: SpeakerPhrase): string | null | undefined {
  const word = phrase.text.trim()
  if (/^(?:One|Uno|Una|uno|una)$/u.test(word)) return oneOfGroup(text, phrase.start, word)
  const of = SOME.test(word) ? OF_THEM.exec(text.slice(phrase.end)) : null
  return of ? someOfGroup(text, phrase.start) ?? `${word}${of[0]}` : undefined
}

/** The person last named right after a noun in the 3,000 characters before `at` ("The victim, Ana Ruiz, 31,", "la víctima, María López"), as written there. */
export function namedAs(text: string, noun: string, at: number): string | null {
  // (Case kept but for the noun's first letter: a name is capitalised.)
  const word = `[${noun[0]!.toUpperCase()}${noun[0]!.toLowerCase()}]${noun.slice(1).toLowerCase()}`
  let last: string | null = null
  for (const m of text.slice(Math.max(0, at - 3000), at).matchAll(new RegExp(`(?<![\\p{L}])${word},?\\s+(${NAME_PHRASE.source})`, 'gu'))) last = m[1]!
  return last && parseNamePhrase(last)?.org === false ? last : null
}


/** Where a described person was, then the word after it ("A doctor on the scene told": " on the scene", then "told"). */
const WHERE_THEN_WORD = new RegExp(`^${WHERE_PHRASE}(?=\\s+(\\p{L}+))`, 'u')

/**
 * "the official" after "One law enforcement official said", "the doctor" after "A doctor on the scene told Ruptly": a definite
 * description that repeats the words of an indefinite one in the 1,500 characters before is that unnamed person (as written).
 */
export function describedBefore(text: string, phrase: SpeakerPhrase): string | null {
  const words = /^(?:the|el|la)\s+(\p{Ll}[\p{Ll}\-]*(?:\s+\p{Ll}[\p{Ll}\-]*){0,2})$/u.exec(phrase.text)?.[1]
  if (!words || isDocument(phrase.text)) return null
  const from = Math.max(0, phrase.start - 1500)
  const pattern = new RegExp(`(?<![\\p{L}])(?:[Oo]ne|[Aa]n?|[Uu]n|[Uu]na)\\s+(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,3}${words.replace(/\s+/gu, '\\s+')}(?![\\p{L}])`, 'gu')
  let last: string | null = null
  // Only someone who spoke ("one former adviser said", "said a senior official"): an indefinite subject of anything else may be named
  // next ("Un joven abogado salteño que … reclamó …" opens a story about Mauricio Ossola), and "the man" is generic.
  for (const m of text.slice(from, phrase.start).matchAll(pattern)) {
    const end = from + m.index + m[0].length
    const after = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(end, end + 40))
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, from + m.index - 20), from + m.index))
    // ("A doctor on the scene told Ruptly": where the person was, a short phrase, may stand between them and the verb.)
    const where = WHERE_THEN_WORD.exec(text.slice(end, end + 40))
    last = [after?.[1], after?.[2], before?.[1]].some((w) => !!w && isCueWord(w)) ? m[0] : where && isCueWord(where[1]!) ? m[0] + where[0] : null
  }
  return last && !GENERIC.test(phrase.text) ? last : null
}

/**
 * "At a drugstore near the mosque, a middle-aged cashier was shaken by … “…,” said the woman": "the man"/"the woman" in the
 * paragraph where someone was described with "a"/"an" (opening a clause, never by a writing's noun) is that one, as the article first wrote them.
 */
export function genericPointsBack(text: string, phrase: SpeakerPhrase): string | null {
  if (!/^the\s+(?:man|woman)$/iu.test(phrase.text)) return null
  const from = text.lastIndexOf('\n', phrase.start) + 1
  const found = [...text.slice(from, phrase.start).matchAll(/(?:^|[.!?,]\s+)([Aa]n?\s+(?:[\p{Ll}\-]+\s+){0,3}?(\p{Ll}+))(?=\s+(?:was|is|who|had|has|said|says|told|\p{Ll}+ed)\s)/gu)]
  // (Never "a man" for "the woman", nor the other way round.)
  const other = /woman$/iu.test(phrase.text) ? 'man' : 'woman'
  const last = found.reverse().find((m) => !isDocument(`the ${m[2]!}`) && m[2] !== other)
  return last ? last[1]! : null
}

/**
 * "a Sussex spokesperson confirming the eviction", "un portavoz confirmando la noticia": a participle with its object after the head
 * noun is a clause; the noun phrase ends before it. So does a past participle with its agent: "el texto legislativo divulgado por la
 * agencia", "the report released by the ministry" (the agent may be cut off already: `following` is the text after the phrase).
 */
export function beforeParticiple(phrase: string, following = ''): string {
  const m =
    /\s(?:\p{Ll}{3,}(?:ing|ando|iendo))\s+(?:the|a|an|that|his|her|their|its|to|on|in|about|el|la|los|las|un|una|que|su|sus)(?:\s|$)|\s\p{Ll}{3,}(?:ad[oa]s?|id[oa]s?|ed)\s+(?:por|by)\s/u.exec(phrase) ??
    (/^\s+(?:por|by)\s/u.test(following) ? /\s\p{Ll}{3,}(?:ad[oa]s?|id[oa]s?|ed)$/u.exec(phrase) : null)
  return m && /\p{L}/u.test(phrase.slice(0, m.index)) ? phrase.slice(0, m.index) : phrase
}

/**
 * "un documento en el cual se expone …", "a letter which says": a relative clause after the head noun; the noun phrase ends before it.
 * So does what the words were about: "agregó el funcionario federal acerca de Borge", "the official regarding the case".
 */
export function beforeRelative(phrase: string): string {
  const m = /\s(?:(?:(?:en|de|por|con|a|in|of|by|with)\s+)?(?:(?:el|la|los|las)\s+(?:cual|cuales)|quien|quienes|who|whom|which)|acerca\s+de|respecto\s+(?:a|de)|regarding|concerning)(?=\s|$)/iu.exec(phrase)
  return m && /\p{L}/u.test(phrase.slice(0, m.index)) ? phrase.slice(0, m.index) : phrase
}

/** The phrase up to where `pattern` finds what follows its head noun, or all of it (beforeDay, beforeMedium). */
function cutAt(phrase: string, pattern: RegExp): string {
  const m = pattern.exec(phrase)
  return m && m.index > 0 ? phrase.slice(0, m.index) : phrase
}

/** "dijo el viceconsejero el viernes", "the ruling on Thursday": a day after the head noun is when it was said; the noun phrase ends before it. */
const DAY_AFTER_HEAD = new RegExp(`\\s+(?:el|este|ese|on|last|this)\\s+(?:${DAY})$`, 'iu')
export const beforeDay = (phrase: string): string => cutAt(phrase, DAY_AFTER_HEAD)

/** "The Indian army in a statement said", "el ministerio en un comunicado": how it was said, after the head noun; the noun phrase ends before it. */
export const beforeMedium = (phrase: string): string => cutAt(phrase, /\s+(?:in|en|through|via|mediante)\s+(?:a|an|its|his|her|their|the|un|una|su|sus)\s+(?:\p{Ll}+\s+)?(?:statement|comunicado|letter|carta|interview|entrevista|post|tweet|email|correo|video|vídeo|release|speech|discurso)$/u)
