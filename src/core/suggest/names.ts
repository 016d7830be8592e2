/**
 * The names an article uses for people and bodies, and what a short name, a pronoun or a role stands for at a given place in the text.
 * Reporters name a speaker in full once ("Jorge Rodríguez, the head of the National Assembly") and then by surname, title, role or
 * pronoun; a suggestion must carry the full name, so every later form is resolved against the mentions made before it (the nearest
 * that fits). What one capitalised phrase is (a title and a name, or a body) is namePhrase.ts's business.
 */
import { countBefore } from '../sorted'
import { FoundSpeakers, FullNames, ownedBy } from './fullNames'
import { genderOfTitle } from '../text/abbreviations'
import { genderBefore, genderOfFirstName, namedAsKin } from './firstNames'
import { foldText } from '../text/fold'
import { spansOf, type TextSpans } from '../text/sentences'
import { afterPreposition, describedByWho, endsInOwnCue, lastWordAt, reportedFrom, reportedInside, roleBeforeVerb, topicOpening, trailingSpeaker, unnamedBeforeVerb } from './clauseParts'
import { headlineEnd, type Mention } from './mentions'
import { fitsPronoun, PRONOUN_SUBJECT, pronounAfterName, type Gender, type PreviousSpeaker } from './pronouns'
import { parseNamePhrase, splitWords, wordKey } from './namePhrase'
import { gerundClauseEnd, noSubject, openingClauseEnd, pronounSubjectAt } from './subjectClause'
import { titleThenName } from './sentenceSubject'
import { inSpanish, isCommonWord, isGroup } from './speakerKind'
import { DescribedSpeakers } from './describedSpeakers'
import { writingAtStart } from './writings'
import { isPlaceName } from './placeNames'
import { bodyForRole, identifiedNext, personForRole, roleOfName, skipOtherOffice, type MentionsRead } from './roleSpeakers'

/** A name's last word as a key: "Archer-Bradshaw" of "Ramona Archer-Bradshaw", whose tokens also hold "archer" and "bradshaw". */
const lastWordKey = (m: Mention) => wordKey(splitWords(m.name).pop() ?? '')

/** The people and bodies of one article, as its mentions name them: each short form resolved to the fullest name used for the same person before it. */
export class ArticleNames {
  private readonly fullNames: FullNames
  private readonly genders = new Map<string, Gender>()
  private readonly surelyPeople = new Set<string>() // names right after "his wife", "su hermano", or given "Lady", "Mr": people, even one word alone
  private readonly speakers = new FoundSpeakers()
  private readonly spans: TextSpans // the article's paragraphs and sentences
  private readonly usedAlone = new Set<string>() // words used as a name on their own ("Trump"; "San Miguel" is two)
  private readonly headlineEnd: number // where the first line (the headline, if any) ends
  private ledeMentions: readonly Mention[] | undefined // the mentions topicPerson chooses from (lede), once found

  constructor(readonly text: string, readonly mentions: readonly Mention[]) {
    this.spans = spansOf(text)
    this.headlineEnd = headlineEnd(text)
    this.fullNames = new FullNames(text, mentions, this.headlineEnd, (pos) => this.paragraphAt(pos))
    for (const m of mentions) if (m.tokens.length === 1) this.usedAlone.add(m.tokens[0]!)
    for (const m of mentions) this.learnGender(m)
  }

  /** The fullest name for a short form written with a title ("Mr. Trump"; fullNames.ts). */
  fullNameWithTitle(name: string, title: string, at: number): string | null {
    return this.fullNames.fullNameWithTitle(name, title, at)
  }

  /** Speakers the article described rather than named ("fuentes de Montecon"), in order (speakerKind.ts). */
  readonly described = new DescribedSpeakers()

  /** A name seen speaking somewhere in the article is a person, even with one word (or a body). */
  markSpeaker(name: string): void {
    this.speakers.add(name)
    this.described.add(name)
  }

  /** The pronoun right after a person's mention in the same sentence tells their gender ("Machado … she wanted"). */
  private learnGender(m: Mention): void {
    if (m.org) return
    const full = this.fullOf(m, m.start)
    const titled = genderOfTitle(foldText(m.title))
    if (titled || namedAsKin(this.text, m.start)) this.surelyPeople.add(full)
    if (titled) return void this.genders.set(full, titled)
    const near = genderBefore(this.text.slice(Math.max(0, m.start - 30), m.start))
    if (near && !this.genders.has(full)) return void this.genders.set(full, near)
    const first = genderOfFirstName(full)
    if (first && !this.genders.has(full)) return void this.genders.set(full, first)
    const sentenceEnd = Math.min(m.end + 160, this.spans.wordsEnd(m.end))
    const following = this.mentions[this.firstMentionFrom(m.end + 1)]
    const heard = pronounAfterName(this.text, m.end, following && following.start < sentenceEnd ? following.start : sentenceEnd)
    // Not after a cue when someone of that gender was just named ("Tom Hart said she would"), by a surname alone too ("Richards says
    // she must …" after "Radcliffe described her decision").
    const namedJustBefore = (n: string) => this.text.lastIndexOf(n.slice(n.lastIndexOf(' ') + 1), m.start) > m.start - 400
    if (heard && !this.genders.has(full) && !(heard.afterCue && [...this.genders].some(([n, g]) => g === heard.gender && n !== full && namedJustBefore(n)))) this.genders.set(full, heard.gender)
  }

  /** The paragraph a place in the text is in (-1 outside any). */
  paragraphAt(pos: number): number {
    const i = this.spans.indexAt(pos)
    return i >= 0 ? this.spans.sentences[i]!.paragraph : -1
  }

  genderOf = (name: string): Gender | undefined => this.genders.get(name)

  /** A mention's fullest name, read with the title written before it ("Adv Tšosane" is the advocate, not his mother; fullNames.ts). */
  private fullOf(m: Mention, at: number): string {
    // ("Symonette" after "… Officer of Super Value Debra Symonette said": else the one speaker found whose name ends in the word.)
    return this.fullNames.fullNameWithTitle(m.name, m.title, at) ?? (m.tokens.length === 1 ? this.speakers.endingIn(m.tokens[0]!) : null) ?? m.name
  }

  /** The fullest name the article has used, up to `at`, for a short form (fullNames.ts). */
  fullName(name: string, at: number): string | null {
    return this.fullNames.fullName(name, at)
  }

  /** The people named in full before `at` with the word in their name, once each ("Amer": Abu Hassan Amer, Sadeq Abu Amer). */
  peopleWith(word: string, at: number): string[] {
    return this.fullNames.peopleWith(word, at)
  }

  /** Whether the article shows a mention to be a person's: a title, a role, "who", a pronoun, a speech verb, a surname used alone, a first name alone that opens no full name ("Para Keith, …"; no quote opening after it). */
  private isPerson(m: Mention): boolean {
    if (m.org) return false
    if (this.speakers.has(this.fullOf(m, m.end))) return true
    if (m.title || m.role || this.surelyPeople.has(m.name)) return true
    if (/^,\s+who\b/.test(this.text.slice(m.end, m.end + 8))) return true
    // "Curie, 21, a Korean exchange student": an age after a name is a person's ("Ana, de 21 años,").
    if (/^,\s+(?:de\s+)?\d{1,3}(?:,|\s+años)/u.test(this.text.slice(m.end, m.end + 16))) return true
    if (m.tokens.length >= 2) {
      // A full name that the article later shortens to its last word is a person's ("Rocío San Miguel" … "San Miguel"; "Verizon Fios TV" … "TV": an acronym alone is no surname; nor is the last word of "Residente de Wuhan", something of it: `ownedBy`).
      return (this.usedAlone.has(lastWordKey(m)) && !ownedBy(m, m.tokens[m.tokens.length - 1]!) && !/^\p{Lu}{2,}$/u.test(splitWords(m.name).pop() ?? '')) || this.genders.has(m.name)
    }
    return this.fullNames.full.some((f) => !f.org && f.tokens.length > 1 && lastWordKey(f) === m.tokens[0] && this.isPerson(f)) || (genderOfFirstName(m.name) !== null && !/^\s*["“«]/u.test(this.text.slice(m.end, m.end + 3)) && !this.fullNames.opensFullName(m.tokens[0]!))
  }

  /**
   * A name of two or three words that is no body and no place ("Reino Unido") may be a person's, when nothing better is near; not
   * one whose first word the article also writes in lower case and no first name is ("Vehículos Eléctricos", "Tilt Train"): a thing's.
   */
  private maybePerson(m: Mention): boolean {
    // (Not in a headline in title case: "4 Key Points On The FOMC Announcement" capitalises every word.)
    return !m.org && !(m.start < this.headlineEnd && this.fullNames.titleCased) && m.tokens.length >= 2 && m.tokens.length <= 4 && !/^(?:el|la|los|las|the|new|north|south|east|west|latin|united|nueva|nuevo)$/.test(m.tokens[0]!) && !isPlaceName(m.name) && !(genderOfFirstName(m.name) === null && isCommonWord(m.name.split(/\s+/u)[0]!, this.text))
  }

  /**
   * The nearest person before `at` that a pronoun of this gender can stand
   * for: one the article shows to be a person first, else a likely name,
   * else (for "they" and a subjectless verb) a body.
   */
  personForPronoun(at: number, gender: Gender | 'any', skip: (pos: number) => boolean, previous: PreviousSpeaker | null = null): string | null {
    return this.sentenceSubjectBefore(at, gender, skip, previous) ?? (gender === 'any' ? this.continuingSpeaker(at, previous) : null) ?? this.nearestBefore(at, gender, skip)
  }

  /**
   * No subject in the sentences before: whoever spoke last, a few paragraphs back at most, goes on speaking (an
   * interview's "refirió", "agregó"). Only for a verb with no subject: "she", "la portavoz" say a gender they may not have.
   */
  continuingSpeaker(at: number, previous: PreviousSpeaker | null): string | null {
    if (!previous) return null
    const here = this.spans.indexAt(at)
    const paragraph = here >= 0 ? this.spans.sentences[here]!.paragraph : 0
    return paragraph - previous.paragraph <= 6 ? previous.name : null
  }

  /**
   * The subject of the nearest sentence that has one that fits: a pronoun
   * mostly stands for who the text is about ("Yon Sophal, 21, … was one of the
   * winners. In an interview in Washington, she said"), not for the last name
   * in a phrase ("in Washington", "de Venezuela").
   */
  private sentenceSubjectBefore(at: number, gender: Gender | 'any', skip: (pos: number) => boolean, previousSpeech: PreviousSpeaker | null): string | null {
    let previous = previousSpeech, source: string | null = null
    // The sentence holding `at`, then the ones before it (each from just after the stop before it).
    let end = at
    const here = this.spans.indexAt(at)
    const paragraph = here >= 0 ? this.spans.sentences[here]!.paragraph : 0
    // The speech before is in this very sentence: a pronoun there names someone else ("X said Y told him"); a verb with no subject goes on with X.
    if (here >= 0 && previous && gender !== 'any' && this.spans.sentences[here]!.lead < previous.at) previous = null
    for (let n = 0, quoted = 0, si = here; n < 8 && si >= 0; n++, si--) {
      const sentence = this.spans.sentences[si]!
      // Back at the speech before with nobody new as a subject since: the pronoun stands for that speech's subject (for a source's account, "Según el sumario, Koldo García …", the sentence's own subject if it has one).
      const back = previous && sentence.lead < previous.at && previous.paragraph >= paragraph - 2 && (gender === 'any' || (!isGroup(previous.name) && fitsPronoun(previous.name, gender, this.genders.get(previous.name), this.text)))
      if (back && !previous!.source) return previous!.name
      if (back) [source, previous] = [previous!.name, null]
      const start = sentence.lead
      // A sentence inside a quotation is the speaker's words: it names no subject and does not count (at most 20: a run of thousands of quotes stays linear).
      if (si < here && quoted < 20 && skip(sentence.start) && skip(lastWordAt(this.text, sentence))) {
        n--
        quoted++
        end = start
        continue
      }
      // "He said he did not expect …": a sentence whose subject is a pronoun names no one new; look further back. So does one reported by
      // a pronoun or a verb alone at its end ("Apple's work … would help the Mac mini win fans, he said."), the pronoun's own included,
      // or set off by commas inside it ("José Narro, su dirigente, señala, llegó …"; read in its first 400 characters, so a long one stays linear).
      const reported = (endsInOwnCue(this.text, sentence) && (si < here || /,\s*$/u.test(this.text.slice(sentence.start, at)))) || (si < here && reportedInside(this.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 400))))
      if ((si < here && PRONOUN_SUBJECT.test(this.text.slice(sentence.start, sentence.start + 12))) || reported) {
        end = start
        continue
      }
      // "Consultado sobre … Rodrigo Granda, …, el fiscal general lamentó": a role right before the speech verb is its subject.
      const role = this.roleSpeaking(start, end, skip)
      if (role) return role
      // "A doctor on the scene told Ruptly that … “…,” he said": an unnamed speaker the sentence before opened with, or ended with
      // ("…, Hoenig warns.", "…, a source close to the investigation has told Reuters.").
      const unnamed = si < here && !skip(start) ? unnamedBeforeVerb(this.text, start) : null
      if (unnamed) return unnamed
      // ("El estudio sugiere que … ¶ «…», sostiene": in Spanish, a writing that opened the sentence before speaks on, for a verb with no subject.)
      const writing = gender === 'any' && si === here - 1 && !skip(start) && inSpanish(this.text) ? writingAtStart(this.text, start) : null
      if (writing) return writing
      const trailing = si < here ? this.trailingSubject(start, end, gender, skip) : null
      if (trailing) return trailing
      // "dijo que el Poder Ejecutivo …": a name after the sentence's speech verb is in what was said, not its subject.
      const said = reportedFrom(this.text, start, end)
      // "After Ana Ruiz won, it was Eva Gil who …": a name in an opening clause is the subject only if the main clause names none ("Citing Locke, she …": a gerund's, never).
      const clauseEnd = openingClauseEnd(this.text, sentence.start, end)
      let aside: string | null = null
      const pronoun = pronounSubjectAt(this.text, Math.max(start, clauseEnd), Math.min(end, said), skip)
      for (let k = this.firstMentionFrom(Math.max(start, gerundClauseEnd(this.text, sentence.start, end))); k < this.mentions.length; k++) {
        const m = this.mentions[k]!
        if (m.start >= end || m.start >= said) break
        if (skip(m.start)) continue
        // "…, she was more nervous than Ana Ruiz": the subject is a pronoun, who carries on the subject before.
        if (m.start > pronoun) break
        // "Para Jonathan López, protestar significó …", "A Maravall, ministro …, le suenan …": a sentence about that person (clauseParts.ts).
        const topic = topicOpening(this.text.slice(sentence.start, m.start), this.text.slice(m.end, end))
        // ("the intervention of Lord Myners, the former minister, who negotiated the deal": one a relative clause goes on about is kept, as an aside.)
        const inPhrase = !topic && !m.afterBody && afterPreposition(this.text, m.start, start)
        if (inPhrase && !describedByWho(this.text, m.end)) continue
        // ("Capital Economics senior North American economist Ariane Curtis": a body or a name before a title and a name describes that name.)
        if (noSubject(this.text, m, start) || titleThenName(this.text.slice(m.end, m.end + 80))) continue
        if (!(this.isPerson(m) || this.maybePerson(m))) continue
        const name = this.fullOf(m, m.end)
        // A possessive is no subject ("as Trump’s rise continued, Schwartz disavowed"); nor a word whose fullest form is a body's name ("Worcester, unlike …").
        if (parseNamePhrase(name)?.org || /^[’']s(?!\p{L})/u.test(this.text.slice(m.end, m.end + 3))) continue
        if (!fitsPronoun(name, gender, this.genders.get(name), this.text)) continue
        if (m.start >= clauseEnd && !inPhrase) return name
        aside ??= name
      }
      if (aside || source) return aside ?? source
      end = start
    }
    return null
  }

  /** Who the speech verb that ends the sentence between `from` and `to` has as its subject: someone unnamed, or a person named. */
  private trailingSubject(from: number, to: number, gender: Gender | 'any', skip: (pos: number) => boolean): string | null {
    const subject = trailingSpeaker(this.text, from, to)
    if (!subject || skip(subject.at)) return null
    if (/^(?:an?|one)\s/iu.test(subject.text)) return subject.text
    const m = this.mentions[this.firstMentionFrom(subject.at)]
    if (!m || m.start !== subject.at || m.end < subject.at + subject.text.length || !(this.isPerson(m) || this.maybePerson(m))) return null
    const name = this.fullOf(m, m.end)
    return gender !== 'any' && this.genders.get(name) === (gender === 'm' ? 'f' : 'm') ? null : name
  }

  /** The person a definite role right before a speech verb stands for ("el fiscal general primero lamentó" → the fiscal named before), if the article names one. */
  private roleSpeaking(from: number, to: number, skip: (pos: number) => boolean): string | null {
    const role = roleBeforeVerb(this.text, from, to)
    return role && !skip(role.at) ? (this.personForRole(role.text, role.at)?.name ?? null) : null
  }

  /** The index of the first mention that starts at or after `pos` (mentions are in text order). */
  private firstMentionFrom(pos: number): number {
    return countBefore(this.mentions, (m) => m.start < pos)
  }

  private nearestBefore(at: number, gender: Gender | 'any', skip: (pos: number) => boolean): string | null {
    const tests: ((m: Mention) => boolean)[] = [(m) => this.isPerson(m), (m) => this.maybePerson(m)]
    // ("attended by the former President of Iceland Ólafur Grímsson, and he’d remarked": last, "he" or "she" may stand for a person named in a phrase nearby.)
    const inPhrase = (m: Mention) => this.isPerson(m) && m.tokens.length >= 2 && at - m.start < 300
    tests.push(gender === 'any' ? (m) => m.org : inPhrase)
    for (const fits of tests) {
      for (let i = this.mentions.length - 1; i >= 0; i--) {
        const m = this.mentions[i]!
        if (m.start >= at || skip(m.start) || !fits(m)) continue
        // "en el Puerto de Montevideo": a name in a phrase is no one's subject.
        if (fits !== inPhrase && !m.org && !m.afterBody && afterPreposition(this.text, m.start, 0)) continue
        if (noSubject(this.text, m, 0)) continue
        const name = m.org ? m.name : this.fullOf(m, m.end)
        if (!fitsPronoun(name, gender, this.genders.get(name), this.text)) continue
        return name
      }
    }
    return null
  }

  /**
   * The person the article is about: the first person its text names after the headline (an interview's or a press conference's
   * subject). With `before`, only one first named after that place: "“…”, asegura" in the line under the headline is theirs.
   */
  topicPerson(before = Infinity): string | null {
    // (Who counts as a person grows as speakers are found, so only the candidates are kept, not the answer.)
    const m = this.lede.find((x) => this.isPerson(x)) ?? this.lede.find((x) => this.maybePerson(x))
    return m && (before === Infinity || m.start > before) ? this.fullOf(m, m.end) : null
  }

  /** The mentions after the headline that can be the article's subject, found once (asked for quote after quote). */
  private get lede(): readonly Mention[] {
    // (Not a name after a preposition: "el director técnico del Real España, Héctor Vargas" is about Vargas.)
    this.ledeMentions ??= this.mentions.filter((x) => x.start > this.headlineEnd && !x.org && !afterPreposition(this.text, x.start, 0))
    return this.ledeMentions
  }

  /** A person's name (of at least `fewest` words) that starts inside a longer capitalised run between `from` and `to` (a body's name run into it, split by mentions.ts). */
  personWithin(from: number, to: number, fewest = 2): { text: string; start: number; end: number } | null {
    for (let k = this.firstMentionFrom(from + 1); k < this.mentions.length && this.mentions[k]!.start < to; k++) {
      const m = this.mentions[k]!
      if (m.end <= to && !m.org && m.tokens.length >= fewest) return { text: this.text.slice(m.start, m.end), start: m.start, end: m.end }
    }
    return null
  }

  /** The nearest person named before `at` (outside quotes, within 1,500 characters) by a full name with a first name: never a body or a place. */
  personBefore(at: number): string | null {
    for (let i = this.firstMentionFrom(at) - 1; i >= 0 && at - this.mentions[i]!.start < 1500; i--) {
      const m = this.mentions[i]!
      const name = m.org ? null : this.fullOf(m, m.end)
      // (A person by every sign: a full name whose first word is a first name; "Nevado de Toluca", "Des Moines" are none.)
      if (name && this.isPerson(m) && /\s/u.test(name) && genderOfFirstName(name) !== null) return name
    }
    return null
  }

  /** The people and bodies named in the text before `at` (outside quotes), nearest first, each once by its fullest name. */
  candidatesBefore(at: number, most: number): string[] {
    const out: string[] = []
    for (let i = this.firstMentionFrom(at) - 1; i >= 0 && out.length < most && at - this.mentions[i]!.start < 1500; i--) {
      const m = this.mentions[i]!
      if (!(m.org || this.isPerson(m) || this.maybePerson(m))) continue
      const name = m.org ? m.name : this.fullOf(m, m.end)
      if (!out.includes(name)) out.push(name)
    }
    return out
  }

  /** The nearest person before `at` whose title or apposition holds the role's head word ("the lawyer" → "…, a Venezuelan lawyer"). */
  personForRole(role: string, at: number): { name: string; role: string } | null {
    return personForRole(this.asRead, role, at)
  }

  /** The person named opening the paragraph after the lede, when `at` is in the lede (roleSpeakers.ts). */
  identifiedNext(at: number, anywhere = false): string | null {
    return identifiedNext(this.asRead, at, anywhere)
  }

  /** `skip`, and the mentions of whoever holds another office of the role's words (roleSpeakers.ts). */
  skipOtherOffice(role: string, skip: (pos: number) => boolean, notWho: string | null = null): (pos: number) => boolean {
    return skipOtherOffice(this.asRead, role, skip, notWho)
  }

  /** The nearest body named before `at` that "the force", "the ministry", "el ministerio" can stand for. */
  bodyForRole(role: string, at: number): string | null {
    return bodyForRole(this.mentions, role, at)
  }

  /** The mentions as roleSpeakers.ts reads them: each by its fullest name where it stands, with its gender if known. */
  private get asRead(): MentionsRead {
    return { mentions: this.mentions, text: this.text, fullOf: (m) => this.fullOf(m, m.end), genderOf: (name) => this.genders.get(name) }
  }

  /** What the article says the person is, from the first mention that says it. */
  roleOf(name: string): string {
    return roleOfName(this.mentions, name)
  }
}
