/**
 * Where the parts of a reporting sentence are, for finding who a pronoun or a
 * verb with no subject stands for: the role right before its speech verb
 * ("el fiscal general primero lamentó"), where what the verb reports begins
 * ("dijo que el Poder Ejecutivo …": names after it are no subject), and where
 * a sentence's words end (a sentence that is all quotation names no one).
 * Only a sentence's opening is read, so a hostile sentence with no full stop
 * stays cheap. Also who an indefinite article opens ("an Iowa Republican
 * said": someone unnamed, not a name), and two cues that name someone other
 * than the nearest subject: "in Hart's words", and speech inside reported
 * speech ("Rosales explicó que Biden resaltó"), which is the outer speaker's.
 * And the verbs that report a quote by where they stand, for verbs the lexicon
 * lacks ("“…”, ejemplificó", "“…,” Trump simpered", "refrendó que “…”")
 * (asides.ts reads the asides between a name and its verb). Also whether a name stands
 * in a phrase ("in Washington", "figures like Marcus Garvey and Malcolm X"),
 * the one "was quoted … as saying", and a sentence about someone it opens with
 * ("Para X, …", "A X … le …").
 */
import { CUE, isCueWord, isEnglishCue, PARTICIPLES } from './cues'
import { NAME_PHRASE } from './namePhrase'
import { NAME_AT_START } from './subjectAfter'
import { listBefore, PREPOSITION_BEFORE } from './subjectClause'
import { DAY } from './speakerKind'

/** The English indefinite words before capitalised ones that describe someone unnamed: "an Iowa Republican", "one Nevada Democrat". */
const INDEFINITE_WORDS = 'an?|one|another'
export const INDEFINITE = new RegExp(`^(?:${INDEFINITE_WORDS})$`, 'iu')
const INDEFINITE_HEAD = new RegExp(`^(${INDEFINITE_WORDS})\\s+`, 'iu')

/**
 * "A Colorado Democrat said …", "an Iowa Republican predicted": the description that `rest` opens with, its article kept.
 * Spanish "A Chumel dijo", "dijo a Telecinco" is a preposition and a name, so "a" needs an English speech verb after the
 * name (an adverb in "-ly" between).
 */
export function unnamedAtStart(rest: string): string | null {
  const head = INDEFINITE_HEAD.exec(rest)
  // ("one neo-bank CEO": an English word in lower case may describe the name after the article.)
  // (Never a verb: "One called Kaine a …".)
  const word = head && !/^a$/iu.test(head[1]!) ? /^(\p{Ll}[\p{Ll}\-]*)\s+(?=\p{Lu})/u.exec(rest.slice(head[0].length)) : null
  const modifier = word && !/ed$/u.test(word[1]!) && !isEnglishCue(word[1]!) ? word[0] : ''
  const name = head ? NAME_AT_START.exec(rest.slice(head[0].length + modifier.length)) : null
  if (!head || !name) return null
  const next = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(rest.slice(head[0].length + modifier.length + name[0].length))
  if (!next || (/^a$/iu.test(head[1]!) && !isEnglishCue(next[1]!))) return null
  return head[0] + modifier + name[0]
}

/** "En conversación con BBC Mundo indica": the one spoken with, before the verb, is no subject (but "with X warning of …" makes X the participle's). */
export const SPOKEN_WITH = /(?:^|\s)(?:with|con)\s+(?:the\s+|la\s+|el\s+)?$/iu
/** A Spanish preposition ending the words before a pronoun or a noun phrase ("En él, defendió", "Por otra parte comentó"): what follows is no subject. */
export const SPANISH_PREPOSITION_END = /(?:^|\s)(?:a|al|ante|con|contra|de|del|desde|en|entre|hacia|mediante|para|por|sin|sobre|tras)\s*$/iu

const PREPOSITION_NAME = /^(?:A|Al|Sobre|De|Del|Con|Para|Por|Contra|Ante|Hacia|Entre|To|About|With|Of|For)\s+(?:(?:la|el|los|las|the)\s+)?\p{Lu}/u
const ENGLISH_PREPOSITION_NAME = /^(?:To|About|With|Of|For)\s+(?:the\s+)?\p{Lu}/u

/**
 * A name after a preposition (and its article) that opens the sentence: "A Chumel dijo", "Sobre la API de Veracruz, dijo", "About
 * Smith, she said" is the one spoken to or about. Before an English cue only the English prepositions count ("De Blasio said").
 */
export function prepositionOpensName(name: string, englishCue: boolean): boolean {
  return (englishCue ? ENGLISH_PREPOSITION_NAME : PREPOSITION_NAME).test(name)
}

/** How much of a sentence's opening is read for its subject and its first speech verb. */
const OPENING = 400

/** "el fiscal general primero lamentó", "the lawyer said": a definite singular role, at most two words between it and its speech verb. */
const ROLE_THEN_VERB = new RegExp(`(?:^|[,;]\\s+|\\s)((?:[Ee]l|[Ll]a|[Tt]he)\\s+\\p{Ll}[\\p{L}\\-]*(?:\\s+\\p{Ll}[\\p{L}\\-]*)?)(?:\\s+\\p{Ll}+){0,2}?\\s+(?:${CUE.source})(?![\\p{L}])`, 'u')

/** A definite role of one noun, and the body it belongs to, opening a sentence before its verb (an aside may stand between): "La ministra de Educación, por su parte, afrontó". */
const ROLE_OPENS = /^\s*((?:El|La|The)\s+\p{Ll}[\p{L}\-]*(?:\s+(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})?)(?:\s*,\s*[^,.;:]{1,30},)?\s+\p{Ll}/u

/** What follows a speech verb that opens a reported clause: "(dijo) que", "(said) that", "(explicó) a la prensa que". */
const THAT_AFTER = /^(?:\s+\p{Ll}+){0,3}?\s+(?:que|that)\s/iu

/** The last letter or digit of a text (what follows it is only punctuation and marks). */
const LAST_WORD = /[\p{L}\p{N}][^\p{L}\p{N}]*$/u

/**
 * "“…”, ejemplificó.", "“…”, ha resumido Moreno": a Spanish past-tense verb
 * right after a quote's closing comma reports it, whether or not the lexicon
 * knows the verb (the reporting clause has that place and that form; a
 * present one, "resume", is too like "para" or "entre" to tell by its form, but for one after a clitic: "se arranca el barón");
 * also with what it ended before its subject: "acabó su discurso el diputado").
 */
const VERB_BY_PLACE = /^(?:(?:se|le|les|me|nos|te)\s+)?((?:(?:ha|han)\s+\p{Ll}{3,}(?:ado|ido))|\p{Ll}{3,}(?:ó|aron|ieron)|(?<=^(?:se|le|les|me|nos|te)\s+)\p{Ll}{3,}(?:a|an|e|en))(?=\s*(?:[.,;:\u2014\u2013]|$|(?:el|la|los|las|un|una)\s|\p{Lu})|\s+sus?\s+\p{Ll}{4,}\s+(?:el|la|los|las)\s)/u
/** Words in -s that stand where a verb would but report nothing ("“…,” she always …", "she does"): adverbs and auxiliaries. */
const NOT_VERB = String.raw`(?!(?:always|sometimes|perhaps|nevertheless|nonetheless|afterwards|besides|does|goes)(?![\p{L}]))`
/**
 * "“…,” Trump simpered in a morning tweet", "“…,” she shares with InStyle", "“…,” he aptly summarizes": in English the subject comes first, then a
 * verb in the past or the present; or the verb and then a name: "“…,” remembers Shanna Challenger".
 */
const ENGLISH_VERB_BY_PLACE = new RegExp(
  `(?<=^\\s*(?:${NAME_PHRASE.source}|he|she|they)\\s+(?:\\p{Ll}{3,}ly\\s+)?)${NOT_VERB}\\p{Ll}{3,}(?:ed|s)(?=[\\s.,;:]|$)|^${NOT_VERB}\\p{Ll}{3,}(?:ed|s)(?=\\s+\\p{Lu}\\p{Ll})`,
  'u'
)

/** The verb that reports a quote by where it stands, for a verb the lexicon lacks: after a comma outside the marks (Spanish) or inside them (English). */
export function verbByPlace(near: string, commaAfterMarks: boolean, commaInMarks: boolean): RegExpExecArray | null {
  return commaAfterMarks ? VERB_BY_PLACE.exec(near) : commaInMarks ? ENGLISH_VERB_BY_PLACE.exec(near) : null
}

/**
 * "Por ello, refrendó que “…”", "Y reafirmó su compromiso de “…”", "ha celebrado que “…”", "ha coincidido en que “…”": a Spanish
 * verb in the past (or its perfect) right before "que" or "su … de" and the quote reports it, known verb or not.
 */
const THAT_BY_PLACE = /(?<![\p{L}])(?:\p{Ll}{3,}(?:ó|aron|ieron)|(?:ha|han|había|habían)\s+\p{Ll}{3,}(?:ado|ido))(?=\s+(?:(?:en\s+)?que|su\s+\p{Ll}+\s+de)\s*$)/u

/** The verb that reports a quote by standing right before "que" and it, for a verb the lexicon lacks (`window` ends at the quote). */
export function thatByPlace(window: string): RegExpExecArray | null {
  const cut = Math.max(0, window.length - 80)
  const m = THAT_BY_PLACE.exec(window.slice(cut))
  if (m) m.index += cut
  return m
}

/** " on the scene", " del barrio": where someone unnamed was, a short phrase that may stand between them and their speech verb. */
export const WHERE_PHRASE = String.raw`\s+(?:on|at|in|from|en|de|del|desde)\s+(?:the\s+|la\s+|el\s+)?\p{Ll}[\p{L}\-]*`
/** " in New Delhi", " en Ciudad de México": the place someone unnamed was, named; where they were, no part of who they are. */
const IN_PLACE = String.raw`\s+(?:in|at|en)\s+\p{Lu}[\p{L}\-]*(?:\s+(?:de\s+)?\p{Lu}[\p{L}\-]*){0,2}`
/** " for the Information Commissioner's Office", " del Ministerio de Sanidad", " for the ministry": the body someone unnamed speaks for. */
const FOR_BODY = String.raw`\s+(?:for|of|para|de|del)\s+(?:the\s+|la\s+|el\s+)?(?:\p{Lu}[\p{L}'’.\-]*\s+(?:(?:of|de|del|la|the|and|y)\s+)?){0,5}[\p{Lu}\p{Ll}][\p{L}'’.\-]*`
/**
 * "A doctor on the scene told Ruptly", "Un vecino del barrio contó", "Un alto cargo de defensa norteamericano aclaró", "A spokeswoman for the ministry said", "A Department for Work and
 * Pensions spokeswoman confirmed", "A senior government official said": someone unnamed opening the sentence as its speech verb's subject.
 */
const UNNAMED_THEN_VERB = new RegExp(`^\\s*(?:(?:But|And|Pero|Y)\\s+(?=[au]))?((?:[Aa]n?|[Uu]n|[Uu]na)\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+(?:(?:of|for|and|de|del|y)\\s+)?){0,6}(?:(?!(?:que|who|that|which|quien)\\s)\\p{Ll}[\\p{L}\\-]*\\s+){0,2}(?!(?:que|who|that|which|quien)\\s)\\p{Ll}[\\p{L}\\-]*(?:${WHERE_PHRASE}|${FOR_BODY}|\\s+(?:de|del|of)\\s+(?:la\\s+|el\\s+|the\\s+)?\\p{Ll}[\\p{L}\\-]*(?:\\s+\\p{Ll}[\\p{L}\\-]*)?)?)(?:${IN_PLACE})?(?:\\s+\\(\\p{Lu}{2,8}\\))?\\s+(?:${CUE.source})(?![\\p{L}])`, 'u')

/** A day that opens a sentence: "El viernes pasado ", "Este lunes ", "On Monday ", "Last Friday ". */
const DAY_OPENS = new RegExp(`^\\s*(?:el|este|on|last|this)\\s+(?:${DAY})(?:\\s+pasado)?\\s+(?=(?:an?|una?)\\s)`, 'iu')

/** The unnamed subject that opens the sentence at `from`, right before its speech verb ("A doctor on the scene"), or null. */
export function unnamedBeforeVerb(text: string, from: number): string | null {
  // ("As reporters … swarmed into the square, a resident screamed at them": right after an opening phrase's comma too.)
  // ("El viernes pasado un alto cargo … aclaró", "On Monday a spokesman said": or a day that opens it, with no comma.)
  const opening = (/^[^,;.!?"“”«»]{1,200}?,\s*(?=(?:[Aa]n?|[Uu]na?)\s)/u.exec(text.slice(from, from + 240)) ?? DAY_OPENS.exec(text.slice(from, from + 60)))?.[0].length ?? -1
  return UNNAMED_THEN_VERB.exec(text.slice(from, from + 120))?.[1] ?? (opening > 0 ? UNNAMED_THEN_VERB.exec(text.slice(from + opening, from + opening + 120))?.[1] ?? null : null)
}

/** The definite role right before the first speech verb between `from` and `to`, and where it stands. */
export function roleBeforeVerb(text: string, from: number, to: number): { text: string; at: number } | null {
  // ("La ministra de Educación, por su parte, afrontó el problema": a definite role that opens its sentence is its subject, whatever the verb.)
  const opening = ROLE_OPENS.exec(text.slice(from, Math.min(to, from + 120)))
  if (opening) return { text: opening[1]!, at: from + opening[0].indexOf(opening[1]!) }
  const m = ROLE_THEN_VERB.exec(text.slice(from, Math.min(to, from + OPENING)))
  return m ? { text: m[1]!, at: from + m.index } : null
}

/**
 * Where what the sentence's first speech verb says begins, or `to`: after "dijo que", or a few words past the verb
 * ("ha pedido prudencia porque la Guardia Civil …"; a name right after the verb is its subject: "dijo Ana Ruiz").
 */
export function reportedFrom(text: string, from: number, to: number): number {
  const opening = text.slice(from, Math.min(to, from + OPENING))
  // (The verbs first, then "que"/"that" after each: one pattern for both ran the whole cue list at every place, and in some states of
  // the engine took seconds on a page of dialogue.)
  let first: RegExpExecArray | null = null
  CUE.lastIndex = 0
  for (let m = CUE.exec(opening); m; m = CUE.exec(opening)) {
    first ??= m
    if (THAT_AFTER.test(opening.slice(m.index + m[0].length, m.index + m[0].length + 80))) {
      CUE.lastIndex = 0
      return from + m.index
    }
  }
  CUE.lastIndex = 0
  return first ? Math.min(to, from + first.index + first[0].length + 30) : to
}

/** Where a sentence's last letter or digit is (only punctuation and marks after it). */
export function lastWordAt(text: string, sentence: { readonly start: number; readonly end: number }): number {
  const from = Math.max(sentence.start, sentence.end - 40)
  return from + Math.max(0, text.slice(from, sentence.end).search(LAST_WORD))
}

/**
 * The words before a passive's agent: "fue confirmado por el Presidente ", "estuvo liderada por la excandidata ", "was announced by ";
 * or before the one something came from ("One dissenting opinion came from ", "La crítica vino de "): who gave it.
 */
const PASSIVE_BY = /(?:^|\s)(?:(?:fue|fueron|estuvo|estuvieron|sido|was|were|been)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ad[oa]s?|id[oa]s?|ed|en)\s+(?:\p{Ll}+\s+){0,3}?(?:por|by)|(?:came|comes|vino|vinieron|provino|provinieron)\s+(?:from|de))\s+(?:(?:el|la|the)\s+)?(?:\p{L}+\s+){0,2}$/u

/**
 * A name right after a passive's "por"/"by" ("El asunto fue abordado ayer por el Presidente Boric"), or after "came from", is who did
 * what the sentence tells, its subject in meaning: not a place or an object, as a name after other prepositions is.
 */
export function afterPassiveBy(before: string): boolean {
  return PASSIVE_BY.test(before.slice(-90))
}

/** "in Hart's words", "in her own words": the words that follow are that person's. */
const IN_WORDS = new RegExp(`\\b[Ii]n\\s+(?:(${NAME_PHRASE.source})['’]s?|(his|her|their))\\s+(?:own\\s+)?words\\b`, 'gu')

/** "in Hart's words", as an attribution: the phrase is the cue, its person (or pronoun) the speaker. */
type InWords = { cue: string; cueStart: number; cueEnd: number; speaker: { type: 'name' | 'pronoun'; text: string; start: number; end: number }; passive: false }

/** The last "in X's words" before a quote, within eight words of it: its person (or pronoun) is the speaker. */
export function inWordsOf(window: string, from: number): InWords | null {
  let found: RegExpExecArray | null = null
  IN_WORDS.lastIndex = 0
  for (let m = IN_WORDS.exec(window); m; m = IN_WORDS.exec(window)) found = m
  if (!found || window.slice(found.index + found[0].length).split(/\s+/u).filter(Boolean).length > 8) return null
  const who = found[1] ?? found[2]!
  const start = from + found.index + found[0].indexOf(who)
  const cueStart = from + found.index
  return { cue: found[0], cueStart, cueEnd: cueStart + found[0].length, speaker: { type: found[1] ? 'name' : 'pronoun', text: who, start, end: start + who.length }, passive: false }
}

/** The first of two cues when the second sits in its "que"/"that" clause: "Rosales explicó que Biden resaltó". */
export function outerSpeech(window: string, lastIndex: number): RegExpExecArray | null {
  CUE.lastIndex = 0
  const first = CUE.exec(window)
  CUE.lastIndex = 0
  if (!first || first.index >= lastIndex || PARTICIPLES.has(first[0].toLowerCase())) return null
  // ("The Daily Observer reported that a source close to Duncan said that he “…”": what a paper reports someone said is theirs.)
  const inner = /^\p{L}+/u.exec(window.slice(lastIndex))?.[0] ?? ''
  if (/^(?:reported|reports|informó|informa|publicó|publica)$/iu.test(first[0]) && /^(?:said|says|told|tells|dijo|dice|afirmó|aseguró|declaró|señaló)$/iu.test(inner)) return null
  const between = window.slice(first.index + first[0].length, lastIndex)
  // ("Coleman said in a statement Wednesday that Volcker assured him “…”": a few words of where or when may come before "that"; not the
  // one told, "Field told me that … he'd remarked “…”", whose teller passes on another's words.)
  return /^(?:\s+(?:in|on|at|during|yesterday|today|en|durante|ayer|hoy)(?:\s+[\p{L}\d'’]+){0,5}?)?\s+(?:que|that)\s/iu.test(between) && !/[.;:]/u.test(between) ? first : null
}

/**
 * "“…” even within Hamas, said Matthew Levitt, senior fellow": in English a full name right after a speech verb that follows a
 * comma is the verb's subject, whatever ends the words before it (the caller leaves out verbs whose object follows, "told");
 * in Spanish after a verb in the past ("… de la prueba PCR, explicó Stéphane Mulliez").
 */
export function fullNameAfterVerb(before: string, verb: string, rest: string): boolean {
  return /,\s*$/u.test(before) && (isEnglishCue(verb) || /^\p{Ll}+(?:ó|ió)$/u.test(verb)) && /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?=[\s,.])/u.test(rest)
}

/**
 * "…, a policy that hurts savers, Hoenig warns.", "…, a source close to the investigation has told Reuters.", "…, a source from the Department for
 * Food, Environment and Rural Affairs told the Evening Standard.": a sentence that
 * ends with a comma, a subject and its speech verb (and the one told, and when or where: "said at a press conference last week") says
 * whose words it reported: that subject's.
 */
const TRAILING_SPEAKER = new RegExp(String.raw`,\s+((?:[Aa]n?|[Oo]ne)\s+\p{Ll}[^,;:"“”«»]{0,60}?(?:,\s+\p{Lu}[^,;:"“”«»]{0,40}?)*|[^,;:"“”«»\s][^,;:"“”«»]{0,60}?)\s+(?:has\s+|had\s+)?(?:${CUE.source})(?:\s+(?:the\s+)?\p{Lu}[\p{L}.]*){0,3}(?:\s+(?:at|in|on|during|after|last|this|yesterday|today|earlier|later)\s[^,;:"“”«».!?]{0,40})?\s*[.!]?\s*$`, 'u')

/** A name and its asides before the verb: "Abu Hassan Amer, 44, agreed.", "Ana Ruiz, a teacher, said." */
const NAME_AND_ASIDES = new RegExp(String.raw`^\s*(?:${NAME_PHRASE.source})(?:\s*,\s*[^,;:.!?"“”«»]{1,60})*\s*,\s*(?:also\s+|además\s+)?\p{L}+[.!?]?\s*$`, 'u')

/**
 * "…would help the Mac mini win fans, he said.", "…, añadió.": a sentence reported by a pronoun or a verb alone at its end names no one new
 * (never "Abu Hassan Amer, 44, agreed.": there the verb's subject is the name before its asides; read in a sentence of 120 characters at most).
 */
export function endsInOwnCue(text: string, sentence: { readonly start: number; readonly end: number }): boolean {
  const m = /,\s*(?:(?:he|she|they|él|ella)\s+)?(?:also\s+|además\s+)?(\p{L}+)[.!?]?\s*$/u.exec(text.slice(Math.max(sentence.start, sentence.end - 40), sentence.end))
  return !!m && isCueWord(m[1]!) && !(sentence.end - sentence.start <= 120 && NAME_AND_ASIDES.test(text.slice(sentence.start, sentence.end)))
}

/** "José Narro, su dirigente, señala, llegó al estado …", "The governor, she said, was …": a verb set off by commas inside the sentence, its clause going on after it, reports the whole sentence. */
export function reportedInside(sentence: string): boolean {
  for (const m of sentence.matchAll(/,\s*(?:(?:he|she|they|él|ella)\s+)?(\p{L}+),\s+\p{Ll}/gu)) if (isCueWord(m[1]!)) return true
  return false
}

/** "Apple has done well in that market, said Mr Fogg, who also expected …": a speech verb set off after a comma with its subject after it, inside the sentence. */
const INVERTED_INSIDE = new RegExp(String.raw`,\s+(?:${CUE.source})\s+(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra)\.?\s+)?(${NAME_PHRASE.source})\s*[,.]`, 'u')

/** The subject of a speech verb that ends the sentence between `from` and `to` (or stands inverted inside it), and where it stands, or null. */
export function trailingSpeaker(text: string, from: number, to: number): { text: string; at: number } | null {
  const cut = Math.max(from, to - 140)
  const m = TRAILING_SPEAKER.exec(text.slice(cut, to))
  if (m) return { text: m[1]!, at: cut + m.index + m[0].indexOf(m[1]!, 1) }
  // (Read in the sentence's first 400 characters: a sentence of a whole page stays linear.)
  const inverted = INVERTED_INSIDE.exec(text.slice(from, Math.min(to, from + 400)))
  return inverted ? { text: inverted[1]!, at: from + inverted.index + inverted[0].lastIndexOf(inverted[1]!) } : null
}

/** "a source close to", "una fuente cercana a", "people familiar with": an unnamed source described by whom it is near. */
const CLOSE_TO = /(?:^|\s)((?:[Aa]n?|[Oo]ne|[Tt]wo|[Uu]na?|[Uu]n[oa]s|[Ss]ome|[Pp]eople|[Ff]uentes)\s+(?:\p{Ll}+\s+){0,2}(?:close|near|familiar|cercan[oa]s?|allegad[oa]s?|próxim[oa]s?)\s+(?:to|with|a|al)\s+(?:the\s+|la\s+|el\s+)?)$/u

/** The description before a name that says whom an unnamed source is near ("a source close to Duncan said": the source speaks, never Duncan), or null. */
export function closeToSource(beforeName: string): string | null {
  return CLOSE_TO.exec(beforeName)?.[1] ?? null
}

/** A clause that goes on the quoted sentence before the subject: "“…” when he returns to Liberia, Binyah Kesselly, chairman of …, told". */
const LEADING_CLAUSE = /^[\s,]*(?:when|if|after|before|once|until|unless|as soon as|cuando|si|hasta que|una vez que)\s[^,;:]{1,60},/iu

/**
 * Few enough words between a quote and its verb for them to be the verb's subject: twelve, or twenty for a name with an apposition
 * after it ("Dr. Luz Arroyo, a member of the group and signatory to the letter, told"), a clause that goes on the quote aside.
 */
export function subjectWithin(before: string): boolean {
  const rest = before.replace(LEADING_CLAUSE, '')
  return rest.split(/\s+/).filter(Boolean).length <= (/^[\s,]*(?:Dr\.\s+)?\p{Lu}[^,]{0,40},\s/u.test(rest) ? 20 : 12)
}

/** "… como Zuria Vega y Alessandra Rosaldo quien le escribió": a singular "quien" after two names joined stands for the last one. */
export function singularAntecedent<T extends { text: string; start: number; end: number }>(found: T | null, relative: string): T | null {
  const last = found && /^[\s,]*quien\b/u.test(relative) ? /\s(?:y|e)\s+(\p{Lu}.*)$/u.exec(found.text) : null
  return found && last ? { ...found, text: last[1]!, start: found.end - last[1]!.length } : found
}

/** Where the last clause joined by "and"/"but" (after a comma) starts in `s`, before a capital: its own subject opens it; else 0. */
export function joinedClauseStart(s: string): number {
  const joined = [...s.matchAll(/[,;]\s+(?:and|but|y|pero)\s+(?=\p{Lu})/gu)].pop()
  return joined ? joined.index + joined[0].length : 0
}

/**
 * A sentence that opens with "Para" and a name ("Para Jonathan López, protestar significó …", "Para el doctor Hugo López-Gatell, …"), or with "A" and a name that "le" then
 * stands for ("A José María Maravall, ministro …, le suenan familiares …", "A Russell no le queda sino …"), is about that person.
 */
export function topicOpening(opening: string, afterName: string): boolean {
  if (/^\s*["“«]?Para\s+(?:(?:el|la)\s+\p{Ll}+\s+)?$/u.test(opening)) return true
  // ("Ese día, a Giovanna Grandón no paraba de sonarle el celular": after an opening phrase too, and "le" joined to an infinitive; never
  // to a gerund: in "A Almodóvar lleva años pidiéndole …" he is the one asked, not the one the sentence is about.)
  return /^\s*["“«]?(?:[^,.;:]{1,40},\s+)?[Aa]\s+$/u.test(opening) && /^[^.;:]{0,160}?(?:\s(?:le|les)\s+\p{Ll}|\p{Ll}(?:arle|erle|irle)s?(?!\p{L}))/u.test(afterName)
}

/** A preposition (and its article, and one more word) stands right before `at`, read from whole words after `floor`. */
export function afterPreposition(text: string, at: number, floor: number): boolean {
  const end = at - listBefore(text.slice(Math.max(floor, at - 160), at), text.slice(at, at + 80))
  const from = Math.max(floor, end - 30)
  const lead = text.slice(from, end)
  // ("…, according to Beth England": the one the words are from is no phrase's object.)
  if (/(?:^|\s)according\s+to\s+$/iu.test(lead)) return false
  // ("el mensaje de Giampiero Lambiase supuso …", "the words of Ana Ruiz": the one whose words they are is no phrase's object either.)
  if (/(?:^|\s)(?:mensaje|palabras|declaraciones|comentarios?|respuesta|message|words|remarks|comments|response)\s+(?:de|del|of|from)\s+$/iu.test(lead)) return false
  // (A window that starts inside a word must not read its tail as a word: "genera|l colombiano".)
  return PREPOSITION_BEFORE.test(from > floor && /\p{L}/u.test(text[from - 1] ?? '') ? lead.replace(/^\p{L}*/u, ' ') : lead) && !afterPassiveBy(text.slice(Math.max(floor, end - 90), end))
}

/**
 * "the intervention of Lord Myners, the former financial services minister, who negotiated the deal": a relative clause (after an
 * apposition or not) goes on about the one named, in a phrase or not; a pronoun after may stand for them. (Not "quien": Spanish
 * writes it after bodies' names too, "Revolución Ciudadana, quien …", and the sets lost three quotes to it.)
 */
export const describedByWho = (text: string, end: number): boolean => /^,(?:[^,]{1,60},)?\s+who\s/u.test(text.slice(end, end + 80))

const QUOTED_AS = new RegExp(`(${NAME_PHRASE.source})\\s+(?:was|were|is|has been)\\s+quoted\\b[^.]{0,80}?\\bas\\s*$`, 'u')

/** "Huang Limin was quoted by Xinhua as saying": the one quoted, named before the verb (`before` starts at `from` in the text). */
export function quotedAsSpeaker(before: string, from: number): { type: 'name'; text: string; start: number; end: number } | null {
  const m = QUOTED_AS.exec(before)
  return m ? { type: 'name', text: m[1]!, start: from + m.index, end: from + m.index + m[1]!.length } : null
}
