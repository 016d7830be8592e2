import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

describe('one who speaks for someone else', () => {
  test('“The spokesman said:” after “Lord Butler said” is the spokesman, never the one named last', () => {
    const text = 'Cabinet\n\nLord Butler said Mr Blair bypassed the Cabinet. The spokesman said: "You cannot take every decision in Cabinet."'
    expect(speakerOf(text, 'You cannot take')).toBe('The spokesman')
    expect(speakerOf(text.replace('The spokesman', 'El portavoz'), 'You cannot take')).toBe('El portavoz')
  })

  test('“But he added:” goes on from the spokesman whose speech the sentence before reported', () => {
    const text = [
      'Cabinet',
      "Lord Butler said Mr Blair bypassed the Cabinet. The prime minister's official spokesman said the Cabinet was still used. But he added: \"You cannot, in a modern government, take every decision in Cabinet.\""
    ].join('\n\n')
    expect(speakerOf(text, 'You cannot')).toBe("The prime minister's official spokesman")
  })

  test('a role that is no one person described (“managing director of ISP Freedom2surf”) hands “he” over to no one: the name before it speaks', () => {
    const text = 'Broadband\n\nChris Panayis, managing director of ISP Freedom2surf said that it would make the situation clearer. "I think it\'s the first productive thing we\'ve had from BT," he said.'
    expect(speakerOf(text, 'I think it')).toBe('Chris Panayis')
  })
})
