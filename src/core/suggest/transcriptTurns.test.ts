import { describe, expect, test } from 'vitest'
import { applyCommand } from '../commands'
import { articleFromDrafts } from '../import/articleFromDrafts'
import { emptyProject, type Project, type SourceKind } from '../schema'
import { acceptSuggestionEdit, suggestionsForArticle } from './suggestEdits'
import { isTranscript, suggestTurns } from './transcriptTurns'

const NOW = '2026-01-12T10:00:00.000Z'

const INTERVIEW = [
  'Interview with the head of the National Assembly',
  'REPORTER: How many prisoners will be released this week?',
  'Jorge Rodríguez: An important number. We consider this gesture a contribution to peace.',
  'It will take days, not weeks.',
  'REPORTER: And the ones held at El Helicoide?',
  'Jorge Rodríguez: They are part of the list.'
]

function projectWith(paragraphs: readonly string[], kind: SourceKind): { project: Project; articleId: string } {
  const drafts = paragraphs.map((text) => ({ type: 'paragraph' as const, text, marks: [] }))
  const article = articleFromDrafts(drafts, { fileName: `interview.${kind}`, kind }, NOW)!
  return { project: { ...emptyProject('Transcripts', 'p1', NOW), articles: [article] }, articleId: article.id }
}

const offered = (paragraphs: readonly string[], kind: SourceKind) => {
  const { project, articleId } = projectWith(paragraphs, kind)
  return suggestionsForArticle(project, articleId).map((s) => [s.text, s.speaker, s.kind === 'quote' && s.confident])
}

describe('an interview transcript offers its turns as quotes', () => {
  test('each turn of a named speaker in a Word transcript is a confident quote by them, without the label', () => {
    expect(offered(INTERVIEW, 'docx')).toEqual([
      ['An important number. We consider this gesture a contribution to peace.', 'Jorge Rodríguez', true],
      ['It will take days, not weeks.', 'Jorge Rodríguez', true],
      ['They are part of the list.', 'Jorge Rodríguez', true]
    ])
  })

  test('the reporter’s, the interviewer’s and Q: questions are never offered as quotes', () => {
    const texts = offered(['Q: Did you vote?', 'A: No, I did not.', 'INTERVIEWER: Why not?', 'Ana Pérez: Because nobody asked me.'], 'docx').map((s) => s[0])
    expect(texts).toEqual(['No, I did not.', 'Because nobody asked me.'])
  })

  test('an A: answer is offered but asks who said it, since the label names no one', () => {
    expect(offered(['Q: Did you vote?', 'A: No, I did not.'], 'docx')).toEqual([['No, I did not.', null, false]])
  })

  test('with no label naming who answers, an A: answer is the person the headline names, as a question (never confident)', () => {
    expect(offered(['Jane Doe on the election', 'The senator spoke to The Herald on Monday.', 'Q: What went wrong?', 'A: We did not listen to voters.', 'Q: Will you run again?', 'A: I have not decided.'], 'docx')).toEqual([
      ['We did not listen to voters.', 'Jane Doe', false],
      ['I have not decided.', 'Jane Doe', false]
    ])
  })

  test('a named person who only asks is the interviewer; an A: answer is the one person who answers; a surname label is that person', () => {
    const turns = ['Interview: Jane Roe on the budget', 'Tom Hart: Why did you cut the library budget?', 'Jane Roe: We had no choice this year.', 'Q: Will the libraries reopen?', 'A: I hope so.', 'Hart: And the buses?', 'Roe: The buses are the hardest part.']
    expect(offered(turns, 'docx')).toEqual([
      ['We had no choice this year.', 'Jane Roe', true],
      ['I hope so.', 'Jane Roe', true],
      ['The buses are the hardest part.', 'Jane Roe', true]
    ])
  })

  test('subtitle paragraphs labelled with their speaker are quotes by that speaker', () => {
    expect(offered(['Ana Pérez: We counted every vote twice.', 'Luis Gómez: The results come tomorrow.'], 'vtt')).toEqual([
      ['We counted every vote twice.', 'Ana Pérez', true],
      ['The results come tomorrow.', 'Luis Gómez', true]
    ])
    expect(offered(['Ana Pérez: We counted every vote twice.'], 'srt')).toEqual([['We counted every vote twice.', 'Ana Pérez', true]])
  })

  test('a pasted text whose paragraphs mostly start with a label is read as a transcript too', () => {
    expect(offered(['Q: Did you vote?', 'Ana Pérez: Yes, at noon.', 'Q: Where?', 'Ana Pérez: In Petare.'], 'text').map((s) => s[0])).toEqual([
      'Yes, at noon.',
      'In Petare.'
    ])
  })

  test('a news article with one "Name:" line is not a transcript: only quotation marks are offered', () => {
    const news = ['Officials met on Monday.', 'Update: the meeting ended late.', '"We will not back down," said Ana Pérez.', 'The vote is on Friday.']
    expect(isTranscript({ text: news.join('\n\n'), sourceKind: 'text' })).toBe(false)
    expect(offered(news, 'text')).toEqual([['We will not back down,', 'Ana Pérez', true]])
  })

  test('a quotation marked inside a turn is not offered a second time beside the turn', () => {
    const texts = offered(['Ana Pérez: My mother said "go vote" and I went.'], 'docx').map((s) => s[0])
    expect(texts).toEqual(['My mother said "go vote" and I went.'])
  })

  test('accepting a turn tags the quote, the label as its attribution, and adds the speaker as a person', () => {
    const { project, articleId } = projectWith(INTERVIEW, 'docx')
    const first = suggestionsForArticle(project, articleId)[0]!
    const result = applyCommand(project, acceptSuggestionEdit(project, first, {}, NOW, 'me'))
    if (!result.ok) throw new Error(result.error)
    const { annotations, people } = result.project
    expect(people.map((p) => p.name)).toEqual(['Jorge Rodríguez'])
    const article = result.project.articles[0]!
    expect(annotations.map((a) => [a.kind, article.text.slice(a.target.start, a.target.end)])).toEqual([
      ['attribution', 'Jorge Rodríguez'],
      ['quote', 'An important number. We consider this gesture a contribution to peace.']
    ])
    expect(suggestionsForArticle(result.project, articleId).map((s) => s.text)).not.toContain(first.text)
  })

  test('the turns are found where the text has them: offsets cut exactly the words after the label', () => {
    const text = INTERVIEW.join('\n\n')
    for (const s of suggestTurns(text).suggestions) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})
