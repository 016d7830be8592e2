import { describe, expect, it } from 'vitest'
import type { Block } from '../schema'
import { indexSource } from './align'
import { checkQuote, toVerification } from './check'

const TRANSCRIPT = [
  'RODRÍGUEZ: Good evening. We have decided to release an important number of prisoners, Venezuelans and foreigners.',
  'We will not negotiate with those who attacked our country on Saturday.',
  'Consider this gesture from the Bolivarian Government, made with sincere intentions toward peace, as our contribution.',
  'There are 800 people detained, and five of them are Spanish citizens. Delcy Rodríguez will speak tomorrow.',
  'Nosotros no vamos a negociar con nadie.'
].join('\n\n')

function blocksOf(text: string, times: number[] = []): Block[] {
  let at = 0
  return text.split('\n\n').map((p, i) => {
    const block: Block = { type: 'paragraph', start: at, end: at + p.length, marks: [], ...(times[i] === undefined ? {} : { time: times[i] }) }
    at += p.length + 2
    return block
  })
}

const index = indexSource(TRANSCRIPT)
const check = (quote: string, times?: number[]) => checkQuote(index, blocksOf(TRANSCRIPT, times), quote)

describe('checking a quote against a transcript', () => {
  it('calls a quote verbatim when only case, punctuation and curly quotation marks differ', () => {
    const result = check('“we have decided to release an important number of prisoners”')
    expect(result.status).toBe('verbatim')
    expect(result.differences).toEqual([])
    expect(TRANSCRIPT.slice(result.sourceStart, result.sourceEnd)).toBe('We have decided to release an important number of prisoners')
  })

  it('calls a quote cut when an ellipsis stands for the words left out, and lists them', () => {
    const result = check('Consider this gesture from the Bolivarian Government … as our contribution')
    expect(result.status).toBe('cut')
    expect(result.differences).toEqual([{ kind: 'cut', quote: '…', source: 'made with sincere intentions toward peace' }])
    expect(check('Consider this gesture... as our contribution').status).toBe('cut')
  })

  it('flags a dropped "not" as a change of meaning', () => {
    const result = check('We will negotiate with those who attacked our country')
    expect(result.status).toBe('changed')
    expect(result.differences).toEqual([{ kind: 'removed', quote: '', source: 'not' }])
    expect(result.flags).toEqual([{ kind: 'negation', quote: '', source: 'not' }])
  })

  it('flags an added "not" too, and a "not" cut by an ellipsis, but not "never" for "not"', () => {
    expect(check('Delcy Rodríguez will not speak tomorrow').flags).toEqual([{ kind: 'negation', quote: 'not', source: '' }])
    expect(check('We will never negotiate with those who attacked our country').flags).toEqual([])
    const cut = check('We will … negotiate with those who attacked our country')
    expect(cut.status).toBe('cut')
    expect(cut.flags).toEqual([{ kind: 'negation', quote: '…', source: 'not' }])
  })

  it('flags a Spanish "no" dropped', () => {
    expect(check('Nosotros vamos a negociar con nadie').flags).toEqual([{ kind: 'negation', quote: '', source: 'no' }])
  })

  it('flags a changed number, and reads "five" and "5" as the same number', () => {
    const result = check('There are 900 people detained')
    expect(result.differences).toEqual([{ kind: 'changed', quote: '900', source: '800' }])
    expect(result.flags).toEqual([{ kind: 'number', quote: '900', source: '800' }])
    expect(check('5 of them are Spanish citizens').status).toBe('verbatim')
  })

  it('flags a changed name, even at the start of a sentence, but not a changed word a sentence starts with', () => {
    const result = check('Jorge Rodríguez will speak tomorrow')
    expect(result.differences).toEqual([{ kind: 'changed', quote: 'Jorge', source: 'Delcy' }])
    expect(result.flags.map((f) => f.kind)).toEqual(['name'])
    const reworded = check('Regard this gesture from the Bolivarian Government')
    expect(reworded.differences).toEqual([{ kind: 'changed', quote: 'Regard', source: 'Consider' }])
    expect(reworded.flags).toEqual([])
  })

  it('lists a word added to what was said, and a changed word without a flag when nothing but the wording changed', () => {
    expect(check('We have decided to release a very important number of prisoners').differences).toEqual([{ kind: 'added', quote: 'very', source: '' }])
    const result = check('We have decided to release a significant number of prisoners')
    expect(result.differences).toEqual([{ kind: 'changed', quote: 'significant', source: 'important' }])
    expect(result.flags).toEqual([])
  })

  it('keeps a quote verbatim when a bracketed insertion stands for words of the source, or a bracket changes a letter', () => {
    expect(check('[The government] will not negotiate with those who attacked our country').status).toBe('verbatim')
    expect(check('We will not negotiate with [the United States,] who attacked our country').status).toBe('verbatim')
    expect(check('[W]e will not negotiate').status).toBe('verbatim')
  })

  it('says plainly when the words are not in the source, with the closest passages', () => {
    const result = check('The opposition must be crushed street by street')
    expect(result.status).toBe('not-found')
    expect(result.differences).toEqual([])
    expect(check('We will release the prisoners of the opposition street by street and house by house').passages.length).toBeGreaterThan(0)
  })

  it('gives the time of the subtitle the quote starts in, and keeps the check on the tag', () => {
    const result = check('five of them are Spanish citizens', [0, 12, 30, 754, 800])
    expect(result.time).toBe(754)
    expect(toVerification(result, 'src', 'Ana', '2026-01-12T10:00:00.000Z')).toEqual({
      status: 'verbatim', sourceId: 'src', sourceStart: result.sourceStart, sourceEnd: result.sourceEnd, time: 754, differences: [], flags: [], checkedBy: 'Ana', checkedAt: '2026-01-12T10:00:00.000Z'
    })
  })
})

describe('checking many quotes', () => {
  it('checks 200 quotes against a 10,000-word transcript in well under a second', () => {
    const paragraph = TRANSCRIPT.replace(/\n\n/g, ' ')
    const long = Array.from({ length: 150 }, (_, i) => paragraph.replace('800', String(1000 + i))).join('\n\n')
    const longIndex = indexSource(long)
    expect(longIndex.words.length).toBeGreaterThan(9000)
    const quotes = Array.from({ length: 200 }, (_, i) => `There are ${1000 + (i % 150)} people detained, and five of them`)
    const t0 = performance.now()
    const statuses = quotes.map((q) => checkQuote(longIndex, [], q).status)
    expect(performance.now() - t0).toBeLessThan(2000)
    expect(new Set(statuses)).toEqual(new Set(['verbatim']))
  })
})
