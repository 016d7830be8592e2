/**
 * What a raw speaker phrase stands for in its article: a name ("Rodríguez")
 * is the fullest form used for that person before; a pronoun ("she"), a
 * subject the verb leaves out ("dijo") or a definite role ("the lawyer",
 * "el investigador") is the person the text is about, or the one who spoke
 * just before in the same paragraph; a description no one fits ("fuentes de
 * Montecon", "the report") is the speaker as the article writes it.
 */
import { isRoleWord, isTitleWord } from '../text/abbreviations'
import type { SpeakerPhrase } from './attribution'
import { BODY_KIND, NAME_PHRASE, PARTY_MEMBER, endsInRole, isBodyWord, isKindInitials, isLoneAdverb, isTitleOfBody, parseNamePhrase, splitWords, withoutRunOn } from './namePhrase'
import type { ArticleNames } from './names'
import { pronounGender, type PreviousSpeaker } from './pronouns'
import { issuerWithin, isStatement, statementIssuer } from './issuer'
import { isSources, isWriting, paperSpeaker } from './writings'
import { isCueWord } from './cues'
import { INDEFINITE } from './clauseParts'
import { DEMONSTRATIVES, GENERIC, opensPointing, roleGender, genderOfFirstName, personAfterOutlet } from './firstNames'
import { canBeSpeaker, isDocument, isGroup, isPersonNoun, isPersonsNoun, isPluralOfPeople, isRelationNoun } from './speakerKind'
import { isBodyNoun } from './roleSpeakers'
import { isOneOfAPlace, isPlaceName } from './placeNames'
import { spelledOut } from './fullNames'
import { beforeDay, beforeMedium, beforeParticiple, beforeRelative, capitalisedEpithet, describedBefore, genericPointsBack, headNoun as descriptionHead, namedAs, partOfGroup } from './describedSpeakers'

/** The words before a name inside a description that make it the body the speaker belongs to: "un integrante del Poder Ejecutivo", "el candidato de la coalición …". */
const BODY_BEFORE_NAME = new RegExp(String.raw`(?:^|\s)(?:of|for|at|from|in|to|with|de|del|en|a|al)\s+(?:the\s+|la\s+|el\s+)?(?:(?:${BODY_KIND})\s+)?$`, 'iu')
/** A phrase that ends like a plural, "the officers" (never in -ss: "the actress", "the witness" are one; "el" and "la" are singular whatever follows them: "el líder de Más País", "el número dos del Santander"). */
const PLURAL_END = /(?<!s)s$/iu
const plural = (phrase: string) => !/^(?:el|la)\s/iu.test(phrase) && PLURAL_END.test(phrase)

/** A nickname in quotation marks right after a first name, then the surname: ` "Zurdo" López`, ` “El Chapo” Guzmán`. */
const NICKNAME_THEN_SURNAME = /^[^\S\n]*["“«'‘](?:El\s+|La\s+|The\s+)?\p{Lu}[\p{L}\-]*["”»'’][^\S\n]+(\p{Lu}[\p{L}'’\-]+(?:[^\S\n]+(?:de[^\S\n]+)?\p{Lu}[\p{L}'’\-]+)?)(?![\p{L}])/u

/** A singular Spanish demonstrative before a noun: "ese hombre", "esta ingeniera". */
const DEMONSTRATIVE = new RegExp(`^(?:${DEMONSTRATIVES})\\s+\\p{Ll}`, 'iu')

/** Built once from the name pattern (never per call: an article of thousands of quotes stays fast). */
const NAME_INSIDE = new RegExp(NAME_PHRASE.source, 'u')

/** A clause that opens by turning to someone else: "Por su parte,", "A su turno,", "For her part,". */
const TURN_TAKEN = /(?:^|[.!?]\s+|\n\s*)(?:Por su parte|A su turno|A su vez|En tanto|For (?:his|her|their|its) part)\s*,\s*$/u

/** Turn a raw speaker phrase into a full name: "Rodríguez" → "Jorge Rodríguez", "he" → the nearest man named before. */
export function resolve(names: ArticleNames, phrase: SpeakerPhrase, inQuote: (pos: number) => boolean, previous: PreviousSpeaker | null = null): { name: string; role: string } | null {
  // "Another reportedly said:", "“…,” wrote another" after "One user posted": another of that kind, never a name (else no one).
  const another = /^(?:another|otro|otra)$/iu.test(phrase.text.trim()) ? names.described.another(phrase.text.trim()) : undefined
  if (another !== undefined) return another ? { name: another, role: '' } : null
  switch (phrase.type) {
    case 'name':
      return resolveName(names, phrase, inQuote, previous)
    case 'pronoun': {
      // (A word that is no pronoun, the "Su" of "Su mensaje fue claro:", says no gender either, but is no "they".)
      const said = pronounGender(phrase.text)
      const name = names.personForPronoun(phrase.start, said ?? 'any', inQuote, previous)
      // "They said" is never someone whose first name says a man or a woman: a group, a pair, a body, or no one found (a blank, not a wrong name).
      if (name && said === 'any' && !/\s(?:and|y|e)\s/u.test(name) && genderOfFirstName(name)) return null
      return name ? { name, role: names.roleOf(name) } : null
    }
    case 'implicit': {
      // ("“…”, asegura" under the headline, before anyone is named: the person the article then introduces.)
      const name = names.personForPronoun(phrase.start, 'any', inQuote, previous) ?? names.topicPerson(phrase.start)
      return name ? { name, role: names.roleOf(name) } : null
    }
    case 'role':
      return resolveRole(names, phrase, inQuote, previous)
  }
}

/** A capitalised phrase: a person's or a body's name, in full as the article gives it before, or a title or an epithet that points back at someone. */
function resolveName(names: ArticleNames, phrase: Extract<SpeakerPhrase, { type: 'name' }>, inQuote: (pos: number) => boolean, previous: PreviousSpeaker | null): { name: string; role: string } | null {
  // "emocionada a BBC Mundo Peggy": an outlet's acronym run into the name of the one who spoke is no part of it.
  const teller = personAfterOutlet(phrase.text)
  if (teller) return resolve(names, { ...phrase, text: teller, start: phrase.end - teller.length }, inQuote, previous)
  // ("Jane Doe for the Senate said": a person's name ends before what it ran on into, namePhrase.ts.)
  const cut = withoutRunOn(phrase.text)
  if (cut !== phrase.text) return resolve(names, { ...phrase, text: cut, end: phrase.start + cut.length }, inQuote, previous)
  const owned = ownedRole(names.text, phrase)
  if (owned) return resolve(names, owned, inQuote, previous)
  // "says the Emmy winner": a name after "the" with a person's noun after it describes someone; it names no one.
  // ("Canadian regulators have concluded", "Outraged shoppers … claiming": one capitalised word before a plural of people qualifies them.)
  const head = /^(?:the|el|la)\s/iu.test(phrase.text) ? /^\s+(\p{Ll}+)(?![\p{L}])(?!\s+(?:of|de|del|for|at|en)\s)/u.exec(names.text.slice(phrase.end, phrase.end + 30)) : /^\p{Lu}\p{Ll}+$/u.test(phrase.text) && !isPlaceName(phrase.text) ? [/^\s+(\p{Ll}{3,}s)(?![\p{L}])/u.exec(names.text.slice(phrase.end, phrase.end + 30))].find((w) => w && isPluralOfPeople(w[1]!)) ?? null : null
  // ("according to the Spanish-language announcement": so does a compound adjective before a writing's noun; the writing is the source.)
  if (head && /-\p{Ll}/u.test(phrase.text) && isDocument(`the ${head[1]!}`) && !isCueWord(head[1]!)) return { name: `${phrase.text}${head[0]}`, role: '' }
  if (head && (isPersonNoun(head[1]!) || !/^(?:the|el|la)\s/iu.test(phrase.text)) && !isCueWord(head[1]!)) return resolve(names, { type: 'role', text: `${phrase.text}${head[0]}`, start: phrase.start, end: phrase.end + head[0].length }, inQuote, previous)
  // "the New York Democrat said", "said the Republican", "the Spaniard said": one of a party or a place, after "the", is someone named before.
  if (capitalisedEpithet(names.text, phrase.text, phrase.start)) return resolve(names, { type: 'role', text: /^the\s/iu.test(phrase.text) ? phrase.text : `the ${phrase.text}`, start: phrase.start, end: phrase.end }, inQuote, previous)
  const parsed = parseNamePhrase(phrase.text.replace(/^(?:the|el|la|los|las)\s+(?!\p{Lu}[\p{L}\-]*['’]s\s)/iu, ''))
  // "King asked" after "Gayle King": a surname that is also a title is the surname of someone named.
  const surname = !parsed && /^\p{Lu}\p{Ll}+$/u.test(phrase.text) && !isLoneAdverb(phrase.text) ? names.fullName(phrase.text, phrase.end) : null
  if (surname && /\s/u.test(surname)) return { name: surname, role: names.roleOf(surname) }
  // ("explica la ONG en un comunicado" after "El Comité Internacional de la Cruz Roja": an NGO by its kind's initials is a body named before.)
  if (isKindInitials(phrase.text.replace(/^(?:la|the)\s+/iu, ''))) return { name: names.bodyForRole('the organization', phrase.start) ?? phrase.text, role: '' }
  // "Several officials said …. One said", "a los dirigentes …, uno contestó", "Many of them chanted": one or some of those people.
  const part = partOfGroup(names.text, phrase)
  if (part !== undefined) return part ? { name: part, role: '' } : null
  // "the Ambassador", "el Presidente": a title alone is a role. ("The UK has urged", "the UN said": a country or a union of them speaks for itself, as
  // a body does; it is no title for someone named before, as in "UK Ambassador".)
  if (!parsed && /^(?:(?:the|el|la|los)\s+)?(?:US|USA|EU|UN|UE|ONU|UK)$/iu.test(phrase.text)) return { name: phrase.text.replace(/^(?:the|el|la|los)\s+/iu, ''), role: '' }
  if (!parsed) return splitWords(phrase.text).some(isTitleWord) ? resolve(names, { ...phrase, type: 'role' }, inQuote, previous) : null
  // "the Conservative MP", "la Alcaldesa": a phrase that ends in a title is a role that points back at someone named.
  // ("el Jefe del Ejecutivo", "the Minister of Health": a title in a body, capitalised like a name, is a role too.)
  // ("President and Chief Financial Officer of Super Value Debra Symonette said": …unless the person's name ends it.)
  // (A first name says it is one, or the surname alone later, as a subject: "Symonette spoke with …".)
  const holder = (!parsed.org && endsInRole(parsed.name)) || isTitleOfBody(parsed.name) ? /\s(\p{Lu}[\p{L}'’\-]+)\s+(\p{Lu}[\p{L}'’\-]+)$/u.exec(phrase.text) : null
  const surnameLater = (surname: string) => new RegExp(`(?<![\\p{L}\\s])\\s*${surname}\\s+\\p{Ll}`, 'u').test(names.text.slice(phrase.end))
  if (holder && (genderOfFirstName(holder[1]!) || surnameLater(holder[2]!))) return { name: holder[0].trim(), role: phrase.text.slice(0, -holder[0].length).trim() }
  // ("But the Scottish Executive has insisted": a capitalised "Executive" after one other word, no chief's, is a government, not a chief executive.)
  if (/^(?!Chief|Deputy|Vice)\p{Lu}\p{Ll}+\s+Executive$/u.test(parsed.name)) return { name: parsed.name, role: '' }
  if ((!parsed.org && endsInRole(parsed.name)) || isTitleOfBody(parsed.name)) return resolve(names, { ...phrase, type: 'role', text: /^(?:the|el|la)\s/iu.test(phrase.text) ? phrase.text : `the ${phrase.text}` }, inQuote, previous)
  // "señala Miguel Ángel "Zurdo" López": a nickname in quotation marks inside a name; the surname after it ends the name.
  const nicknamed = parsed.org ? null : NICKNAME_THEN_SURNAME.exec(names.text.slice(phrase.end, phrase.end + 80))
  if (nicknamed) return { name: `${parsed.name} ${nicknamed[1]}`, role: names.roleOf(parsed.name) || parsed.title }
  const fuller = parsed.org ? (bodyInFull(names, parsed.name, phrase.start) ?? parsed.name) : (asMentioned(names, phrase, parsed.name) ?? names.fullNameWithTitle(parsed.name, parsed.title, phrase.end) ?? acronymSpelt(names, parsed.name, phrase.start) ?? parsed.name)
  // ("afirmó el Vaticano" is never "Radio Vaticano": an outlet named after a body is not that body.)
  const name = withOwnArticle(names.text, phrase, OUTLET_OF.test(fuller) && fuller.endsWith(` ${parsed.name}`) ? parsed.name : fuller)
  // "the first-term Democrat said": one capitalised word that names no one in the article, after "the" and words in lower case, describes someone.
  // (Its words before are modifiers: never a verb or a small word, "the secretary thanked the Embassy"; nor is a body's word a person, "the previous Government".)
  const described = !/\s/u.test(name) && !isBodyWord(name) ? /(?:^|\s)([Tt]he\s+(?:(?!(?:named|called|known|the|and|of|to|in|for|with)\s)(?![\p{L}]+ed\s)[\p{Ll}\p{N}][\p{L}\p{N}\-]*\s+){1,3})$/u.exec(names.text.slice(Math.max(0, phrase.start - 60), phrase.start)) : null
  if (described) return resolve(names, { type: 'role', text: described[1]! + phrase.text, start: phrase.start - described[1]!.length, end: phrase.end }, inQuote, previous)
  // "Erika Andiola y Lucía Allain gritaron", "Harry and Meghan said": two people speak together.
  const pair = /^(.+?)\s+(and|y|e)\s+(\p{Lu}.+)$/u.exec(phrase.text.replace(/^(?:the|el|la|los|las)\s+/iu, ''))
  const second = pair && !parsed.org ? parseNamePhrase(pair[3]!) : null
  if (pair && second && !second.org && parseNamePhrase(pair[1]!)?.name === parsed.name) {
    return { name: `${name} ${pair[2]} ${names.fullName(second.name, phrase.end) ?? second.name}`, role: '' }
  }
  return { name, role: names.roleOf(name) || parsed.title }
}

/** A description ("the lawyer", "a statement from Shell", "fuentes de Montecon"): someone named it stands for, or itself as written. */
function resolveRole(names: ArticleNames, phrase: Extract<SpeakerPhrase, { type: 'role' }>, inQuote: (pos: number) => boolean, previous: PreviousSpeaker | null): { name: string; role: string } | null {
  // "a Sussex spokesperson confirming the eviction", "el viceconsejero el viernes", "un documento en el cual …": the noun phrase, without the clause or the day after it.
  const head = beforeRelative(beforeMedium(beforeDay(beforeParticiple(phrase.text, names.text.slice(phrase.end, phrase.end + 6)))))
  if (head !== phrase.text) return resolve(names, { ...phrase, text: head, end: phrase.start + head.length }, inQuote, previous)
  // ("Cassidy’s post", "Musk’s tweet", "her column": one's own post or column is one's own words; a report or a letter someone owns stays itself.)
  const poster = /^(\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2})['’]s\s+(?:(?:blog|Facebook|Instagram|X|latest|opinion)\s+)?(?:post|tweet|column)$/u.exec(phrase.text)
  if (poster) return resolve(names, { type: 'name', text: poster[1]!, start: phrase.start, end: phrase.start + poster[1]!.length }, inQuote, previous)
  // "…," the statement read: the words of whoever issued it, named in it ("a statement from Shell") or before.
  const within = issuerWithin(phrase)
  if (within) return resolve(names, within, inQuote)
  const issuer = isStatement(phrase.text) ? statementIssuer(names.text, phrase.start, phrase.text, inQuote) : null
  if (issuer) return resolve(names, issuer, inQuote)
  // "The Post and Courier newspaper", "the newspaper reported" after "the Swedish newspaper Dagens Nyheter": the paper (writings.ts).
  const paper = paperSpeaker(names.text, phrase.text, phrase.start)
  if (paper) return { name: paper, role: '' }
  // "indica la tarjeta informativa del SAT", "rezaba una de las pancartas": a writing, a sign or a crowd speaks for itself.
  // ("ese mismo documento señala" after "un informe" spoke, "this report says": a writing pointed at is the last writing that spoke, else itself.)
  const pointedWriting = opensPointing(phrase.text) && isWriting(phrase.text)
  if (pointedWriting) return { name: names.described.latest(isWriting) ?? phrase.text, role: '' }
  if (isWriting(phrase.text) || isSources(phrase.text)) return { name: phrase.text, role: "" }
  // "La operadora de la red de gas de Ucrania (Gtsou)": the acronym the article gives the body.
  // ("a spokesperson for the … Employers’ Association (UCEA)": a person's noun heads the role; the acronym is the body's they speak for.)
  const acronym = /\((\p{Lu}[\p{L}]{1,9})\)/u.exec(phrase.text)
  const headNoun = /^(?:an?|the|un|una|el|la)\s+(\p{Ll}+)/iu.exec(phrase.text)?.[1] ?? ''
  if (acronym && isPersonNoun(headNoun)) return resolve(names, { ...phrase, text: phrase.text.replace(/\s*\(\p{Lu}[\p{L}]{1,9}\)/u, '') }, inQuote, previous)
  if (acronym) return { name: acronym[1]!, role: '' }
  // "el presidente Donald Trump en entrevista": the name inside the description.
  // (Past a capitalised article that opens the sentence: "El diputado de …".)
  const lead = /^(?:The|El|La|Los|Las|Un|Una|An?)\s+(?=\p{Ll})/u.exec(phrase.text)?.[0].length ?? 0
  const found = NAME_INSIDE.exec(phrase.text.slice(lead))
  const inner = found ? Object.assign(found, { index: found.index + lead }) : null
  const innerName = inner ? parseNamePhrase(inner[0]) : null
  // …but in "un integrante del Poder Ejecutivo" the name after "del" is the body the speaker belongs to ("Una manifestante en Nueva York": the place; "a source close to Ann Duncan": the one it is close to).
  const ofBody = inner && BODY_BEFORE_NAME.test(phrase.text.slice(0, inner.index))
  // ("the wife of victim Tom Lee", "la viuda de Tomás Lee": one who is someone's is the one described as such before, else as written.)
  const kin = inner ? /(?:^|\s)(\p{Ll}+)\s+(?:of|de|del)\s+(?:\p{Ll}+\s+){0,2}$/u.exec(phrase.text.slice(0, inner.index)) : null
  if (kin && isRelationNoun(kin[1]!)) return names.personForRole(phrase.text.slice(0, inner!.index).trim(), phrase.start) ?? { name: phrase.text, role: '' }
  // "el diputado de Convergencia Social Diego Ibáñez": the person's name run on after the body's, as mentions.ts split it.
  // ("a spokesman for Sen. Jane Doe": a person who is the whole name after "for" is the one spoken for, no run-on.)
  const runOn = inner && ofBody ? names.personWithin(phrase.start + inner.index, phrase.start + inner.index + inner[0].length) : null
  const spokenFor = !!innerName && !innerName.org && innerName.name === runOn?.text && splitWords(innerName.title).every((w) => isTitleWord(w.replace(/\.$/u, '')))
  if (runOn && !spokenFor) return resolve(names, { type: 'name', ...runOn }, inQuote)
  // (A name with a possessive, "Mark Smith’s mother", is the owner, not the one described; "an Iowa Republican" describes someone unnamed.)
  const unnamed = inner && [phrase.text.slice(0, inner.index).trim(), inner[0].split(/\s/u)[0]!].some((w) => INDEFINITE.test(w))
  // ("the American Horror Story actress": a name before the head noun is what the person is known for, not who they are.)
  const modifier = !!inner && /^\s+\p{Ll}[\p{L}\-]*$/u.test(phrase.text.slice(inner.index + inner[0].length))
  if (inner && innerName && !ofBody && !unnamed && !modifier && !innerName.org && /\s/u.test(innerName.name) && !endsInRole(innerName.name) && !PARTY_MEMBER.test(innerName.name.split(' ').pop()!) && !/['’]s$/u.test(inner[0])) {
    return resolve(names, { type: 'name', text: inner[0], start: phrase.start + inner.index, end: phrase.start + inner.index + inner[0].length }, inQuote)
  }
  // "resalta González. «…», añade el investigador": a short definite role right after someone spoke in its paragraph is that speaker.
  if (previous && sameSpeakerAgain(names, phrase, previous)) return { name: previous.name, role: names.roleOf(previous.name) }
  // "las fuentes explicaron" after "fuentes de Montecon dijeron": the same described speaker again.
  // ("Esta vecina insiste" after "Una vecina de La Pradera … comenta": a demonstrative points back at that one too.)
  const again = /^(?:the|el|la|los|las)\s/iu.test(phrase.text) || DEMONSTRATIVE.test(phrase.text) ? names.described.sameHead(phrase.text) : null
  if (again) return { name: again, role: '' }
  // "dice ese hombre de 36 años", "explica este experto": a demonstrative points back at the one the text is about, whatever its noun.
  const back = DEMONSTRATIVE.test(phrase.text) ? names.personForPronoun(phrase.start, 'any', inQuote) : null
  // (The demonstrative's gender must not contradict the name's: "esa mujer" is no man.)
  const [said, known] = [roleGender(phrase.text), back && names.genderOf(back)]
  if (back && canBeSpeaker(back, 'name', names.text) && !parseNamePhrase(back)?.org && (!said || !known || known === said)) return { name: back, role: names.roleOf(back) }
  // "los abogados del expresidente", "the officers", "local officials": a plural role is a group, never one person named before.
  if (isGroup(phrase.text)) return { name: phrase.text, role: '' }
  // "said a senior administration official": someone new the article does not name, never a person named before.
  // ("A co-owner of the NHL's New Jersey Devils said" under the headline: the one the next paragraph opens by naming, if it does.)
  const identified = /^(?:an?|un|una)\s/iu.test(phrase.text) && isPersonNoun(descriptionHead(phrase.text) ?? '') ? names.identifiedNext(phrase.start) : null
  if (identified) return { name: identified, role: names.roleOf(identified) }
  if (/^(?:an?|one|un|una|another|otro|otra)\s/iu.test(phrase.text)) return { name: phrase.text, role: '' }
  // "the former adviser said" after "one former adviser said …": the one described before, still unnamed.
  const describedEarlier = describedBefore(names.text, phrase) ?? genericPointsBack(names.text, phrase)
  if (describedEarlier) return { name: describedEarlier, role: '' }
  const person = isBodyNoun(phrase.text) ? null : names.personForRole(phrase.text, phrase.start)
  if (person) return person
  // "the force said" after "West Midlands Police": the body named before.
  const body = /^(?:[Tt]he|[Ee]l|[Ll]a)\s+\p{Ll}+$/u.test(phrase.text) || (/^(?:[Ee]l|[Ll]a)\s/u.test(phrase.text) && isBodyNoun(phrase.text)) ? names.bodyForRole(phrase.text, phrase.start) : null
  if (body) return { name: body, role: '' }
  // "the senior official", "the Florida fan", "el jefe de la diplomacia comunitaria": a definite description points back at who the text is about.
  // "el también director del Instituto …", "the also-ran": a description with "también"/"also" adds a role to someone named before.
  // ("el Jefe del Ejecutivo", "the Minister of Health": a title in a body, written like a name, is such a description too.)
  // ("lamentó la madre del joven", "the lawyer of the victim said": one who is someone's and was not described so before is new, never the last person named.)
  // ("the mother of four", "padre de dos": an epithet for one named, with a number after "of".)
  if (isRelationNoun(/^(?:the|el|la)\s+(\p{Ll}+)\s+(?:of|de|del)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+)\b)/iu.exec(phrase.text)?.[1] ?? '')) return { name: phrase.text, role: '' }
  // ("the victim said", "declaró el testigo": one something happened to, or who saw it, is the one described so before ("The victim, Ana
  // Ruiz,"), never the last person named, an official or a lawyer.)
  const bystander = /^(?:the|el|la)\s+(victim|survivor|witness|patient|follower|víctima|superviviente|sobreviviente|testigo|paciente|seguidor|seguidora)$/iu.exec(phrase.text)?.[1]
  const described = bystander ? namedAs(names.text, bystander, phrase.start) : null
  const victim = described ? names.fullName(described, phrase.start) ?? described : null
  if (bystander) return victim ? { name: victim, role: names.roleOf(victim) } : { name: phrase.text, role: bystander }
  const titleOfBody = /^(?:el|la|the)\s/iu.test(phrase.text) && isTitleOfBody(phrase.text.replace(/^\S+\s+/u, ''))
  const definite = (isEpithet(phrase.text) || titleOfBody || /^(?:el|la|the)\s+(?:también|also|now|ahora)\s/iu.test(phrase.text)) && !/^(?:the|el|la)\s+(?:police|force|ministry|government|policía|gobierno|jury|jurado|court|tribunal|panel)\b/iu.test(phrase.text)
  // ("The spokesman said" after "Lord Butler said": one who speaks for someone is never the one named last, unless named so before.)
  if (/^(?:the|el|la)\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|portavoz|vocera?)$/iu.test(phrase.text)) return { name: phrase.text, role: phrase.text.replace(/^\S+\s+/u, '') }
  // "the man could be heard saying": a generic noun for a person is someone unnamed, not the last person named; in Spanish
  // ("aseguró la joven" after "La jugadora Omy Perdomo debutó") it points back as a description does.
  const genericNoun = GENERIC.test(phrase.text)
  const [generic, spanishGeneric] = [genericNoun && /^the\s/iu.test(phrase.text), genericNoun && !/^the\s/iu.test(phrase.text)]
  // Spanish articles say the gender: "la vicepresidenta" is a woman.
  const gender = roleGender(phrase.text) ?? 'any'
  // ("Por su parte, el funcionario recordó", "For her part, the senator said": someone other than the one who spoke before.)
  const other = previous && TURN_TAKEN.test(names.text.slice(Math.max(0, phrase.start - 30), phrase.start)) ? previous.name : null
  const pointed = (definite || spanishGeneric) && !generic && !isDocument(phrase.text) ? names.personForPronoun(phrase.start, gender, names.skipOtherOffice(phrase.text, inQuote, other), other || !namedSpeaker(previous) ? null : previous) : null
  // ("the company said", "confirmó la organización": a word for a body never stands for someone known to be a person.)
  const named = pointed && isBodyNoun(phrase.text) && genderOfFirstName(pointed) ? null : pointed
  // "the spokesperson said" is a person: never the body named last ("… emailed to NBC News").
  // (A noun for a person stays itself when no one who can speak is named: "the lawyer said" in a text that names only the "World Cup".)
  const personNoun = isPersonNoun(phrase.text.split(/\s+/u).pop() ?? '')
  if (named && !parseNamePhrase(named)?.org && (!personNoun || canBeSpeaker(named, 'name', names.text))) return { name: named, role: names.roleOf(named) }
  return { name: phrase.text, role: phrase.text.replace(/^(?:the|a|an|el|la|un|una)\s+/iu, '') }
}

/** The one who spoke before was named, not described or a group: a definite description after them may point back at them ("the city" after "the county said" is another). */
const namedSpeaker = (previous: PreviousSpeaker | null): boolean => !!previous && !isGroup(previous.name) && !isSources(previous.name) && /^\p{Lu}/u.test(previous.name) && !/^(?:The|A|An|El|La|Los|Las|Un|Una|One)\s/u.test(previous.name)

/** "PETA" after "People for the Ethical Treatment of Animals": an acronym of three letters or more spells a body named before. */
const OUTLET_OF = /^(?:Radio|Canal|Diario|Revista|Agencia|Televisión|Radio Televisión|Radio-Televisión)\s/u

const acronymSpelt = (names: ArticleNames, name: string, at: number) => (/^\p{Lu}{2,6}$/u.test(name) ? spelledOut(names.text, name, at) : null)

/** "señaló la Academia" after "la Academia Latina de la Grabación", "the Academy said" after "the Recording Academy": a body's one word is the body named in full before. */
function bodyInFull(names: ArticleNames, name: string, at: number): string | null {
  if (/\s/u.test(name) || !isBodyWord(name)) return null
  const full = names.fullName(name, at)
  // ("el Gobierno" is never the "Palacio de Gobierno": the word must head the longer name, not follow its "de" or "of".)
  const complement = !!full && splitWords(full).some((w, i, all) => w === name && i > 0 && /^(?:de|del|of|for)$/iu.test(all[i - 1]!))
  return full && /\s/u.test(full) && !complement ? full : null
}

/**
 * The person as the article's mentions cut the words, when that is the end of them: "China’s ambassador to Britain Liu
 * Xiaming has said" (mentions.ts `placeOff`), "Speaking to the Daily Mail Lacerda claimed" (`surnameAfterThe`: the
 * surname, resolved before the phrase to the person it named).
 */
function asMentioned(names: ArticleNames, phrase: SpeakerPhrase, name: string): string | null {
  const mention = names.personWithin(phrase.start - 1, phrase.end, 1)
  if (!mention || mention.text === name || !name.endsWith(` ${mention.text}`)) return null
  const person = /\s/u.test(mention.text) ? mention.text : names.fullName(mention.text, phrase.start)
  return person && /\s/u.test(person) && !parseNamePhrase(person)?.org ? person : null
}

/** After an owner's "’s": an office "of" something, then a name ("former chief of staff Ron Klain", "head of retail Deirdre O’Brien"). */
const OFFICE_THEN_HOLDER = new RegExp(`^(?:\\s+\\p{Ll}+){1,3}\\s+of\\s+\\p{Ll}+\\s+(${NAME_PHRASE.source})`, 'u')

/** "said Smith’s lawyer", "Mark Smith’s mother confirmed", "Reid’s campaign": a name with a possessive owns the noun after it, and that noun's person or body is the speaker (a role), never the owner. */
function ownedRole(text: string, phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (!/\p{L}['’]s(?:\s+\p{Lu}\p{Ll}+)?$/u.test(phrase.text)) return null
  // Up to two words, ending in a noun for someone who can speak ("lawyer", "foreign ministry"; a capitalised adjective may come first, "England’s Dutch boss"), before a cue or the end of the phrase: not "Christie’s bottom line".
  const after = /^(?:\s+\p{Ll}[\p{L}\-]*){1,3}/u.exec(text.slice(phrase.end, phrase.end + 40))?.[0] ?? ''
  const words = after.trim().split(/\s+/u)
  const ends = words.findIndex((w) => isCueWord(w) || /^(?:on|in|at|to|for|of|about|after|before|during|who|that|which|and|or|when|while|has|had|was|is)$/u.test(w))
  // ("Reid’s campaign hit back, saying": a body of theirs speaks for itself too, and a verb may follow its one word.)
  const speaks = (word: string | undefined) => !!word && isPersonNoun(word)
  const upTo = words.slice(0, ends === -1 ? words.length : ends)
  const noun = upTo.length > 0 && upTo.length <= 2 && speaks(upTo[upTo.length - 1]) ? upTo : speaks(words[0]) ? words.slice(0, 1) : null
  // ("said Biden’s former chief of staff Ron Klain": an office "of" something, then the person who holds it, by full name.)
  const holder = OFFICE_THEN_HOLDER.exec(text.slice(phrase.end, phrase.end + 80))
  if (holder && /\s/u.test(holder[1]!) && parseNamePhrase(holder[1]!)?.org === false) return { type: 'name', text: holder[1]!, start: phrase.end + holder[0].length - holder[1]!.length, end: phrase.end + holder[0].length }
  if (!noun) return null
  // ("While Knight’s publicist told …": a conjunction that opens the clause is no part of the owner.)
  const opener = /^(?:While|When|After|Before|As|If|Although|Though|Because|Since|But|And|Mientras|Cuando|Aunque|Pero|Y)\s+/u.exec(phrase.text)?.[0] ?? ''
  const role = `${phrase.text.slice(opener.length)} ${noun.join(' ')}`
  return { type: 'role', text: role, start: phrase.start + opener.length, end: phrase.start + opener.length + role.length }
}


/**
 * "the senior official", "the Conservative MP", "the Florida fan", "la secretaria de Estado", "el jefe de la diplomacia
 * comunitaria": a definite singular description of one person, which in news points back at someone already named.
 * Only a short one, whose words after "of"/"de" are a field in lower case or the body a title heads, in up to three
 * capitalised words ("de Red Bull"): "the head of news for the county television station" describes someone new. A
 * Spanish one headed by a person's noun may say at length where or in what the person works ("la investigadora de la
 * Universidad Nacional Autónoma de México"). The words before its head noun may be a place or a side ("Florida",
 * "Conservative"), and its head is never a body's ("the Trump administration").
 */
/** "informó El País", "the Los Angeles Times reported": a Spanish article capitalised inside a sentence is part of the name after it. */
function withOwnArticle(text: string, phrase: SpeakerPhrase, name: string): string {
  const own = /^(?:the\s+)?((?:El|La|Los|Las)\s+)(.+)$/u.exec(phrase.text)
  if (!own || own[2] !== name) return name
  return /^the\s/u.test(phrase.text) || /[\p{Ll},;]\s+$/u.test(text.slice(Math.max(0, phrase.start - 3), phrase.start)) ? own[1]! + name : name
}

function isEpithet(text: string): boolean {
  if (!/^(?:the|el|la)\s/iu.test(text) || plural(text)) return false
  // ("the mayor’s office", "the governor’s spokesman": one who belongs to someone is described by them, never them, nor whoever was named last.)
  if (/\p{L}['’]s\s/u.test(text)) return false
  // "la jefa del Ejecutivo comunitario", "el team principal de Red Bull": a title and the body it heads.
  const office = /^(?:[Tt]he|[Ee]l|[Ll]a)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:of|of the|de|del|de la)\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2}(?:\s+\p{Ll}+)?$/u.test(text)
  if (office) return true
  // "la investigadora de la Universidad Nacional Autónoma de México", "la experta en psicología organizacional": a Spanish person's
  // noun and where or in what they work.
  const worker = /^(?:[Ee]l|[Ll]a)\s+(\p{Ll}+)\s+(?:de|del|en)\s/u.exec(text)?.[1]
  if (worker && isPersonsNoun(worker)) return true
  const [head, field, ...more] = text.split(/\s+(?:of|for|de|del|para)\s+/u)
  const headWords = splitWords(head!)
  const last = headWords[headWords.length - 1]!
  // ("the feminist writer and broadcaster": two nouns joined count as one.)
  if (more.length > 0 || headWords.filter((w) => !/^(?:and|y)$/u.test(w)).length > 4 || (field !== undefined && (/\p{Lu}/u.test(field) || splitWords(field).length > 3))) return false
  // All in lower case: "the agency", "the production company" point back at the body too; with a field, only at a person.
  if (!/\p{Lu}/u.test(text.slice(1))) return field === undefined || !isBodyWord(last)
  if (field !== undefined) return false
  // "the first-term Democrat", "the 56-year-old Portuguese": a party or a nationality after words in lower case.
  const onePartyOrPlace = headWords.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(last) && headWords.slice(1, -1).every((w) => /^[\p{Ll}\p{N}]/u.test(w))
  return isRoleWord(last) || (/^\p{Ll}/u.test(last) && !isBodyWord(last)) || onePartyOrPlace || PARTY_MEMBER.test(last) || (headWords.length === 2 && isOneOfAPlace(last))
}

/** "the University of Surrey expert": a person's noun after the capitalised name of where they work. */
const PLACE_OF_WORK_THEN_NOUN = /^(?:[Tt]he)\s+\p{Lu}[\p{L}\-]*(?:\s+(?:of|the|\p{Lu}[\p{L}\-]*)){0,5}\s+(\p{Ll}[\p{L}\-]*)$/u

/**
 * A definite singular role of at most three words, in the paragraph of the speech before, that does not say a different gender; or a
 * person's noun after where they work ("The University of Surrey expert continued" after Jane Ogden spoke).
 */
function sameSpeakerAgain(names: ArticleNames, phrase: SpeakerPhrase, previous: PreviousSpeaker): boolean {
  const m = /^([Tt]he|[Ee]l|[Ll]a)\s+\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?$/u.exec(phrase.text) ?? [PLACE_OF_WORK_THEN_NOUN.exec(phrase.text)].find((w) => w && isPersonNoun(w[1]!))
  // (Never a group: "ha dicho el productor" after "Los agentes sostienen que …" is one person, not the officers. Nor a body: "The government
  // says" after Theresa May spoke is the government.)
  const body = isBodyWord(splitWords(phrase.text).pop() ?? '')
  if (!m || body || plural(phrase.text) || isDocument(phrase.text) || isGroup(previous.name) || names.paragraphAt(phrase.start) !== previous.paragraph) return false
  const said = roleGender(phrase.text)
  const known = names.genderOf(previous.name)
  return !said || !known || said === known
}
