/**
 * Who a quotation is attributed to, read from the words around it: the cue
 * ("said", "dijo", "according to") and its subject, before the quote
 * ("Rodríguez said: “…”", "he said that “…”") or after it ("“…,” said
 * Alfredo Romero", "“…,” the lawyer said", "—…—dijo el ministro—").
 * The phrase found here is still raw ("he", "the lawyer", "Rodríguez");
 * names.ts turns it into the person it stands for. The subject right before
 * a cue is read by subjectBefore.ts, the one after it by subjectAfter.ts, and
 * the subject a sentence opens with, when the cue's own clause names no one,
 * by sentenceSubject.ts.
 */
import { spansOf } from '../text/sentences'
import { CAPITAL_CLITIC, genderOfFirstName, personStartAfterBody } from './firstNames'
import { documentSubject, impersonalInWriting } from './writings'
import { paraSource } from './viewpoint'
import { AFTER_CUE_SKIP, AS_IN, CUE, cueIsObject, otherSense, NAMING_VERB, NEW_CLAUSE, PARTICIPLES, PASSIVE_CUES, PRONOUN, REPORTS_WHAT_FOLLOWS, SOURCE_CUE, SUBORDINATE, TAKES_LISTENER } from './cues'
import { NAME_PHRASE } from './namePhrase'
import { isNounPhrase } from './speakerKind'
import { subjectAfter, type Attribution, type SpeakerPhrase } from './subjectAfter'
import { NAME_AT_END } from './asides'
import { fullNameAfterVerb, quotedAsSpeaker, inWordsOf, outerSpeech, subjectWithin, thatByPlace, verbByPlace } from './clauseParts'
import { participleSubject } from './sentenceSubject'
import { AFTER_PREPOSITION, PRONOUN_AT_END, ROLE_AT_END, subjectBefore } from './subjectBefore'
export type { Attribution }

/** A name, then the relative pronoun and a comma: "Mo Yan que,", "Ana Ruiz, quien,". */
const RELATIVE_NAME = new RegExp(`(${NAME_PHRASE.source})\\s*,?\\s+(?:que|quien)\\s*,\\s*$`, 'u')

/** The last clause joined by "y"/"and"/"but", or after a comma, that opens with a name and its verb ("…, y el propio Vaxevanis reivindicó", "When asked …, Oprah Winfrey hesitated"). */
const JOINED_SUBJECT = new RegExp(`^[\\s\\S]*(?:(?:,\\s*|\\s)(?:y|e|and|but|pero)\\s+(?:(?:el|la)\\s+(?:propio|propia)\\s+)?|,\\s+)(${NAME_PHRASE.source})\\s+\\p{Ll}`, 'u')

/** The raw speaker phrase (its type is defined beside the inverted-subject rules, which this module uses). */
export type { SpeakerPhrase } from './subjectAfter'

/** "the United States faced …": a capitalised cue word after a capitalised word is part of a name, not the verb "states". */
function inName(text: string, m: RegExpExecArray): boolean {
  return /^\p{Lu}/u.test(m[0]) && /\p{Lu}[\p{L}.'’\-]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))
}

/** The auxiliaries of the passive ("was told", "would be remembered", "fue informado"), right before a cue or one word before it. */
const BE = 'was|were|been|being|is|are|be'
const BE_BEFORE = new RegExp(String.raw`\b(?:${BE}|fue|fueron|ser)\s+$`, 'iu')
const BE_WORD_BEFORE = new RegExp(String.raw`\b(?:${BE})\s+(?:\p{L}+\s+)?$`, 'u')
/** An auxiliary or a verb in the past right after a name: the name is a clause's subject ("the Government was doing", "says Mr. Gingrich saw ethics charges as"), not a verb's inverted one. */
const CLAUSE_VERB_NEXT = /^\s+["“«]?(?:was|were|is|are|has|had|have|would|will|could|can|should|must|did|does|do|fue|era|es|ha|había|habría|sería|está|estaba|saw|knew|thought|felt|made|took|gave|got|went|came|became|began|brought|wanted|needed|tried|used|\p{Ll}{3,}ed)\s/u


/** Attribution in the words right after a quote, before its sentence ends: `, said X` / `, X said` / `, according to X` / `—dijo X—`. */
export function attributionAfter(text: string, from: number, to: number, sentenceStart: number): Attribution | null {
  const window = text.slice(from, to)
  // The cue must come first, or after the speaker, within a few words of the closing mark.
  const head = /^(?:['’](?=[\s,]))?[\s,]*(?:[\u2014\u2013]\s*)?/u.exec(window)![0].length
  const near = window.slice(head, head + 140)
  // "“…”, mientras el portavoz, Aitor Esteban, ha criticado": a clause that opens with a conjunction is a new statement, not the quote's attribution.
  // (Without the comma the clause goes on the quoted sentence: "“…” while they were in power, Azzouz said". English puts the comma inside the
  // marks: "called the bill “a blank check,” while Shaheen said …".)
  if ((/,/u.test(window.slice(0, head)) || /,["”’»]$/u.test(text.slice(Math.max(0, from - 2), from))) && NEW_CLAUSE.test(near)) return null
  // ("«riesgosa» a medida que continúan …", "“…” so that they can …": a subordinate clause goes on the sentence, comma or not.)
  if (SUBORDINATE.test(near)) return null
  // ("making “voter identification” calls", "the “fake news” claims": with no stop or comma at the close, a plural that is also a cue is the noun the quote qualifies.)
  if (/^[^\S\n]+(?:calls|claims|reports|remarks|comments|warnings|statements|demands|promises|chants|boasts)(?![\p{L}])(?!\s+(?:the|a|an|that|it|he|she|they|\p{Lu}))/u.test(window) && !/[.,;:!?]["”’»]?$/u.test(text.slice(Math.max(0, from - 2), from))) return null
  CUE.lastIndex = 0
  // ("“…”The witnesses … talked about his good qualities": "spoke of", "talked about" take the quote as their object, after them only.)
  const found = [CUE.exec(near)].find((m) => !m || !/\s(?:of|about)$/u.test(m[0])) ?? null
  const placed = () => verbByPlace(near, /,/u.test(window.slice(0, head)), /,["”’»]$/u.test(text.slice(Math.max(0, from - 2), from)))
  // ("“…,” he reflects, emphasizing …": a verb the lexicon lacks, by its place, before a participle is the quote's own.)
  const byPlace = found && PARTICIPLES.has(found[0].toLowerCase()) ? placed() : null
  const first = byPlace && byPlace.index < found!.index ? byPlace : found
  const cue = (first && !inName(near, first) && !cueIsObject(near.slice(0, first.index), first[0], near.slice(first.index + first[0].length)) && !otherSense(first[0], near.slice(first.index + first[0].length)) ? first : null) ?? placed()
  if (cue) {
    const before = near.slice(0, cue.index)
    const cueStart = from + head + cue.index
    const cueEnd = cueStart + cue[0].length
    // "George Osborne, 44, outlined a “new settlement” in a speech in June, saying he would …": a participle takes no subject after it (the "he"
    // is its clause's); its subject is the sentence's.
    // (Unless a name set off just before it is its subject: "…, estima el experto Jorge Tello, asegurando que …"; "in June," is when.)
    const named = NAME_AT_END.exec(before.replace(/\s*,\s*$/u, ''))
    const ownName = !!named && !/(?:^|\s)(?:in|on|at|of|for|from|to|by|with|since|until|en|de|del|a|al|por|para|con|desde|hasta)\s+(?:the\s+|la\s+|el\s+)?$/iu.test(before.slice(0, named.index))
    if (PARTICIPLES.has(cue[0].toLowerCase()) && /,\s*$/u.test(before) && !ownName && sentenceStart < from) {
      const speaker = participleSubject(text.slice(sentenceStart, cueStart), sentenceStart, cueStart - sentenceStart)
      if (speaker && speaker.type !== 'implicit') return { cue: cue[0], cueStart, cueEnd, speaker }
    }
    // "«…» de Estados Unidos en la región, dijo el martes la portavoz": a comma before the verb puts the speaker after it.
    // ("told NBC News" never inverts: who follows "told" is the one told, and the speaker stands before it.)
    // ("«…», le comenta a BBC Mundo David Gibson": a clitic before the verb is no subject.)
    // ("“…,” Price, 37, said Wednesday": a name before its age is the subject; the day after the verb is none.)
    // ("“…,” branded President Obama “…”": a verb that names its object never inverts; who follows it was named.)
    const inverted = NAMING_VERB.test(cue[0]) ? false : /^\s*(?:(?:le|les|me|nos|se|te)\s+)?$/iu.test(before) || AS_IN.test(before) || (!TAKES_LISTENER.test(cue[0]) && fullNameAfterVerb(before, cue[0], near.slice(cue.index + cue[0].length))) || (/,\s*$/u.test(before) && !/\p{Lu}[\p{L}'’\-]*,\s*(?:\d{1,3},\s*)?$/u.test(before) && !PRONOUN_AT_END.test(before.replace(/,\s*$/u, '')) && !/^(?:told|tells|tell|telling)$/iu.test(cue[0]))
    const afterCue = inverted ? withPartner(text, subjectAfter(text.slice(cueEnd, to), cueEnd), cue[0]) : null
    // "“…”, Mayoral ha insistido en que “…”": a verb whose object is a that-clause reports what follows it, not the quote before.
    if (!inverted && REPORTS_WHAT_FOLLOWS.test(near.slice(cue.index + cue[0].length))) return null
    if (afterCue && (before.trim() === '' || afterCue.type !== 'implicit')) return { cue: cue[0], cueStart, cueEnd, speaker: afterCue }
    // "“…”, entre ellas el número de motor, añadió": a phrase after a preposition goes on the quote's sentence; the verb has no subject there.
    if (/^[\s,]*(?:entre|among|including|incluid[oa]s?|como|such as|con|with|sin|without|de|of|para|for)\s/iu.test(before) && /,\s*$/u.test(before)) {
      return { cue: cue[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueEnd, end: cueEnd } }
    }
    // ("told BBC News it was “easy to kick” Hester and accused Johnson": a verb after "and" shares the subject before the quote; the name is an object.)
    if (/\s(?:and|y|e)\s*$/u.test(before) && sentenceStart < from) return null
    if (before.trim() === '') {
      // nothing before the verb and nothing after it that names anyone
    } else if (subjectWithin(before) && !/[;:]/u.test(before) && !spansOf(text).stopsWithin(from + head, cueStart)) {
      // (A name with an apposition after it may run to twenty words: "Dr. Luz Arroyo, a member of the group and signatory to the letter, told".)
      // A speaker before the cue in the same clause: no sentence ends between the quote and the verb ("Mr." and "U.S." end none).
      const speaker = subjectBefore(before, from + head, before, from + head, cue[0])
      if (speaker && speaker.type !== 'implicit') return { cue: cue[0], cueStart, cueEnd, speaker }
    } else if (!/[;:]/u.test(before) && !spansOf(text).stopsWithin(from + head, cueStart)) {
      // ("“…” with Rep. Ed Royce, the chairman of …, the California Republican said": a longer phrase goes on the quote's sentence; the subject
      // set off by its last comma, right before the verb, is the verb's.)
      const last = /,\s+((?:the|a|an|el|la|los|las)\s+[^,]{1,50}?|\p{Lu}[^,]{1,40}?)\s*$/u.exec(before)
      const at = last ? from + head + last.index + last[0].indexOf(last[1]!) : 0
      const speaker = last ? subjectBefore(last[1]!, at, last[1]!, at, cue[0]) : null
      if (speaker && (speaker.type === 'name' || speaker.type === 'role')) return { cue: cue[0], cueStart, cueEnd, speaker }
    }
    // "“…” en Bikoro, en la provincia de Equateur, afirmó el Ministerio de Sanidad": a phrase of place before the verb names no
    // subject (its capital is a place's), so the subject is the one after the verb, as when nothing stands before it.
    const later = !inverted && /,\s*$/u.test(before) && !TAKES_LISTENER.test(cue[0]) ? subjectAfter(text.slice(cueEnd, to), cueEnd) : null
    if (later && (later.type === 'name' || later.type === 'role') && /^\s*(?:el|la|los|las)\s/u.test(text.slice(cueEnd, cueEnd + 6))) return { cue: cue[0], cueStart, cueEnd, speaker: later }
  }
  SOURCE_CUE.lastIndex = 0
  const source = SOURCE_CUE.exec(window)
  if (source && window.slice(0, source.index).split(/\s+/).length <= 8) {
    const cueStart = from + source.index
    const cueEnd = cueStart + source[0].length
    const speaker = sourceAfter(source[0], text.slice(cueEnd, to), cueEnd)
    if (speaker && speaker.type !== 'implicit') return { cue: source[0], cueStart, cueEnd, speaker }
  }
  void sentenceStart
  return null
}

/** "han declarado el expresidente Carlos Mesa y el gobernador … Luis Fernando Camacho": after a plural Spanish verb, the person joined by "y" speaks too. */
function withPartner(text: string, speaker: SpeakerPhrase | null, cue: string): SpeakerPhrase | null {
  if (!speaker || speaker.type !== 'name' || !/(?:aron|ieron|an|en)$|^(?:han|habían)\s/u.test(cue)) return speaker
  const partner = PARTNER.exec(text.slice(speaker.end, speaker.end + 120))
  // ("de Santa Cruz Luis Fernando Camacho": a place's name run into the person's, which opens with a first name.)
  const words = partner ? partner[1]!.split(/\s+/u) : []
  const k = personStartAfterBody(words, 1)
  const name = k > 0 ? words.slice(k).join(' ') : partner?.[1]
  return partner ? { type: 'name', text: `${speaker.text} y ${name}`, start: speaker.start, end: speaker.end + partner[0].length } : speaker
}
const PARTNER = new RegExp(`^\\s+(?:y|e)\\s+(?:(?:el|la)\\s+(?:[^\\s,.;:]+\\s+){0,8}?)?(${NAME_PHRASE.source})(?=\\s*(?:[,.;:]|$))`, 'u')

/** The source a cue like "según" names after it; "a juicio del informe", "de acuerdo al proyecto": a cue ending in "del"/"al" holds the article of a noun after it ("el informe"). */
function sourceAfter(cue: string, after: string, base: number): SpeakerPhrase | null {
  if (!/(?:^|\s)(?:al|del)$/iu.test(cue) || !/^\s+\p{Ll}/u.test(after)) return subjectAfter(after, base)
  return subjectAfter(` el${after}`, base - 3)
}

/** Only a noun phrase (or nothing) stands between the quote and the subject of the cue after it: "“…,” Mr. Ruiz, the mayor, said", not "“…” as prices fell, the paper reported". */
export function subjectNextTo(text: string, close: number, a: Attribution): boolean {
  if (a.speaker.start < close) return true
  const lead = text.slice(close, Math.min(a.speaker.start, a.cueStart)).replace(/^[\s,\u2014\u2013]+|[\s,\u2014\u2013]+$/gu, '')
  return lead.split(/\s+/).filter(Boolean).length <= 3 || isNounPhrase(lead, 12)
}

/** A passive cue before the quote takes its speaker after it: "labelled as “…” by the UN Human Rights Office". */
export function agentAfter(text: string, from: number, to: number): SpeakerPhrase | null {
  const m = /^[\s,]*by\s+/u.exec(text.slice(from, to))
  if (!m) return null
  const speaker = subjectAfter(text.slice(from + m[0].length, to), from + m[0].length)
  return speaker && speaker.type !== 'implicit' ? speaker : null
}

/** "Tal como", "Como", "Así como", "As" right before a speech verb: its subject comes after it (and, in SET_OFF, a subject set off by a comma). */
const AS_LEAD = /(?:^|[\s,;])(?:[Tt]al\s+(?:y\s+)?como|[Cc]omo|[Aa]sí\s+como|[Aa]s)\s+$/u
const SET_OFF = /^\s+[^,.;:]{1,60},\s+(?!(?:y|e|and|pero|but|mientras|while|aunque|although)\s)/u

/** A noun for something said, by someone, then a that-clause that runs to the quote (no other quote closed between): "a claim by Peter Hain that …"; or an order or a call from someone, then "to" and the quote: "directives from Xi to “…”". */
const CLAIM_BY = new RegExp(String.raw`(?<![\p{L}])(claims?|suggestions?|remarks?|comments?|accusations?|charges?|warnings?|jibes?|assertions?|allegations?|insistence|statements?)\s+(?:by|from)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(${NAME_PHRASE.source})\s+that\s[^.!?"”»]*$|(?<![\p{L}])(directives?|orders?|instructions?|calls?|appeals?|pleas?)\s+(?:by|from)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(${NAME_PHRASE.source})\s+to\s*$`, 'u')

/** A Spanish verb in the third person plural of the past: "lamentaron", "dijeron", "advirtieron". */
const PLURAL_VERB_END = /^\p{Ll}{2,}(?:aron|eron)$/iu

/** Attribution in the words before a quote in its sentence: the last cue there and its subject ("Trump said Machado … “…”", "según X, «…»"). */
export function attributionBefore(text: string, from: number, to: number): (Attribution & { passive: boolean }) | null {
  const window = text.slice(from, to)
  let last: RegExpExecArray | null = null
  CUE.lastIndex = 0
  for (let m = CUE.exec(window); m; m = CUE.exec(window)) {
    // "According to Evidências, which says it spoke to him, the order was “…”": a cue in a relative clause is not the quote's.
    if (/\b(?:which|who|que|quien)\s+(?:\p{L}+\s+)?$/iu.test(window.slice(0, m.index)) && SOURCE_CUE.test(window.slice(0, m.index))) continue
    SOURCE_CUE.lastIndex = 0
    // "tomar en cuenta", "a cuenta de", "una cita": a noun after its article or preposition, not the verb ("contar", "citar").
    // "la correspondiente denuncia", "una nueva pregunta": with an adjective between the article and the word too.
    if (/^(?:cuentan?|cita|denuncia|pregunta|alerta|condena)$/iu.test(m[0]) && /(?:^|\s)(?:en|a|por|la|su|de|una|esta|esa)\s+(?:\p{Ll}+\s+)?$/iu.test(window.slice(0, m.index))) continue
    // ("Hoenig said in prepared remarks during a speech in Lincoln, Neb. “…”": a plural noun, not the verb, so no inverted subject after it.)
    if (inName(window, m) || cueIsObject(window.slice(0, m.index), m[0], window.slice(m.index + m[0].length))) continue
    // "staff were told to “…”", "he was asked", "the meeting would be remembered as “…”": in the passive, the subject said nothing, and the words are
    // someone else's (but "labelled … by the UN" names them: PASSIVE_CUES, below).
    if ((TAKES_LISTENER.test(m[0]) || (/\p{Ll}ed$/u.test(m[0]) && !PASSIVE_CUES.has(m[0].toLowerCase()))) && BE_BEFORE.test(window.slice(0, m.index))) continue
    if (otherSense(m[0], window.slice(m.index + m[0].length))) continue
    last = m
  }
  // ("Michael Howard has said a claim by Peter Hain that the Tory leader is acting like an “…”": a clause after a speech noun and the one it is by is theirs.)
  const claim = CLAIM_BY.exec(window)
  if (claim && (!last || claim.index > last.index)) {
    const [noun, name] = claim[1] ? [claim[1], claim[2]!] : [claim[3]!, claim[4]!]
    const start = from + claim.index + claim[0].indexOf(name, noun.length)
    return { cue: noun, cueStart: from + claim.index, cueEnd: start, speaker: { type: 'name', text: name, start, end: start + name.length }, passive: false }
  }
  // ("Bergoglio los denominó enemigos, pero Sonnante diferenció que «…»": a verb right before "que" and the quote, after the cue, reports it.)
  const byPlace = thatByPlace(window)
  if (byPlace && (!last || byPlace.index > last.index + last[0].length)) last = byPlace
  SOURCE_CUE.lastIndex = 0
  let source: RegExpExecArray | null = null
  for (let m = SOURCE_CUE.exec(window); m; m = SOURCE_CUE.exec(window)) source = m
  // "Según informó la DGSA a la diaria, se constató “…”": a speech verb right after "según" (a clitic may stand between: "Según le confió un
  // investigador a este diario") is part of the source cue; its subject follows it.
  // ("according to reports": after "according to" a cue word is a noun.)
  const adjacent = !!source && !!last && /^\s+(?:(?:le|les|me|nos|se|lo|la)\s+)?$/u.test(window.slice(source.index + source[0].length, last.index))
  const sourceVerb = adjacent && /^según$/iu.test(source![0])
  if (source && (!last || adjacent || source.index + source[0].length >= last.index + last[0].length)) {
    const cueStart = from + source.index
    const cueEnd = sourceVerb ? from + last!.index + last![0].length : cueStart + source[0].length
    const speaker = sourceAfter(source[0], text.slice(cueEnd, to).replace(/,[^,]*$/u, ''), cueEnd)
    if (speaker && speaker.type !== 'implicit') return { cue: source[0], cueStart, cueEnd, speaker, passive: false }
    // ("el escritor Mo Yan que, según dijo, “…”": "según" and its verb inside a relative clause speak for the one the relative stands for.)
    const antecedent = /^según$/iu.test(source[0]) ? RELATIVE_NAME.exec(window.slice(0, source.index)) : null
    if (antecedent) return { cue: source[0], cueStart, cueEnd, speaker: { type: 'name', text: antecedent[1]!, start: from + antecedent.index, end: from + antecedent.index + antecedent[1]!.length }, passive: false }
    // "Según entiende, “…”": "según" and a verb of its own with a comma after it leaves its subject out, the one the text is about.
    if (/^según$/iu.test(source[0]) && /^\s+(?!(?:ella|ellas|esta|esa|nuestra|una|la)\s*,)\p{Ll}{3,}(?:a|e|ó|an|en)\s*,/u.test(window.slice(source.index + source[0].length))) return { cue: source[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueStart, end: cueStart }, passive: false }
  }
  const inWords = inWordsOf(window, from)
  if (inWords && (!last || inWords.cueStart >= from + last.index)) return inWords
  if (!last) return paraSource(text, from, to) ?? documentSubject(text, from, to)
  const cueStart = from + last.index
  const cueEnd = cueStart + last[0].length
  const passive = PASSIVE_CUES.has(last[0].toLowerCase()) && BE_WORD_BEFORE.test(window.slice(0, last.index))
  if (passive) return { cue: last[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueEnd, end: cueEnd }, passive: true }
  // "Fuentes … aseguran que …, y el propio Vaxevanis reivindicó …: «…»": a clause joined after the cue, with a subject of its own, leads in.
  const joined = /:\s*$/u.test(window) ? JOINED_SUBJECT.exec(window.slice(last.index + last[0].length)) : null
  if (joined) {
    const start = from + last.index + last[0].length + joined[0].length - /\s+\p{Ll}$/u.exec(joined[0])![0].length - joined[1]!.length
    return { cue: ':', cueStart: to, cueEnd: to, speaker: { type: 'name', text: joined[1]!, start, end: start + joined[1]!.length }, passive: false }
  }
  // "Huang Limin was quoted by Xinhua as saying": the one quoted.
  const quotedAs = quotedAsSpeaker(window.slice(0, last.index), from)
  if (quotedAs) return { cue: last[0], cueStart, cueEnd, speaker: quotedAs, passive: false }
  // "Un día después, cuenta Marenco, “…”": the cue's subject comes after it, before the quote.
  const tail = window.slice(last.index + last[0].length)
  // ("It is a view shared by Rooney, who believes “…”": a cue in "-ed" with "by" after it is passive; the one after "by" spoke.)
  const agent = /\p{Ll}ed$/u.test(last[0]) && /^\s+by\s+\p{Lu}/u.test(tail) ? agentAfter(text, cueEnd, to) : null
  if (agent && agent.type === 'name') return { cue: last[0], cueStart, cueEnd, speaker: agent, passive: false }
  // "En paridad de género, -dice la circular- se debe …, “…”": a verb set off by dashes has its subject before the closing dash.
  const dashed = /[-—–]\s*$/u.test(window.slice(0, last.index)) ? /^\s+([^-—–\n]{1,60}?)\s*[-—–]/u.exec(tail) : null
  const inDashes = dashed ? subjectAfter(dashed[1]!, cueEnd + dashed[0].indexOf(dashed[1]!)) : null
  if (inDashes && (inDashes.type === 'name' || inDashes.type === 'role')) return { cue: last[0], cueStart, cueEnd, speaker: inDashes, passive: false }
  // "Tal como expresa el profesor Spero Tsindos, del …, “…”", "As Smith put it, “…”": after "como"/"as" the subject follows the verb.
  // (Only when the quote follows the subject's phrase, or the subject is set off by a comma before the sentence's own clause, "Como señala Jorge
  // Cortés, infectólogo …, la diferencia estriba “…”": in "como defendió Sánchez ante la Liga, y se mostró confiado en un acuerdo “…”" the clause goes on.)
  const asSaid = AS_LEAD.test(window.slice(0, last.index)) && (/[,:]\s*$/u.test(tail) || SET_OFF.test(tail)) && !PARTICIPLES.has(last[0].toLowerCase()) ? subjectAfter(tail, cueEnd) : null
  if (asSaid && (asSaid.type === 'name' || asSaid.type === 'role')) return { cue: last[0], cueStart, cueEnd, speaker: asSaid, passive: false }
  // Not after a verb whose object follows it ("told VOA Khmer reporter Pov Sok, “…”"), nor when its subject stands before it ("La senadora
  // Elena Nuño criticó el plan: «…»"). The subject ends at its comma; an aside may go on to the colon ("en su libro Siete Kabezas, crónica …:").
  const before = window.slice(0, last.index).trimEnd()
  // ("En dicho documento, titulado …, se apuntaba que «…»": an impersonal "se" before the verb; the writing the clause opens in speaks.)
  const impersonal = /^\s+que(?:\s+[^,;:.!?"“”«»\n]{1,80})?\s*["“«]?$/u.test(tail) ? impersonalInWriting(before) : null
  if (impersonal) return { cue: last[0], cueStart, cueEnd, speaker: { type: 'role', text: impersonal.text, start: from + impersonal.index, end: from + impersonal.index + impersonal.text.length }, passive: false }
  // ("Al mensaje de Clouthier respondió el exdiputado …:", "Lo describe el arquitecto …": a name after a preposition, or a clitic, is no subject.)
  // ("el procurador general, Gregorio Eljach, celebró la decisión: «…»": a name set off by commas right before the verb is its subject too.)
  // ("entre el 64 a. C. y el 24 d. C., describió": an initial alone is no name.)
  const nameFirst = [NAME_AT_END.exec(before.replace(/,$/u, ''))].find((m) => m && !CAPITAL_CLITIC.test(m[0]) && !/^\p{Lu}\.?$/u.test(m[0].trim())) ?? null
  // ("El jefe del Gabinete defendió las reformas: «…»": a role of a body named stands before the verb too; what follows is its object.)
  const roleOfBody = !!nameFirst && /(?:^|[\s,])(?:[Ee]l|[Ll]as?|[Ll]os|[Tt]he|[Uu]na?|[Aa]n?)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?$/u.test(before.slice(0, nameFirst.index))
  // ("A la propuesta del alcalde respondió la concejala …:": nor is a role after "A" with an article, the Spanish preposition, not English "a".)
  const roleFirst = [ROLE_AT_END.exec(before)].find((m) => m && !/^[Aa]\s+(?:la|las|los|el|su|sus|un|una)\s/u.test(m[1]!)) ?? null
  const subjectFirst = (!!nameFirst && !/(?:^|\s)(?:de|del|a|al|en|con|por|para|sobre|of|to|in|on|with|from)\s+$/iu.test(before.slice(0, nameFirst.index))) || !!roleFirst || roleOfBody
  // ("Al respecto añadió Carlos Arturo Martínez, secretario de Salud …, que «…»": a person's full name right after the verb is its subject, "que" after or not.)
  const personNext = !subjectFirst && !TAKES_LISTENER.test(last[0]) && !PARTICIPLES.has(last[0].toLowerCase()) ? /^\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})(?=\s*,|\s+que\s)/u.exec(tail) : null
  if (personNext && genderOfFirstName(personNext[1]!)) return { cue: last[0], cueStart, cueEnd, speaker: { type: 'name', text: personNext[1]!, start: cueEnd + personNext[0].length - personNext[1]!.length, end: cueEnd + personNext[0].length }, passive: false }
  // ("Replied Stephen, with some delicacy, “…”": a phrase of manner may follow the inverted subject.)
  // ("Asked a Pennsylvania Republican: “…?”": a verb that opens the sentence, then someone unnamed and a colon, is inverted too, even a verb that takes a listener.)
  const opensInverted = !before.trim() && /^\p{Lu}/u.test(last[0]) && /^\s+(?:a|an|one)\s[^.,;:!?"“”«»]{1,60}:\s*$/u.test(tail)
  if (!subjectFirst && (/^\s+(?:\p{Lu}|(?:the|el|la|los|las)\s)[^.,;!?"“”«»]{0,60}(?:,\s+(?:with|without|in|after|con|sin|en|tras)\s[^.,;:!?"“”«»]{1,40})?(?:[,:]\s*$|,[^.;!?"“”«»]{0,160}:\s*$)/u.test(tail.slice(AFTER_CUE_SKIP.exec(tail)?.[0].length ?? 0)) || opensInverted) && !/^\s+(?:In|On|At|To|En|A|Al|Con|Por|Para)\s/u.test(tail) && !PARTICIPLES.has(last[0].toLowerCase()) && !/\b(?:que|that)\b/iu.test(tail) && (!TAKES_LISTENER.test(last[0]) || opensInverted)) {
    const after = subjectAfter(tail.replace(/[,:][^]*$/u, ''), cueEnd)
    // ("Vecinos de la zona, por su parte, lamentaron el cierre: «…»": a verb in the plural never has one thing for its subject; that is its object.)
    const disagrees = !!after && PLURAL_VERB_END.test(last[0]) && /^(?:el|la|un|una)\s/iu.test(after.text)
    if (after && after.type !== 'implicit' && after.type !== 'pronoun' && !disagrees) return { cue: last[0], cueStart, cueEnd, speaker: after, passive: false }
  }
  // "Things have gotten so dire …, said Dr. Marwan Al-Hams, director of …": after a comma, the name right after the verb is its subject (never one with a possessive: "Lee, the leader, said Yoon’s “…”").
  // ("Ante ello, ha continuado, Podemos debe tener un “…”": a verb set off by commas with no subject before it is an aside; what follows was said.)
  // (Not a participle: in "…, Nefzi said, adding, “…”" its subject is the one who said.)
  if (/,\s*$/u.test(before) && /^\s*,/u.test(tail) && !subjectFirst && !PARTICIPLES.has(last[0].toLowerCase())) return { cue: last[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueStart, end: cueStart }, passive: false }
  // ("Jeffrey Wall, who was a top official …, said the Biden solicitor general faces “…”": a relative aside after a name closes with that comma; the name is the subject.)
  // (Commas inside it too: "Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, before becoming AM, said NHS staff …".)
  if (/,\s*$/u.test(window.slice(0, last.index)) && !/\p{Lu}[\p{L}'’\-]*,\s+(?:who|quien)\s[^;:.]{0,160},\s*$/u.test(window.slice(0, last.index)) && !PARTICIPLES.has(last[0].toLowerCase()) && !TAKES_LISTENER.test(last[0]) && !NAMING_VERB.test(last[0])) {
    const after = subjectAfter(tail, cueEnd)
    // ("Pero esto, insisten los expertos, es algo “…”": a role set off by commas right after the verb is its subject too. "…, who chaired a meeting, vowed the
    // Government was doing “…”", "…, for example, said Christie “has dedicated …”": a name with a verb after it is the subject of what was said, not of the cue.)
    if (after && after.type === 'role' && /^\s+$/u.test(text.slice(cueEnd, after.start)) && /^\s*,/u.test(text.slice(after.end, after.end + 3))) return { cue: last[0], cueStart, cueEnd, speaker: after, passive: false }
    if (after && after.type === 'name' && !/['’]s?$/u.test(after.text) && !/^['’]s?(?!\p{L})/u.test(text.slice(after.end)) && !CLAUSE_VERB_NEXT.test(text.slice(after.end, after.end + 16))) return { cue: last[0], cueStart, cueEnd, speaker: after, passive: false }
  }
  // "Rosales explicó que Biden resaltó “…”": speech inside reported speech is still the outer speaker's (a name given, the namer's).
  const outer = NAMING_VERB.test(last[0]) ? null : outerSpeech(window, last.index)
  if (outer) {
    const speaker = subjectBefore(window.slice(0, outer.index), from, window, from, outer[0])
    if (speaker && speaker.type !== 'implicit') return { cue: outer[0], cueStart: from + outer.index, cueEnd: from + outer.index + outer[0].length, speaker, passive: false }
  }
  // "El PP, ha remachado, ha mantenido su “…”": a cue set off by commas right after the clause's subject is an aside with no subject of its own.
  if (/^[^,]{1,60},\s*$/u.test(window.slice(0, last.index)) && /^\s*,\s+\p{Ll}/u.test(text.slice(cueEnd, cueEnd + 4))) return { cue: last[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueStart, end: cueStart }, passive: false }
  // "…, saying “…”": a participle's subject is the sentence's, unless a name stands right before it ("Vitaly Mutko calling …").
  const participle = PARTICIPLES.has(last[0].toLowerCase())
  const own = participle ? NAME_AT_END.exec(window.slice(0, last.index).trimEnd()) : null
  // "… en Twitter diciendo": a name after a preposition is where the words were said ("as early as 500 BC saying": after a number, an era).
  const ownAfterPreposition = !!own && (AFTER_PREPOSITION.test(window.slice(0, own.index)) || /(?:^|\s)to\s+(?:the\s+)?$|\d\s+$/iu.test(window.slice(0, own.index)))
  const speaker = participle
    ? own && !ownAfterPreposition && /\s$/u.test(window.slice(0, last.index)) && !/,\s*$/u.test(window.slice(0, last.index))
      ? { type: 'name' as const, text: own[0], start: from + own.index, end: from + own.index + own[0].length }
      : participleSubject(window, from, last.index, text.slice(Math.max(0, from - 12), from))
    : subjectBefore(window.slice(0, last.index), from, window, from, last[0])
  if (speaker) return { cue: last[0], cueStart, cueEnd, speaker, passive: false }
  // Spanish drops the subject: "Afirmó que «…»".
  return { cue: last[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueStart, end: cueStart }, passive: false }
}

export { PRONOUN }
