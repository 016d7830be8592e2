import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

describe('a word in “-ly” that is a noun', () => {
  test('“the victim’s family said”, “the family said”, “said her family”: the family speaks, never “the victim’s” or no one', () => {
    const text = [
      'Tribute',
      'John Smith spoke first at the hearing on the plan.',
      '"She was a loving mother," the victim’s family said.',
      '"She was good to everyone," the family said in a statement.',
      '"She was fun," said her family.'
    ].join('\n\n')
    expect(speakerOf(text, 'She was a loving mother')).toBe('the victim’s family')
    // (The same family again, described as before.)
    expect(speakerOf(text, 'She was good to')).toBe('the victim’s family')
    expect(speakerOf(text, 'She was fun')).toBe('her family')
  })

  test('an adverb in “-ly” before the verb is still skipped, and a name in “-ly” is still a name: “Smith quickly said”, “Kelly said”', () => {
    const text = 'Vote\n\nJohn Smith spoke first at the hearing on the plan.\n\n"He was quiet," Smith quickly said.\n\n"He was loud," Kelly said.'
    expect(speakerOf(text, 'He was quiet')).toBe('John Smith')
    expect(speakerOf(text, 'He was loud')).toBe('Kelly')
  })
})
