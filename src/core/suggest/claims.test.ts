import { describe, expect, test } from 'vitest'
import { suggestClaims } from './claims'
import { suggestQuotes } from './quotes'

const claims = (text: string) => suggestClaims(text, suggestQuotes(text)).map((c) => [c.text, c.speaker, c.reasons])

describe('claim candidates', () => {
  test('a sentence with a figure and its named source', () => {
    expect(claims('Venezuela.\n\nPrisoners’ rights groups estimate that between 800 and 900 political prisoners are incarcerated in Venezuela, according to Foro Penal.')).toEqual([
      ['Prisoners’ rights groups estimate that between 800 and 900 political prisoners are incarcerated in Venezuela, according to Foro Penal', 'Foro Penal', ['figure', 'source']]
    ])
  })

  test('a sentence with a day or a date, the outlet’s own reporting', () => {
    expect(claims('Venezuela.\n\nThe United States captured President Nicolás Maduro on Sunday.')).toEqual([
      ['The United States captured President Nicolás Maduro on Sunday', null, ['date']]
    ])
  })

  test('a sentence that ends inside single quotation marks keeps the closing mark, and the next starts at its first word', () => {
    expect(claims("Venezuela.\n\nPolice said 40 people were 'detained.' On Sunday 12 more were held.").map(([text]) => text)).toEqual([
      "Police said 40 people were 'detained",
      'On Sunday 12 more were held'
    ])
  })

  test('a byline or a dateline line is no claim, however many figures it has', () => {
    const text = 'Council votes on budget\n\nBy Jane Doe, Staff Writer\n\nUpdated 5:30 PM ET, Tue March 3, 2020\n\nThe council approved a $4 million budget on Tuesday.'
    expect(claims(text).map(([t]) => t)).toEqual(['The council approved a $4 million budget on Tuesday'])
  })

  test('a piece of a sentence cut at a closing quotation mark is no claim', () => {
    const text = 'Budget\n\nThe mayor said: “We cut 40 jobs. It was 5 to 3 on Monday,” and left the room.\n\nThe vote was held on Monday.'
    expect(claims(text).map(([t]) => t)).toEqual(['The vote was held on Monday'])
  })

  test('not a sentence that is mostly a quote, nor one with nothing to check, nor the headline', () => {
    const text = 'Five prisoners freed on Thursday\n\n"We freed 80 people on Thursday," the minister said.\n\nThe mood in Caracas was tense.'
    expect(claims(text)).toEqual([])
  })
})
