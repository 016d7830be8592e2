import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

describe('“one” alone is one of the people named just before', () => {
  test('“Several officials said …. One said …”, “a los dirigentes …, uno contestó”: “one official”, “uno de los dirigentes”, never the last person named', () => {
    const text = [
      'Powell',
      'Several officials said the White House bore no ill will toward Colin Powell. One said that, had Powell stayed longer, it would have had "a ripple effect" on other planned changes.',
      'Cuando un guardia de seguridad pasó a decirles a los dirigentes que debían levantarse el tapabocas, uno contestó en forma de broma: "¿Y qué hago cuando tenga que gritar?".'
    ].join('\n\n')
    expect(speakerOf(text, 'a ripple effect')).toBe('one official')
    expect(speakerOf(text, '¿Y qué hago')).toBe('uno de los dirigentes')
  })

  test('“Two witnesses spoke to reporters. One said”, “Los jugadores salieron … Uno reconoció”: the people the sentence is about, whose noun may end in “-ss” or in “-es”', () => {
    const text = 'Crash\n\nTwo witnesses spoke to reporters at the scene. One said the car "was going very fast" when it hit the wall.\n\nLos jugadores salieron cabizbajos del estadio. Uno reconoció: "No estuvimos a la altura".'
    expect(speakerOf(text, 'was going very fast')).toBe('one witness')
    expect(speakerOf(text, 'No estuvimos')).toBe('uno de los jugadores')
  })
})

describe('“many of them” are some of the people named just before', () => {
  test('“scores of disabled protesters held a sit-in … Many of them chanted “…””, “decenas de enfermeras protestaron. Muchas de ellas gritaron «…»”: the group as written, never the last person named', () => {
    const en = 'Protests\n\nOutside Senator Mitch McConnell’s office on Capitol Hill, scores of disabled protesters held a sit-in. Many of them chanted “No cuts to Medicaid!” as police dragged them away.'
    expect(speakerOf(en, 'No cuts to Medicaid')).toBe('scores of disabled protesters')
    const es = 'Protestas\n\nFrente a la oficina de Pedro Sánchez, decenas de enfermeras protestaron. Muchas de ellas gritaron «¡No a los recortes!» ante la policía.'
    expect(speakerOf(es, '¡No a los recortes')).toBe('decenas de enfermeras')
  })

  test('“Mayor Tom Reed met the union. Some of them said …“…””: with no plural of people before, the words as written, never the mayor', () => {
    expect(speakerOf('Strike\n\nMayor Tom Reed met the union on Monday. Some of them said the offer was "an insult".', 'an insult')).toBe('Some of them')
  })
})

test('“According to AFP, one user on Weibo, which is …, posted: “…” ¶ Another reportedly said: “…””: one user, then another, never the agency', () => {
  const text = 'Plague\n\nThe public is beginning to panic over a potential outbreak.\n\nAccording to AFP, one user on Weibo, which is essentially China’s version of Twitter, posted: “I just want to know how these two came to Beijing?”\n\nAnother reportedly said: ”Bird flu in the year of the rooster... the plague is coming.”'
  expect(speakerOf(text, 'I just want to know')).toBe('one user on Weibo')
  expect(speakerOf(text, 'Bird flu')).toBe('another user on Weibo')
})

test('““…,” wrote another” after “one person wrote”, “another individual opined”: another of that kind, never the one before', () => {
  const text = 'Fans\n\nSome fans came to her defense. "Her voice still rocks," one person wrote. "She looks pretty good to me and happy," wrote another.'
  expect(speakerOf(text, 'She looks pretty good')).toBe('another person')
  const opined = 'Fans\n\nOne follower wrote, for example, "Someone please feed Celine!" Others seemed to assume the worst. "She is ill and needs help! Terrible!" another individual opined.'
  expect(speakerOf(opined, 'She is ill')).toBe('another individual')
})
