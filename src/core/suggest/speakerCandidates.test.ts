import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { scoreQuotes } from './score'

const suggestionFor = (text: string, quote: string) => suggestQuotes(text).find((s) => s.text.startsWith(quote))

describe('the candidates offered with a speaker shown as a question', () => {
  test('a quote read as carrying on from one speaker offers the speaker of the quote after it too, before people merely named', () => {
    const text = [
      'Title',
      '“The plan will cost the city far more than it says,” said Rita Moreno, a councilwoman.',
      'The mayor, John Hale, has defended the budget. The project was first put forward by Ivan Petrov in 2019, and Olga Sand, Tom Reyes and Mia Chen all voted for it.',
      '“It is a good plan and we will see it through to the end.”',
      '“We have the money for it,” Hale told reporters on Monday.'
    ].join('\n\n')
    const unsure = suggestionFor(text, 'It is a good plan')!
    expect(unsure.confident).toBe(false)
    expect(unsure.candidates).toContain('John Hale')
    expect(unsure.candidates.length).toBeLessThanOrEqual(4)
  })

  test('“Gómez and Vidal … he said”: the other one named right before the quote is offered second, before the speakers of the quotes either side', () => {
    const text = [
      'Council backs housing plan',
      '"We will build 500 homes this year," said Mayor Ana Ruiz.',
      'Councilman Pedro Gómez and Tomás Vidal, the housing minister, spoke to reporters after the vote. "It is a good day for the families who waited," he said.',
      '"The money is there," said Ana Ruiz.'
    ].join('\n\n')
    const unsure = suggestionFor(text, 'It is a good day')!
    expect(unsure.candidates.slice(0, 3)).toEqual(['Pedro Gómez', 'Tomás Vidal', 'Ana Ruiz'])
  })

  test('the bench counts a quote whose right speaker is among its candidates as one keypress away, and one whose candidates miss it as not', () => {
    const gold = [{ start: 0, end: 10, exact: 'abcdefghij', speaker: 'John Hale' }]
    const offered = scoreQuotes(gold, [{ start: 0, end: 10, text: 'abcdefghij', speaker: 'Rita Moreno', candidates: ['Rita Moreno', 'John Hale'] }])
    const missed = scoreQuotes(gold, [{ start: 0, end: 10, text: 'abcdefghij', speaker: 'Rita Moreno', candidates: ['Rita Moreno', 'Ivan Petrov'] }])
    expect([offered.speakerRight, offered.offeredRight]).toEqual([0, 1])
    expect([missed.speakerRight, missed.offeredRight]).toEqual([0, 0])
  })
})
