/**
 * Quotes to suggest in an interview transcript: a Word transcript or a
 * subtitle file keeps each turn as a paragraph starting with its speaker's
 * label ("Jorge Rodríguez: …", "REPORTER: …", "Q: …" / "A: …"). Each turn
 * of the interviewee is offered as a quote, its words after the label, with
 * the label's person as the speaker (confident when the label names a
 * person) and the label as its attribution. The interviewer's turns ("Q",
 * "REPORTER", "INTERVIEWER", …) are questions, not quotes: never offered.
 * A paragraph without a label that follows a turn continues it (a long
 * answer over several paragraphs) and is offered with the same speaker.
 */
import type { Article } from '../schema'
import { paragraphsOf, type Paragraph } from '../text/sentences'
import { labelRole, leadingLabel } from '../text/speakerLabels'
import { CONFIDENT_AT } from './confidence'
import type { QuoteSuggestion } from './quotes'

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

function turnSuggestion(text: string, start: number, end: number, speaker: string | null, label: Label | null, labelStart: number): QuoteSuggestion {
  const confidence = speaker ? NAMED_CONFIDENCE : UNNAMED_CONFIDENCE
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
    speakerConfidence: speaker ? NAMED_CONFIDENCE : 0,
    confident: speaker !== null && NAMED_CONFIDENCE >= CONFIDENT_AT,
    candidates: speaker ? [speaker] : [],
    style: 'dash'
  }
}

/**
 * The interviewee's turns of a transcript as quote suggestions, in text
 * order; the paragraphs that are turns (the interviewer's too) are returned
 * as well, so quotation marks inside them are not offered a second time.
 */
export function suggestTurns(text: string): { suggestions: QuoteSuggestion[]; turns: Paragraph[] } {
  const suggestions: QuoteSuggestion[] = []
  const turns: Paragraph[] = []
  // The turn a paragraph without a label continues: its speaker, or 'skip' for the interviewer's or none yet.
  let current: { speaker: string | null } | 'skip' = 'skip'
  for (const para of paragraphsOf(text)) {
    const label = turnLabel(text, para)
    if (label) {
      turns.push(para)
      const role = labelRole(label.name)
      if (role === 'interviewer' || role === 'not-spoken') current = 'skip'
      else {
        current = { speaker: role === 'answer' ? null : label.name }
        if (label.end < para.end) suggestions.push(turnSuggestion(text, label.end, para.end, current.speaker, label, para.start))
      }
    } else if (current !== 'skip') {
      turns.push(para)
      suggestions.push(turnSuggestion(text, para.start, para.end, current.speaker, null, para.start))
    }
  }
  return { suggestions, turns }
}
