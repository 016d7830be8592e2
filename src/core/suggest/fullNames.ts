/**
 * The full names an article gives (two words or more, or a body's name) and
 * the fullest one a short form stands for at a given place: "Rodríguez" →
 * the nearest "… Rodríguez" before it, "WADA" → the body the article spelt
 * out before "(WADA)", "JOH" → the person whose initials those are, "PETA" →
 * the capitalised run before whose initials spell it. Reporters
 * name someone in full once and then shorten; a suggestion carries the full
 * name. Part of names.ts's ArticleNames, kept apart because it only reads
 * the mentions, never the sentences around them.
 */
import { countBefore } from '../sorted'
import { foldText, oneEditApart } from '../text/fold'
import { genderOfTitle, isTitleWord } from '../text/abbreviations'
import { genderOfFirstName, namedAsKin } from './firstNames'
import { titleCased, type Mention } from './mentions'
import { splitWords, wordKey } from './namePhrase'
import { isCueWord } from './cues'
import { contains, DETERMINERS } from './subjectClause'

/** "MEC Mamabolo", "Dr Smith": a run opening with a title or an acronym, no one's name as first introduced. */
function titled(m: Mention): boolean {
  const first = splitWords(m.name)[0]!
  return /^\p{Lu}{2,}$/u.test(first) || isTitleWord(first.replace(/\.$/u, ''))
}

/** "Diego Fernando Maradona Jr.", "Jerry Jones Jr.": the son, never the father the same name without the suffix stands for. */
const junior = (m: Mention) => /\s(?:Jr\.?|hijo)$/u.test(m.name)

/** Words an acronym skips: "Chief Justice of India" is CJI. */
const SMALL_WORDS = new Set(['of', 'for', 'the', 'and', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'en', 'para', '&'])

/** A run of capitalised words, with the small words an acronym skips between them: "People for the Ethical Treatment of Animals". */
const SPELT_RUN = /\p{Lu}[\p{L}'’\-]*(?:\s+(?:(?:of|for|the|and|de|del|la|el|y|en|para|&)\s+)*\p{Lu}[\p{L}'’\-]*)+/gu

/** The last run before `at` (within 5,000 characters) whose words' first letters spell `acronym`: "PETA", "CEW" ("Chief Executive Women"). */
export function spelledOut(text: string, acronym: string, at: number): string | null {
  let last: string | null = null
  for (const m of text.slice(Math.max(0, at - 5000), at).matchAll(SPELT_RUN)) {
    const run = m[0].replace(/^The\s+/u, '').replace(/['’]s$/u, '')
    if (splitWords(run).filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => w[0]).join('') === acronym) last = run
  }
  return last
}

/**
 * "Brasil de Neymar", "Instagram de Maluma", "Informe de Drogas de la DEA": a run whose first word is no first name, with the word
 * after "de" (and its article), is something of that person's or body's, no fuller form of its name ("Francisco de Miranda" is one:
 * "Francisco" is a first name).
 */
export function ownedBy(m: Mention, word: string, acronym = false): boolean {
  const at = m.tokens.lastIndexOf(word)
  const article = /^(?:la|el|los|las|the)$/u.test(m.tokens[at - 1] ?? '') ? 1 : 0
  const ofWord = /^(?:de|del|of)$/u.test(m.tokens[at - 1 - article] ?? '')
  // (Any run for an acronym, "… de la DEA"; for a word, with no article before it: "Brasil de Neymar", "Sala de lo Contencioso-Administrativo del Supremo".)
  return at >= 2 && at === m.tokens.length - 1 && ofWord && (acronym || !article) && !m.org && genderOfFirstName(m.tokens[0]!) === null
}

/** "Gobierno de Donald Trump", "the administration of Patricio Aylwin": a body's name that ends in a person's, from a first name on; that person's name and its words as keys. */
function personInBody(m: Mention): { name: string; keys: readonly string[] } | null {
  if (!m.org) return null
  const words = splitWords(m.name)
  const of = words.findIndex((w, i) => i > 0 && /^(?:de|del|of)$/u.test(w) && genderOfFirstName(words[i + 1] ?? '') !== null)
  return of > 0 && words.length - of - 1 >= 2 ? { name: words.slice(of + 1).join(' '), keys: words.slice(of + 1).map(wordKey) } : null
}

export class FullNames {
  /** Full names (two words or more) and bodies, in text order. */
  readonly full: readonly Mention[]
  /** Full names by each of their words, in text order. */
  private readonly fullByToken = new Map<string, Mention[]>()
  private readonly acronyms = new Map<string, string>() // defined by the article: "World Anti-Doping Agency (WADA)"
  private readonly described = new Set<Mention>() // "Realtor Ghulam" after "realtor Shaun Ghulam": never a fuller form (describedAs)
  private readonly describers = new Map<string, Mention>() // "realtor ghulam" → the first "… Shaun Ghulam" written after "realtor"
  private readonly sharedSurnames = new Set<string>() // given both a man's and a woman's title ("Mr. Trump", "Ms. Trump"): two people
  private readonly kin: ReadonlySet<Mention> // full names right after "his son,", "su esposa": someone's kin, named for them
  private readonly speaking: ReadonlySet<Mention> // full names right before a speech verb: "Tejashwi Yadav demanded"
  private readonly pairs: ReadonlySet<Mention> // "Hamás e Israel" where the article names each alone too: two names, no fuller form of either
  private readonly bodyPerson = new Map<Mention, { name: string; keys: readonly string[] }>() // "Gobierno de Donald Trump" → Donald Trump (personInBody)
  readonly titleCased: boolean // the headline capitalises every long word: its runs of capitals are never a full name

  constructor(
    text: string,
    mentions: readonly Mention[],
    private readonly headlineEnd: number,
    /** The paragraph a place in the text is in (ArticleNames's, read from its sentences). */
    private readonly paragraphAt: (pos: number) => number
  ) {
    this.titleCased = titleCased(text, headlineEnd)
    this.full = mentions.filter((m) => m.tokens.length > 1 || m.org)
    this.kin = new Set(this.full.filter((m) => namedAsKin(text, m.start)))
    this.speaking = new Set(this.full.filter((m) => isCueWord(/^[^\S\n]+(\p{L}+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? '')))
    const alone = new Set(mentions.map((m) => m.name))
    this.pairs = new Set(this.full.filter((m) => /^(.+?)\s+(?:and|y|e|&)\s+(.+)$/u.exec(m.name)?.slice(1).every((half) => alone.has(half))))
    for (const m of this.full) {
      const person = personInBody(m)
      if (person) this.bodyPerson.set(m, person)
    }
    for (const m of this.full) for (const t of new Set(m.tokens)) (this.fullByToken.get(t) ?? this.fullByToken.set(t, []).get(t)!).push(m)
    // Each person's full name after a word in lower case ("realtor Shaun Ghulam"): that word with each ending of the name, first seen.
    for (const m of this.full) {
      const word = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]
      if (!word || m.org) continue
      for (let k = 1; k < m.tokens.length; k++) {
        const key = `${wordKey(word)} ${m.tokens.slice(k).join(' ')}`
        if (!this.describers.has(key)) this.describers.set(key, m)
      }
    }
    for (const m of this.full) if (m.tokens.length >= 2 && this.describedAs(m.name, m.tokens, m.start)) this.described.add(m)
    for (const m of mentions) {
      const def = /^\s*\((\p{Lu}{2,})\)/u.exec(text.slice(m.end, m.end + 16))
      if (def && m.tokens.length > 1) this.acronyms.set(def[1]!, m.name)
    }
    const titled = new Map<string, Set<'m' | 'f'>>()
    for (const m of mentions) {
      const gender = m.tokens.length === 1 ? genderOfTitle(foldText(m.title)) : null
      if (gender) titled.set(m.name, (titled.get(m.name) ?? new Set<'m' | 'f'>()).add(gender))
    }
    for (const [surname, genders] of titled) if (genders.size > 1) this.sharedSurnames.add(surname)
  }

  /**
   * The fullest name for a short form written with a title: "Mr. Trump" is never "Ivanka Trump" in an article that also has a
   * "Ms. Trump"; with a surname two people share, the title's gender must be the first name's, else the surname stands alone.
   */
  fullNameWithTitle(name: string, title: string, at: number): string | null {
    const full = this.titledAs(name, title, at) ?? this.fullName(name, at)
    const gender = genderOfTitle(foldText(title))
    if (!full || !gender || !this.sharedSurnames.has(name)) return full
    return genderOfFirstName(full) === gender ? full : null
  }

  /**
   * "Adv Tšosane" after "Advocate Mokitimi Tšosane" and "‘Matšosane Tšosane" (his mother): a short form written with a title is the
   * person last given that title (or the word it shortens) in full before it, whoever was named nearer.
   */
  private titledAs(name: string, title: string, at: number): string | null {
    const key = foldText(title).replace(/\./gu, '').trim()
    if (key.length < 2 || /\s/u.test(name.trim())) return null
    const same = (t: string) => {
      const k = foldText(t).replace(/\./gu, '').trim().split(/\s+/u).pop() ?? ''
      return k.length >= 2 && (k === key || (Math.min(k.length, key.length) >= 3 && (k.startsWith(key) || key.startsWith(k))))
    }
    const candidates = this.fullByToken.get(wordKey(name)) ?? []
    for (let k = countBefore(candidates, (m) => m.start < at) - 1; k >= 0; k--) {
      const m = candidates[k]!
      if (!m.org && m.tokens.length > 1 && m.start > this.headlineEnd && same(m.title)) return m.name
    }
    return null
  }

  /**
   * The fullest name the article has used, up to `at`, for a short form:
   * "Rodríguez" → the nearest "… Rodríguez" before it; a form never used
   * in full (or used in full only later) stays as it is, or takes the full
   * name that comes after if there is exactly one.
   */
  fullName(name: string, at: number): string | null {
    const tokens = splitWords(name).map(wordKey)
    if (tokens.length === 0) return null
    // "WADA" after "the World Anti-Doping Agency (WADA)": the body's full name.
    const acronym = tokens.length === 1 && /^\p{Lu}{2,}$/u.test(name) ? this.acronyms.get(name) : undefined
    if (acronym) return acronym
    // "JOH", "AMLO": a person's initials, after their full name.
    const initials = tokens.length === 1 && /^\p{Lu}{2,5}$/u.test(name) ? this.byInitials(name.toLowerCase(), at) : null
    if (initials) return initials
    const described = tokens.length >= 2 ? this.describedAs(name, tokens, at) : null
    if (described) return described.name
    // (A person's full name is never a body's that holds it: "María José García" inside "Universidad de Chile María José García".)
    // (Nor is a body's name that ends in the query: "Imperial College de Londres Joeri Rogelj" is the college run into the person.)
    const person = tokens.length >= 2 && genderOfFirstName(name) !== null
    const runOn = (m: Mention) => m.org && tokens.length >= 2 && m.tokens.length > tokens.length && m.tokens.slice(-tokens.length).join(' ') === tokens.join(' ')
    // ("agregó Trump" after "el Gobierno de Donald Trump": a surname in a body's name after "de" is the person's, never the body's.)
    const ofPerson = (m: Mention) => tokens.length === 1 && !!this.bodyPerson.get(m)?.keys.includes(tokens[0]!)
    const fits = (m: Mention) => !this.described.has(m) && !ofPerson(m) && m.tokens.length >= tokens.length && contains(m.tokens, tokens) && !(tokens.length === 1 && ownedBy(m, tokens[0]!, /^\p{Lu}{2,}$/u.test(name))) && !(person && m.org) && !runOn(m) && !this.pairs.has(m)
    // Only the full names that have the query's first word can fit (an index, so a long article stays linear).
    const candidates = this.fullByToken.get(tokens[0]!) ?? []
    let best: Mention | null = null
    // The nearest before `at`: from the last candidate before it, backwards.
    const firstAfter = countBefore(candidates, (m) => m.start < at)
    // A person's name before a body's that holds the same word: "Besecker" is Tyler Besecker, not "Dana F. Besecker Company".
    // A headline's capitalised words run on ("Americans Are Paying Apple Millions"): the body's forms come first, the headline's only if it
    // has none, and never those of a headline in title case.
    const inBody = (m: Mention) => m.start > this.headlineEnd
    const named = (m: Mention) => inBody(m) || !this.titleCased
    // "Cross also said" after "Shannon Cross, an analyst at Cross Research": a bare word that is no first name is first the last
    // word of a person's name (a surname), before it is the first word of something named after someone. A person's name here is
    // capitalised words only, or opens with a first name, and no article ("Buses de la Alcaldía", "La Alcaldía" are no one's).
    const surname = tokens.length === 1 && genderOfFirstName(name) === null
    const bySurname = (m: Mention) =>
      m.tokens.filter((t) => !/^(?:jr|sr|hijo|ii|iii|iv)$/u.test(t)).pop() === tokens[0] && !DETERMINERS.has(m.tokens[0]!) && (genderOfFirstName(m.name) !== null || splitWords(m.name).every((w) => /^\p{Lu}/u.test(w)))
    if (surname) best = this.surnameHolder(candidates, firstAfter, (m) => fits(m) && !m.org && inBody(m) && bySurname(m), at)
    for (let k = firstAfter - 1; k >= 0 && !best; k--) if (fits(candidates[k]!) && !candidates[k]!.org && inBody(candidates[k]!)) best = candidates[k]!
    for (let k = firstAfter - 1; k >= 0 && !best; k--) if (fits(candidates[k]!) && inBody(candidates[k]!)) best = candidates[k]!
    for (let k = firstAfter - 1; k >= 0 && !best; k--) if (fits(candidates[k]!) && named(candidates[k]!)) best = candidates[k]!
    // "Maradona" after "Diego Fernando Maradona Jr." and "Diego Maradona": a bare name is the father's, if the article names him too.
    // ("Mateen" after "Seddique Mir Mateen" and "his son, Omar Mateen": the one named as someone's kin is not the bare name's either.)
    const second = (m: Mention) => junior(m) || this.kin.has(m)
    // (A father shares his son's first name: "Roosevelt" beside "James Roosevelt Jr." is never his grandfather "Franklin Roosevelt".)
    if (best && second(best) && !tokens.some((t) => /^(?:jr|hijo)$/u.test(t))) {
      const son: Mention = best
      const father = (m: Mention) => !second(m) && (!junior(son) || m.tokens[0] === son.tokens[0])
      for (let k = firstAfter - 1; k >= 0; k--) if (fits(candidates[k]!) && named(candidates[k]!) && father(candidates[k]!)) { best = candidates[k]!; break }
    }
    if (!best && tokens.length === 1 && tokens[0]!.length >= 5) {
      // A surname misspelt once ("Rainsey" for "Rainsy") is still the person named before (looked for among the last 300 names).
      const before = this.full.filter((m) => m.start < at && named(m)).slice(-300)
      for (const m of before) if (!m.org && m.tokens.length > 1 && oneEditApart(m.tokens[m.tokens.length - 1]!, tokens[0]!) && !ownedBy(m, m.tokens[m.tokens.length - 1]!)) best = m
    }
    for (let k = firstAfter - 1; k >= 0 && !best; k--) if (ofPerson(candidates[k]!) && named(candidates[k]!)) return this.bodyPerson.get(candidates[k]!)!.name
    if (!best) {
      const later = new Set<string>()
      for (let k = firstAfter; k < candidates.length && later.size < 2; k++) if (fits(candidates[k]!) && named(candidates[k]!)) later.add(candidates[k]!.name)
      if (later.size === 1) return [...later][0]!
      return null
    }
    // The nearest form is not the fullest ("Te Kaurinui", "Juan Martínez"): the longest form of the same person the article gave before
    // ("Te Kaurinui Robert Parata", "Juan Martínez d'Aubuisson").
    if (!best.org) {
      const found: Mention = best
      for (let k = firstAfter - 1; k >= 0; k--) {
        const m = candidates[k]!
        // Not from the headline, whose capitalised words run on ("Nicholas Burns Speaks to VOA").
        if (!m.org && m.start > this.headlineEnd && m.tokens.length > best.tokens.length && contains(m.tokens, found.tokens) && junior(m) === junior(found)) best = m
      }
    }
    return best.name
  }

  /**
   * Whom a bare surname stands for among the people named before with it (the first `before` candidates that are `holders`): the one named in its own
   * paragraph or who spoke in the paragraph just before, else the one the article introduced first. Reporters give the surname alone to the person the story is about and
   * name the others who share it in full ("José Luis Moreno … el juez Ismael Moreno … ha asegurado Moreno"; "Tanner Fischer … his
   * fiancée, Adrianne Fischer … Fischer said"). Measured on the opened sets against the nearest one: 7,471 → 7,488 right speakers.
   * A junior's name, or a kin's, is handled by the caller.
   */
  private surnameHolder(candidates: readonly Mention[], before: number, holders: (m: Mention) => boolean, at: number): Mention | null {
    let k = before - 1
    while (k >= 0 && !holders(candidates[k]!)) k--
    const nearest = candidates[k]
    // (Nor when the nearest spoke in the paragraph just before: "Tejashwi Yadav demanded …. ¶ “…,” Yadav said" after "Akhilesh Yadav".)
    const spokeJustBefore = !!nearest && this.speaking.has(nearest) && this.paragraphAt(at) - this.paragraphAt(nearest.start) === 1
    if (!nearest || this.paragraphAt(nearest.start) === this.paragraphAt(at) || junior(nearest) || spokeJustBefore) return nearest ?? null
    // (Two spellings of one name, "Jorge Rodriguez" in a caption and "Jorge Rodríguez" in the text, are one person: the nearest spelling stays.)
    for (let i = 0; i < k; i++) if (holders(candidates[i]!) && !this.kin.has(candidates[i]!) && !titled(candidates[i]!)) return foldText(candidates[i]!.name) === foldText(nearest.name) ? nearest : candidates[i]!
    return nearest
  }

  /**
   * "Realtor Ghulam" after "realtor Shaun Ghulam": a first word the article wrote in lower case right before someone's full name
   * describes them (a job, not a first name); the words after it are that person's name.
   */
  private describedAs(name: string, tokens: readonly string[], at: number): Mention | null {
    // (Looked up, never searched: an article of thousands of names that share words stays linear.)
    const person = this.describers.get(`${wordKey(splitWords(name)[0]!)} ${tokens.slice(1).join(' ')}`)
    return person && person.start < at ? person : null
  }

  /** The people named in full before `at` with the word in their name, once each ("Amer": Abu Hassan Amer, Sadeq Abu Amer). */
  peopleWith(word: string, at: number): string[] {
    return [...new Set((this.fullByToken.get(wordKey(word)) ?? []).filter((m) => m.start < at && !m.org).map((m) => m.name))]
  }

  /** Whether a person's full name in the article opens with this word ("Keith" when "Keith Urban" is named): by the index, so a long article stays linear. */
  opensFullName(token: string): boolean {
    return (this.fullByToken.get(token) ?? []).some((f) => !f.org && f.tokens[0] === token)
  }

  /**
   * The nearest person or body named in full before `at` whose words' first letters spell `initials` ("joh" → Juan Orlando Hernández,
   * "bba" → British Bankers’ Association), or a person whose title's do ("cji" → Chief Justice of India Surya Kant). Small words are skipped.
   */
  private byInitials(initials: string, at: number): string | null {
    const spell = (words: readonly string[]) => words.filter((w) => w !== '' && !SMALL_WORDS.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('')
    for (let i = this.full.length - 1; i >= 0; i--) {
      const m = this.full[i]!
      if (m.start >= at) continue
      // (Two letters stand only for a title: "the PM" after "Prime Minister David Cameron", never a body's name such as "UN".)
      if (initials.length > 2 && spell(m.tokens) === initials) return m.name
      if (!m.org && m.title && spell(m.title.split(/\s+/u)) === initials) return m.name
    }
    return null
  }
}

/**
 * The names of the speakers found so far, as the quotes are read in order: a name seen speaking is a person's (or a body's), even
 * written with one word; and a word written alone stands for the one speaker whose name ends in it ("Symonette" after "… Officer
 * of Super Value Debra Symonette said", a full name the mentions did not cut out).
 */
export class FoundSpeakers {
  private readonly folded = new Set<string>()
  private readonly bySurname = new Map<string, Set<string>>()

  add(name: string): void {
    this.folded.add(foldText(name))
    const words = splitWords(name)
    const last = wordKey(words[words.length - 1] ?? '')
    if (words.length >= 2 && /^\p{Lu}/u.test(words[0]!)) this.bySurname.set(last, (this.bySurname.get(last) ?? new Set()).add(name))
  }

  has(name: string): boolean {
    return this.folded.has(foldText(name))
  }

  /** The one speaker whose name ends in this word (as `wordKey` keys it), if only one does. */
  endingIn(word: string): string | null {
    const found = this.bySurname.get(word)
    return found && found.size === 1 ? [...found][0]! : null
  }
}
