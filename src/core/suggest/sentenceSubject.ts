/**
 * The subject a sentence opens with, before any verb: its first name, pronoun
 * or role ("Ana Ruiz dijo", "The head of news for … spoke", "A Colorado
 * Democrat said"), past an opening phrase set off by a comma ("In an
 * interview with VOA, …") and never a name after a preposition. The speaker
 * of a quote whose own clause names no one is often this subject.
 */
import { isCueWord, TAKES_LISTENER } from './cues'
import { isDateWord, isTitleOfBody, NAME_PHRASE, parseNamePhrase } from './namePhrase'
import { joinedClauseStart, unnamedAtStart } from './clauseParts'
import { genderOfFirstName, personStartAfterBody } from './firstNames'
import { pronounGender } from './pronouns'
import { isTitleWord } from '../text/abbreviations'
import { barePlural, isDocument, isFunctionWord, isPersonNoun, isPersonsNoun, TIME_SPAN } from './speakerKind'
import { listBefore, PARTICIPLE_OPENER, PREPOSITION_BEFORE } from './subjectClause'
import { DESCRIBED_THEN_NAME, NAME_AT_START, PRONOUN_AT_START, type SpeakerPhrase } from './subjectAfter'

/** Patterns built once from the name pattern (never per call: an article of thousands of quotes stays fast). */
const NAME_ANYWHERE = new RegExp(NAME_PHRASE.source, 'gu')
/** "A spokesperson for Sheffield University urged …": a described subject of a body, then its verb (the body's name is group 2). */
const ROLE_OF_BODY = new RegExp(`^((?:[Aa]n?|[Tt]he|[Uu]na?|[Ee]l|[Ll]a)\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){1,3}(?:for|of|at|from|de|del)\\s+(?:the\\s+|la\\s+|el\\s+)?(${NAME_PHRASE.source}))(?=\\s+\\p{Ll})`, 'u')
/** "…, que Santacreu explicaba", "…, de la que Maravall discrepa": an object relative after a noun, its verb's subject named after "que". */
export const OBJECT_RELATIVE = new RegExp(`^,?\\s+(?:(?:de|con|en|sobre|of|with|about)\\s+(?:(?:la|el|los|las)\\s+)?)?(?:que|that|which|who|whom|cual|cuales)\\s+(${NAME_PHRASE.source})(?=\\s+\\p{Ll}|\\s*$)`, 'u')
const OPENING_QUOTATION = /^\s*[“"«‘][^”"»’\n]{1,300}[”"»’][,.]?\s+(?=\p{Lu})/u
/** "A few weeks earlier,", "Two days later,", "Unos meses después,": a span of time that opens the sentence. */
const TIME_BEFORE = new RegExp(`^[\\s"“‘«]*${TIME_SPAN}\\s*,\\s*`, 'iu')
/** One capitalised word, a preposition's phrase and a comma before a word in lower case: an adjective's phrase that opens the sentence. */
const FEELING_OPENING = /^[\s"“‘«]*(\p{Lu}\p{Ll}+)\s+(?:por|con|de|ante|tras|at|over|with|about|by|after)\s[^,.;:"“”«»\n]{1,80},\s*(?=\p{Ll})/u
/** After a title, the body it is of and a name run on after the body's: " in the Ministry of Finance Brian Manning". */
const OFFICE_THEN_PERSON = new RegExp(`^\\s+(?:in|of|for|at|de|del)\\s+(?:the\\s+|la\\s+|el\\s+)?(${NAME_PHRASE.source})`, 'u')
/** ", Mohlomi Moleko," after a title: the name set off by commas. */
const APPOSED_NAME = new RegExp(`^,\\s*(${NAME_PHRASE.source})(?=\\s*,)`, 'u')

/** A connective, then a phrase up to a comma, that opens a sentence before its subject (see sentenceSubject). */
const OPENING_PHRASE = new RegExp(String.raw`^[\s"“‘«—–-]*(?:(?:But|And|Still|Yet|Later|Earlier|Meanwhile|Then|(?:Here|There|Now|Today|Instead|Again|Finally|Thus|Aquí|Allí|Ahí|Allá|Hoy|Ahora|Luego|Entonces)(?=\s*,)|Pero|Y|However|Also|Por su parte|Por otra parte|Por otro lado|En tanto|Asimismo|Además|Sin embargo|No obstante|En cambio|Aun así|Con todo|Ahora bien|Eso sí|Por ello|Por eso|Por lo tanto|A su vez|Mientras tanto|De hecho|On the other hand|In turn|Even so|Still so|\p{Lu}\p{Ll}{3,}(?:mente|ly)(?=\s*,))\b\s*,?\s*)?(?:(?:(?:El|Este|Ese|Cada)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|Ayer|Anoche|Yesterday|Last|A través de|Through|Via|Mediante|Luego de|Después de|Antes de|Regarding|In|On|At|After|Before|When|While|If|Unless|Although|Though|Because|Si|Aunque|Porque|Asked|Pressed|Speaking|Consultado|Consultada|Consultados|Preguntado|Preguntada|Interrogado|Interrogada|Cuestionado|Cuestionada|During|Following|Despite|As|For|With|Without|Since|From|Beyond|Besides|Amid|Amidst|Against|Within|Outside|Inside|Across|Throughout|Unlike|Like|Under|Among|Amongst|Around|Behind|Toward|Towards|Upon|Via|Al|En|Del(?=\s+\p{Ll})|De(?=\s+(?:(?:la|las|los|el)\s+)?\p{Ll})|Durante|Tras|Según|Sobre|Con|Para|Desde|Ante|Cuando|Respecto|Acerca|Concerning|About|To|${PARTICIPLE_OPENER}|(?<=(?:Y|And|But|Pero)\s+)(?:en|in|on|at|after|during|durante|tras|con|with|para|for|desde|from|según|sobre|cuando|when|mientras|while))\b[^,]{0,160},\s*)?`, 'u')

/** A lower-case noun for a person, then the name it describes: "mayor Rudy Giuliani", "investor Leon Cooperman", "senior policy adviser Max Lawson" (where the name starts, and it). */
export function titleThenName(after: string): { at: number; name: string } | null {
  // ("Oxfam senior policy adviser Max Lawson", "Capital Economics senior North American economist Ariane Curtis": up to two words in lower case, then two capitalised, before the noun.)
  // ("Snopes fact checker and staff writer David Emery": two titles joined by "and".)
  const title = /^[^\S\n]*(?:\p{Ll}+[^\S\n]+){0,2}(?:(?:and|y)[^\S\n]+(?:\p{Ll}+[^\S\n]+){0,2})?(?:\p{Lu}\p{Ll}+[^\S\n]+){0,2}(\p{Ll}+)[^\S\n]+(?=\p{Lu})/u.exec(after)
  // (No verb or small word among them: "López Obrador recordó al actor Jorge Arvizu" is a sentence, not a title.)
  const small = (w: string) => isCueWord(w) || (isFunctionWord(w) && !/^(?:and|y)$/u.test(w))
  const name = title && isPersonNoun(title[1]!) && !isCueWord(title[1]!) && !title[0].split(/\s+/u).some(small) ? NAME_AT_START.exec(after.slice(title[0].length)) : null
  return name ? { at: title![0].length, name: name[0] } : null
}

/** "firm Gartner", "analysts Ovum", "service provider (ISP) Plus.net": a word for a kind of body (and its acronym), then the body's name. */
const KIND_THEN_NAME = /^(?:\p{Ll}+[^\S\n]+){0,2}(?:firm|company|group|provider|giant|maker|analysts|agency|network|retailer|carrier|operator|watchdog|regulator|charity|consultancy|lender|insurer|publisher|broadcaster|developer|manufacturer|supplier|bank)[^\S\n]+(?:\(\p{Lu}+\)[^\S\n]+)?(?=\p{Lu})/u

/** The subject that opens a sentence: its first name, pronoun or role, before any verb. */
export function sentenceSubject(sentence: string, base: number): SpeakerPhrase | null {
  // An opening phrase up to a comma ("Regarding the crisis,", "In an interview with VOA,", "Al respecto,", "Respecto de las remesas,",
  // "Posing for pictures holding an Islamic State flag,") is not the subject.
  // ("“Sure,” Matie says.": a quotation that opens the sentence is what was said, never its subject.)
  const lead = OPENING_QUOTATION.exec(sentence)?.[0] ?? withoutTopicClause(OPENING_PHRASE.exec(sentence)![0])
  // With no opening phrase (white space at most, read past once): "Speaking on Morning Ireland he bypassed …", a participle's
  // phrase with no comma before a pronoun subject; "Hace 30 años que Maradona se alejó …", a span of time and "que" before the
  // subject, with no comma either.
  const opened = sentence.slice(lead.length)
  const unmarked =
    lead.trim() === ''
      ? (/^[\s"“‘«]*(?:Speaking|Writing|Appearing|Asked|Pressed|Interviewed|Hablando|Consultad[oa]|Preguntad[oa])\s[^,.;:]{1,80}?\s(?=(?:he|she|they|él|ella|ellos|ellas)\s)/u.exec(opened)?.[0] ??
        /^[\s"“‘«]*Hac(?:e|ía)\s+(?:[^\s,.;:]+\s+){1,3}?que\s+(?=\p{Lu})/u.exec(opened)?.[0] ??
        // "Lo que sí es un hecho es que Pizarro va …", "Lo cierto es que …": what a cleft opens with is no subject; the name after "es que" is.
        /^[\s"“‘«]*Lo\s+[^,.;:]{1,50}?\s+es\s+que\s+(?=\p{Lu})/u.exec(opened)?.[0] ??
        // "A few weeks earlier, epidemiologists at … described": a span of time before a comma is when, never who.
        TIME_BEFORE.exec(opened)?.[0] ??
        // "Exultante por la salida del cepo, acusó …", "Furious at the leak, he …": an adjective's phrase, no name (a first name is one).
        [FEELING_OPENING.exec(opened)].find((m) => m && !genderOfFirstName(m[1]!))?.[0] ??
        // "Respuesta de Facebook  Facebook respondió …": a sub-heading run into its paragraph, two spaces after it.
        /^[\s"“‘«]*\p{Lu}[^.!?:"“”«»\n]{0,60}?\p{L}[^\S\n]{2,}(?=\p{Lu})/u.exec(opened)?.[0] ??
        '')
      : ''
  const rest = sentence.slice(lead.length + unmarked.length)
  const b = base + lead.length + unmarked.length
  const pronoun = PRONOUN_AT_START.exec(rest)
  if (pronoun) return { type: 'pronoun', text: pronoun[1]!, start: b, end: b + pronoun[1]!.length }
  const name = NAME_AT_START.exec(rest)
  // "Channelling Churchill, he decreed …": a gerund with a name for its object opens the sentence; the pronoun after the comma is the subject.
  const gerund = name && /^\p{Lu}\p{Ll}{2,}ing\s/u.test(name[0]) && !genderOfFirstName(name[0].split(/\s/u)[0]!) ? /^,\s*/u.exec(rest.slice(name[0].length)) : null
  const ownSubject = gerund ? PRONOUN_AT_START.exec(rest.slice(name![0].length + gerund[0].length)) : null
  const ownAt = b + (name?.[0].length ?? 0) + (gerund?.[0].length ?? 0)
  if (ownSubject) return { type: 'pronoun', text: ownSubject[1]!, start: ownAt, end: ownAt + ownSubject[1]!.length }
  // "Lord Butler's report earlier this year … said": a writing someone owns is the subject, not its owner.
  const owned = name ? /^['’]s\s+(\p{Ll}+)/u.exec(rest.slice(name[0].replace(/['’]s$/u, '').length)) : null
  if (owned && isDocument(`the ${owned[1]!}`)) {
    const text = rest.slice(0, name![0].replace(/['’]s$/u, '').length + owned[0].length)
    return { type: 'role', text, start: b, end: b + text.length }
  }
  // "Department of Health legal advisers replied …": a body's people, not the body.
  // ("Jackson County officials said roads would …": one word or two, whichever makes the plural.)
  const staff = name ? [/^\s+\p{Ll}[\p{L}\-]*(?=\s+\p{Ll})/u, /^\s+\p{Ll}[\p{L}\-]*\s+\p{Ll}[\p{L}\-]*(?=\s+\p{Ll})/u].map((p) => p.exec(rest.slice(name[0].length))).find((m) => m && barePlural(name[0] + m[0])) : null
  if (staff) return { type: 'role', text: name![0] + staff[0], start: b, end: b + name![0].length + staff[0].length }
  // "Agregando que …", "Added that …": a capitalised speech verb opens the sentence; its subject is left out.
  if (name && isCueWord(name[0].split(/\s/u)[0]!)) return null
  // "Minister of Natural Resources, Mohlomi Moleko, would not …", "El DT de Racing, Gustavo Costas, se mostró …": the person named after a title in a body.
  const holder = name && isTitleOfBody(name[0].replace(/^(?:el|la|the)\s+/iu, '')) ? APPOSED_NAME.exec(rest.slice(name[0].length)) : null
  if (holder) return { type: 'name', text: holder[1]!, start: b + name![0].length + holder[0].length - holder[1]!.length, end: b + name![0].length + holder[0].length }
  // "Minister in the Ministry of Finance Brian Manning said": a title, its body, and the person's name run on after the body's.
  const office = name && isTitleWord(name[0]) ? OFFICE_THEN_PERSON.exec(rest.slice(name[0].length)) : null
  const officeWords = office ? office[1]!.split(/\s+/u) : []
  const k = personStartAfterBody(officeWords)
  if (office && k > 0) {
    const person = officeWords.slice(k).join(' ')
    const start = b + name![0].length + office[0].length - person.length
    return { type: 'name', text: person, start, end: start + person.length }
  }
  const unnamed = unnamedAtStart(rest)
  if (unnamed) return { type: 'role', text: unnamed, start: b, end: b + unnamed.length }
  // "The Tory historian Andrew Roberts, …": a capitalised word after "the" describes the person named after the noun.
  const gap = name ? (/^[^\S\n]+/u.exec(rest.slice(name[0].length))?.[0].length ?? 0) : 0
  // ("Former mayor Rudy Giuliani", "Clinton aide Huma Abedin", "Nova Communications founder Jennifer Donovan": capitalised words before a title are no name; the name after the title is.)
  const after = name && gap > 0 ? rest.slice(name[0].length + gap) : ''
  const titled = after ? titleThenName(after) : null
  const run = !titled && after && /^(?:The|El|La)\s/u.test(name![0]) ? DESCRIBED_THEN_NAME.exec(after) : null
  // (Where the described name starts in `after`, and the name.)
  const described = titled ? { at: titled.at, name: titled.name } : run ? { at: run[0].length - run[1]!.length, name: run[1]! } : null
  const person = described ? parseNamePhrase(described.name) : null
  if (described && person && !person.org && /\s/u.test(person.name)) {
    const start = b + name![0].length + gap + described.at
    return { type: 'name', text: described.name, start, end: start + described.name.length }
  }
  // ("Research firm Gartner welcomed the move, saying": what kind of body the name is, after a capitalised word, is no name either.)
  // ("Plus.net": a web address's ending is part of the name.)
  const kind = name && after ? KIND_THEN_NAME.exec(after) : null
  const body = kind ? /^\S*/u.exec(after.slice(kind[0].length))![0].match(/^\p{Lu}[\p{L}\d]*\.(?:com|net|org)(?!\p{L})/u)?.[0] ?? NAME_AT_START.exec(after.slice(kind[0].length))?.[0] : null
  if (body) {
    const start = b + name![0].length + gap + kind![0].length
    return { type: 'name', text: body, start, end: start + body.length }
  }
  // ("A French official briefed on the case said": an English article, a capitalised adjective and a person's noun describe someone unnamed.)
  const adjective = name ? /^(An?\s+\p{Lu}\p{Ll}+\s+(\p{Ll}+))\s/u.exec(rest) : null
  if (adjective && isPersonNoun(adjective[2]!)) return { type: 'role', text: adjective[1]!, start: b, end: b + adjective[1]!.length }
  if (name && !/^(?:The|El|La|Los|Las)\s+\p{Ll}/u.test(name[0]) && parseNamePhrase(name[0].replace(/^(?:the|el|la|los|las)\s+/iu, ''))) return { type: 'name', text: name[0], start: b, end: b + name[0].length }
  // "La semana pasada, la Alta Comisionada de la ONU, Michelle Bachelet visitó …": the first name not inside a phrase.
  // ("También faltó el líder de la oposición, Pablo Casado, que tildó …": a capitalised word that is no name goes on to the name after it;
  // with none, it still stands as the subject, which names no one, so that the speech goes on with its speaker: "Eso sí, ha matizado".)
  let opener: SpeakerPhrase | null = null
  for (const m of rest.matchAll(NAME_ANYWHERE)) {
    if (m.index > 160) break
    // ("el apoyo de Cáritas, Manos Unidas y Médicos del Mundo": every name in a list after a preposition is in its phrase.)
    const listed = rest.slice(0, m.index - listBefore(rest.slice(Math.max(0, m.index - 160), m.index), rest.slice(m.index)))
    const before = listed.slice(-14)
    if (/(?:^|[^\p{L}])(?:in|at|on|from|to|of|with|by|for|about|de|del|en|a|al|por|con|para|ante|sobre|entre|desde)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$/iu.test(before)) continue
    if (/^(?:The|El|La|Los|Las|Un|Una|A|An|Her|His|Their|Its|Our|My|Su|Sus)$/u.test(m[0])) continue
    if (!parseNamePhrase(m[0])) {
      if (m.index === 0) opener = { type: 'name', text: m[0], start: b, end: b + m[0].length }
      continue
    }
    // ("El doctor Ayan Panja contrajo …": a name after its article and title is the subject too.)
    // ("…, cuyo diputado Tomás Vidal reconoció …, y acusó": the name after "cuyo" and its noun is the subject of the clause that goes on.)
    // ("But a senior State Department official characterized …": after an indefinite article the name only describes someone unnamed.)
    if (/^(?:an?|one|un|una)\s/u.test(rest.slice(0, m.index))) continue
    // (Never past a speech verb: in "también aclaró que la OEA está …" what follows it is what was said.)
    const lead = rest.slice(0, m.index)
    const said = lead.split(/\s+/u).some((w) => isCueWord(w))
    const described = !said && (/,\s*$/u.test(lead) || /^(?:(?:The|El|La|Los|Las)\s+)?(?:\p{Ll}+\s+){1,4}$/u.test(lead))
    if (m.index > 0 && !described && !/(?:^|\s)(?:cuyo|cuya|whose)\s+(?:\p{Ll}+\s+){1,2}$/u.test(lead)) continue
    return { type: 'name', text: m[0], start: b + m.index, end: b + m.index + m[0].length }
  }
  if (opener) return opener
  const ofBody = ROLE_OF_BODY.exec(rest)
  // Only a body's whole name ends it: in "The head of news for the Yushu county television station" the phrase goes on.
  // (Or a person's or a body's noun heads it, whatever the name after: "The father of Mr. Abaaoud was so shocked …".)
  const head = ofBody ? /^\S+\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}?(\p{Ll}[\p{L}\-]*)\s+(?:for|of|at|from|de|del)\s/u.exec(ofBody[1]!)?.[1] ?? '' : ''
  if (ofBody && (parseNamePhrase(ofBody[2]!)?.org || isPersonNoun(head))) return { type: 'role', text: ofBody[1]!, start: b, end: b + ofBody[1]!.length }
  // "The head of news for the Yushu county television station, who was a witness, spoke …": a description as subject.
  const role = withoutVerb(/^((?:[Tt]he|[Aa]n?|[Ee]l|[Ll]as?|[Ll]os|[Uu]na?)\s+\p{Ll}[^,.;:]{0,100}?)(?=,|\s+(?:who|que|quien|said|told|spoke|dijo|habló)\b)/u.exec(rest)?.[1]) ?? barePluralBeforeVerb(rest)
  // "A propósito, señaló que …": a phrase set off by a comma right before the verb opens the sentence; it is not the verb's subject.
  if (role && isCueWord(/^,\s*(\p{L}+)/u.exec(rest.slice(role.length))?.[1] ?? '')) return null
  // "Una mayor inversión en Muface que Santacreu explicaba": in an object relative, the name after "que" is the verb's subject.
  const objectOf = role ? OBJECT_RELATIVE.exec(rest.slice(role.length)) : null
  if (role && objectOf) return { type: 'name', text: objectOf[1]!, start: b + role.length + objectOf[0].length - objectOf[1]!.length, end: b + role.length + objectOf[0].length }
  if (role) return { type: 'role', text: role, start: b, end: b + role.length }
  return null
}


/**
 * The subject of a speech verb that follows `words` (which start at `base`) in `sentence`: the sentence's, but the one who just
 * spoke for a verb joined to their speech (", Misri said and added that Pakistan …": `words` is only "and"), and the last name
 * outside a phrase before a clause of place ("luego de que Milei brindara una entrevista a FM El Observador donde aseguró").
 */
export function clauseSubject(words: string, base: number, sentence: string, sentenceBase: number): SpeakerPhrase | null {
  if (/^\s*(?:and|but|y|e|pero)$/iu.test(words) && sentence.trim().startsWith(words.trim())) return { type: 'implicit', text: '', start: base + words.length, end: base + words.length }
  if (/\s(?:donde|where)$/iu.test(words)) {
    const named = [...words.matchAll(NAME_ANYWHERE)].filter((m) => !PREPOSITION_BEFORE.test(words.slice(Math.max(0, m.index - 30), m.index)) && parseNamePhrase(m[0]))
    const last = named[named.length - 1]
    if (last) return { type: 'name', text: last[0], start: base + last.index, end: base + last.index + last[0].length }
  }
  return sentenceSubject(sentence, sentenceBase)
}

/** Built once: ", he says, " or ", Mr Smith said, " right before a participle. */
const REPORTED_BEFORE = new RegExp(`,\\s*(he|she|they|él|ella|${NAME_PHRASE.source})\\s+(\\p{Ll}+)\\s*,\\s*$`, 'u')
/** ", says a report " right before a participle (a described speaker after its verb), and ", a report says, " (before it). */
const DESCRIBED = String.raw`((?:a|an|the)\s+(?:[\p{L}'’\-]+\s+){0,2}\p{Ll}[\p{Ll}\-]*)`
const INVERTED_BEFORE = new RegExp(String.raw`,\s*(\p{Ll}+)\s+${DESCRIBED}\s+$`, 'u')
const DESCRIBED_BEFORE = new RegExp(String.raw`,\s*${DESCRIBED}\s+(\p{Ll}+)\s*,\s*$`, 'u')
/** Only the one told, between a verb that takes a listener and the participle: "Prelogar told Alito, asserting" ("Sasse told Hawk Sawyer, repeatedly calling": an adverb may stand before it). */
const LISTENER_ONLY = new RegExp(`^\\s*(?:${NAME_PHRASE.source}|him|her|them)\\s*,\\s*(?:\\p{Ll}+ly\\s+)?$`, 'u')
/** A verb of seeing or showing, then who is seen doing it, right before the verb they do ("shows one manager ", "saw Tom Hart "). */
const SEEN_DOING = new RegExp(String.raw`\s(?:shows?|showed|shown|see|sees|saw|seen|hear|hears|heard|catch|catches|caught|captures?|captured|depicts?|depicted|muestra|muestran|mostró|se\s+ve|se\s+oye)\s+((?:(?:one|a|an|the|his|her|their|another|un|una|el|la)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}\p{Ll}[\p{L}\-]*)|${NAME_PHRASE.source})\s+$`, 'u')
/** "An internal email obtained by The Times shows one manager writing: “…”": what a verb of seeing shows doing it is its subject. */
export function seenDoing(before: string, base: number): SpeakerPhrase | null {
  const seen = SEEN_DOING.exec(before)
  if (!seen) return null
  const start = base + seen.index + seen[0].indexOf(seen[1]!, 1)
  return { type: /^\p{Lu}/u.test(seen[1]!) && !/^(?:The|A|An|One)\s/u.test(seen[1]!) ? 'name' : 'role', text: seen[1]!, start, end: start + seen[1]!.length }
}

/** "…, with one official calling it", "with the Brits committee announcing that": the absolute phrase's own subject right before the participle. */
const WITH_SUBJECT = /(?<![\p{L}])with\s+((?:one|an?|another|some|many|several|the)\s+(?:[\p{L}'’\-]+\s+){0,2}\p{Ll}[\p{Ll}\-]*)\s+$/u

/**
 * The subject of a participle that attributes a quote ("…, saying “…”"): the sentence's, or the one who speaks just before it
 * ("the Supreme Court has ruled against …, he says, insisting “…”": he insists, not the court), never the one they told ("Prelogar
 * told Alito, asserting": `lead`, the words before `sentence`, end in "told"); in "…, with one official calling it" the phrase's own.
 * `at` is where the participle is.
 */
export function participleSubject(sentence: string, base: number, at: number, lead = ''): SpeakerPhrase | null {
  // ("“…,” Tony Lavender said. Internet service provider Plus.net backed …, saying": the words after the last quote's attribution may open with the full stop that ends it.)
  const stop = /^\s*[.!?;]\s+(?=\p{Lu})/u.exec(sentence)?.[0].length ?? 0
  if (stop) return participleSubject(sentence.slice(stop), base + stop, at - stop)
  // ("… makes Republicans nervous; one, Bob Dole of Kansas, …, endorsed Mr. Romney, saying": a semicolon opens the participle's own clause.)
  const clause = sentence.slice(0, at).lastIndexOf('; ')
  if (clause > 0) return participleSubject(sentence.slice(clause + 2), base + clause + 2, at - clause - 2, lead)
  // ("The bank is 80% owned by the taxpayer, and Johnson, the mayor, reacted by saying": so does "and" after a comma, before a capital.)
  const joined = joinedClauseStart(sentence.slice(0, at))
  if (joined > 0) return participleSubject(sentence.slice(joined), base + joined, at - joined, lead)
  const before = sentence.slice(0, at)
  if (TAKES_LISTENER.test(/\p{L}+$/u.exec(lead)?.[0] ?? '') && LISTENER_ONLY.test(before)) return { type: 'implicit', text: '', start: base, end: base }
  // ("An internal email obtained by The Times shows one manager writing: “…”": what a verb of seeing shows doing it is its subject.)
  const seen = seenDoing(before, base)
  if (seen) return seen
  const unnamed = WITH_SUBJECT.exec(before)
  if (unnamed && isPersonNoun(unnamed[1]!.split(/\s+/u).pop()!)) {
    const start = base + unnamed.index + unnamed[0].indexOf(unnamed[1]!)
    return { type: 'role', text: unnamed[1]!, start, end: start + unnamed[1]!.length }
  }
  // ("…, says a report highlighting “…”", "…, a report says, highlighting “…”": the one who speaks just before is the participle's subject.)
  const inverted = INVERTED_BEFORE.exec(before)
  const described = inverted ?? DESCRIBED_BEFORE.exec(before)
  const [verb, who] = inverted ? [inverted[1]!, inverted[2]!] : described ? [described[2]!, described[1]!] : ['', '']
  if (described && isCueWord(verb)) {
    const start = base + described.index + described[0].indexOf(who, 1)
    return { type: 'role', text: who, start, end: start + who.length }
  }
  const reported = REPORTED_BEFORE.exec(before)
  if (reported && isCueWord(reported[2]!)) {
    const start = base + reported.index + reported[0].indexOf(reported[1]!, 1)
    return { type: pronounGender(reported[1]!) ? 'pronoun' : 'name', text: reported[1]!, start, end: start + reported[1]!.length }
  }
  return sentenceSubject(sentence, base) ?? personAtStart(sentence, base)
}

/**
 * "A masked man on a motorbike rides up behind her shouting “…”": an article, a person's noun after at most two words, maybe where they
 * are, then a verb in lower case.
 */
function personAtStart(sentence: string, base: number): SpeakerPhrase | null {
  const m = /^([\s"“‘«]*)((?:An?|The|Un|Una|El|La)\s+((?:[\p{Ll}\-]+\s+){1,3}))/u.exec(sentence)
  const words = m ? m[3]!.trim().split(/\s+/u) : []
  const k = words.findIndex((w) => isPersonsNoun(w))
  if (!m || k < 0) return null
  const noun = m[2]!.slice(0, m[2]!.length - m[3]!.length) + words.slice(0, k + 1).join(' ')
  const where = /^\s+(?:on|in|at|from|with|en|con|de)\s+(?:an?|the|un|una|el|la)\s+\p{Ll}+(?=\s+\p{Ll})/u.exec(sentence.slice(m[1]!.length + noun.length))?.[0] ?? ''
  if (!where && !/^\s+\p{Ll}/u.test(sentence.slice(m[1]!.length + noun.length))) return null
  const start = base + m[1]!.length
  return { type: 'role', text: noun + where, start, end: start + noun.length + where.length }
}

/** "The mayor testified, describing …": a described subject ends before its speech verb, whatever the verb. */
function withoutVerb(role: string | undefined): string | null {
  if (!role) return null
  const words = role.split(' ')
  const verb = firstCueAt(words, 2)
  if (verb < 0) return role
  // ("El pasado 12 de septiembre informó …": a date before the verb is when, not who.)
  return words.slice(0, verb).some((w) => isDateWord(w) || /^(?:pasad[oa]|próxim[oa])$/u.test(w)) ? null : words.slice(0, verb).join(' ')
}

/** Where the first speech verb is among `words`, from the `from`th on, or -1. */
function firstCueAt(words: readonly string[], from: number): number {
  return words.findIndex((w, i) => i >= from && isCueWord(w))
}

/** "officials at Etlaq described …", "residents said …": a plural noun for people with no article (and the body they belong to) right before a speech verb. */
function barePluralBeforeVerb(rest: string): string | null {
  const words = rest.split(' ').slice(0, 9)
  const verb = firstCueAt(words, 1)
  return verb > 0 && /^\p{Ll}/u.test(rest) ? barePlural(words.slice(0, verb).join(' ')) : null
}

/** "Sobre la estrategia destacó que se avanza …,": a topic's opening that holds a speech verb ends before it (the verb is the main clause's). */
function withoutTopicClause(lead: string): string {
  const topic = /(?:Sobre|Respecto|Acerca|Regarding|Concerning|About)\s/u.exec(lead)
  if (!topic) return lead
  for (const w of lead.slice(topic.index).matchAll(/\p{L}+/gu)) if (isCueWord(w[0])) return lead.slice(0, topic.index + w.index)
  return lead
}
