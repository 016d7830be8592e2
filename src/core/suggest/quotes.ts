/**
 * Suggested quotes for one article: each direct quotation with the person
 * who said it, the cue that says so and where the attribution is written, so
 * the reporter can accept, fix or reject it. A suggestion is data, not an
 * annotation: accepting one turns it into ordinary tags (see suggestEdits.ts).
 *
 * Precision comes first (a wrong suggestion costs a click and trust): a pair
 * of marks is only offered when it reads as someone's words. Titles and names
 * in quotation marks ("El Helicoide"), single words and short scare quotes
 * with no one saying them are left out.
 */
import { matchPerson } from '../people'
import { countBefore } from '../sorted'
import type { Person } from '../schema'
import { agentAfter, attributionAfter, attributionBefore, subjectNextTo, type Attribution, type SpeakerPhrase } from './attribution'
import { spansOf } from '../text/sentences'
import { findQuotations, type QuoteStyle } from './marks'
import { resolve } from './resolveSpeaker'
import { resolveAgreeing, speakerOrNothing, subjectOpening } from './agreement'
import { answererOf, askedWhom, carryOverSpeakers, clauseSubject, pullQuoteSpeakers, cueInQuote, earlierSpeech, echoSpeakers, itGoesOn, speechRightBefore, guessSpeakers, introduction, isPseudonym, isQuestion, REPLY, shortAttribution, pointingBack, THIRD_PERSON } from './nearbySpeech'
import { labelAfter, labelBefore, signatureAfter, speakerLine, textOfHeading } from './labelLines'
import { canBeSpeaker, isDocument } from './speakerKind'
import { roleToShow, titleRunOn } from './roleSpeakers'
import { bareName, CONFIDENT_AT, looseName, namedAsWritten, sharedName, speakerConfidence } from './confidence'
import { findMentions } from './mentions'
import { crowdCry, isFullPersonName, personLeadingIn, subjectLeadingIn } from './leadingIn'
import { articleEpithet, parseNamePhrase } from './namePhrase'
import { ArticleNames } from './names'
import { isDescription } from './writings'
import type { PreviousSpeaker } from './pronouns'
import { beforeYields, yieldsToSource } from './viewpoint'
import { isQuote, looksLikeTitle, partialAfterCue, sameSentenceAsNext, wordsOf, type AttributionPlace, type Found } from './quoteOrNot'
import { candidatesOf, nearbySpeakers } from './speakerCandidates'
import { PARTICIPLES } from './cues'

export type QuoteSuggestion = {
  readonly kind: 'quote'
  /** The quoted words, without the marks: text.slice(start, end) === text. */
  readonly start: number
  readonly end: number
  readonly text: string
  /** The speaker's full name (a pronoun or role already resolved), or null when no one could be named. */
  readonly speaker: string | null
  /** What the article says the speaker is ("director of Foro Penal"), or ''. */
  readonly role: string
  /** The project person the speaker matched, or null (a new person). */
  readonly personId: string | null
  readonly cue: string | null
  /** The words that attribute the quote ("said Alfredo Romero"), or null for a continuation. */
  readonly attribution: { readonly start: number; readonly end: number } | null
  /** 0–1: how sure the rules are of quote and speaker together. */
  readonly confidence: number
  /** 0–1: how sure the rules are of the speaker alone (0 when there is none); see confidence.ts. */
  readonly speakerConfidence: number
  /** The speaker may be shown as certain (speakerConfidence ≥ CONFIDENT_AT); otherwise ask: "speaker?". */
  readonly confident: boolean
  /** Who else it may be when the speaker is not confident: the people and bodies named just before, nearest first (the speaker first if any). */
  readonly candidates: readonly string[]
  readonly style: QuoteStyle
}

export type { AttributionPlace } from './quoteOrNot'

export type SuggestOptions = { readonly people?: readonly Person[] }

/** ", according to NBC News", " in a statement released Friday", " in a statement, according to NBC News" after a quote's cue and speaker: where or how the words came, part of that attribution. */
const IN_STATEMENT = String.raw`\s+(?:in|en)\s+(?:an?|the|its|his|her|their|una?|su)\s+(?:\p{Ll}+\s+)?(?:statement|comunicado|declaración)`
const REPORTED_BY = new RegExp(String.raw`^(?:(?:${IN_STATEMENT})?,\s*(?:according to|as reported by|según|de acuerdo con)|${IN_STATEMENT})\s[^.;:!?"“”«»]{1,80}`, 'iu')

/** After "told"/"asked": whom, then what they were told ("her to “…”", "him he was “…”", "her the job was “…”"). */
const TOLD_OBJECT = /^\s+(?:him|her|them|me|us)\s+(?:to|that|(?:he|she|they|it|we|I|you|(?:the|a|an|his|her|their|its)\s+\p{Ll}+)(?:\s+\p{Ll}+){1,4})\s*$/u

/** A speaker this sure (a name beside the cue, before the quote or on its label line) is given to the same words quoted elsewhere (echoSpeakers). */
const ECHO_AT = 0.9

const TOPIC_PARAGRAPH = /^[^“"«\n]{3,200}[:?]\s*:?\s*[“"«]/u

export function suggestQuotes(text: string, options: SuggestOptions = {}): QuoteSuggestion[] {
  const quotations = findQuotations(text)
  // A name in quotation marks with an apposition after it is a person under a pseudonym ("“Maritza”, una estudiante"), not a quote.
  const spoken = quotations.filter((q) => !isPseudonym(text, q))
  const names = new ArticleNames(text, findMentions(text, spoken))
  const spans = spansOf(text)
  const { paragraphs } = spans
  // Quotations are in text order: a binary search, so an article of thousands of quotes stays linear enough.
  const inQuote = (pos: number) => {
    const q = spoken[countBefore(spoken, (x) => x.close <= pos)]
    return !!q && q.open <= pos && pos < q.close
  }
  const found: Found[] = []
  // A press conference or an interview written as topic lines: two paragraphs or more that open with a short topic, a colon and a quote.
  const topicFormat = paragraphs.filter((p) => TOPIC_PARAGRAPH.test(text.slice(p.start, Math.min(p.end, p.start + 200)))).length >= 2
  let consumed = 0 // the end of the last quote or of the attribution after it
  let previous: PreviousSpeaker | null = null // the subject of the last speech act

  quotations.forEach((q, i) => {
    const para = paragraphs[q.paragraph]!
    const prev = quotations[i - 1]
    const next = quotations[i + 1]
    // "“JOH” (como se le conoce) contestó que “…”": a name in quotation marks before the cue is its subject, not a quote that closes the window.
    // Only just before the quote, and the window still ends at the quote before that one (a run of quotes stays linear).
    // ("recibieron una copia de la 'lista Lagarde' de manera anónima y el propio Vaxevanis reivindicó …: «…»": so is a term after its article, in the same clause,
    // or in the sentence just before: "Desde Demócratas emitieron una declaración por “cancelación” a Micco. “…”".)
    const prevShort = !!prev && wordsOf(text.slice(prev.start, prev.end)).length <= 3
    const prevIsTerm = prevShort && /(?:^|\s)(?:the|a|an|el|la|los|las|un|una|por)\s*$/iu.test(text.slice(prev!.open - 12, prev!.open)) && /^[^.!?;]*[.!?]?\s*$/u.test(text.slice(prev!.close, q.open))
    const prevIsName = prevShort && ((q.open - prev!.close < 100 && looksLikeTitle(text.slice(prev!.start, prev!.end))) || prevIsTerm)
    const beforePrev = quotations[i - 2]
    const nameFloor = prev ? Math.max(prev.open - 160, beforePrev && beforePrev.paragraph === q.paragraph ? beforePrev.close : para.start) : para.start
    const leftFloor = Math.max(para.start, prev && prev.paragraph === q.paragraph ? (prevIsName ? nameFloor : Math.max(prev.close, consumed)) : para.start)
    const leftStart = spans.startBefore(q.open, leftFloor)
    const rightCeiling = next && next.paragraph === q.paragraph ? next.open : para.end
    const rightEnd = spans.endAfter(q.close, rightCeiling)
    const complete = /[.!?]$/u.test(text.slice(q.start, q.end))
    // “Do you regret the vote?” King asked. — a question or exclamation mark ends the quote, not the attribution after it.
    const rightIsNewSentence = complete && q.style !== 'dash' && /^\s+[\p{Lu}"“‘«]/u.test(text.slice(q.close, rightEnd)) && !shortAttribution(text.slice(q.close, rightEnd))
    const leftText = text.slice(leftStart, q.open)
    // "described as “…”", "lo calificó de “…”": the quote is the cue's own object, right after it.
    const objectOf = (b: Attribution | null) => !!b && /\b(?:as|como|de)\s*$/u.test(text.slice(b.cueEnd, q.open)) && wordsOf(text.slice(b.cueEnd, q.open)).length <= 4
    const leadIn = /(?:[:,]|\b(?:that|que))\s*$/u.test(leftText)
    // "“…”. Con esa frase, Alberto Fernández respondió …": a sentence that points back at the quote names who said it.
    const stop = /^[.!?]/u.test(text.slice(q.close, q.close + 1)) ? 1 : 0
    const after = q.continues ? null : rightIsNewSentence || stop ? pointingBack(text, q.close + stop, spans.endAfter(q.close + stop + 1, rightCeiling)) : attributionAfter(text, q.close, rightEnd, leftStart)
    const before = crowdCry(text, q.open, q.close, rightEnd) ?? attributionBefore(text, leftStart, q.open)
    let [attribution, phrase, guessed]: [Attribution | null, SpeakerPhrase | null, boolean] = [null, null, false]
    // "… resaltó que la clasificación “…”, ocupando el puesto 159, según RSF": a source named late is the figure's, not the quote's.
    // "called the about-face “heartbreaking,” according to the Bronx Times": the outlet reports; a speech verb right before the quote names who said it.
    const closeBefore = !!before && wordsOf(text.slice(before.cueEnd, q.open)).length <= 8
    // ("… but says it is “not a straightforward thing”, PA reports": an outlet that reports is such a source too; a reporter is not.)
    const outletReports = !!after && /^report(?:s|ed)$/iu.test(after.cue) && closeBefore && (/^\p{Lu}{2,}$/u.test(after.speaker.text) || !!parseNamePhrase(after.speaker.text)?.org)
    const lateSource = after && (/^(?:according to|según|de acuerdo con)/iu.test(after.cue) || outletReports) && (after.cueStart - q.close > 3 || closeBefore)
    // "the officials said, the utility switched its covers to vented ones, “…,” Mr. McHugh said": a cue far before the quote yields to a name right after it.
    const beforeFar = !!before && !!after && after.speaker.type === 'name' && wordsOf(text.slice(before.cueEnd, q.open)).length > 8
    // "Mackey said in a memo that the “…” as prices fell, Yahoo Finance reported": the quote is in the first speaker's that-clause
    // (and a writing's words stay its own when the ones who confirm it follow: "The legislation makes clear that …“…”, officials confirmed").
    // ("While Knight’s publicist told EW that he has “…,” the singer confirmed the news": a cue after the quote with an object of its own does not take it.)
    const ownObject = !!after && after.speaker.start < after.cueStart && /^\s+(?:the|a|an|this|these|those|it|its|his|her|their)\s/u.test(text.slice(after.cueEnd, after.cueEnd + 40)) && !/^(?:told|tells|asked|asks|warned|warns|urged|urges|reminded|reminds|assured|assures)$/iu.test(after.cue)
    const inThatClause = !!before && !!after && before.speaker.type !== 'implicit' && !before.passive && /\b(?:that|que)\b/iu.test(text.slice(before.cueEnd, q.open)) && (!subjectNextTo(text, q.close, after) || ownObject || (after.speaker.type === 'role' && isDocument(before.speaker.text)))
    // ("An official told her to “be patient,” she said": what someone told the speaker is theirs; the one who reports it after is not its speaker.)
    const toldThem = !!before && !!after && before.speaker.type !== 'implicit' && /^(?:told|asked|ordered|urged|warned|instructed|advised)$/iu.test(before.cue) && TOLD_OBJECT.test(text.slice(before.cueEnd, q.open))
    const yieldsToAfter = !!before && !!after && beforeYields(text, before, after)
    // ("Murphy called the bill “a blank check,” and Shaheen said …": a clause joined after the quote, its subject right after the conjunction, is a new statement.)
    const joinedAfter = !!before && !!after && closeBefore && /^["”’»]?[\s,]*(?:and|but|y|e|pero)\s+$/u.test(text.slice(q.close, after.speaker.start))
    // ("the report described the impacts as “devastating,” stating …", "para Aguado “…”, señalando …": a participle after the quote has no subject; who the cue before names is its.)
    const participleAfter = !!after && after.speaker.type === 'implicit' && PARTICIPLES.has(after.cue.toLowerCase())
    if (before && (leadIn || inThatClause || toldThem || objectOf(before) || joinedAfter || participleAfter) && before.speaker.type !== 'implicit' && !beforeFar && !yieldsToAfter) attribution = before
    else if (after && lateSource && before && (before.speaker.type !== 'implicit' || outletReports) && !before.passive && !yieldsToSource(before, after)) attribution = before
    else if (after) attribution = after
    else if (before) {
      if (before.passive) {
        const agent = agentAfter(text, q.close, rightEnd)
        if (agent) attribution = { ...before, speaker: agent }
      } else attribution = before
    }
    let where: AttributionPlace = attribution === after && after ? 'after' : 'before'
    // "Mr. Ruano last week said signal preemption remains his issue. “For me, …”": a sentence before the quote in its paragraph speaks.
    // (Not in the last quote's own attribution: "“…,” she said, according to NBC News. “…”" — the outlet that reported her is no speaker.)
    // (What was said since the quote before in this paragraph, or since the paragraph's start.)
    const sinceLast = Math.max(para.start, prev && prev.paragraph === q.paragraph ? Math.max(prev.close, consumed) : para.start)
    const earlier = attribution || q.continued ? null : earlierSpeech(text, spans, sinceLast, leftStart)
    if (earlier) [attribution, where] = [earlier, 'intro']
    const label = attribution ? null : labelBefore(text, leftFloor, q.open)
    if (label) [attribution, where] = [{ cue: ':', cueStart: label.end, cueEnd: label.end, speaker: label }, 'label']
    // "Alverson summed up the journey: “…”", "Schultze once put it with a metaphor. “…”": the person the words lead in from.
    const leading = attribution || q.continued || q.continues ? null : subjectLeadingIn(text, spans, leftFloor, leftStart, q.open)
    if (leading) [attribution, where] = [leading, 'intro']
    // "Maravall es optimista con el Ejecutivo, porque “…”": no cue, but a person the quote's own sentence is about; never confidently.
    const within = attribution || q.continued || q.continues ? null : personLeadingIn(names, subjectLeadingIn(text, spans, leftFloor, leftStart, q.open, true), false)
    if (within) [attribution, where, guessed] = [within, 'intro', true]
    // "“…”, señalaron fuentes. Florencia Carignano dijo a este medio que … ¶ “Tomamos 10 casos …”": someone who speaks after the
    // quote in the paragraph before, and before this one, goes on speaking (not the one quoted before them).
    const speechSincePrev = !attribution && !q.continued && q.open === para.start && prev && prev.paragraph === q.paragraph - 1 && q.paragraph - 1 > 0
      ? earlierSpeech(text, spans, nextSentenceStart(spans, Math.max(consumed, paragraphs[q.paragraph - 1]!.start)), paragraphs[q.paragraph - 1]!.end)
      : null
    if (speechSincePrev) [attribution, where] = [speechSincePrev, 'intro']
    // A paragraph that opens with a quote and names no one: the paragraph before may introduce it
    // ("The following is a statement from NASA Administrator Charles Bolden:").
    if (!attribution && !q.continued && q.open === para.start && (!prev || prev.paragraph < q.paragraph - 1)) {
      const before = paragraphs[q.paragraph - 1]
      const intro = before && q.paragraph - 1 > 0 ? introduction(text, before) : null
      // "The president also admitted … However, he defended his decision …" then a paragraph that is only a quote: the one who spoke last.
      const lastSpeech = !intro && before && q.paragraph - 1 > 0 && (!prev || prev.paragraph < q.paragraph - 1) ? earlierSpeech(text, spans, before.start, before.end) : null
      if (intro) [attribution, where] = [intro, 'intro']
      else if (lastSpeech) [attribution, where] = [lastSpeech, 'intro']
      else {
        // A transcript names the speaker on a line of its own: "((Francis Rooney", "Representante republicano))", then the quote.
        for (const k of [q.paragraph - 1, q.paragraph - 2]) {
          const line = paragraphs[k]
          const named = line && k > 0 ? (speakerLine(text, line) ?? textOfHeading(text, line)) : null
          if (named) {
            ;[attribution, where] = [{ cue: ':', cueStart: named.end, cueEnd: named.end, speaker: named }, 'line']
            break
          }
        }
        // "Councilman Tom Ford disagreed with the plan. ¶ “It is a waste …”": the person the paragraph before ends on, by full name, never
        // confidently; not while someone quoted in the three paragraphs before may be going on (an interview's narration names others).
        const about = attribution || !before || q.paragraph - 1 === 0 || (prev && prev.paragraph >= q.paragraph - 3 && THIRD_PERSON.test(text.slice(q.start, q.end))) ? null : personLeadingIn(names, subjectLeadingIn(text, spans, before.start, before.end, q.open))
        if (about) [attribution, where, guessed] = [about, 'intro', true]
      }
    }
    // A roundup signs a quote on the line after it: "— Jane Doe, The Herald".
    // (It outranks a cue in the paragraph before: a roundup's quote is signed, whatever the line before it says.)
    const numbered = /^\s*\d{1,2}[.)]\s*$/u.test(text.slice(para.start, q.open))
    const signature = (attribution && attribution.cueStart >= para.start) || q.close < para.end - 2 ? null : signatureAfter(text, paragraphs[q.paragraph + 1], q.open <= para.start + 1 || numbered, numbered)
    if (signature) [attribution, where] = [{ cue: '—', cueStart: signature.start, cueEnd: signature.start, speaker: signature }, 'line']
    // "‘Difficult to have much confidence’: Desjardins": a heading names its quote's speaker after it, before anything the paragraphs around say.
    const headed = (!attribution || where === 'intro' || where === 'line') && (q.open <= para.start + 1 || numbered) ? labelAfter(text, q.close, para.end) : null
    if (headed) [attribution, where, guessed] = [{ cue: ':', cueStart: headed.start, cueEnd: headed.start, speaker: headed }, 'label', false]
    const inner = cueInQuote(text, q)
    if (inner) [attribution, where, guessed] = [inner, 'after', false]
    phrase = itGoesOn(text, spans, attribution?.speaker ?? null, consumed) ?? attribution?.speaker ?? null
    const saidEnd = attribution === after && after ? Math.max(q.close, after.speaker.end, after.cueEnd) : q.close
    consumed = saidEnd + (attribution === after && after ? (REPORTED_BY.exec(text.slice(saidEnd, rightEnd))?.[0].length ?? 0) : 0)
    // "Marshall scored …, but Bracewell said McMillan was preferred. “…,” he said": "he" goes on from whoever reported speech in the sentence just before.
    const reported = phrase?.type === 'pronoun' ? speechRightBefore(text, spans, sinceLast, Math.min(q.open, phrase.start)) : null
    const teller = reported ? resolve(names, reported.speaker, inQuote, previous) : null
    if (teller && (isFullPersonName(teller.name, text) || reported!.speaker.type === 'role')) previous = { name: teller.name, at: reported!.cueStart, paragraph: q.paragraph, asked: null }
    let resolved = phrase ? speakerOrNothing(text, resolveAgreeing(names, phrase, attribution, inQuote, previous), subjectOpening(text, phrase, attribution)) : null
    let fallback = guessed
    // A subject that is no speaker ("Cuatro años después, valora que …"): the verb's subject is the one the text is about.
    if (phrase && !resolved && phrase.type !== 'implicit' && attribution && attribution.cue !== ':' && phrase.start < q.open) {
      resolved = speakerOrNothing(text, resolveAgreeing(names, { type: 'implicit', text: '', start: phrase.start, end: phrase.start }, attribution, inQuote, previous))
      if (resolved) [phrase, fallback] = [{ type: 'implicit', text: '', start: phrase.start, end: phrase.start }, true]
    }
    // "¿Cambia la idea de juego?: “No, …”": a topic or a question put before the answer names no one; the one speaking so far answers,
    // else the one the article is about (a press conference's, an interview's subject). Never confident.
    const topicLine = topicFormat && !resolved && !attribution && !q.continued && /[:?]\s*:?\s*$/u.test(leftText) && wordsOf(leftText).length > 0 && wordsOf(leftText).length <= 30
    if (topicLine) {
      const who = names.continuingSpeaker(q.open, previous) ?? names.topicPerson()
      if (who) [resolved, phrase, fallback] = [{ name: who, role: names.roleOf(who) }, { type: 'implicit', text: '', start: q.open, end: q.open }, true]
    }
    // "a reporter asked Montoya-Lewis, “…?”" then "“…,” she replied" or "the judge replied": the one asked answers (never the asker).
    const replies = phrase && (phrase.type === 'pronoun' || phrase.type === 'implicit' || /^(?:the|el|la)\s+\p{Ll}+$/iu.test(phrase.text)) && attribution && REPLY.test(attribution.cue)
    const answerer = replies && phrase && (previous?.asked || !resolved || resolved.name === previous?.name) ? answererOf(names, previous, phrase) : null
    if (answerer) resolved = { name: names.fullName(answerer, q.open) ?? answerer, role: names.roleOf(answerer) }
    if (resolved) names.markSpeaker(resolved.name)
    if (resolved) previous = { name: resolved.name, at: q.open, paragraph: q.paragraph, asked: askedWhom(text, attribution), question: isQuestion(text.slice(q.open, q.close), attribution), source: /^(?:según|according)/iu.test(attribution?.cue ?? '') }
    found.push({ q, attribution: resolved ? attribution : null, speaker: resolved?.name ?? null, role: resolved?.role ?? '', via: resolved ? 'cue' : 'none', phrase: resolved ? phrase : null, where, fallback, unresolved: !resolved && !!phrase })
  })

  // A caption or a subheading between two paragraphs of one speaker's quotes is no change of speaker.
  const furniture = (k: number) => !!paragraphs[k] && !/[.!?:]["”’»]?\s*$/u.test(text.slice(paragraphs[k]!.start, paragraphs[k]!.end)) && wordsOf(text.slice(paragraphs[k]!.start, paragraphs[k]!.end)).length <= 40
  carryOverSpeakers(text, found, (q) => paragraphs[q.paragraph]!.end, furniture, (q) => clauseSubject(text, spans, names, q))
  pullQuoteSpeakers(text, found, (q) => paragraphs[q.paragraph]!)
  // A headline (a first line with no full stop) is the article's title, not its reporting.
  const first = paragraphs[0]
  const firstLine = first ? text.slice(first.start, first.end) : ''
  const headline = first && paragraphs.length > 1 && !/[.!?:]["”’»]?$/u.test(firstLine) && firstLine.split(/\s+/).length <= 25 ? 0 : -1
  // (A short quote kept for the cue after a later one in its sentence speaks with that cue's speaker.)
  found.forEach((f, i) => {
    const next = sameSentenceAsNext(text, f, i, found)
    if (next) Object.assign(f, { speaker: next.speaker, role: next.role, via: 'continuation' })
  })
  const body = found.filter((f) => f.q.paragraph !== headline)
  const kept = body.filter((f, i) => isQuote(text, f, i, body, (q) => paragraphs[q.paragraph]!.start, (q) => paragraphs[q.paragraph]!.end))
  guessSpeakers(text, kept, names, isDescription)
  return echoSpeakers(kept.map((f, i) => toSuggestion(text, f, names, options.people ?? [], nearbySpeakers(kept, i))), ECHO_AT)
}

/** Where the first sentence that starts at or after `at` starts (the rest of a sentence under way is not a new one). */
function nextSentenceStart(spans: ReturnType<typeof spansOf>, at: number): number {
  const si = spans.indexAt(at)
  const s = si >= 0 ? spans.sentences[si] : undefined
  return !s || s.start >= at ? at : (spans.sentences[si + 1]?.start ?? s.end)
}

/** A name without an office run on before it (titleRunOn). */
const plainName = (name: string): string => titleRunOn(name)?.name ?? name

function toSuggestion(text: string, found: Found, names: ArticleNames, people: readonly Person[], nearby: readonly string[] = []): QuoteSuggestion {
  const runOn = found.speaker ? titleRunOn(found.speaker) : null
  const f = runOn ? { ...found, speaker: runOn.name, role: found.role || runOn.role } : found
  const a = f.attribution
  const span = a && f.phrase && f.phrase.type !== 'implicit' ? { start: Math.min(a.cueStart, f.phrase.start), end: Math.max(a.cueEnd, f.phrase.end) } : a ? { start: a.cueStart, end: a.cueEnd } : null
  const person = f.speaker ? matchPerson(people, f.speaker) : null
  const words = wordsOf(text.slice(f.q.start, f.q.end)).length
  let confidence = f.via === 'cue' ? (f.phrase?.type === 'name' ? 0.95 : f.phrase?.type === 'role' && !names.genderOf(f.speaker ?? '') ? 0.8 : 0.85) : f.via === 'continuation' ? 0.75 : 0.4
  if (words <= 3) confidence -= 0.1
  if (partialAfterCue(text, f, text.slice(f.q.start, f.q.end)) && words <= 1) confidence -= 0.15
  const who = person?.name ?? f.speaker
  const speakerSure = speakerConfidence({
    via: f.via,
    where: f.where,
    phrase: f.speaker && (isDescription(f.speaker) || (f.phrase?.type === 'name' && !namedAsWritten(f.phrase.text, f.speaker))) ? 'role' : (f.phrase?.type ?? null),
    described: !!f.speaker && isDescription(f.speaker),
    fallback: f.fallback,
    guess: !!f.guess,
    // (A short acronym may be a common noun, "la ONG", or a body other than the one meant.)
    shortName: !!f.speaker && ((!/\s/u.test(f.speaker) && (!/^\p{Lu}{2,}/u.test(f.speaker) || /^\p{Lu}{2,4}$/u.test(f.speaker)) && !person) || /\s(?:and|y|e)\s\p{Lu}/u.test(f.speaker)),
    short: words <= 3,
    looseName: f.phrase?.type === 'name' && !!f.speaker && !person && (articleEpithet(f.phrase.text) || looseName(f.phrase.text.replace(/^(?:the|el|la|los|las)\s+/iu, ''), f.speaker) || sharedName(bareName(f.phrase.text), names.peopleWith(bareName(f.phrase.text), f.q.open)))
  })
  const confident = !!who && speakerSure >= CONFIDENT_AT
  return {
    kind: 'quote',
    start: f.q.start,
    end: f.q.end,
    text: text.slice(f.q.start, f.q.end),
    speaker: person?.name ?? f.speaker,
    role: roleToShow(f.role),
    personId: person?.id ?? null,
    cue: f.via === 'cue' ? (a?.cue ?? null) : null,
    attribution: f.via === 'cue' ? span : null,
    confidence: Math.round(confidence * 100) / 100,
    speakerConfidence: who ? speakerSure : 0,
    confident,
    // (Each candidate is a speaker by the same test as the speaker: "World Cup" in the headline is offered to no one.)
    // (And named as the speaker is, without an office run on before the name: "Ozzie Newsome", not "Ravens GM Ozzie Newsome".)
    candidates: confident ? [] : candidatesOf(who, nearby.map((n) => matchPerson(people, n)?.name ?? plainName(n)), names.candidatesBefore(f.q.open, 4).filter((n) => canBeSpeaker(n, 'name', text)).map(plainName)),
    style: f.q.style
  }
}
