/**
 * The subject right before a speech verb, read in the words that lead up to
 * it: a pronoun ("she said"), a name ("…, Jon Piechowski, pidió"), a role
 * ("a spokesman for the U.S. State Department said"), a group ("local
 * officials said"), a writing ("the report says"), or, when the verb's clause
 * leaves it out, the sentence's (sentenceSubject.ts). attribution.ts finds the
 * cue; names.ts resolves the phrase found here to whom it stands for.
 */
import { isTitleWord } from '../text/abbreviations'
import { CAPITAL_CLITIC, DEMONSTRATIVE_WORDS, opensPointing, personStartAfterBody } from './firstNames'
import { isWriting, MADE_KNOWN, openingWriting, sourcesBefore, writingAbout } from './writings'
import { BETWEEN, CLAUSE_JOIN, isEnglishCue } from './cues'
import { KIND_OF_BODY, NAME_PHRASE, isBodyWord, isTitleOfBody, parseNamePhrase } from './namePhrase'
import { barePlural, isNounPhrase, isPluralOfPeople, isPersonNoun, isPersonsNoun, ownedDocumentAtEnd, PERSON_WORD } from './speakerKind'
import { ROLE_WORDS, withoutPartyAside, type SpeakerPhrase } from './subjectAfter'
import { NAME_AT_END, withoutTrailingAside } from './asides'
import { closeToSource, joinedClauseStart, prepositionOpensName, SPANISH_PREPOSITION_END, singularAntecedent, SPOKEN_WITH, unnamedAtStart } from './clauseParts'
import { ASKED_CLAUSE } from './subjectClause'
import { clauseSubject, OBJECT_RELATIVE, seenDoing, sentenceSubject, titleThenName } from './sentenceSubject'

/** A described subject right before the verb ("esta vecina del barrio comenta": after a demonstrative only a person's noun, never "Ese mismo día"). */
export const ROLE_AT_END = new RegExp(String.raw`(?:^|\s)((?:[Tt]he|[Tt]his|[Tt]hese|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Nn]uestr[oa]s?|[Mm]is?|[Ee]l|[Ll]as?|[Ll]os|[Uu]na?|[Ss]us?|[Oo]ne|[Aa]nother|[Oo]tr[oa]|${DEMONSTRATIVE_WORDS})\s+${ROLE_WORDS})$`, 'u')
/** A described subject, then a relative clause that runs up to the verb: "the group that sued the city", "el cuerpo legal que pretende …". */
const RELATIVE_SUBJECT = /(?:^|[,;]\s*|\s)((?:[Tt]he|[Aa]n?|[Ee]l|[Ll]as?|[Ll]os|[Uu]na?)\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}[^,;:]{0,60}?)\s+(?:que|quien|quienes|who|which|that)\s+[^,;:]{3,120}$/u
/** Words for a place before its name: "los vecinos de la calle Mayor", "residents of the town of …". */
const PLACE_KIND = 'calle|avenida|barrio|colonia|plaza|localidad|street|avenue|neighborhood|neighbourhood|town|village'
/** A role, then "of" ("of the coalition", "de la calle") right before a name: "a spokesman for the U.S. State Department", "el candidato de la coalición Juntos …". */
const ROLE_OF_NAME = new RegExp(String.raw`(?:^|\s)((?:(?:[Aa]n?|[Aa]nother|[Oo]ne|[Oo]tr[oa]s?|[Tt]he|[Uu]na?|[Ee]l|[Ll]as?|[Ll]os|[Uu]nos|[Uu]nas|[Dd]os|[Tt]res|[Vv]arios|[Vv]arias|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:\p{Ll}[\p{L}\-]*\s+){1,3}(?:for|of|at|from|de|del)\s+(?:(?:the|la|el)\s+(?:${KIND_OF_BODY}|${PLACE_KIND})\s+)?)$`, 'u')
/** ROLE_OF_NAME's role in full: a role never opens with "de" ("la trabajadora de la salud del Hospital …" is matched from "de la salud del"), so the noun before joins it. */
function roleOfName(s: string): RegExpExecArray | null {
  const m = ROLE_OF_NAME.exec(s)
  if (!m || !/^(?:de|del|of)\s/u.test(m[1]!)) return m
  const head = /(?:^|\s)((?:(?:[Tt]he|[Aa]n?|[Uu]na?|[Ee]l|[Ll]as?|[Ll]os)\s+\p{Ll}[\p{L}\-]*|(?:(?<![\s\S])\p{Lu}|\p{Ll})[\p{L}\-]*(?<!s)s)\s+(?:(?:de|del|of)\s+(?:(?:the|la|el|los|las)\s+)?\p{Ll}[\p{L}\-]*\s+){0,2})$/u.exec(s.slice(0, m.index + m[0].indexOf(m[1]!)))
  if (!head) return null
  m[1] = head[1]! + m[1]!
  return m
}
/** A whole subject that places its role: "Una manifestante en Nueva York", "A protester in Caracas", "one user on Weibo" (never "… en el evento en Ginebra"). */
const LOCATED_ROLE = /(?:^|[,;]\s*)((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Uu]na?|[Ee]l|[Ll]as?|[Ll]os|[Uu]nos|[Uu]nas)\s+(?:\p{Ll}[\p{L}\-]*\s+){1,2}(?:in|on|en)\s+)$/u
/** A person's name, then the body they belong to: "Oliver Fisher of the force's", "Ana Ruiz, de la". */
const OF_BODY_BEFORE = /^(.*\p{L})\s+(?:of|at|from|de|del)\s+(?:(?:the|la|el|los|las)\s+)?(?:\p{Ll}[\p{L}\-]*['’]s\s+)?$/u
const ONE_OF_BEFORE = /(?:^|\s)((?:[Uu]n[oa]|[Oo]tr[oa]|[Aa]lgun[oa]|[Oo]ne|[Aa]nother)\s+(?:de|of)\s+|(?:[Tt]he|[Aa]n?|[Uu]na?|[Ee]l|[Ll]a)\s+(\p{Ll}+)\s+(?:at|in|from|en)\s+)$/u
/** A bare plural of people, maybe after one word, then "who" (and an auxiliary): "counter-protesters who have ", "local residents, who ". */
const GROUP_BEFORE_WHO = /(?<![\p{L}\-])((?:(?!(?:with|by|of|for|from|to|at|in|on|and|or|the|some|many|con|por|de|del|a|en|y|los|las|unos|unas)\s)\p{Ll}[\p{L}\-]*\s+)?(?:\p{Ll}+-)?(\p{Ll}+?)s)\s*,?\s+(?:who|quienes)(?:\s+(?:have|had|has|also|all|han|habían|también))*$/u
/** A definite plural of people, then ", quienes" (and a clitic): "los alumnos, quienes lo ", "las vecinas, quienes ". */
const PEOPLE_BEFORE_QUIENES = /(?:^|\s)((?:[Ll]os|[Ll]as)\s+\p{Ll}+s(?:\s+\p{Ll}+s)?)\s*,\s*quienes(?:\s+(?:le|les|lo|la|los|las|me|nos|te|se))*$/u
/** A body's name or noun, then ", which" (and an auxiliary): "the Obama administration, which has ", "the agency, which ". */
const BODY_BEFORE_WHICH = /(?:^|\s)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’\-]*\s+){0,3}?(?:\p{Ll}+\s+)?(\p{L}+))(?:\s+\(\p{Lu}{2,8}\))?\s*,\s*which(?:\s+(?:have|had|has|also))*$/u
const JOINS = 'and|but|y|pero|though|although|while|aunque|mientras'
/** A clause's last part, from the last comma or conjunction (", and several workers", "though executives"): where a group subject may stand. */
const GROUP_AFTER_JOIN = new RegExp(String.raw`(?:^|,\s*(?:(?:${JOINS})\s+)?|\s(?:${JOINS})\s+)([^,]*)$`, 'u')
/** Someone who acts for the ones named after: "lawyers for ", "a spokesman for ", "attorneys representing ", "un abogado de ". */
const ACTING_FOR = /(?:^|\s)((?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Ss]ome|[Uu]na?|[Ll]os|[Ll]as|[Ee]l|[Ll]a)\s+)?(\p{Ll}[\p{L}\-]*)\s+(?:for|representing|de|del)\s+)$/u
export const PRONOUN_AT_END = /(?:^|\s)(he|she|they|we|I|él|ella|ellos|ellas)$/iu
const THROUGH_PERSON = new RegExp(`,\\s*(?:a\\s+través\\s+de|por\\s+medio\\s+de|through)\\s+(?:(?:su|sus|el|la|its|their|the)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s*,?\\s+)?(${NAME_PHRASE.source})\\s*,\\s*$`, 'u')
export const AFTER_PREPOSITION = /(?:^|\s)(?:in|on|at|into|via|through|en|por|desde|mediante|sobre)\s+(?:the\s+|la\s+|el\s+)?$/iu
/** ", a former IMF chief economist …", ", el exministro …", ", the Manchester Central MP": an apposition right after a name (a place or a body may open it, before its noun). */
const APPOSITION = /^,\s+(?:a|an|the|un|una|el|la)\s+(?:\p{Ll}|(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}(?:\p{Ll}|MP\b|MEP\b|MSP\b|QC\b|KC\b))/u
/** ", the former IMF chief economist", and in Spanish with no article, ", especialista en enfermedades respiratorias": a noun for a person after the comma. */
const isApposition = (rest: string): boolean => APPOSITION.test(rest) || isPersonsNoun(/^,\s+(\p{Ll}+)\s/u.exec(rest)?.[1] ?? '')

/**
 * "In a statement the firms": "the" after a noun opens a noun phrase of its own; not after a preposition ("the head of the agency"), a
 * conjunction ("the police and the mayor") or a participle ("a statement … confirming the eviction"). (Not the Spanish articles: an inverted
 * subject follows its verb, "las remesas que envían los migrantes".)
 */
const INNER_ARTICLE = /^\S+(?:\s+\S+)*?\s(?<!(?:^|\s)(?:of|for|at|in|on|from|to|with|by|about|and|or|but|\p{L}+ing)\s)([Tt]he\s+\S[^]*)$/u

/** A described subject right before the verb (ROLE_AT_END), from its last article: "In a statement the firms said" is the firms'. */
function roleAtEnd(t: string): readonly string[] | null {
  const m = ROLE_AT_END.exec(t)
  // (After a demonstrative only a person's noun or a writing: "este experto", "este informe", "this report"; never "Ese mismo día".)
  if (!m || (opensPointing(m[1]!) && !isPersonsNoun(m[1]!.split(/\s+/u)[1] ?? '') && !isWriting(m[1]!))) return null
  const inner = INNER_ARTICLE.exec(m[1]!)
  return inner ? [m[0], inner[1]!] : m
}

/** "en un comunicado remitido a Europa Press": a participle's "a" before a name, the one something was sent or said to. */
const SENT_TO = /\s\p{Ll}{3,}(?:ad[oa]s?|id[oa]s?)\s+(?:a|al)\s+$/u

/** "Cuando tocó el turno de Mexivergas,", "Al llegar el turno de Ana Ruiz,": whose turn it was, right before the verb. */
const TURN_OF = new RegExp(String.raw`(?:^|\s)(?:[Cc]uando|[Aa]l)\s+(?:le\s+)?(?:tocó|llegó|llegar)\s+(?:el|su)\s+turno\s+(?:de|a)\s+(${NAME_PHRASE.source})\s*,?\s*$`, 'u')

/** The subject right before a cue: a pronoun, a name, a role; `base` is where `s` starts in the text, `cue` the verb after it when `sentence` stops before it. */
const WRITINGS_QUALIFIED = new RegExp(String.raw`(?:^|[.;]\s+)\s*(((?:\p{Lu}\p{Ll}+\s+|\p{Ll}+\s+)?(\p{L}+s))\s+(?:of|on|from|by|about|de|del|sobre|${MADE_KNOWN})\s[^,;:.!?"“”«»]{1,60}?)\s*$`, 'u')

export function subjectBefore(s: string, base: number, sentence: string, sentenceBase: number, cue = ''): SpeakerPhrase | null {
  // "Consultado por su hijo Marco, quien también es músico, dice que": the one asked leaves the subject out; the name is what they were asked about.
  // ("Sobre el postulante de La Libertad Avanza, Manuel Adorni, sostuvo": so is a name set off right after a topic's noun, the verb after it.)
  if (ASKED_CLAUSE.test(s)) return { type: 'implicit', text: '', start: base + s.length, end: base + s.length }
  // ("Emails released by the House committee show", "Notes of the call describe": a bare plural writing and what qualifies it open the clause; the subject is the writing, never the last noun in the qualifier.)
  const writings = WRITINGS_QUALIFIED.exec(withoutTrailingAside(s).replace(/\s*,\s*$/u, ''))
  const at0 = writings ? base + writings.index + writings[0].indexOf(writings[1]!) : 0
  if (writings && isWriting(writings[3]!.toLowerCase())) return { type: 'role', text: writings[1]!, start: at0, end: at0 + writings[1]!.length }
  // ("El PNV, a través de Joseba Agirrretxea, ha juzgado": the person a body speaks through is the one who speaks.)
  const through = THROUGH_PERSON.exec(s)
  if (through && /\s/u.test(through[1]!) && parseNamePhrase(through[1]!)?.org === false) {
    const start = base + through.index + through[0].indexOf(through[1]!)
    return { type: 'name', text: through[1]!, start, end: start + through[1]!.length }
  }
  // ("el 'número dos' de la Gestora ha lamentado": marks round words in lower case inside the subject are no part of it; blanked, so places stay.)
  const first = s.replace(/(?<=\s)['‘’"“”«»](\p{Ll}[\p{Ll} ]{0,30}\p{Ll})['‘’"“”«»](?=\s+(?:de|del|of)\s)/gu, ' $1 ').replace(BETWEEN, '')
  const seen = seenDoing(s, base)
  if (seen) return seen
  // ("… es limitado —la compañía dice que": a dash that opens an aside left open before the verb starts its clause.)
  const dash = /\s[\u2014\u2013](?=[^\u2014\u2013]*$)/u.exec(s)
  if (dash && /^\s*[\u2014\u2013]\s*(?:la|el|los|las|the)\s+\p{Ll}/u.test(s.slice(dash.index))) return subjectBefore(s.slice(dash.index + dash[0].length), base + dash.index + dash[0].length, sentence, sentenceBase, cue)
  let t = withoutTrailingAside(first)
  // ("But the NHS itself says": a reflexive that stresses the subject is no part of it.)
  // ("and he’d remarked": a pronoun's auxiliary, run into it, stands between it and its verb as "had" does.)
  const bare = t.replace(/(?<=(?:^|\s)(?:he|she|they|we|I))['’](?:d|s|ve|ll|re)$/iu, '').replace(/\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u, '').replace(/(?<=\p{L})\s+(?:itself|himself|herself|themselves)$/u, '').replace(BETWEEN, '')
  t = withoutTrailingAside(bare)
  const at = (text: string, type: 'name' | 'pronoun' | 'role'): SpeakerPhrase => {
    const start = base + t.length - text.length
    return { type, text, start, end: start + text.length }
  }
  // "…, Jon Piechowski, pidió": the name before the verb, its commas left over, or its aside after them ("…, whose constituency …,").
  const setOff = /,\s*$/u.test(t) || [first, bare].some((x) => /,\s*$/u.test(x) && x.trim() !== t.trim())
  t = t.replace(/\s*,\s*$/u, '')
  // "New legislation will end what officials called", "lo que el ministro calificó de": in a free relative the verb's subject follows "what".
  const what = /(?:^|\s)(?:[Ww]hat|lo que)\s+(?=\S)(?!.*\s(?:what|lo que)\s)/u.exec(t)
  if (what) return subjectBefore(t.slice(what.index + what[0].length), base + what.index + what[0].length, sentence, sentenceBase, cue)
  // "Cuando tocó el turno de Mexivergas, comentó": the one whose turn it was speaks.
  const turn = TURN_OF.exec(t)
  if (turn) return { type: 'name', text: turn[1]!, start: base + turn.index + turn[0].indexOf(turn[1]!), end: base + turn.index + turn[0].indexOf(turn[1]!) + turn[1]!.length }
  // "…, uno contestó": "uno" alone is one of the people named before (resolveSpeaker.ts), never a subject left out.
  const lone = /(?:^|[,;:]|\s(?:y|e|pero))\s*(uno|una)$/u.exec(t)
  if (lone) return at(lone[1]!, 'name')
  // "“JOH” (como se le conoce al expresidente) contestó", "the National Police Chiefs’ Council (NPCC) said": an aside or an acronym in brackets, or one between dashes ("el economista –como él mismo dijo–
  // respondió"), and the marks round a nickname, are no part of the subject.
  // ("un joven, quien pidió el anonimato —entrevistado en …— reconoció": a relative clause before the dashes is an aside too; so are hyphens
  // spaced as dashes, "(JIFE) - un organismo independiente - indica".)
  t = t.replace(/\s*\((?:(?=[^()]*\s)[^()]{1,80}|\p{Lu}{2,8})\)$/u, '').replace(/(?:,\s*(?:quien|quienes|who)\s[^,;:]{1,80}?)?\s*(?:[\u2013\u2014](?=[^\u2013\u2014]*\s)[^\u2013\u2014]{1,80}[\u2013\u2014]|\s-\s[^\-\u2013\u2014]{1,80}?\s-)$/u, '').replace(/\s*\(\p{Lu}{2,8}\)$/u, '').replace(/["“”«»](\p{Lu}[\p{L}\-]*)["“”«»]$/u, ' $1')
  // "Bono cargó contra el exsecretario general, a quien tachó de …", "…, whom he called", "… a FM El Observador donde aseguró": the name before is no subject.
  if (/,\s*(?:(?:a|al|con|contra|para|por)\s+quien(?:es)?|whom)$|\s(?:donde|where)$/iu.test(t)) return clauseSubject(t, base, sentence, sentenceBase)
  // "se le preguntó a Yurramendi, quien señaló que", "Lee, who said", "a Noam Chomsky, quien permanece aislado y afirmó": the relative pronoun stands for the one named right before it
  // (", quien además reveló que … Luis Caputo:", right after the speaker the quote before named: for that speaker, never a name after it).
  // ("met with counter-protesters who have vowed", "by local residents, who vowed": a group of people right before "who" is what it
  // stands for, after a preposition too.)
  const people = GROUP_BEFORE_WHO.exec(t)
  if (people && isPersonsNoun(people[2]!) && barePlural(people[1]!)) return { type: 'role', text: people[1]!, start: base + people.index, end: base + people.index + people[1]!.length }
  // ("increpado por los alumnos, quienes lo acusaban": "quienes" is plural and stands for people, so it is the people just named, never
  // the one the sentence is about.)
  const theyWho = PEOPLE_BEFORE_QUIENES.exec(t)
  if (theyWho) return { type: 'role', text: theyWho[1]!, start: base + theyWho.index + theyWho[0].indexOf(theyWho[1]!), end: base + theyWho.index + theyWho[0].indexOf(theyWho[1]!) + theyWho[1]!.length }
  // ("in line with the Obama administration, which has spoken about": "which" stands for the body named right before it.)
  const body = BODY_BEFORE_WHICH.exec(t)
  if (body && isBodyWord(body[2]!)) return { type: /^[Tt]he\s+\p{Ll}/u.test(body[1]!) ? 'role' : 'name', text: body[1]!, start: base + body.index + body[0].indexOf(body[1]!), end: base + body.index + body[0].indexOf(body[1]!) + body[1]!.length }
  const who = /(?:\s*,\s*|(?<=\p{Lu}[\p{L}'’\-]*)\s+)(?:who|quien|quienes)(?:\s+(?:le|les|me|nos|te))?(?:\s+[^,;:.“”"«»]{1,120}?\s+(?:y|e|and))?$/u.exec(t)
  if (who) {
    // …a person or a role, never a thing owned: in "a Reyes, para saber su opinión, quien manifestó" it is the one before the aside.
    const person = (p: SpeakerPhrase | null) => !!p && (p.type === 'name' || (p.type === 'role' && !/^(?:su|sus|his|her|their|its)\s/iu.test(p.text)))
    const before = withoutPartyAside(t.slice(0, who.index))
    const antecedent = singularAntecedent(subjectBefore(before, base, sentence, sentenceBase), who[0])
    // ("consultamos a Orlando Acosta, profesor de la Facultad de Medicina …, quien dijo": a role set off after a name describes the one named.)
    const lead = antecedent?.type === 'role' ? before.slice(0, antecedent.start - base) : ''
    const named = /\p{L},\s*$/u.test(lead) ? NAME_AT_END.exec(lead.replace(/,\s*$/u, '')) : null
    if (named && parseNamePhrase(named[0]) && !parseNamePhrase(named[0])!.org) return { type: 'name', text: named[0], start: base + named.index, end: base + named.index + named[0].length }
    if (person(antecedent)) return antecedent
    const aside = before.lastIndexOf(',')
    const earlier: SpeakerPhrase | null = aside > 0 ? subjectBefore(before.slice(0, aside), base, sentence, sentenceBase) : /\p{L}/u.test(before) ? null : { type: 'implicit', text: '', start: base, end: base }
    if (person(earlier) || earlier?.type === 'implicit') return earlier
  }
  // "el cuerpo legal que pretende demostrar la inocencia de Hernández aseguró": the head noun phrase before its relative clause.
  const writing = openingWriting(t) ?? sourcesBefore(t) ?? writingAbout(t)
  if (writing) return { type: 'role', text: writing.text, start: base + writing.index, end: base + writing.index + writing.text.length }
  const relative = RELATIVE_SUBJECT.exec(t)
  // ("Respecto de la imposición de un gravamen que …, puntualizó": a noun phrase after a preposition is what was spoken of.)
  const spokenOf = !!relative && /(?:^|\s)(?:de|del|a|al|sobre|about|of|regarding|en|in|on)\s*$/iu.test(t.slice(0, relative.index + relative[0].indexOf(relative[1]!)))
  if (relative && isNounPhrase(relative[1]!) && !spokenOf) {
    const start = base + relative.index + relative[0].indexOf(relative[1]!)
    // ("un detalle que Brand contaba …": in an object relative, the name after "que" is the verb's subject.)
    const objectOf = OBJECT_RELATIVE.exec(t.slice(start - base + relative[1]!.length))
    if (objectOf) {
      const at = start + relative[1]!.length + objectOf[0].length
      // ("a payout that New Media investor Leon Cooperman blasted": a body and a person's noun before the name describe the one named.)
      const person = titleThenName(t.slice(at - base))
      if (person) return { type: 'name', text: person.name, start: at + person.at, end: at + person.at + person.name.length }
      return { type: 'name', text: objectOf[1]!, start: at - objectOf[1]!.length, end: at }
    }
    return { type: 'role', text: relative[1]!, start, end: start + relative[1]!.length }
  }
  const pronoun = PRONOUN_AT_END.exec(t)
  // ("En él, defendió …": a pronoun after a preposition is where or with whom, not the verb's subject.)
  if (pronoun && !SPANISH_PREPOSITION_END.test(t.slice(0, pronoun.index + pronoun[0].length - pronoun[1]!.length))) return at(pronoun[1]!, 'pronoun')
  const owned = ownedDocumentAtEnd(t)
  if (owned) return { type: 'role', text: owned.text, start: base + owned.index, end: base + owned.index + owned.text.length }
  // "Officials with the city’s housing authority said", "Miembros de la asociación de vecinos pidieron": a plural of people that opens the clause, and
  // what they are of, in lower case, is a group (capitalised, "Analysts at Morgan Stanley", below).
  const peopleOf = /^\s*((\p{L}[\p{Ll}\-]*s)\s+(?:with|at|of|from|in|on|for|de|del|en|con)\s+(?:the\s+|a\s+|an\s+|la\s+|el\s+|los\s+|las\s+)?[\p{Ll}'’\-]+(?:\s+[\p{Ll}'’\-]+){0,4})$/u.exec(t)
  if (peopleOf && isPluralOfPeople(peopleOf[2]!)) return at(peopleOf[1]!, 'role')
  // ("Former royal PR aides called it", "Angry shoppers said": a clause that is one noun phrase, a capitalised word opening it and a plural of people ending it, is a group.)
  const plainGroup = /^\s*(\p{Lu}\p{Ll}+(?:\s+(?:\p{Ll}[\p{Ll}\-]*|\p{Lu}{2,5})){0,3}\s+(\p{Ll}{3,}s))$/u.exec(t)
  if (plainGroup && isPluralOfPeople(plainGroup[2]!) && isNounPhrase(plainGroup[1]!)) return at(plainGroup[1]!, 'role')
  const name = barePlural(t) ? null : NAME_AT_END.exec(t)
  const close = name ? closeToSource(t.slice(0, t.length - name[0].length)) : null
  if (close) return at(close + name![0], 'role')
  // "respondió a la publicación del presidente en Twitter diciendo": a name after a preposition is where, not who; the subject opens the sentence.
  // ("en un comunicado remitido a Europa Press aseguró": so is a name after a participle's "a", the one something was sent or said to.)
  // ("Analysts at Morgan Stanley called", "Researchers from Oxford University said": a plural that opens the sentence, of a body, is a group.)
  const groupOf = name ? /^\s*(\p{Lu}\p{Ll}+)\s+(?:at|from|in|with|for|of)\s+(?:the\s+)?$/u.exec(t.slice(0, t.length - name[0].length)) : null
  if (groupOf && barePlural(groupOf[1]!.toLowerCase())) return at(t.trimStart(), 'role')
  // ("Milan beat Juventus at Old Trafford and Ancelotti said": after a place's preposition, "and" and a name open a clause of their own.)
  // (Not a body's own "and": "the Department of Science and Technology".)
  const joined = name ? /^(?:the\s+)?(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}(?:and|y)\s+(\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)?)$/u.exec(name[0]) : null
  if (name && !LOCATED_ROLE.test(t.slice(0, t.length - name[0].length)) && [AFTER_PREPOSITION, SPOKEN_WITH, SENT_TO].some((p) => p.test(t.slice(0, t.length - name[0].length)))) return joined ? at(joined[1]!, 'name') : sentenceSubject(sentence, sentenceBase)
  // "Maurice Obstfeld, a former IMF chief economist who teaches at the University of California, Berkeley, has warned": a name that ends an apposition set
  // off by commas belongs to it; the subject is the name it describes (in a clause joined by "and", its own: "…, and Tony Lloyd, the … MP, has pledged").
  const clause = name && setOff ? joinedClauseStart(sentence.slice(0, base + t.length - sentenceBase)) : 0
  const described = name && setOff ? sentenceSubject(sentence.slice(clause), sentenceBase + clause) : null
  if (described && described.type === 'name' && described.end < base + t.length - name![0].length && isApposition(sentence.slice(described.end - sentenceBase))) return described
  if (name) {
    // "a spokesman for the U.S. State Department said": the spokesman speaks, not the department; "fuentes de Montecon dijeron", "Una manifestante en Nueva York dijo": a role too.
    const of = roleOfName(t.slice(0, t.length - name[0].length)) ?? LOCATED_ROLE.exec(t.slice(0, t.length - name[0].length))
    // ("El director de la Clínica Colombia de Cali Jorge Salazar nos dijo": the person's name run on after the body's is the subject.)
    const words = of ? name[0].split(/\s+/u) : []
    const k = personStartAfterBody(words, 1)
    // ("a spokesperson for Assembly Speaker Carl Heastie told": after "for", a person with a title before the name is the one spoken for; the spokesperson speaks.)
    const spokenFor = k > 0 && /\s(?:for|representing)\s+$/u.test(of![1]!) && isTitleWord(words[k - 1]!.replace(/\.$/u, ''))
    if (of && k > 0 && !spokenFor) return at(words.slice(k).join(' '), 'name')
    if (of) return at(of[1]! + name[0], 'role')
    // "an Iowa Republican predicted", "A Colorado Democrat said": capitalised words after "a"/"an" (before the name or read as
    // its first word) describe someone unnamed; the article stays with them.
    const from = base + t.length - name[0].length - sentenceBase
    // ("one neo-bank CEO told": a word in lower case may stand between the article and the name.)
    const article = /(?:^|\s)(\p{L}+\s+(?:\p{Ll}[\p{Ll}\-]*\s+)?)$/u.exec(sentence.slice(0, from))?.[1] ?? ''
    const withCue = (at: number) => `${sentence.slice(at)} ${cue}`
    const fromArticle = unnamedAtStart(withCue(from - article.length))
    const unnamed = fromArticle ?? unnamedAtStart(withCue(from))
    if (unnamed) {
      const start = sentenceBase + from - (fromArticle ? article.length : 0)
      return { type: 'role', text: unnamed, start, end: start + unnamed.length }
    }
    // "Chief Inspector Oliver Fisher of the force's Public Protection Command said": the person of the body speaks.
    const ofBody = OF_BODY_BEFORE.exec(t.slice(0, t.length - name[0].length))
    const person = ofBody ? NAME_AT_END.exec(ofBody[1]!) : null
    if (ofBody && person && !parseNamePhrase(person[0].replace(/^(?:the|el|la|los|las)\s+/iu, ''))?.org) {
      const start = base + person.index
      return { type: 'name', text: person[0], start, end: start + person[0].length }
    }
    // "A Chumel dijo", "Sobre Alex Strecci, refirió": a name after a preposition opening the sentence is the one spoken to or about; the subject is left out ("De Blasio said": before an English verb, a surname).
    if (prepositionOpensName(name[0], !!cue && isEnglishCue(cue)) || (CAPITAL_CLITIC.test(name[0]) && !!cue && !isEnglishCue(cue))) return null
    // "Cllr Louise Gittins, Chair of the Local Government Association said": a title in a body after a name, set off by a comma, is that person's.
    const holder = isTitleOfBody(name[0]) ? NAME_AT_END.exec(t.slice(0, t.length - name[0].length).replace(/\s*,\s*$/u, '')) : null
    if (holder && /,\s*$/u.test(t.slice(0, t.length - name[0].length))) return { type: 'name', text: holder[0], start: base + holder.index, end: base + holder.index + holder[0].length }
    return at(name[0], 'name')
  }
  const role = roleAtEnd(t)
  // "A propósito, señaló", "Su objetivo, dijo, fue …": "a" and a noun, or something owned, set off by a comma, opens the sentence; it is not the verb's subject.
  // ("A White House official, speaking on condition of anonymity, said": a noun for a person is the subject, set off or not.)
  const opener = setOff && !!role && /^(?:[Aa]|[Ss]us?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/u.test(role[1]!) && !isPersonNoun(role[1]!.split(/\s+/u).pop()!)
  // "En su homilía manifestó", "In his speech he said": something owned after a preposition is where it was said; the subject is left out.
  if (role && /^(?:[Ss]us?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/u.test(role[1]!) && AFTER_PREPOSITION.test(t.slice(0, t.length - role[1]!.length))) return { type: 'implicit', text: '', start: base + t.length, end: base + t.length }
  // "Otro de los carteles rezaba", "one of the protesters said": the one of them is the subject, not the whole group ("the woman at the chamber of commerce says": nor where they are).
  const oneOf = [role ? ONE_OF_BEFORE.exec(t.slice(0, t.length - role[1]!.length)) : null].find((m) => m && (!m[2] || isPersonNoun(m[2]) || PERSON_WORD.test(m[2]))) ?? null
  // "“…,” local officials said", "…, and residents told", "familiares de los presos políticos denunciaron": a plural with no article is the verb's subject, a group no one named.
  // ("Mbumba said he was present when doctors told": a clause of time opens with its own subject; "Vecinos de la zona … lamentaron": capitalised at a sentence's start.)
  const group = [GROUP_AFTER_JOIN, /\s(?:when|while|as|after|before|until|cuando|mientras)\s+([^,]*)$/u].map((p) => (p.exec(t)?.[1] ?? '').trimStart()).find((g) => barePlural(g.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())) || barePlural(g)) ?? null
  // ("Por otra parte comentó", "Gazprom … destacó en un comunicado": any other noun phrase after a Spanish preposition is what, where or when; the subject opens the sentence.)
  if (role && !oneOf && [SPANISH_PREPOSITION_END, AFTER_PREPOSITION].some((p) => p.test(t.slice(0, t.length - role[1]!.length)))) return group ? at(group, 'role') : sentenceSubject(sentence, sentenceBase) ?? { type: 'implicit', text: '', start: base + t.length, end: base + t.length }
  // ("lawyers for the plaintiffs called", "un abogado de la familia dijo": the one acting for them speaks, not the ones they act for.)
  const actingFor = role && !oneOf ? ACTING_FOR.exec(t.slice(0, t.length - role[1]!.length)) : null
  const forWhom = actingFor && isPersonNoun(actingFor[2]!) && !isBodyWord(actingFor[2]!) ? actingFor[1]! : ''
  if (role && !CLAUSE_JOIN.test(t) && !opener) return at((oneOf?.[1] ?? forWhom) + role[1]!, 'role')
  if (group) return at(group, 'role')
  // "… did not say how many but said": the verb's subject opens the sentence (or its clause, sentenceSubject.ts).
  if (CLAUSE_JOIN.test(t) || /,$/.test(t) || t.trim().length > 0) return clauseSubject(t, base, sentence, sentenceBase)
  return null
}
