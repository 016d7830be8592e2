/**
 * Writings, signs and crowds as speakers: "the plaque reads", "indica la
 * tarjeta informativa del SAT", "rezaba una de las pancartas", "according to
 * reports". The words are the writing's (or the crowd's): no person named
 * nearby said them, so a description headed by one of these nouns is kept
 * as the speaker, never resolved to someone named before. A paper speaks
 * by its name, with or without its kind ("The Post and Courier newspaper",
 * "the newspaper" for the one named so before).
 */
import { isDocument, isNounPhrase, WRITING_WORDS } from './speakerKind'
import { NAME_PHRASE, parseNamePhrase, splitWords } from './namePhrase'
import { isCueWord } from './cues'

/** Nouns for a writing (speakerKind's), a sign or a crowd that chants; English and Spanish, singular and plural. */
const WRITING_NOUNS = new Set([
  ...WRITING_WORDS,
  ...`letters filings plaque plaques sign signs placard placards banner banners poster posters inscription text message post tweet email note addendum agreement
petition informes documentos cartas tarjeta pancarta pancartas cartel carteles letrero letreros placa placas inscripción texto mensaje escrito misiva
addenda adenda acuerdo pacto convenio manifiesto petición publicación publicaciones publication protesters demonstrators manifestantes`.split(/\s+/u)
])

const ONE_OF = /^(?:(?:una|otra|uno|otro|alguna|alguno)\s+de\s+(?:las|los|sus|estas|estos)|(?:one|another)\s+of\s+(?:the|their|its|these))\s+/iu
const DETERMINER = /^(?:the|a|an|this|that|these|those|el|la|los|las|un|una|este|esta|estos|estas|ese|esa|esos|esas|dicho|dicha|dichos|dichas|su|sus|otros|otras)\s+/iu
/** Where the head's own words end: a preposition or a relative pronoun ("la tarjeta informativa del SAT", "the letter that …"). */
const AFTER_HEAD = /\s+(?:of|for|by|from|to|on|about|in|at|que|who|which|that|de|del|sobre|en|a|al|con|para)(?:\s.*)?$/iu

const ENDS_OPEN = /\s(?:of|for|by|from|to|on|about|in|at|de|del|en|a|al|con|para|sobre)$/iu
const CLITIC = /\s(?:se|lo|le|les|nos|no|ya|ha|han)\s/iu

/** Whether a described speaker is a writing, a sign or a crowd: its head noun (last in English, first after a Spanish article) is one of them. */
export function isWriting(phrase: string): boolean {
  // A fragment ("the ruling on") or a clause ("la denuncia se apoya") is no noun phrase.
  if (!isNounPhrase(phrase, 12) || ENDS_OPEN.test(phrase.trim()) || CLITIC.test(phrase)) return false
  const spanish = /^(?:el|la|los|las|un|una|este|esta|estos|estas|ese|esa|esos|esas|otros|otras|otra|otro)\s/iu.test(phrase)
  const bare = phrase.replace(ONE_OF, '').replace(DETERMINER, '').replace(AFTER_HEAD, '').trim()
  const words = bare.split(/\s+/u).filter(Boolean)
  if (words.length === 0 || words.length > 4 || words.some((w) => /^\p{Lu}/u.test(w))) return false
  const lower = words.map((w) => w.toLowerCase())
  return isWritingNoun(lower[lower.length - 1]!) || (spanish && isWritingNoun(lower[0]!))
}

/** A writing's noun, singular or plural ("mensajes", "notes", "publicaciones"). */
function isWritingNoun(word: string): boolean {
  return WRITING_NOUNS.has(word) || (/s$/u.test(word) && (WRITING_NOUNS.has(word.slice(0, -1)) || (/es$/u.test(word) && WRITING_NOUNS.has(word.slice(0, -2)))))
}

/** A plural writing with no article, alone after the cue: "according to reports, …", "según informes, …". */
const BARE_WRITINGS = /^(\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?)(?=\s*(?:[,.;:]|$))/u

/** "according to reports": the writings themselves, when nothing else names the source. */
export function bareWritings(t: string): string | null {
  const m = BARE_WRITINGS.exec(t)
  return m && /s$/u.test(m[1]!) && isWriting(m[1]!) ? m[1]! : null
}

/** How a writing came to light, before who made it known: "obtained by", "released by", "filtrados por" (subjectAfter.ts, subjectBefore.ts). */
export const MADE_KNOWN = String.raw`(?:obtained|seen|reviewed|released|published|leaked|sent|filed|obtenid[oa]s?|revisad[oa]s?|publicad[oa]s?|filtrad[oa]s?|enviad[oa]s?|difundid[oa]s?|divulgad[oa]s?)`

/** A writing that opens the sentence, a relative clause set off after it: "La denuncia, que también firma X, una asociación …, sostiene". */
const OPENING_WRITING = /^\s*((?:[Tt]he|[Tt]his|[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Ee]ste|[Ee]sta)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}?\p{Ll}[\p{L}\-]*),\s+(?:que|which|who)\s/u

/** The writing a sentence opens with, when only a relative clause and its asides stand before the verb: its subject, not a name in the aside. */
export function openingWriting(t: string): { text: string; index: number } | null {
  const m = OPENING_WRITING.exec(t)
  return m && isWriting(m[1]!) ? { text: m[1]!, index: m[0].indexOf(m[1]!) } : null
}

/** "Un informe de 2019 de la Dirección General de la Policía en torno a la OID", "A police report on the OID": a writing that opens the clause (after a quote's close), by whom, up to what it is about. */
export function writingAbout(t: string): { text: string; index: number } | null {
  const m = /^[\s.!?»”"’)]*((?:[Uu]na?|[Ee]l|[Ll]a|[Aa]n?|[Tt]he)\s+(?:\d{4}\s+)?(?:\p{Ll}+\s+)?(\p{Ll}+)(?:\s+(?:de|del|of|from|by)\s+[^,;:]{1,60}?)?)\s+(?:en torno a|sobre|acerca de|on|about|regarding|into)\s/u.exec(t)
  return m && isWriting(`the ${m[2]!}`) ? { text: m[1]!, index: m[0].indexOf(m[1]!) } : null
}

/** "El estudio sugiere que …", "The report says …": a writing that opens the words from `from`, its verb right after it (openingWriting, above, reads one with a relative clause before its verb). */
export function writingAtStart(text: string, from: number): string | null {
  const m = /^\s*((?:[Ee]l|[Ll]a|[Tt]he|[Tt]his|[Ee]ste|[Ee]sta)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}?\p{Ll}[\p{L}\-]*)\s+(?!(?:de|del|of|que|that|en|in|y|and|a|al|por|by|para|for|con|with)\s)\p{Ll}+/u.exec(text.slice(from, from + 80))
  return m && isDocument(m[1]!) ? m[1]! : null
}

/** Unnamed sources: "fuentes del Ejecutivo", "Fuentes de su equipo", "sources close to the minister" — a group the article will not name. */
const SOURCES = /^(?:(?:las|unas|varias|dos|tres|the|some|two|three|several)\s+)?(?:fuentes|fuente|sources|source)(?=\s|$)/iu
/** The sources after a cue, up to the end of the clause: "señalan fuentes del Ejecutivo.", "insisten fuentes próximas a Moreno, …". */
const SOURCES_AT_START = /^((?:(?:las|unas|varias|dos|tres|the|some|two|three|several)\s+)?(?:fuentes|fuente|sources|source)\s(?:[^,.;:!?"“”«»()\n\u2014\u2013]{1,80}?))(?=\s*(?:[,.;:!?)\u2014\u2013]|$))/iu
/** The sources before a cue, from where the clause opens: "Fuentes de su equipo aseguraron", "…, sources close to the deal said". */
const SOURCES_AT_END = /(?:^\s*|[.;,]\s+|\s(?:y|and|pero|but|aunque|although|though|while|mientras|porque|because|que|that)\s+)((?:(?:[Ll]as|[Uu]nas|[Vv]arias|[Dd]os|[Tt]res|[Tt]he|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:[Ff]uentes|[Ff]uente|[Ss]ources|[Ss]ource)\s[^,.;:!?"“”«»()\n]{1,80})$/u

export function isSources(phrase: string): boolean {
  return SOURCES.test(phrase.trim())
}

export function sourcesAfter(t: string): string | null {
  return SOURCES_AT_START.exec(t)?.[1] ?? null
}

export function sourcesBefore(t: string): { text: string; index: number } | null {
  const m = SOURCES_AT_END.exec(t)
  if (!m) return null
  // ("Fuentes del Ministerio restaron importancia a las críticas y recordaron": the sources end where their first verb starts.)
  // ("Sources close to the talks played down the row and said": an English past before its object.)
  const verb = /\s+(?:(?:no|se|les?)\s+)?\p{Ll}{3,}(?:aron|ieron)\s|\s+\p{Ll}{3,}ed\s+(?:the|a|an|down|up|off|out|it|that|this)\s/u.exec(m[1]!)
  return { text: verb ? m[1]!.slice(0, verb.index) : m[1]!, index: m.index + m[0].length - m[1]!.length }
}

/** A document ("The 40-page report" too), an aside set off by commas if any ("The report, published by the Audit Office on Tuesday, found"), then its verb. */
const DOCUMENT_SUBJECT = /(?:^|[\s,(])((?:[Ee]l|[Ll]a|[Tt]he|[Tt]his|[Tt]hat|[Ee]ste|[Ee]sta|[Uu]n|[Uu]na|[Aa]n?|[Aa]nother|[Oo]tro|[Oo]tra)\s+(?:[\p{L}\p{N}][\p{L}\p{N}\-]*\s+){0,2}?(?:\p{L}+))(?:,[^,.;:"“”«»]{1,80},)?\s+(\p{Ll}+)\b/gu

const AGENT = /(?:^|\s)(?:by|por)\s+$/iu
const FUNCTION_WORD = /^(?:during|after|before|while|and|or|but|that|which|durante|tras|mientras|y|e|o|u)$/u

/**
 * A document as the subject of the verb before a quote, whatever the verb:
 * "a quien el informe ubicó “…”", "La Constitución manda “…”", "the memo
 * warns that “…”". A writing is a source in its own right.
 */
export function documentSubject(text: string, windowFrom: number, to: number): { cue: string; cueStart: number; cueEnd: number; speaker: { type: 'role'; text: string; start: number; end: number }; passive: false } | null {
  // Only the last words before the quote can hold it (a subject, its verb, at most six words more).
  const from = Math.max(windowFrom, to - 200)
  const window = text.slice(from, to)
  let found: RegExpExecArray | null = null
  // Overlapping matches: "a quien el informe ubicó" holds "a quien el" and "el informe ubicó".
  DOCUMENT_SUBJECT.lastIndex = 0
  for (let m = DOCUMENT_SUBJECT.exec(window); m; m = DOCUMENT_SUBJECT.exec(window)) {
    // ("told the jury during his summations. “…”": a preposition or a conjunction after the noun is no verb; nor is a relative, "the law that “…”".)
    // ("Fuentes consultadas por este periódico creen que “…”": a writing after "por" or "by" is a participle's agent, never the subject.)
    // ("el diario quebequés Le Devoir, «…»", "el periódico digital Welt": an adjective before a name describes the paper that name is; it is no verb.)
    const describes = !isCueWord(m[2]!) && /(?:és|ense|ano|ino|al)$/u.test(m[2]!) && /^\s+\p{Lu}/u.test(window.slice(m.index + m[0].length))
    if (isDocument(m[1]!) && !FUNCTION_WORD.test(m[2]!) && !describes && !AGENT.test(window.slice(0, m.index + m[0].indexOf(m[1]!)))) found = m
    DOCUMENT_SUBJECT.lastIndex = m.index + 1
  }
  // After its verb, at most six words more, or twelve in a clause it governs ("makes clear that fines can be imposed for “…”").
  const rest = window.slice(found?.index ?? 0).slice(found?.[0].length ?? 0)
  if (!found || rest.split(/\s+/).filter(Boolean).length > (/\b(?:that|que)\b/iu.test(rest) ? 12 : 6)) return null
  const start = from + found.index + found[0].indexOf(found[1]!)
  const cueStart = from + found.index + found[0].length - found[2]!.length
  return { cue: found[2]!, cueStart, cueEnd: cueStart + found[2]!.length, speaker: { type: 'role', text: found[1]!, start, end: start + found[1]!.length }, passive: false }
}

/** The article's own noun phrase for a speaker, not a name: "the report", "fuentes de Montecon", "la experta". */
export function isDescription(speaker: string): boolean {
  // ("Fuentes de su equipo", "Otro de los carteles", "One law enforcement official", opening a sentence, are descriptions too, and so is someone's someone: "Mark Smith’s mother".)
  return isSources(speaker) || isWriting(speaker) || /^(?:\p{Ll}|(?:[Tt]he|an?|An?|[Oo]ne|[Aa]nother|[Ee]l|[Ll]as?|[Ll]os|[Uu]n|[Uu]nas?|[Uu]nos|[Oo]tr[oa]|[Ss]us?|[Hh]is|[Hh]er|[Tt]heir)\s)|\p{L}['’]s\s+\p{Ll}/u.test(speaker)
}

/** The words for a paper by its kind. */
const PAPER = 'newspaper|paper|magazine|tabloid|diario|periódico|revista|rotativo'
/** A paper named by its kind: "the newspaper", "el diario británico", "la revista". */
const OUTLET = new RegExp(`^(?:the|el|la)\\s+(?:\\p{Ll}+\\s+)?(?:${PAPER})(?:\\s+\\p{Ll}+)?$`, 'iu')
/** A paper's name with its kind after it or before it: "The Post and Courier newspaper", "the tabloid The Sun", "el diario El País". */
const PAPER_NAMED = new RegExp(`^(?:the\\s+)?(\\p{Lu}[^]*?)\\s+(?:${PAPER})$|^(?:[Tt]he|[Ee]l|[Ll]a)\\s+(?:${PAPER})(?:\\s+\\p{Ll}+)?\\s+(\\p{Lu}[^]*)$`, 'u')
/** That word, then the paper's name: "newspaper Dagens Nyheter", "diario británico The Guardian". */
const OUTLET_THEN_NAME = new RegExp(`(?:${PAPER})(?:[^\\S\\n]+\\p{Ll}+)?[^\\S\\n]+(${NAME_PHRASE.source})`, 'gu')

/** The paper last named after its kind before `at` ("the Swedish newspaper Dagens Nyheter", "el diario británico The Guardian"), within 3,000 characters. */
function outletNamed(text: string, at: number): string | null {
  const from = Math.max(0, at - 3000)
  let last: string | null = null
  // (As written: "The Guardian" keeps its article.)
  for (const m of text.slice(from, at).matchAll(OUTLET_THEN_NAME)) last = parseNamePhrase(m[1]!) ? m[1]!.replace(/['’]s$/u, '') : last
  return last
}

/**
 * The paper a phrase stands for: its name with its kind ("The Post and Courier newspaper", "the tabloid The Sun"), or its kind alone
 * ("the newspaper reported", "el diario británico") for the paper named so before.
 */
export function paperSpeaker(text: string, phrase: string, at: number): string | null {
  const named = PAPER_NAMED.exec(phrase)
  const name = named ? (named[1] ?? named[2]!) : null
  if (name && splitWords(name).every((w) => /^(?:\p{Lu}|(?:and|of|the|de|del|la|y|&)$)/u.test(w))) return name
  return OUTLET.test(phrase) ? outletNamed(text, at) : null
}

/** "En el informe, se", "En dicho documento, titulado …, se": a writing the clause opens in, then an impersonal "se" right before the verb. */
const IN_WRITING_THEN_SE = /(?:^|[.;:]\s+|\s)(?:[Ee]n|[Ss]egún)\s+((?:el|la|los|las|un|una|este|esta|ese|esa|dicho|dicha|su|sus)\s+[^,;:.!?"“”«»]{1,40}?)(?:\s*,[^;:.!?"“”«»]{0,160})?\s+se$/u

/** The writing an impersonal verb of saying speaks for ("En dicho documento, titulado …, se apuntaba que «…»"): the words before the verb, or null. */
export function impersonalInWriting(before: string): { text: string; index: number } | null {
  const m = IN_WRITING_THEN_SE.exec(before)
  if (!m || !isWriting(m[1]!)) return null
  // ("un informe publicado en febrero": the writing up to its head, without the participle or the phrase after it.)
  const text = m[1]!.replace(/\s+(?:\p{Ll}+(?:ad|id)[oa]s?|de|del|en|sobre|con|para|que)(?:\s.*)?$/u, '')
  return { text, index: m.index + m[0].indexOf(m[1]!) }
}
