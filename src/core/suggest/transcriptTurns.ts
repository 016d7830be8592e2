/**
 * Quotes to suggest in an interview transcript: a Word transcript or a
 * subtitle file keeps each turn as a paragraph starting with its speaker's
 * label ("Jorge Rodríguez: …", "REPORTER: …", "Q: …" / "A: …"). Each turn
 * of the interviewee is offered as a quote, its words after the label, with
 * the label's person as the speaker (confident when the label names a
 * person) and the label as its attribution. The interviewer's turns ("Q",
 * "REPORTER", "INTERVIEWER", …, or a named person who only asks) are
 * questions, not quotes: never offered. An unnamed answer ("A:") is the one
 * person a label names who answers, else the person the headline or the
 * introduction names first (offered as a question). The CLI and the bench read an
 * article through the same entry as the app (`suggestArticleQuotes`).
 * A paragraph without a label that follows a turn continues it (a long
 * answer over several paragraphs) and is offered with the same speaker.
 */
import type { Article } from '../schema'
import { paragraphsOf, type Paragraph } from '../text/sentences'
import { labelRole, leadingLabel } from '../text/speakerLabels'
import { CONFIDENT_AT } from './confidence'
import { genderOfFirstName } from './firstNames'
import { NAME_PHRASE, parseNamePhrase } from './namePhrase'
import { suggestQuotes, type QuoteSuggestion } from './quotes'

/** The kinds of source whose paragraphs are turns of speech. */
const TRANSCRIPT_KINDS = new Set(['docx', 'vtt', 'srt'])

const NAMED_CONFIDENCE = 0.95
const UNNAMED_CONFIDENCE = 0.6

type Label = { readonly name: string; readonly end: number }

/** The speaker label a paragraph starts with ("Ana Pérez" and where her words begin), if any. */
export function turnLabel(text: string, para: Paragraph): Label | null {
  const found = leadingLabel(text.slice(para.start, Math.min(para.end, para.start + 80)))
  // A turn has words after its label.
  if (!found || para.start + found.length >= para.end) return null
  return { name: found.name, end: para.start + found.length }
}

/** An article to read as turns: a transcript by its kind, or most of its paragraphs (at least three) starting with a label. */
export function isTranscript(article: Pick<Article, 'text' | 'sourceKind'>): boolean {
  const paragraphs = paragraphsOf(article.text)
  const labelled = paragraphs.filter((p) => turnLabel(article.text, p) !== null).length
  if (labelled === 0) return false
  if (article.sourceKind && TRANSCRIPT_KINDS.has(article.sourceKind)) return true
  return labelled >= 3 && labelled * 2 > paragraphs.length
}

function turnSuggestion(text: string, start: number, end: number, speaker: string | null, label: Label | null, labelStart: number, sure = true): QuoteSuggestion {
  const confidence = speaker && sure ? NAMED_CONFIDENCE : UNNAMED_CONFIDENCE
  return {
    kind: 'quote',
    start,
    end,
    text: text.slice(start, end),
    speaker,
    role: '',
    personId: null,
    cue: null,
    attribution: label && speaker ? { start: labelStart, end: labelStart + label.name.length } : null,
    confidence,
    speakerConfidence: speaker ? confidence : 0,
    confident: speaker !== null && confidence >= CONFIDENT_AT,
    candidates: speaker ? [speaker] : [],
    style: 'dash'
  }
}

/**
 * Who the labels stand for. A person whose every turn is a question is the
 * interviewer, however the transcript names them ("Tom Hart: Why did you …?");
 * a surname alone is the person of another label who has it ("Hart" → "Tom
 * Hart"); an unnamed answer ("A:") is the interviewee when one person answers.
 */
function labelPeople(text: string, labelled: readonly { label: Label; para: Paragraph }[]): { interviewers: Set<string>; fullName: (name: string) => string; answerer: string | null } {
  const people = [...new Set(labelled.filter((l) => labelRole(l.label.name) === 'person').map((l) => l.label.name))]
  const fullName = (name: string) => (/\s/u.test(name) ? name : (people.find((p) => p.endsWith(` ${name}`)) ?? name))
  const asksOnly = (name: string) => labelled.filter((l) => fullName(l.label.name) === name).every((l) => /\?["”»’]?\s*$/u.test(text.slice(l.label.end, l.para.end)))
  const interviewers = new Set(people.map(fullName).filter(asksOnly))
  const answerers = [...new Set(people.map(fullName))].filter((p) => !interviewers.has(p))
  return { interviewers, fullName, answerer: answerers.length === 1 ? answerers[0]! : null }
}

/**
 * "Jane Doe on the election … Q: … A: …", "Entrevista a Lionel Scaloni … —¿…? —…": with no label naming who answers, the answers are
 * the person the headline or the introduction names first in full (a guess, never confident).
 */
function interviewee(text: string, before: number): string | null {
  for (const m of text.slice(0, before).matchAll(PERSON_NAMES)) if (genderOfFirstName(m[0]) !== null && parseNamePhrase(m[0])?.org === false) return m[0]
  return null
}
const PERSON_NAMES = new RegExp(NAME_PHRASE.source, 'gu')

/**
 * The interviewee's turns of a transcript as quote suggestions, in text
 * order; the paragraphs that are turns (the interviewer's too) are returned
 * as well, so quotation marks inside them are not offered a second time.
 */
export function suggestTurns(text: string): { suggestions: QuoteSuggestion[]; turns: Paragraph[] } {
  const suggestions: QuoteSuggestion[] = []
  const turns: Paragraph[] = []
  const paragraphs = paragraphsOf(text).map((para) => ({ para, label: turnLabel(text, para) }))
  const { interviewers, fullName, answerer: labelled } = labelPeople(text, paragraphs.filter((p): p is { para: Paragraph; label: Label } => p.label !== null))
  const answerer = labelled ?? interviewee(text, paragraphs.find((p) => p.label)?.para.start ?? 0)
  // The turn a paragraph without a label continues: its speaker, or 'skip' for the interviewer's or none yet.
  let current: { speaker: string | null } | 'skip' = 'skip'
  for (const { para, label } of paragraphs) {
    if (label) {
      turns.push(para)
      const role = labelRole(label.name)
      if (role === 'interviewer' || role === 'not-spoken' || interviewers.has(fullName(label.name))) current = 'skip'
      else {
        current = { speaker: role === 'answer' ? answerer : fullName(label.name) }
        if (label.end < para.end) suggestions.push(turnSuggestion(text, label.end, para.end, current.speaker, role === 'answer' ? null : label, para.start, role !== 'answer' || !!labelled))
      }
    } else if (current !== 'skip') {
      turns.push(para)
      suggestions.push(turnSuggestion(text, para.start, para.end, current.speaker, null, para.start, current.speaker !== answerer || !!labelled))
    }
  }
  return { suggestions, turns }
}

/**
 * The quote suggestions for an article, as the app, `quotemark suggest` and
 * the bench all make them: a transcript's turns and the quotations outside
 * them (a heading, an introduction), else the quotations the rules find.
 */
export function suggestArticleQuotes(article: Pick<Article, 'text' | 'sourceKind'>): QuoteSuggestion[] {
  if (!isTranscript(article)) return suggestQuotes(article.text)
  const { suggestions, turns } = suggestTurns(article.text)
  const outside = suggestQuotes(article.text).filter((q) => !turns.some((t) => t.start <= q.start && q.end <= t.end))
  return [...suggestions, ...outside].sort((a, b) => a.start - b.start)
}
