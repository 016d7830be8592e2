import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { isCueWord } from './cues'

describe('an adverb between the subject and a verb the lexicon lacks', () => {
  test('““…,” he aptly summarizes” reports the quote, and “summarizes” is its cue, as in ““…,” he summarizes”', () => {
    const text = 'Young lawyer\n\nTumelo Mokoena grew up in Maseru and now runs a legal clinic there. “Every effort made to invest in education is an investment in the future,” he aptly summarizes, quoting Nelson Mandela.'
    const [found] = suggestQuotes(text)
    expect([found?.speaker, found?.cue]).toEqual(['Tumelo Mokoena', 'summarizes'])
  })
})

describe('English idioms of saying with a particle', () => {
  test('““…,” another student chimed in” and ““…,” she fired back” report the quote: “chimed in”, “fired back” are cues', () => {
    const text = 'Campus\n\n“It is the equivalent of being a hippie in 1970,” said Jared Moss, a junior.\n\n“Or being grunge in the nineties,” another student chimed in.\n\nThe dean, Maria Lopez, was asked about it. “We will not be lectured by anyone,” she fired back.'
    expect(speakerOf(text, 'Or being grunge')).toBe('another student')
    expect(suggestQuotes(text).find((q) => q.text.startsWith('We will not'))?.cue).toBe('fired back')
    // ("The guard fired", "she shot a video": the verb alone reports nothing.)
    expect(['fired', 'shot', 'chimed'].some(isCueWord)).toBe(false)
  })
})
