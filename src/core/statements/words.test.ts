import { describe, expect, test } from 'vitest'
import { wordDiff } from './wordDiff'
import { statementWords } from './words'

describe('the words of a statement', () => {
  test('numbers keep their commas and dots, scales multiply, and number words count', () => {
    const facts = statementWords('About 2,000 residents, 1.5 million euros and five ministers').map((w) => w.fact)
    expect(facts.filter((f) => f?.kind === 'number').map((f) => f!.value)).toEqual(['2000', '1500000', '5'])
  })

  test('a weekday, a month and a year are dates; a capitalised word inside a sentence is a name, at its start it is not', () => {
    const words = statementWords('Police said Maduro was seized on Saturday in March 2026')
    expect(words.find((w) => w.text === 'Police')!.fact).toBeNull()
    expect(words.find((w) => w.text === 'Maduro')!.fact).toEqual({ kind: 'name', value: 'maduro' })
    expect(words.find((w) => w.text === 'Saturday')!.fact?.kind).toBe('weekday')
    expect(words.find((w) => w.text === 'March')!.fact?.kind).toBe('month')
    expect(words.find((w) => w.text === '2026')!.fact?.kind).toBe('year')
  })

  test('"club-record" is two words, "don\'t" one', () => {
    expect(statementWords("a club-record fee, don't").map((w) => w.text)).toEqual(['a', 'club', 'record', 'fee', "don't"])
  })
})

describe('the word difference side by side', () => {
  test('shows the words only in each telling, ignoring case, accents, plurals and "an" for "a"', () => {
    const diff = wordDiff(statementWords('We are not asking for luxury'), statementWords('we are NOT asking for luxuries, really'))
    expect(diff.onlyA).toEqual([])
    expect(diff.onlyB).toEqual(['really'])
    expect(diff.b.map((r) => r.kind)).toEqual(['same', 'only'])
  })

  test('a dropped "not" is a difference', () => {
    const diff = wordDiff(statementWords('we will not rest'), statementWords('we will rest'))
    expect(diff.onlyA).toEqual(['not'])
    expect(diff.a).toEqual([
      { kind: 'same', text: 'we will' },
      { kind: 'only', text: 'not' },
      { kind: 'same', text: 'rest' }
    ])
  })

  test('with the texts, each run keeps the punctuation after its words', () => {
    const a = 'on the capital, Caracas, on Saturday'
    const b = 'on Sunday'
    const diff = wordDiff(statementWords(a), statementWords(b), a, b)
    expect(diff.a.map((r) => r.text).join('')).toBe(a)
    expect(diff.a).toContainEqual({ kind: 'only', text: 'the capital, Caracas, on Saturday' })
  })
})
