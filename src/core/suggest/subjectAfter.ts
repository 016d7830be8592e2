/**
 * The speaker written after a cue, in the inverted order reporting uses
 * ("“…,” said Alfredo Romero, director of Foro Penal", "said the lawyer
 * Gonzalo Himiob", "—dijo el ministro—", "respondieron a EL HERALDO los
 * abogados"): past the one spoken to, the time and the place, to the name or
 * the role that is the verb's subject. attribution.ts decides where a cue is.
 */
import { isBodyNoun } from './roleSpeakers'
import { AFTER_CUE_SKIP, LY_ADVERB } from './cues'
import { ADVERB_ASIDE } from './asides'
import { BODY_KIND, KIND_OF_BODY, NAME_PHRASE, PARTY_MEMBER, isBodyWord, parseNamePhrase, withoutRunOn } from './namePhrase'
import { bareWritings, isWriting, MADE_KNOWN, sourcesAfter } from './writings'
import { barePlural, isPersonNoun, isPersonsNoun, isRelationNoun } from './speakerKind'
import { DEMONSTRATIVES, GENERIC, genderOfFirstName, personAfterOutlet, personStartAfterBody } from './firstNames'
import { isPlaceName } from './placeNames'

/** The first two of a list after a verb, each with its article ("the amendment’s language, the historical context and …"); the first's last word is its head. */
const LIST_OF_THINGS = /^(?:the|a|an|el|la|los|las|un|una)\s[^,;:.“”"«»]{0,60}?(\p{Ll}+),\s+(?:the|a|an|el|la|los|las|un|una)\s[^,;:.“”"«»]{1,60}\s(?:and|y|e)\s/iu

/** A speaker as written next to a cue, still raw ("he", "the lawyer", "Rodríguez"); names.ts and resolveSpeaker.ts say who it is. */
export type SpeakerPhrase =
  | { readonly type: 'name'; readonly text: string; readonly start: number; readonly end: number }
  | { readonly type: 'pronoun'; readonly text: string; readonly start: number; readonly end: number }
  | { readonly type: 'role'; readonly text: string; readonly start: number; readonly end: number }
  /** A verb with no subject ("«…», afirmó."): the speaker is the one the text is about. */
  | { readonly type: 'implicit'; readonly text: ''; readonly start: number; readonly end: number }

/** A cue and the speaker phrase it attributes words to (attribution.ts finds them; defined here so modules it uses can name it without a cycle). */
export type Attribution = {
  readonly cue: string
  readonly cueStart: number
  readonly cueEnd: number
  readonly speaker: SpeakerPhrase
}

/**
 * Capitalised words a role may hold before its last, lower-case word: "the Labour MP", "la portavoz en español"; an age may open that word
 * ("the 45-year-old"). A body's whole name may stand there, its "for", "of", "and" and commas too: "A Department for Media, Culture and Sport spokeswoman"; and "No 10".
 */
export const ROLE_WORDS = String.raw`(?:(?:[\p{Ll}\p{Lu}'’\-]+\s+|No\.?\s+\p{N}+\s+){0,4}?|(?:\p{Lu}[\p{L}'’\-]*,?\s+(?:(?:for|of|and)\s+)?){2,7})(?:\p{N}+-)?[\p{Ll}'’\-]+`
export const NAME_AT_START = new RegExp(`^(?:(?:the|el|la|los|las)\\s+)?(?:${NAME_PHRASE.source})`, 'u')
export const PRONOUN_AT_START = /^(he|she|they|we|I|él|ella|ellos|ellas)(?![\p{L}])/iu
// ("a través de un comunicado", "a la prensa": the Spanish preposition "a" is no English article.)
// (A role ends before "a" and a name, the one spoken to: "espetó el ingeniero de pista a Max Verstappen"; never before "a su viaje", what the verb is about.)
/** Times Spanish opens with "a" ("a fines del año", "a mediados de mes"): never a role, nor the ones a verb is about. */
const A_TIME = 'fines|finales|principios|mediados'
/** Spanish "a" before a plural ("a periodistas", "a sectores de regadío"): English's "a" takes no plural, so this marks whom a verb is about. */
const A_PLURAL = String.raw`a(?=\s+(?!(?:${A_TIME})\s)\p{Ll}+[aeo]s(?![\p{L}]))`
const ROLE_AT_START = new RegExp(String.raw`^(?!a\s+(?:través|partir|pesar|causa|cargo|${A_TIME}|la|las|los|el|lo|su|sus|un|una|unos|unas|este|esta|estos|estas|ese|esa|esos|esas)\s)((?:the|a|an|his|her|their|its|our|my|one|another|some|el|la|los|las|un|una|su|sus|nuestro|nuestra|nuestros|nuestras|mi|mis|otro|otra|otros|otras|uno)\s+${ROLE_WORDS}(?:\s+\p{Lu}[\p{L}'’\-]+(?=[,.;:!?)]|$)|\s+de\s+\d{1,3}\s+años)?|someone|somebody|alguien)(?:\s+de\s+edad)?(?=[,.;:!?)]|\s+(?:who|in|on|at|during|after|before|with|from|to|for|through|via|quien|que|en|durante|por|tras|con|desde|ante|mediante|vía)\b|\s+a\s+(?:través\s+de\s)?(?=\p{Lu})|\s+a\s+través\s+de\s|\s*[\u2014\u2013]|$)`, 'u')
/** The one spoken to after a cue: "to The Times", "a La Estrella", "a la red Erbol", "al diario El País" (never "a skeptical Robert Wolfarth"); also before the clause it was told ("declaró al medio El Diario que …"). */
const LISTENER = String.raw`(?:(?:a|al|to)\s+(?:la\s+|el\s+|the\s+)?|(?:a\s+(?:la|el|los|las)|al)\s+(?:\p{Ll}+\s+){1,2})`
const CAPITALISED_DESCRIPTION = /^((?:a|an|another|one)\s+(?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}(\p{Lu}\p{Ll}[\p{L}'’\-]*))(?=\s*[,.;:!?)]|\s*$|\s+(?:who|in|at|on|from|with|during|to|after|before)\s)/u
/** "Senator Lindsey Graham, Republican of South Carolina" → "Senator Lindsey Graham": a party's member and the place they sit for is an aside after a name. */
export const withoutPartyAside = (s: string): string => s.replace(/,\s*(?:Democrat|Republican|Independent)\s+(?:of|from|for)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*$/u, '')
const LISTENER_NAME = new RegExp(`^${LISTENER}(?:${NAME_PHRASE.source})(?:\\s*(?:[.,;:)\\u2014\\u2013]|$)|\\s+(?:que|that)\\s)`, 'u')
/** "dijo a Nature el Dr. David Nutt": capitalised words spoken to, then an article that opens the subject (a name's "el" or "la" follows "de"). */
const WORDS_THEN_ARTICLE = new RegExp(String.raw`^(?:a|al)\s+(?:\p{Lu}[\p{L}'’\-]*[^\S\n]+){1,4}(?=(?:el|la|los|las)[^\S\n]+\S)`, 'u')
const LISTENER_THEN = new RegExp(`^${LISTENER}(?:${NAME_PHRASE.source})[^\\S\\n]+(?=(?:el|la|los|las|un|una|unos|unas|su|sus)\\s)`, 'u')
/** A word in lower case that describes the one named after it (never a preposition). */
const DESCRIBING_WORD = String.raw`(?!(?:of|for|de|del|en|in|on|at|from|with|into|a|al|to|por|con|desde|sobre|tras|behind|contra|against|entre|among|para|sin|without)\s)\p{Ll}[\p{L}'’\-]*[^\S\n]+`
// (A preposition inside it only before a lower-case noun: "la científica de datos Sophie Zhang", never "the spokesman for Amnesty International", "el presidente de la Organización …", "el hombre tras Corazones".)
// ("el exdiputado perredista y actual candidato Fernando Belauzarán": two descriptions joined by "y" before the name, neither with an article.)
const DESCRIBED_NAME = new RegExp(String.raw`^(?:the|a|an|el|la|un|una|his|her|their|its|su|sus)\s+(?:(?:(?:of|de|del)[^\S\n]+(?!(?:the|la|el|los|las|an?|una?)\s))?${DESCRIBING_WORD}){1,3}(?:(?:y|e|and)[^\S\n]+(?!(?:the|la|el|los|las|an?|una?|su|sus|his|her|their)\s)(?:${DESCRIBING_WORD}){1,2})?(${NAME_PHRASE.source})`, 'u')
const PERSON_AFTER_KIND = new RegExp(String.raw`^(?:the|a|an|el|la|un|una)\s+(?:\p{Ll}[\p{L}\-]*[^\S\n]+){1,3}(?:of|at|for|de|del)\s+(?:the|la|el)\s+(?:${BODY_KIND})[^\S\n]+(${NAME_PHRASE.source})(?=\s*(?:[,.;:)]|$)|\s+(?:en|in)\s)`, 'u')
const BARE_ROLE_THEN_NAME = new RegExp(`^\\s*(?:\\p{Lu}[\\p{L}.&'’\\-]*[^\\S\\n]+){0,3}\\p{Ll}[^,.;:]{1,140}?,\\s+(${NAME_PHRASE.source})(?=\\s*(?:[,.;:)\\u2014\\u2013]|$))`, 'u')
// ("el barón del PP más votado de España, el presidente gallego, Alberto Núñez Feijóo": a second description may stand between.)
/** Capitalised words, then a preposition: a name and where or how it spoke ("Tusk en una declaración", "Smith in a statement"). */
const NAME_THEN_PHRASE = /^\s*(?:\p{Lu}[\p{L}.&'’\-]*[^\S\n]+){1,3}(?:en|in|on|at|tras|after|con|with|ante|desde|from|durante|during|a|al|to|por|by|para|for)\s/u
const ROLE_THEN_NAME = new RegExp(`^(?:the|a|an|el|la|los|las|un|una|su)\\s+[^,.;:]{1,140}?(?:,\\s+(?:the|a|an|el|la|un|una)\\s+\\p{Ll}[^,.;:]{0,60}?)?,\\s+(${NAME_PHRASE.source})(?=\\s*(?:[,.;:)\\u2014\\u2013]|$)|\\s+(?:en|in|on|who|quien|que|during|durante)\\b|\\s+(?:of|de)\\s+\\p{Lu}\\p{Ll})`, 'u')
const FOR_BODY = new RegExp(`^((?:[Aa]n?|[Tt]he|[Uu]na?|[Ee]l|[Ll]a)\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){1,3}(?:for|of|at|from|de|del)\\s+(?:the\\s+|la\\s+|el\\s+)?(?:${NAME_PHRASE.source}))`, 'u')
/** "said a spokesman for the charity Oxfam", "a spokeswoman for the UN refugee agency UNHCR", "a spokesman for the company": someone unnamed, by the kind of body (and its name). */
const FOR_KIND_OF_BODY = new RegExp(`^((?:[Aa]n?|[Uu]na?)\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){1,3}(?:for|of|at|from|de|del)\\s+(?:the|la|el)\\s+${KIND_OF_BODY}(?:\\s+(?:${NAME_PHRASE.source}))?)(?=[\\s,.;:!?]|$)`, 'u')
/** "the wife of victim Tom Lee", "la viuda del policía Juan Ruiz": one who is someone's (a relation noun), of the person named. */
const RELATION_OF = new RegExp(`^((?:[Aa]n?|[Tt]he|[Uu]na?|[Ee]l|[Ll]a)\\s+(\\p{Ll}+)\\s+(?:of|de|del)\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}(?:${NAME_PHRASE.source}))`, 'u')
const THROUGH_NAME = new RegExp(`^(?:en|in|on|a|to|during|durante|at|por|via|through|ante|desde|from)(?:[^\\S\\n]+\\p{Ll}[\\p{L}'’\\-]*){1,7}[^\\S\\n]+(${NAME_PHRASE.source})`, 'u')
/** "caller Srey Veoun", "historian Andrew Roberts", "world No 1 Novak Djokovic": up to three lower-case words that describe (and a rank), then the name (sentenceSubject.ts reads it too). */
export const DESCRIBED_THEN_NAME = new RegExp(`^(?:\\p{Ll}[\\p{L}'’\\-]*[^\\S\\n]+){1,3}(?:(?:No\\.?|number)[^\\S\\n]+\\d{1,3}(?:[^\\S\\n]+seed)?[^\\S\\n]+)?(${NAME_PHRASE.source})`, 'u')
/** A Spanish demonstrative and its noun, up to where the clause goes on: "ese hombre de 36 años", "este experto". */
const POINTED = new RegExp(`^((?:${DEMONSTRATIVES})\\s+\\p{Ll}[^,.;:!?"“”«»\\n]{0,40}?)(?=\\s*[,.;:!?)]|\\s*$|\\s+(?:que|quien)\\s)`, 'u')
const MORE_NAME = new RegExp(`^(?:[^\\S\\n]+\\p{Ll}[\\p{L}'’\\-]*){1,5}[^\\S\\n]+(${NAME_PHRASE.source})`, 'u')

/** "su discurso", "sus palabras" after a verb, with an article-led subject after it (never "dijo su padre", which is the subject). */
export const SPEECH_OBJECT = /^\s+sus?\s+\p{Ll}{4,}(?=\s+(?:el|la|los|las)\s+(?!(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|pasado|pasada|próximo|próxima)\s))/u

/** The one spoken to, with its article or as a plural, before a subject or the clause's end: "a la prensa", "al medio", "a periodistas". */
const TOLD = new RegExp(String.raw`^(?:a\s+(?:la|el|los|las|sus?|este|esta|estos|estas)|al|${A_PLURAL})\s+\p{Ll}[\p{L}\-]*(?=\s*(?:[.,;:]|$)|\s+(?:el|la|los|las|un|una|unos|unas|fuentes)\s)`, 'u')
const A_PLURAL_OPENS = new RegExp(`^${A_PLURAL}`, 'u')

const ASIDE = new RegExp(`^\\s*${ADVERB_ASIDE}`, 'iu')
/** "ha asegurado por su parte el abogado …": the same aside without its commas, right before an article or a name. */
const BARE_ASIDE = /^\s+(?:por su parte|a su vez|por otro lado|por otra parte|en tanto|en cambio)\s+(?=(?:el|la|los|las|un|una)\s|\p{Lu})/u

/** A writing with its article, then who obtained, saw or released it: "a memo obtained by …", "un informe filtrado por …". */
const OBTAINED_WRITING = new RegExp(String.raw`^((?:an?|the|un|una|el|la)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}?\p{Ll}[\p{L}\-]*)\s+${MADE_KNOWN}\s+(?:by|por)\s`, 'u')

const MANNER_AT_END = new RegExp(String.raw`(?<=\p{L})[^\S\n]+${LY_ADVERB}(?=[^\S\n]*[,.;:!?]?[^\S\n]*$)`, 'u')

/** The speaker right after a cue: "said Alfredo Romero, director…", "said the lawyer", "—dijo el ministro—". */
export function subjectAfter(whole: string, base: number): SpeakerPhrase | null {
  // ("said a spokesperson when contacted by Reuters": a clause of time or cause after the subject is no part of it.)
  const clause = /\s(?:when|while|because|although|though|cuando|mientras|porque|aunque)\s/u.exec(whole)
  const cut = clause && /\S/u.test(whole.slice(0, clause.index)) ? whole.slice(0, clause.index) : whole
  // ("Says the bartender piously: “…”": nor is an adverb of manner that ends it.)
  const s = cut.replace(MANNER_AT_END, '')
  // "lamenta, por su parte, Iris Avellaneda": an aside between commas stands before the subject.
  const aside = ASIDE.exec(s) ?? BARE_ASIDE.exec(s)
  if (aside) return subjectAfter(s.slice(aside[0].length), base + aside[0].length)
  // "«…», dijo, y señaló": the verb has no subject of its own.
  if (/^\s*(?:[,.;:]|[\u2014\u2013]|$)/u.test(s)) return { type: 'implicit', text: '', start: base, end: base }
  // "acabó su discurso el diputado …", "cerró su intervención la ministra": what the verb ended is its object; the subject follows it.
  const object = SPEECH_OBJECT.exec(s)
  if (object) return subjectAfter(s.slice(object[0].length), base + object[0].length)
  const skip = AFTER_CUE_SKIP.exec(s)?.[0].length ?? 0
  const lead = /^[\s,]*/u.exec(s.slice(skip))![0].length
  const t = s.slice(skip + lead)
  const b = base + skip + lead
  // "according to the school's Web site": a site or page on the Web, named by its owner, is a writing (the capital W names no one).
  // ("according to a memo obtained by The Washington Post", "según un informe filtrado por …": the writing speaks; who obtained it, never.)
  const obtained = OBTAINED_WRITING.exec(t)
  if (obtained && isWriting(obtained[1]!)) return { type: 'role', text: obtained[1]!, start: b, end: b + obtained[1]!.length }
  const site = /^(?:(?:the|its|his|her|their)\s+)?(?:[\p{L}.\-]+['’]s?\s+)?(?:Web|Internet)\s+(?:site|page)s?(?![\p{L}])/u.exec(t)
  if (site) return { type: 'role', text: site[0], start: b, end: b + site[0].length }
  // "wrote 43-year-old Martin Taylor": an age before the name describes them.
  const age = /^\d{1,3}-year-old[^\S\n]+(?=\p{Lu})/u.exec(t)
  if (age) return subjectAfter(t.slice(age[0].length), b + age[0].length)
  // "dijo que el Poder Ejecutivo …", "said that the council …": what follows is what was said, not who said it.
  // ("dijo reconociendo que la Administración …": nor is a clause a Spanish gerund opens.)
  if (/^(?:que|that)\s/iu.test(t) || /^\p{Ll}{3,}(?:ando|iendo|yendo)\s/u.test(t)) return { type: 'implicit', text: '', start: b, end: b }
  // ("said the amendment’s language, the historical context and the 1898 case make clear": nor is a list of things, the first no person's noun.)
  const listed = LIST_OF_THINGS.exec(t)
  if (listed && !isPersonNoun(listed[1]!) && !isBodyWord(listed[1]!)) return { type: 'implicit', text: '', start: b, end: b }
  const pronoun = PRONOUN_AT_START.exec(t)
  if (pronoun) return { type: 'pronoun', text: pronoun[1]!, start: b, end: b + pronoun[1]!.length }
  // "le comenta a BBC Mundo David Gibson, vicepresidente …", "le dice a la BBC Farouk Soussa", "told CNN Jake Tapper": an outlet's acronym (and one word of its name) told, then who spoke.
  // ("declaró al Financial Times Carl Tahyer, profesor …": an outlet's name in words, then the person from a first name on.)
  const heard = /^(?:a|al|to)\s+(?:la\s+|el\s+|the\s+)?(\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){2,5})(?=\s*(?:[,.;:]|$))/u.exec(t)
  const teller = heard ? personAfterOutlet(heard[1]!) : null
  if (heard && teller) {
    const start = b + heard[0].length - teller.length
    return { type: 'name', text: teller, start, end: start + teller.length }
  }
  // "added a Florida Democrat", "said an Iowa Republican": someone unnamed, described only by capitalised words (after "a" only a party's
  // member or a person's noun: "explicó a Radio Caracol" is Spanish, the one spoken to).
  const capitalised = CAPITALISED_DESCRIPTION.exec(t)
  if (capitalised && (!/^a\s/u.test(t) || PARTY_MEMBER.test(capitalised[2]!) || isPersonsNoun(capitalised[2]!.toLowerCase()))) return { type: 'role', text: capitalised[1]!, start: b, end: b + capitalised[1]!.length }
  const article = WORDS_THEN_ARTICLE.exec(t)
  if (article) return subjectAfter(t.slice(article[0].length), b + article[0].length)
  // "explicó a La Estrella de Panamá", "told The Times": the one spoken to is no speaker.
  if (LISTENER_NAME.test(t)) return { type: 'implicit', text: '', start: b, end: b }
  // "respondieron a EL HERALDO los abogados del expresidente": the subject comes after the one spoken to.
  const listener = LISTENER_THEN.exec(t)
  if (listener) return subjectAfter(t.slice(listener[0].length), b + listener[0].length)
  // "pidió a la población", "dijo a la prensa el ministro": "a" marks the one spoken to; the subject, if any, comes after.
  // (Only with its article: "said a spokesman" is English's "a"; "a la red Erbol" is a listener with its name, above.)
  // (With no article before a plural: "dijo a periodistas el ministro".)
  const told = TOLD.exec(t)
  if (told) return subjectAfter(t.slice(told[0].length), b + told[0].length) ?? { type: 'implicit', text: '', start: b, end: b }
  // "señalando a sectores de regadío de Argentina": the ones the verb is about, and no subject after them.
  if (A_PLURAL_OPENS.test(t)) return { type: 'implicit', text: '', start: b, end: b }
  // "sostuvo ayer en un mitin en Sevilla el candidato socialista", "dice con ironía la actriz": where or how it was said stands before the subject (never "en referencia a la ley",
  // nor after a preposition that goes on it: "en relación a los enfrentamientos entre los sectores de Podemos").
  const where = /^(?:(?:en|durante|desde|tras|ante|con)\s+[^,.;:"“”«»\n]{1,60}?)(?<!\s(?:a|de|del|con|sobre|para|por|en|entre|hacia|contra|sin|según|hasta|ante|tras))\s+(?=(?:el|la|los|las)\s+\p{Ll})/u.exec(t)
  // (Unless a person is named in it: "sostuvo ante periodistas Eduardo Balarezo al concluir la audiencia" is Balarezo's.)
  const named = where ? /(?:^|\s)(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+/u.exec(where[0]) : null
  if (where && !(named && genderOfFirstName(named[1]!))) return subjectAfter(t.slice(where[0].length), b + where[0].length)
  // "explican desde la empresa", "aseguran desde el ministerio": the body one speaks from, with no one named after it, speaks.
  const from = /^desde\s+((?:el|la)\s+\p{Ll}+(?:\s+\p{Ll}+)?)(?=\s*(?:[,.;:]|$))/u.exec(t)
  if (from && isBodyNoun(from[1]!)) return { type: 'role', text: from[1]!, start: b + from[0].length - from[1]!.length, end: b + from[0].length }
  // "señalan fuentes del Ejecutivo": unnamed sources, never the body or person named in their description.
  const sources = sourcesAfter(t)
  if (sources) return { type: 'role', text: sources, start: b, end: b + sources.length }
  // "valora el universitario Elthon Rivera", "said the lawyer Gonzalo Himiob": the name after a short description.
  // "asegura el experto en seguridad Juan Pablo Toro", "…el licenciado en Información Social y experto en seguridad Juan Pablo Toro":
  // a person's noun and what they are expert in, then a name that opens with a first name.
  // ("advierten vecinos de Chamberí", "reclaman mujeres en Edomex", "said residents of Brixton": a plural with no article and where they are from, a group, never the place.)
  const groupFrom = /^(\p{Ll}[\p{L}\-]*)\s+(?:de|del|en|of|from|in)\s+(?:la\s+|el\s+|the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}(?=\s*(?:[,.;:!?)]|$)|\s+(?:a|al|to)\s)/u.exec(t)
  if (groupFrom && [groupFrom[1]!, groupFrom[1]!.replace(/(?<=[^aeiou])es$|s$/u, '')].some(isPersonsNoun) && barePlural(groupFrom[1]!)) return { type: 'role', text: groupFrom[0], start: b, end: b + groupFrom[0].length }
  const expert = expertThenName(t)
  if (expert) return { type: 'name', text: expert.name, start: b + expert.at, end: b + expert.at + expert.name.length }
  // "explica co-líder del estudio, el profesor Andrew Gloster": a bare role, then after a comma the person described and named.
  const bare = /^\p{Ll}[^,.;:"“”«»]{1,80}?,\s+(?=(?:the|a|an|el|la|un|una)\s)/u.exec(t)
  const appositive = bare ? DESCRIBED_NAME.exec(t.slice(bare[0].length)) : null
  // (The name ends the apposition: in "says the guy, a retailer representing Matie’s franchise" it is an owner, no one described.)
  const appositiveName = appositive && /^\s*(?:[,.;:)]|$)/u.test(t.slice(bare![0].length + appositive[0].length)) ? parseNamePhrase(appositive[1]!) : null
  if (appositive && appositiveName && !appositiveName.org) return { type: 'name', text: appositive[1]!, start: b + bare![0].length + appositive[0].length - appositive[1]!.length, end: b + bare![0].length + appositive[0].length }
  const describedName = DESCRIBED_NAME.exec(t)
  // "el convencional UDI e integrante de la Comisión, Pablo Toloza": a capitalised word inside a role that goes on is no name.
  const roleGoesOn = !!describedName && /^\s+(?:and|y|e)\s+\p{Ll}/u.test(t.slice(describedName[0].length)) && ROLE_THEN_NAME.test(t)
  // ("says a senior Afghan economic official": one capitalised word before the head noun describes; it is no name.)
  const adjective = !!describedName && !/\s/u.test(describedName[1]!) && isPersonNoun(/^(?:\s+\p{Ll}+){1,3}?\s+(\p{Ll}+)(?=\s*(?:[,.;:]|$))/u.exec(t.slice(describedName[0].length))?.[1] ?? '')
  // ("says seasoned PR pro and co-founder of MeekerQuinn, Heather Meeker", "said EEF chief economist, Steve Radley": a capitalised word before a noun describes; the name after the comma is the one.)
  // (Not when a preposition follows the capitalised words: in "dijo Tusk en una declaración … con la primera ministra, Theresa May" the name after the verb is the subject.)
  const modifies = NAME_THEN_PHRASE.test(t) ? null : BARE_ROLE_THEN_NAME.exec(t)
  const person = modifies ? parseNamePhrase(modifies[1]!) : null
  if (modifies && person && !person.org && /\s/u.test(person.name) && /\p{Lu}/u.test(modifies[0].slice(0, -modifies[1]!.length)) && t.slice(0, modifies[0].length - modifies[1]!.length).split(/[\s\-,]+/u).some(isPersonNoun)) return { type: 'name', text: modifies[1]!, start: b + modifies[0].length - modifies[1]!.length, end: b + modifies[0].length }
  // ("said the panel’s top Democrat, Rep. Tom Lantos of California": a capitalised word that ends a role, then after a comma the person named.)
  const namedAfter = !!describedName && /^,\s/u.test(t.slice(describedName[0].length)) && ROLE_THEN_NAME.test(t)
  // ("the wife of victim Tom Lee": one who is someone's speaks, not the one they are of.)
  const relation = RELATION_OF.exec(t)
  if (relation && isRelationNoun(relation[2]!)) return { type: 'role', text: relation[1]!, start: b, end: b + relation[1]!.length }
  // ("aseguró el jefe creativo de la empresa Terry Drummond": a person's full name right after a body's kind is the one described.)
  const afterKind = describedName ? null : PERSON_AFTER_KIND.exec(t)
  if (afterKind && genderOfFirstName(afterKind[1]!) && parseNamePhrase(afterKind[1]!)?.org === false) return { type: 'name', text: afterKind[1]!, start: b + afterKind[0].length - afterKind[1]!.length, end: b + afterKind[0].length }
  if (describedName && parseNamePhrase(describedName[1]!) && !roleGoesOn && !adjective && !namedAfter) {
    const start = b + describedName[0].length - describedName[1]!.length
    return { type: 'name', text: describedName[1]!, start, end: start + describedName[1]!.length }
  }
  // "dijo la portavoz en español del Departamento de Estado, Kristina Rosales, en una entrevista": the name after the role.
  // ("agregó el presidente de Grupo Consultor Interdisciplinario, GCI": initials after the comma are the body's, no person.)
  // ("destaca la que se convirtió en su líder tras la muerte del que fuera su compañero, Jesús Pérez Cuevas": "the one who …" leaves the speaker unnamed; the name ends another clause.)
  if (/^(?:el|la|los|las)\s+que\s/u.test(t)) return { type: 'implicit', text: '', start: b, end: b }
  const roleThenName = [ROLE_THEN_NAME.exec(t)].find((m) => m && !/^\p{Lu}{2,6}$/u.test(m[1]!)) ?? null
  if (roleThenName) {
    // "la ministra de Ciencia, Innovación, Tecnología y Telecomunicaciones, Paola Vega": a body's name that lists its parts goes on to the last comma.
    // ("…de Trabajo, Migraciones y Seguridad Social, Magdalena Valerio": its last parts may read as one name joined by "y".)
    const joined = / (?:y|e|and) /u.test(roleThenName[1]!) ? /^,\s+/u.exec(t.slice(roleThenName[0].length)) : null
    const list = joined ?? /^(?:,\s+\p{Lu}[\p{L}\-]*)*\s+(?:y|e|and)\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*,\s+/u.exec(t.slice(roleThenName[0].length))
    const last = list ? NAME_AT_START.exec(t.slice(roleThenName[0].length + list[0].length)) : null
    if (last) return { type: 'name', text: last[0], start: b + roleThenName[0].length + list![0].length, end: b + roleThenName[0].length + list![0].length + last[0].length }
    // (With no name after it, "la ministra de Trabajo, Migraciones y Seguridad Social" is the role whole: the last parts of the body's name.)
    if (/ (?:y|e|and) /u.test(roleThenName[1]!) && /\s(?:de|del|of)\s+\p{Lu}[\p{L}\-]*,\s+[^,]+$/u.test(roleThenName[0])) return { type: 'role', text: roleThenName[0], start: b, end: b + roleThenName[0].length }
    const start = b + roleThenName[0].length - roleThenName[1]!.length
    return { type: 'name', text: roleThenName[1]!, start, end: start + roleThenName[1]!.length }
  }
  // "said a spokesman for the U.S. State Department": the spokesman, named by the body he speaks for.
  const forBody = FOR_KIND_OF_BODY.exec(t) ?? FOR_BODY.exec(t)
  if (forBody) return { type: 'role', text: forBody[1]!, start: b, end: b + forBody[1]!.length }
  // "dijo en comunicación escrita Yolanda López", "said in an interview Carlos Trujillo": a phrase, then the name.
  const through = THROUGH_NAME.exec(t)
  // "reconoció en una entrevista con el diario El Tribuno de Salta", "said in a conversation with Ciro Gómez": the one spoken with is no speaker
  // (nor the one spoken for or before: "señaló en entrevista concedida para Radio Uno", "said in an interview for Channel 4").
  // ("dijo en el programa Despierta con Loret", "said on the show Face the Nation", "al canal local Chilevisión": the programme, channel or
  // paper it was said in or to is no speaker either; nor the network or account it was posted on: "insistió en su red Truth Social".)
  if (through && /\s(?:con|with|para|for|ante)\s|\s(?:programa|program|programme|show|diario|periódico|newspaper|revista|magazine|canal|channel|cadena|emisora|noticiero|agencia|agency|podcast|columna|column|libro|book|red|redes|cuenta(?=\s+(?:de|en|oficial|personal)\s)|perfil|account|feed|página|page|blog|plataforma|platform)(?:\s+\p{Ll}+)?\s+$/iu.test(through[0].slice(0, -through[1]!.length))) return { type: 'implicit', text: '', start: b, end: b }
  // …but in "a dispatcher on Broadcastify police scanner", "desde un megáfono a la Policía" the name is the object of "on"/"a", not the speaker
  // (nor in "replicó a la carta abierta publicada por la GPDA", the participle's agent; the phrase may be long: "informó por medio de un comunicado de prensa Heather Nauert").
  // ("said a source close to Jane Doe": nor after "to", the one they are close or spoke to.)
  if (through && !adjective && !/(?:^|\s)(?:on|of|for|at|in|from|by|to|de|del|en|a|al|por|ante|tras|con|para|sobre)\s+(?:(?:the|el|la|los|las)\s+)?$/u.test(through[0].slice(0, -through[1]!.length))) {
    const start = b + through[0].length - through[1]!.length
    return { type: 'name', text: through[1]!, start, end: start + through[1]!.length }
  }
  // "said caller Srey Veoun", "said former president X": lower-case words that describe, then the name.
  const described = DESCRIBED_THEN_NAME.exec(t)
  if (described && !/^(?:the|a|an|al|el|la|los|las|un|una|su|sus|his|her|their|one|another|uno|otro|otra|este|esta|ese|esa|this|that|at|in|on|during|after|before|en|durante|ante|tras|con|por|para|sobre|hacia|entre)\s/iu.test(t)) {
    // ("said former Treasury official Mark Sobel": a body's name inside the description, then the person's.)
    const holder = MORE_NAME.exec(t.slice(described[0].length))
    const person = holder && /^(?:\s+\p{Ll}+){1,3}\s+$/u.test(t.slice(described[0].length, described[0].length + holder[0].length - holder[1]!.length)) && !/\b(?:of|for|at|in|on|de|del|en|the|and|y)\b/u.test(holder[0].slice(0, -holder[1]!.length)) ? holder : null
    const [found, at] = person ? [person[1]!, described[0].length + person[0].length] : [described[1]!, described[0].length]
    const start = b + at - found.length
    return { type: 'name', text: found, start, end: start + found.length }
  }
  const found = NAME_AT_START.exec(t)?.[0]
  const name = found ? withoutRunOn(found) : null
  if (name) {
    // "said Stoung town farmer Buth Chorn", "said Republican whip Roy Blunt": a descriptor, then the name.
    const more = MORE_NAME.exec(t.slice(name.length))
    // …but not "Charles Bolden regarding the death of Neil Armstrong", "Smith after Jones arrived": no prepositions or clause words in a descriptor.
    if (more && !/\b(?:of|about|regarding|on|in|at|to|from|with|for|the|by|de|del|sobre|en|con|por|para|desde|hacia|ante|tras|durante|entre|a|al|who|which|is|was|que|quien|es|fue|after|before|when|while|as|since|until|because|if|although|whose|whom|then|cuando|mientras|antes|después|luego)\b/iu.test(t.slice(name.length, name.length + more[0].length - more[1]!.length))) {
      const start = b + name.length + more[0].length - more[1]!.length
      return { type: 'name', text: more[1]!, start, end: start + more[1]!.length }
    }
    return { type: 'name', text: name, start: b, end: b + name.length }
  }
  // "according to reports, …": writings with no article are the source.
  const writings = bareWritings(t)
  if (writings) return { type: 'role', text: writings, start: b, end: b + writings.length }
  // "denunciaron vecinos del barrio", "said residents at the meeting": a plural with no article, a group no one named.
  const plural = /^(\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*){0,3}?)(?=\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:at|in|on|from|with|who|en|que|quienes|of)\s)/u.exec(t)
  const group = plural ? barePlural(plural[1]!) : null
  if (group) return { type: 'role', text: group, start: b, end: b + group.length }
  // "said one person during public comment", "said someone at the meeting": an unnamed speaker with where they spoke.
  // ("reconoce uno de ellos antes de tirarse", "says one of them before jumping": a clause of time after it is no part of it; nor is the one
  // spoken to, "dijo otro consumidor a la revista Macleans", "another user told the BBC".)
  const unnamed = /^((?:one|another|someone|somebody|alguien|otro|otra|una persona|un hombre|una mujer|un[oa] de (?:ellos|ellas|los|las))\b[^,.;:!?"“”«»\n]{0,60}?)(?=\s*(?:[,.;:!?)]|$)|\s+(?:before|after|while|when|who|that|which|antes|después|mientras|cuando|al|que|quien|quienes|to|a\s+(?:la|el|los|las|un|una))\s)/u.exec(t)
  // ("said another rebel at Ras Lanouf, Borawi Saleh, an 11-year veteran": the one described, named right after, a comma between; never a known place.)
  const namedAs = unnamed ? /^,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2})(?=\s*[,.;:]|\s*$)/u.exec(t.slice(unnamed[1]!.length)) : null
  if (namedAs && parseNamePhrase(namedAs[1]!)?.org === false && !isPlaceName(namedAs[1]!)) return { type: 'name', text: namedAs[1]!, start: b + unnamed![1]!.length + namedAs[0].length - namedAs[1]!.length, end: b + unnamed![1]!.length + namedAs[0].length }
  if (unnamed && unnamed[1]!.split(/\s+/).length <= 9) return { type: 'role', text: unnamed[1]!, start: b, end: b + unnamed[1]!.length }
  // "dice ese hombre de 36 años", "explica este experto": a Spanish demonstrative and its noun, up to where the clause goes on.
  const pointed = POINTED.exec(t)
  // (A person's noun or a writing, "según ese informe"; "esta institución" is a body, read as such below.)
  const pointedNoun = pointed ? /^\S+\s+(?:\p{N}+-\S+\s+)?(\p{Ll}+)/u.exec(pointed[1]!)?.[1] ?? '' : ''
  if (pointed && (isPersonsNoun(pointedNoun) || isWriting(pointed[1]!))) return { type: 'role', text: pointed[1]!, start: b, end: b + pointed[1]!.length }
  const role = ROLE_AT_START.exec(t)
  if (role) {
    // "said the company's chief executive, John Smith": the name after the role wins (one word with its article, "De acuerdo con la
    // farmacéutica, el REGN-COV2, cuyo …", opens the main clause; it names no holder of the role).
    const named = /^,\s+(?!(?:the|el|la|los|las)\s+[^\s,.;:]+(?:[,.;:]|$))/u.exec(t.slice(role[1]!.length))
    const after = named ? NAME_AT_START.exec(t.slice(role[1]!.length + named[0].length)) : null
    if (after) {
      const start = b + role[1]!.length + named![0].length
      return { type: 'name', text: after[0], start, end: start + after[0].length }
    }
    // ("says the guy, a retailer representing Matie’s franchise": a word for anyone, then who they are, set off by a comma.)
    const who = GENERIC.test(role[1]!) ? /^,\s+((?:a|an|un|una)\s+[^,.;:!?"“”«»]{3,60}?)(?=\s*(?:[,.;:!?]|$))/u.exec(t.slice(role[1]!.length)) : null
    if (who) return { type: 'role', text: who[1]!, start: b + role[1]!.length + who[0].length - who[1]!.length, end: b + role[1]!.length + who[0].length }
    // "el funcionario a la agencia Reuters": the one spoken to is no part of the role; nor, in "según los detalles este tendría …", the
    // demonstrative that opens the next clause's subject.
    const own = role[1]!.replace(/\s+(?:a|al|to|este|esta|estos|estas|ese|esa|esos|esas|esto|eso)\s.*$/u, '')
    return { type: 'role', text: own, start: b, end: b + own.length }
  }
  // "agrega un analista de mercados emergentes de una gran institución …": someone unnamed whose description runs on (its head noun is the speaker).
  const unnamedOf = /^((?:un|una)\s+\p{Ll}{4,})(?=\s+(?:de|del)\s)/u.exec(t)
  if (unnamedOf) return { type: 'role', text: unnamedOf[1]!, start: b, end: b + unnamedOf[1]!.length }
  // "dijo al referirse a los recursos": no one named after the verb; its subject is the one the text is about.
  if (/^(?:[\u2014\u2013.,;]|$|\p{Ll})/u.test(t)) return { type: 'implicit', text: '', start: b, end: b }
  return null
}

const NAMES_IN = new RegExp(NAME_PHRASE.source, 'gu')

/** A described person ("el experto en seguridad") and the first name after the description, before its clause ends (a first name opens it; never the name a body is of: "el gobierno de Nicolás Maduro"). */
function expertThenName(t: string): { name: string; at: number } | null {
  const head = /^(?:the|an?|el|la|un|una)\s+(\p{Ll}+)\s+(?:en|in|de|of)\s/u.exec(t)
  // ("said the wife of victim Tom Lee": one who is someone's, a wife or a lawyer, is not the one named after "of".)
  if (!head || !isPersonNoun(head[1]!) || isRelationNoun(head[1]!)) return null
  const stop = t.search(/[,.;:]/u)
  const clause = t.slice(0, Math.min(200, stop === -1 ? t.length : stop))
  for (const m of clause.matchAll(NAMES_IN)) {
    // ("espetó el entrenador de pista a Max Verstappen": a name after "a"/"to" is the one spoken to, never the one described.)
    if (m.index <= head[0].length || !/\p{Ll}{2,}/u.test(t.slice(head[0].length, m.index)) || /(?:^|\s)(?:a|al|to)\s+$/u.test(t.slice(0, m.index))) continue
    // ("dijo un portavoz de la familia de Juan Pérez": a person right after "de" is the one whose family it is, never the one described.)
    if (genderOfFirstName(m[0]) && /\s/u.test(m[0]) && !/(?:^|\s)(?:de|del|of)\s+$/u.test(t.slice(0, m.index))) return { name: m[0], at: m.index }
    // (Not when a name follows after a comma: "el director del Hospital General Manuel Gea González, Juan Pérez" is Juan Pérez.)
    const person = /^,\s*\p{Lu}/u.test(t.slice(m.index + m[0].length)) ? null : personAfterBody(m[0])
    if (person) return { name: person, at: m.index + m[0].length - person.length }
  }
  return null
}

/**
 * "Universidad Pompeu Fabra Lorenzo Gabrielli": a body's name run into the name of its person (firstNames.ts); "Imperial College de Londres
 * Joeri Rogelj": after the place that ends a body's name, the two capitalised words left are the person's, first name known or not.
 */
function personAfterBody(run: string): string | null {
  const words = run.split(/\s+/u)
  if (!isBodyWord(words[0]!) && !isBodyWord(words[1] ?? '')) return null
  const k = personStartAfterBody(words)
  if (k !== -1) return words.slice(k).join(' ')
  const n = words.length
  const placed = n >= 5 && /^(?:de|del|of)$/u.test(words[n - 4]!) && isPlaceName(words[n - 3]!)
  return placed && words.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isBodyWord(w)) ? words.slice(-2).join(' ') : null
}
