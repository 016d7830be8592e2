/**
 * What may be a speaker: a person, a group, an organisation, a role or a
 * document, named by a short noun phrase. Everything else the attribution
 * rules can pick up by accident is refused here, by its grammar rather than
 * by a list of exceptions: a capitalised word the article also writes in
 * lower case (a sentence opener such as "Though", "Además", "Consultado"), a
 * phrase with a verb or a relative clause in it ("the man could be heard",
 * "who cast one of the two votes"), a place (a country, a region or a city
 * by name, or a name the article only writes after "in"/"en"), or a run-on
 * longer than any name.
 */
import { isAbbreviation, isRoleWord, isTitleWord } from '../text/abbreviations'
import { foldText } from '../text/fold'
import { isStateAfterTown } from '../text/sentences'
import { perText } from '../text/perText'
import { isBodyWord, NAME_PHRASE, runTogether } from './namePhrase'
import { isPlaceName } from './placeNames'
import { genderOfFirstName } from './firstNames'
import { LY_ADVERB, opensLabel, SPAN_OF_TIME } from './cues'
import { setOffByComma } from './asides'

/** Finite verbs and other words a noun phrase never holds: auxiliaries, modals, the common irregular past tenses ("a sample came in"), Spanish preterites ("anunció") and common present tenses ("los informes dan") and the clitic "se" before a verb ("el término se refiere"), -ly adverbs (not "family", "assembly", "daily"), and the words that open a clause inside it ("the time when …", "the software as the company"). */
const VERB_LIKE = new RegExp(String.raw`(?:^|\s)(?:is|are|was|were|be|been|has|have|had|could|would|can|will|shall|should|may|might|must|did|does|do|then|also|not|es|son|fue|era|eran|será|serán|sería|serían|ha|han|había|habían|hay|puede|considera|consideró|no|came|went|took|gave|made|got|saw|knew|thought|felt|began|became|brought|stood|ran|sat|met|heard|held|wrote|spoke|rose|fell|won|lost|paid|sent|spent|built|when|while|whereas|because|although|as|if|está|están|estaba|estaban|hace|hacen|tiene|tienen|cree|creen|puede|pueden|debe|deben|sigue|siguen|said|told|wrote|described|stated|added|explained|noted|claimed|how|que|donde|where|which|what|whom|cual|cuales)(?=\s|$)|(?:^|\s)(?:da|dan|va|van|se)(?=\s+\p{Ll}|$)|(?<![\p{L}])\p{Ll}{2,}(?:ó|ió|aron|ieron|eron|aba|aban|arán|erán|irán)(?=\s|$)|(?<![\p{L}])${LY_ADVERB}(?=\s|$)`, 'u')
/** Words that open a clause, not a noun phrase: "who cast one of the two votes", "que votó en contra". */
const CLAUSE_OPENER = /^(?:\p{L}+ing\s+(?:the|a|an|his|her|their|its|him|them|it|one|around|over|with)\s|(?:muy|apenas|\p{L}+mente)\s|who|whom|whose|which|that|where|when|while|after|before|as|if|because|according|once|through|via|mediante|a\s+(?:través|partir|pesar|cargo)|una\s+vez|que|quien|quienes|cuyo|cuya|donde|cuando|mientras|según|tras|al|por|para|con|sin|en|de|del|durante|during|desde|since|hasta|until|hacia|ante|entre|between|among|sobre|contra|against|despite|a\s+(?:ningún|ninguna|lo|los|las|la|el|su|sus|todos|todas|cada)|in|on|at|for|with|from|to|of|by|about|regarding|concerning)\b/iu
/** Words a place has before it in a locative phrase: "in Montevideo", "en Estados Unidos", "across the country" (not "to": "according to X"; "from" is before a person too, "a statement from X"). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:(?:in|at|across|near|inside|outside|throughout|from|en|hacia|desde|dentro\s+de)\s+(?:the\s+)?|(?:city|town|village|hometown|ciudad|pueblo|localidad|municipio|natal)(?:\s+(?:of|de))?,?\s+)$/iu

/** Nouns for a writing that speaks for itself, in English and Spanish: shared by isDocument here and writings.ts (which adds signs and crowds). */
export const WRITING_WORDS = `report reports website webpage memo memorandum statement document documents letter booklet brochure pamphlet leaflet study survey lawsuit complaint
affidavit indictment filing resolution editorial notes emails e-mails ruling release guidance guidelines article announcement advertisement notice
newsletter handbook manifesto motion bulletin message disclaimer audit book biography memoir memoirs essay column op-ed tweet transcript paper
mensaje informe reporte documento comunicado carta estudio encuesta demanda denuncia resolución sentencia nota acta decreto circular anuncio aviso boletín manifiesto moción folleto libro biografía memorias ensayo columna tuit
sumario atestado querella expediente dictamen dossier warrant`.split(/\s+/u)

/** Nouns for writings and the bodies that publish them: a source in its own right, never a person named before ("el auto", a court's order, only in Spanish: "the auto industry"). */
const DOCUMENT_HEAD = new RegExp(
  `(?:^|\\s)(?:${[...WRITING_WORDS, ...'newspaper bill constitution order legislation law regulations jury court ley jurado tribunal artículo reglamento solicitud constitución diario periódico fallo proyecto'.split(' ')].join('|')}|el\\s+auto)$`,
  'iu'
)

/** "the report", "el informe", "the explanatory notes", "the courts" (a plural of one is many writings): a writing as the source. */
export function isDocument(phrase: string): boolean {
  const head = phrase.replace(/\s+(?:of|for|by|from|de|del|sobre)\s.*$/iu, '').trim()
  return DOCUMENT_HEAD.test(head) || DOCUMENT_HEAD.test(head.replace(/(?<=\p{Ll}{3})s$/u, ''))
}

/** "TNO's report", "The Conservatives’ letter to Daniel Greenberg": a body's or person's writing, named by its owner, at the end of the words before a cue. */
const OWNED_AT_END = /(?:^|\s)((?:[Tt]he\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,4}['’]s?\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}\p{Ll}[\p{L}\-]*)(?:\s+(?:to|for|on|about|from|a|al|sobre)\s+[^,;:]{1,60})?$/u

/** The document an owner's name stands before, as the article writes it ("TNO's report"), or null: a writing is the source, not its owner. */
export function ownedDocumentAtEnd(words: string): { text: string; index: number } | null {
  const m = OWNED_AT_END.exec(words)
  if (!m || !isDocument(m[1]!.replace(/^.*['’]s?\s+/u, ''))) return null
  return { text: m[1]!, index: m.index + m[0].indexOf(m[1]!) }
}

const FUNCTION_WORD_END = /(?:^|\s)(?:to|as|if|of|for|the|a|an|and|or|that|with|by|from|al|un|una|other|another|this|these|those|such|his|her|their|its|our|my|your|de|del|la|el|los|las|que|y|o|a|con|por|para|otro|otra|otros|otras|este|esta|ese|esa|su|sus|mi|mis|me|te|se|nos|les|porque|aunque|pero|pues|mientras|cuando|because|but|although|while|when|suficientes|suficiente|necesarios|necesarias|mismos|mismas|enough|same)$/iu
/** A small word (an article, a preposition, a conjunction, a possessive; a quantifier whose noun is left out, "los suficientes") that no noun phrase ends in and no title holds. */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORD_END.test(word)

/** A role or description as a noun phrase: at most `most` words, no verb, not a clause. */
export function isNounPhrase(phrase: string, most = 8): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > most) return false
  if (CLAUSE_OPENER.test(phrase.trim())) return false
  // A noun phrase ends in a noun, never in a small word: "the president's face as if to" is a fragment.
  // (Nor does a subordinating word start a clause inside it, "las mejillas de Reinders mientras me", nor a dash end it, "asociado a Naciones Unidas -".)
  if (FUNCTION_WORD_END.test(phrase.trim()) || /\s(?:mientras|cuando|porque|aunque|while|when|because|although)\s|\s[-\u2013\u2014]$/iu.test(phrase.trim())) return false
  return !VERB_LIKE.test(phrase.replace(/\([^)]*\)/gu, ' '))
}

export const DAY = 'lunes|martes|miércoles|jueves|viernes|sábado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday'

/** People a person has (kin, counsel, staff, publicists), beside the titles and bodies the name lists know: "Smith’s lawyer", "Kelce’s mom", "the senator’s aides", "Elton John’s publicist". */
const PEOPLE_OF = new Set('lawyer mother father mom dad son daughter wife husband brother sister family parent friend aide adviser advisor team staff camp representative publicist agent rep attorney counsel partner girlfriend boyfriend fiance fiancee uncle aunt cousin grandmother grandfather neighbor neighbour colleague biographer physician widow widower viuda viudo esposa esposo madre padre hijo hija hermano hermana abogado abogada amigo amiga vecino vecina familiar novia novio pareja defensa entorno equipo'.split(' '))
/** Nouns for people by what they do, that no list of titles holds: "a senior economic official", "un analista". */
const PEOPLE_BY_WORK = new Set('official owner co-owner dueño dueña propietario propietaria dirigente investor economist analyst expert researcher scientist resident witness worker employee doctor nurse teacher student activist lawmaker legislator diplomat investigator winner star actor actress singer player ganador ganadora actriz cantante jugador jugadora funcionario funcionaria analista experto experta investigador investigadora cientifico cientifica vecino vecina testigo trabajador trabajadora empleado empleada medico medica enfermero enfermera profesor profesora estudiante activista diplomatico diplomatica publicist agent attorney lawyer therapist nutritionist educator psychologist journalist reporter periodista abogado abogada psicologo psicologa nutriologo nutriologa licenciado licenciada graduate graduado graduada musician musico futbolista footballer tenista piloto entrenador entrenadora escritor escritora writer autor autora author artista artist empresario empresaria deportista atleta athlete candidate candidato candidata economista politologo politologa sociologo sociologa historiador historiadora historian arquitecto arquitecta architect rapero rapera rapper comediante comedian humorista presentador presentadora productor productora producer cineasta filmmaker especialista specialist docente lecturer epidemiologo epidemiologa epidemiologist virologo virologa virologist neumologo neumologa cardiologo cardiologa protester demonstrator manifestante boss skipper tecnico tecnica'.split(' '))

/** A noun for one who is someone else's: "wife", "lawyer", "neighbour" (singular: "los abogados del expresidente" are a group). */
export const isRelationNoun = (word: string): boolean => PEOPLE_OF.has(word)

/** Whether a noun (singular or plural) names someone who can speak: a title or role, a body, or one of the people someone has. */
export function isPersonNoun(word: string): boolean {
  const one = word.replace(/s$/u, '')
  // ("witness", "jugadores", "investigadores": a noun in "-ss", a Spanish plural in "-es" after a consonant; "la directora": a woman's noun, "-or" with "-a" (never "-o": "música" is music).)
  const bare = /(?<=[rlndz])es$/u.test(word) ? word.slice(0, -2) : word
  const his = one.replace(/(?<=or)a$/u, '')
  return [word, one, his].some((w) => isRoleWord(w)) || isBodyWord(word) || isBodyWord(one) || PEOPLE_OF.has(one) || [one, word, bare, his].some((w) => PEOPLE_BY_WORK.has(foldText(w)))
}

/** A noun for one person, never a body's ("la investigadora", "este experto"; not "esta institución"). */
export const isPersonsNoun = (word: string): boolean => (isPersonNoun(word) && !isBodyWord(word)) || PERSON_WORD.test(word)

/** A plural noun for people, in any case: "Prosecutors", "residents", "Miembros". */
export const isPeoplePlural = (word: string): boolean => !!barePlural(word.toLowerCase()) && isPersonsNoun(word.toLowerCase())

/** A plural of people: a person's noun in the plural, or a noun for those who do something, by its ending ("regulators", "shoppers", "analysts"). */
export const isPluralOfPeople = (word: string): boolean => isPeoplePlural(word) || (/(?:er|or|ist|ent|ant|an|al|ic|ee|ive)s$/u.test(word) && !!barePlural(word.toLowerCase()))

/** Words for a person that no role holds: "the woman at the chamber of commerce", "un hombre en la calle". */
export const PERSON_WORD = /^(?:man|woman|men|women|person|girl|boy|mujer|hombre|persona|joven|chica|chico)$/u

/** Nouns for a group that take no plural ending: "police said", "staff told", "la gente dice". */
const GROUP_NOUNS = new Set('police staff people gente policía'.split(' '))
/** Words ending like a plural that are no noun: adverbs and small words ("además", "después", "thus", "perhaps"), quantifiers alone. */
const NOT_PLURAL_NOUN = new Set('además después antes entonces mientras apenas jamás quizás acaso menos más pues tras todas todos ambas ambos muchos muchas otros otras algunos algunas varios varias unos unas las los les sus mis tus nos vos este thus perhaps always sometimes yes whereas besides towards afterwards this its his hers theirs ours yours was has is does goes says news series species others many some few most both all these those cifras datos figures data numbers'.split(' '))

/** Words before a bare plural's noun: a quantifier or an adjective ("some", "local", "federal"), never a small word, an article, a possessive or an adverb ("but", "the", "city’s", "además"). */
function isModifier(word: string): boolean {
  if (/^(?:some|many|several|other|most|two|three|four|five|muchos|muchas|algunos|algunas|varios|varias|otros|otras|dos|tres|cuatro)$/u.test(word)) return true
  return !NOT_PLURAL_NOUN.has(word) && !/['’]s?$/u.test(word) && !/^(?:and|but|or|nor|so|yet|y|pero|o|ni|the|a|an|this|that|these|those|his|her|their|its|our|my|your|el|la|lo|of|in|on|at|to|for|from|with|by|as|de|en|por|para|con|who|which|que|when|then|now|also|still|just|only|even|here|there)$/u.test(word)
}

/** A plural noun (or a group noun) that can head a phrase with no article: "doctors", "vecinos", "police". */
function isPluralNoun(word: string): boolean {
  const w = word.toLocaleLowerCase()
  if (GROUP_NOUNS.has(w)) return true
  if (NOT_PLURAL_NOUN.has(w) || w.length < 4) return false
  return /(?:[^su]s|es|os|as)$/u.test(w) && !/(?:ous|ness|ss)$/u.test(w)
}

/** A plural noun and the body its people belong to: "officials at Etlaq"; or the body first: "Pentagon officials", "Department of Health legal advisers". */
const PLURAL_OF_BODY = new RegExp(`^(\\p{Ll}[\\p{L}\\-]*)\\s+(?:at|of|for|from|with|in|de|del|en)\\s+(?:the\\s+|la\\s+|el\\s+)?(?:${NAME_PHRASE.source})$`, 'u')
const BODY_PLURAL = new RegExp(`^(?:the\\s+|The\\s+)?(?:${NAME_PHRASE.source})\\s+((?:\\p{Ll}[\\p{L}\\-]*\\s+)?(\\p{Ll}[\\p{L}\\-]*))$`, 'u')

/**
 * A plural with no article, up to two lower-case words before it, as the
 * whole subject: "doctors", "local officials", "some residents", "federal
 * prosecutors" ("“…,” doctors said"); in Spanish the noun comes first and a
 * short "de" phrase or adjective may follow it ("vecinos del barrio",
 * "expertos consultados"). A group that is not named, never someone named
 * before. Null for anything else ("además", "this week").
 */
export function barePlural(phrase: string): string | null {
  const t = phrase.trim()
  if (REST_OF_CROWD.test(t)) return t
  // ("Thousands of protesters outside city hall", "Decenas de mensajes difundidos en Facebook", "más de 400 rabinos y otros líderes religiosos", "more than 200 doctors": a number of them, as a group.)
  const many = /^(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores|[Mm]illions|[Dd]ecenas|[Cc]ientos|[Mm]iles|[Mm]illones|[Dd]ocenas)\s+(?:of|de)\s+(\p{Ll}[\p{L}\-]*)/u.exec(t) ?? /^(?:(?:[Mm]ás|[Mm]enos|[Cc]erca|[Aa]lrededor)\s+de\s+|(?:[Mm]ore|[Ff]ewer)\s+than\s+|[Nn]early\s+|[Aa]lmost\s+|[Aa]bout\s+)\d[\d.,]*\s+(\p{Ll}[\p{L}\-]*)/u.exec(t)
  if (many) return isPluralNoun(many[1]!) && isNounPhrase(t, 10) ? t : null
  // ("officials at Etlaq", "analysts at Boston Consulting Group": people, and the body they belong to.)
  const ofBody = PLURAL_OF_BODY.exec(t)
  if (ofBody && isPersonNoun(ofBody[1]!) && barePlural(ofBody[1]!)) return t
  const bodyFirst = BODY_PLURAL.exec(t)
  if (bodyFirst && isPersonNoun(bodyFirst[2]!) && barePlural(bodyFirst[1]!)) return t
  const en = /^(?:\p{Ll}[\p{L}\-]*\s+){0,2}(\p{Ll}[\p{L}\-]*)$/u.exec(t)
  if (en && isPluralNoun(en[1]!) && isNounPhrase(t, 3) && t.split(/\s+/u).slice(0, -1).every(isModifier)) return t
  const es = /^(\p{Ll}[\p{L}\-]*)(?:\s+(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?\p{L}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*(?:os|as|es))?|\s+\p{Ll}[\p{L}\-]*(?:os|as|es))?$/u.exec(t)
  return es && /(?:os|as|es)$/u.test(es[1]!) && isPluralNoun(es[1]!) && isNounPhrase(t, 5) ? t : null
}

/** "“…”, gritaban otros", "others said": the rest of a crowd, a group of its own (a pronoun, but no noun phrase's small word). */
const REST_OF_CROWD = /^(?:others|otros|otras|many|muchos|muchas|algunos|algunas)$/u

/** A singular noun for many people: "the opposition", "la multitud". */
const COLLECTIVE = /^(?:[Tt]he|[Ll]a|[Ee]l)\s+(?:opposition|crowd|public|audience|oposición|multitud|público|audiencia)$/u

/** A speaker that is a group, not one person: "doctors", "los abogados del expresidente", "the officers" (never "he" or "she", never one person named before). */
export function isGroup(speaker: string): boolean {
  if (COLLECTIVE.test(speaker)) return true
  // (Its noun in lower case: "the Texas fan" is one person; a case-blind test would read "Texas" as a plural noun. "the actress", "the witness": -ss is one.)
  if (/^(?:[Ll]os|[Ll]as|[Uu]nos|[Uu]nas|[Tt]he|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Dd]os|[Tt]res|[Vv]arios|[Vv]arias)\s+\p{Ll}[\p{L}\-]*(?<!s)s(?:\s|$)/u.test(speaker)) return true
  const rest = speaker.replace(/^(?:[Tt]he|[Ll]os|[Ll]as|[Uu]nos|[Uu]nas|[Ss]ome|[Mm]any|[Aa]lgunos|[Aa]lgunas|[Vv]arios|[Vv]arias)\s+/u, '')
  return (/^\p{Ll}/u.test(rest) || BODY_PLURAL.test(rest)) && barePlural(rest) !== null
}

/** A role from the article for People and quote sheets: a short noun phrase, else nothing. */
export function shortRole(role: string): string {
  const cut = role.split(/,|\s+(?:who|which|que|quien|quienes)\s/iu)[0]!.trim()
  return isNounPhrase(cut) ? cut : ''
}

/** The article is in Spanish: "que" outnumbers "the" (a verb's ending tells Spanish "Condenan" from English "Canadian" no better). */
export const inSpanish = perText((text): boolean => (text.match(/\sque\s/gu)?.length ?? 0) > (text.match(/\sthe\s/giu)?.length ?? 0))

/** The words an article writes in lower case. */
const lowerWords = perText((text): ReadonlySet<string> => new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}'’\-]*/gu) ?? []))

/** What the article writes alone in quotation marks: titles, names, terms. */
const quotedAlone = perText((text): ReadonlySet<string> => new Set([...text.matchAll(/["“«]([^"“”«»\n]{1,80})["”»]/gu)].map((m) => m[1]!.trim())))

/** The article also writes this capitalised word in lower case, as an ordinary word ("Though", "Además", "Consultado"). */
export function isCommonWord(word: string, text: string): boolean {
  const lower = word.toLocaleLowerCase()
  if (lower === word || /^\p{Lu}{2,}$/u.test(word)) return false
  return lowerWords(text).has(lower)
}

/**
 * Each capitalised word of a text, and whether the text ever writes it other than where a sentence starts, or other than as the
 * first of several words in quotation marks (both found in one pass).
 */
const capitalisedWords = perText((text): { readonly sentence: ReadonlyMap<string, boolean>; readonly quote: ReadonlyMap<string, boolean> } => {
  const sentence = new Map<string, boolean>()
  const quote = new Map<string, boolean>()
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’\-]*/gu)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index)
    // ("Guadalajara.— Serios, porque …": a dateline's dash ends it like a full stop.)
    // (`evident."Making matters worse`: a closing mark glued to the next sentence ends the one before all the same.)
    const opens = /(?:^|[.!?:](?:["”’»]\s*|\s+|[\u2014\u2013]\s*)|\n\s*|[¿¡])$/u.test(before)
    const opensQuote = /["“«‘][¿¡]?$/u.test(before) && /^[\s,]+\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    sentence.set(m[0], (sentence.get(m[0]) ?? false) || !opens)
    quote.set(m[0], (quote.get(m[0]) ?? false) || !opensQuote)
  }
  return { sentence, quote }
})

/** "“Fui la abuelita …”", "“Puedes decirles: …”": the word only ever opens a quotation (a pseudonym alone in marks, "“Maritza”", does not). */
export const onlyOpensQuotes = (word: string, text: string): boolean => capitalisedWords(text).quote.get(word) === false

/** "Asimismo", "Thousands": every time the article writes the word it opens a sentence (never inside one, never after a first name). */
export function onlyOpensSentences(word: string, text: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return false
  return capitalisedWords(text).sentence.get(word) === false
}

/** Every mention of the name comes right after "in", "en", "from"…: a place, not a speaker. */
export function isOnlyAPlace(name: string, text: string): boolean {
  // ("One dissenting opinion came from Paul Grant": a first name and a surname are a person's, after "from" too.)
  if (/\s/u.test(name.trim()) && genderOfFirstName(name)) return false
  const places = placeMentions(name, text)
  // "a reply from Julia Blystone … Blystone added": a surname written alone, not after "from", is a person's.
  const last = name.trim().split(/\s+/u).pop()!
  return places > 0 && (last === name.trim() || placeMentions(last, text, name.trim()) > 0)
}

/**
 * How many times the word or name is written right after "in", "en", "from"… or a word for a town ("su ciudad natal, Motherwell",
 * "the town of Brownhills"), or 0 when it is once written elsewhere (inside `whole` aside).
 */
function placeMentions(name: string, text: string, whole = name): number {
  let places = 0
  for (let at = text.indexOf(name); at !== -1 && places < 50; at = text.indexOf(name, at + 1)) {
    if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + name.length] ?? '')) continue
    const inWhole = whole !== name && text.startsWith(whole, at + name.length - whole.length)
    // ("Desde Demócratas emitieron una declaración", "desde el PP aseguran": a body that "desde" opens, with a verb in the plural after it, speaks.)
    const speaksFrom = /(?:^|\s)[Dd]esde\s+(?:(?:el|la|los|las)\s+)?$/u.test(text.slice(Math.max(0, at - 16), at)) && /^\s+(?:(?:se|le|les|lo|no|ya|también)\s+)*\p{Ll}+(?:an|en|aron|ieron)(?![\p{L}])/u.test(text.slice(at + name.length, at + name.length + 40))
    if (!inWhole && (speaksFrom || !LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 16), at)))) return 0
    places++
  }
  return places
}

/** "A few weeks earlier", "Unos meses después": a span of time (cues.ts) that says when something happened (sentenceSubject.ts skips it too). */
export const TIME_SPAN = String.raw`${SPAN_OF_TIME}\s+(?:earlier|later|ago|before|after|antes|después|más\s+tarde|atrás)`
/** "El viernes", "last Monday": a day is when, not who; "A eso", "Con la": a Spanish preposition opens no subject; "a watchdog over": a preposition ends none; "several seconds": a span of time is when; "percent of Americans": a share cut from its number is no one. */
const NO_NOUN_PHRASE = new RegExp(`^(?:.*\\s(?:over|of|for|by|with|from|about|into|de|del|con|por|para|sobre)|${TIME_SPAN}|${SPAN_OF_TIME}|(?:el|este|ese|aquel|cada|the|this|last|next|on)\\s+(?:${DAY})|(?:A|Ante|Con|Por|Para|Sin|Sobre|Tras|Hacia)\\s+(?:eso|esto|ello|aquello|la|las|los|el|lo|su|sus)(?:\\s.*)?|(?:percent|per\\s+cent|por\\s+ciento)\\s.*)$`, 'iu')

const INTERJECTION = /^(?:Yes|No|Yeah|Nope|Sure|OK|Okay|Well|Thanks|Hello|Hi|Bye|Sí|Si|Claro|Bueno|Vale|Gracias|Hola|Adiós|Ojalá)$/u

/**
 * Whether a resolved speaker can be one. `kind` says how it was written:
 * a name (capitalised words), or a role (the article's own noun phrase).
 */
/** "Koke, capitán rojiblanco, coincidió": a word set off by a comma, then a person's noun and another comma, is someone described. */
function describedAfter(word: string, text: string): boolean {
  const m = new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')},\\s+(?:(?:el|la|un|una|the|a|an)\\s+)?(\\p{Ll}+)[^,.;:!?]{0,40},`, 'u').exec(text)
  return !!m && isPersonNoun(m[1]!)
}

export function canBeSpeaker(speaker: string, kind: 'name' | 'role', text: string, subject = false): boolean {
  const words = speaker.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0 || NO_NOUN_PHRASE.test(speaker.trim())) return false
  // A speaker described, not named, may be a longer noun phrase: "the head of news for the Yushu county television station".
  // "read one": a numeral or determiner alone stands for a noun the text gave before ("one [of the booklets]"); it names no one. (One word in lower case speaks only as a group, a person's noun or a writing: "critics", "vecinos", never "hay".)
  if (kind === 'role' && words.length === 1 && /^\p{Ll}/u.test(words[0]!) && !isGroup(words[0]!) && !isPersonNoun(words[0]!) && !/s$/u.test(words[0]!)) return false
  // ("su nombre", "su posterior romance", "their last known voting intention": something of someone's speaks only when it is a person, a body or a group of theirs.)
  const owned = /^(?:su|sus|his|her|their|its)\s+(.+)$/iu.exec(speaker.trim())?.[1]
  if (kind === 'role' && owned && !ownedSpeaks(owned)) return false
  if (kind === 'role') return (isNounPhrase(speaker, 12) || REST_OF_CROWD.test(speaker.trim())) && !/^(?:the|el|la|one|another|uno|una|otro|otra)$/iu.test(speaker.trim())
  // (Counted without the small words inside a body's name: "Centro de Estudios de Justicia de las Américas" is five.)
  if (words.filter((w) => !/^(?:de|del|la|las|los|el|of|for|the|and|y|e|on)$/u.test(w)).length > 7) return false
  // "AD She was all in", "OW What made me …": an interview's initials run into the answer's first word (a pronoun, a question word) are no name.
  if (words.length >= 2 && words.slice(1).some((w) => /^(?:She|It|They|We|You|What|Why|How|When|Who|Where)$/u.test(w))) return false
  // "Rodrigo CastañedaRepresentante": two words run together by the page's extraction are no name as written (namePhrase.ts).
  if (words.some((w) => runTogether(w, text))) return false
  // "KARINA MAMÁ PODEROSA": three words or more in capitals are a heading, not a name; so are two ("CHINA CHIPS —") when the article writes either word in lower or title case elsewhere (an acronym, "NASA JPL", never is).
  if (words.length >= 3 && words.every((w) => !/\p{Ll}/u.test(w))) return false
  if (words.length === 2 && words.every((w) => /^\p{Lu}{3,}$/u.test(w)) && words.some((w) => lowerWords(text).has(w.toLocaleLowerCase()) || text.includes(` ${w[0]}${w.slice(1).toLocaleLowerCase()} `))) return false
  // "Lone Star State-sized", "Texas-based", "Chet Baker-ish", "Trump-supporting", "Kremlin-linked": a compound adjective describes something; it names no one.
  if (/-(?:sized|size|based|style|like|ish|esque|born|led|backed|owned|run|funded|made|era|wide|\p{Ll}+(?:ing|ed))$/u.test(words[words.length - 1]!)) return false
  const first = words[0]!
  // "Arremetió", "Oct": a verb in the past that opens its sentence, or an abbreviation that is no title (a month, "Inc"), alone is no name.
  // ("Condenan funa a …", "Piden …": so is a verb in the present plural that opens a Spanish headline, but for a first name, "Julián", "Rubén";
  // and an auxiliary, "Han asistido …".)
  if (words.length === 1 && isAbbreviation(first.replace(/\.$/u, '')) && !isTitleWord(first)) return false
  // ("“…,” said Jeff Choney, a retired teacher in Wellesley, Mass., who … said he may contribute": nor is a US state's after a town.)
  if (words.length === 1 && isStateAfterTown(first.replace(/\.$/u, ''), text)) return false
  // ("¿Celebró México tan fuerte …?": the verb opens a run of capitalised words too, but for a first name.)
  if ((words.length === 1 || !genderOfFirstName(first)) && /^\p{Lu}\p{Ll}+(?:ó|ió|aron|ieron)$/u.test(first) && onlyOpensSentences(first, text)) return false
  if (words.length === 1 && /^(?:\p{Lu}\p{Ll}{2,}(?:an|en)|Ha|Han|He|Hemos|Había|Habían)$/u.test(first) && onlyOpensSentences(first, text) && !genderOfFirstName(first) && inSpanish(text)) return false
  // "Asimismo, …", "Nearly a year later", "Breathing in mold …": one word the article only writes at a sentence's start, set off by a comma there
  // or shaped as an adverb or a gerund ("Teniendo", never "Fernando"), or a label line's first word ("Pre-emptive self-exoneration: “…”"), is no name ("Researchers", "Others" and a transcript's "Schiff" are: they open sentences too).
  if (words.length === 1 && onlyOpensSentences(first, text) && ((setOffByComma(first, text) && !describedAfter(first, text)) || (!subject && /^\p{Lu}\p{Ll}{2,}(?:ing|ly)$/u.test(first)) || (/^\p{Lu}\p{Ll}+(?:ando|iendo|yendo)$/u.test(first) && !genderOfFirstName(first)) || opensLabel(first, text))) return false
  // ("Former royal PR aides called it …": a word that only qualifies a title, alone, is no one.)
  if (words.length === 1 && /^(?:former|acting|interim|deputy|assistant|foreign|interior|home|then|late|ex)$/iu.test(first)) return false
  if (words.length === 1 && onlyOpensQuotes(first, text) && !genderOfFirstName(first)) return false
  // "“Yes,” she says": a word of answer or greeting, quoted or not, is no one.
  if (words.length === 1 && INTERJECTION.test(first.replace(/[,.;:!?]$/u, ''))) return false
  // "Though", "Además", "Consultado": an ordinary word capitalised only because it opens a sentence. (Not a body's word: "Department of
  // Health" where the article also writes "the department"; nor a plural noun for people, "Prosecutors alleged" after "federal prosecutors": a group.)
  if (!isTitleWord(first) && !(isBodyWord(first) && words.length >= 3) && !(words.length === 1 && isPeoplePlural(first)) && isCommonWord(first.replace(/[,.;:]$/u, ''), text) && (words.length === 1 || /^\p{Ll}/u.test(words[1]!))) return false
  if (VERB_LIKE.test(speaker.replace(/^\S+\s*/u, ''))) return false
  // "Altered Carbon", «La gallina culeca»: a name the article also writes alone in quotation marks is a work's title (a pseudonym in marks has a first name: "“Maritza”").
  if (words.length >= 2 && !genderOfFirstName(speaker) && quotedAlone(text).has(speaker.trim())) return false
  // "World Cup", "the Olympics", "Juegos Olímpicos": a contest is where people speak, never one of them; nor is an award ("Premio Feroz de Honor", "Nobel de Literatura").
  if (EVENT.test(speaker.trim())) return false
  // ("Beijing said", "Downing Street said:": a place that opens its sentence as the verb's own subject speaks for those who govern it.)
  if (subject) return true
  if (placeShaped(speaker)) return false
  // ("Chile y Brasil", "France and Germany": two places joined are places still.)
  const pair = /^(.+?)\s+(?:y|e|and)\s+(.+)$/u.exec(speaker.trim())
  if (pair && isPlaceName(pair[1]!) && isPlaceName(pair[2]!)) return false
  return !isOnlyAPlace(speaker, text) && !isPlaceName(speaker)
}

/** The head of what someone owns, Spanish first ("equipo de campaña"), English last ("co-authors"), is a person's or a body's noun, or a writing's. */
function ownedSpeaks(owned: string): boolean {
  const words = owned.replace(/\s+(?:of|de|del|for|para)\s.*$/iu, '').split(/\s+/u)
  return [words[0]!, words[words.length - 1]!].some((w) => isPersonNoun(w.toLocaleLowerCase()) || isPersonNoun(w.replace(/^co-/u, '')) || isDocument(`the ${w}`)) || isGroup(owned)
}

/** Words that make a name a place ("Park", "Bay", "Plaza" are surnames too, so they are not here). */
const PLACE_LAST = /^(?:Harbour|Harbor|River|Street|Avenue|Road|Quay|Slope|Heights|Island|Islands|Lake|Mountains|Valley|Beach|Square|Canyon|Creek|Peninsula|Strait|Ocean|Sea|Gulf|Desert)$/u
const PLACE_FIRST = /^(?:Río|Salón|Calle|Avenida|Isla|Islas|Lago|Bahía|Playa|Cerro|Nevado|Parque|Ciudad|Provincia|Municipio|Región|Lake|Mount|Monte)$/u
/** A county or a city speaks as the body that governs it ("Broward County says"), but is never "he" or "she". */
const GOVERNED_LAST = /^(?:County|City|Township|Borough|Province|State)$/u

/** "Whangārei Harbour", "Río Bravo": a name that ends or opens with a word for a place on the map is that place; with `governed`, "Broward County", "Kansas City" too. */
export function placeShaped(name: string, governed = false): boolean {
  const words = name.trim().split(/\s+/u)
  const last = words[words.length - 1]!
  return words.length >= 2 && (PLACE_LAST.test(last) || PLACE_FIRST.test(words[0]!) || (governed && GOVERNED_LAST.test(last)))
}

/** Names of sporting contests: a cup, the Olympics, a championship, a grand prix ("Banco Mundial" can speak: no "Mundial" here); and holidays ("Semana Santa"). */
const EVENT = /(?:^|\s)(?:Semana Santa|Navidad|Nochebuena|Nochevieja|Año Nuevo|Christmas|Easter|Thanksgiving|Ramad[aá]n|Cup|Olympics|Olympic Games|Championships?|Grand Prix|Super Bowl|World Series|Eurocopa|Juegos Olímpicos|Campeonato|Premios?|Prize|Awards?|Festival|Nobel de (?:Literatura|la Paz|Física|Química|Medicina|Economía))(?:\s|$)/u
