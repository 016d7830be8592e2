import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

// The words between a cue and its speaker, and around a subject: clauses, asides, descriptions, relatives.

describe('a clause after the cue', () => {
  test('a name with its own verb after the cue is what was said about, not who said it: “X, who …, vowed the Board was doing “…””', () => {
    const text = 'Education Secretary Tom Ruiz, who chaired an emergency meeting, vowed the Board was doing “everything it can” to keep pupils safe.'
    expect(speakerOf(text, 'everything it can')).toBe('Tom Ruiz')
  })
})

describe('asides and phrases between the cue and the speaker', () => {
  test('the country after a city is an aside: ““…,” Ana Mills of the University of Leeds in Bradford, England, said”', () => {
    const text = 'Tourism has grown fast.\n\n“The effects will not be small,” Ana Mills of the University of Leeds in Bradford, England, said to the BBC.'
    expect(speakerOf(text, 'The effects')).toBe('Ana Mills')
  })

  test('a person named in the phrase after the verb is its subject: “sostuvo ante periodistas Eduardo Ruiz al concluir la audiencia”', () => {
    const text = 'El juicio empieza en septiembre.\n\n"Eso es fundamental para la defensa", sostuvo ante periodistas Eduardo Ruiz al concluir la audiencia de este martes.'
    expect(speakerOf(text, 'Eso es fundamental')).toBe('Eduardo Ruiz')
  })
})

describe('a capitalised word inside a description', () => {
  test('“says a senior Afghan economic official” is that official, never the “Afghan Elvis” named before', () => {
    const text = 'The singer, nicknamed Afghan Elvis, sold out.\n\n“If you ask people whether we have a billionaire, they will say no,” says a senior Afghan economic official, who asked to remain anonymous.'
    expect(speakerOf(text, 'If you ask')).toBe('a senior Afghan economic official')
  })
})

describe('the subject inside an object relative', () => {
  test('“a payout that the fund’s investor Leon Hart blasted as “…””: the name after “that” is who spoke, with the noun that describes him', () => {
    const text = 'The fund will leave with a payout that New Media investor Leon Hart blasted on a conference call as “morally wrong.”'
    expect(speakerOf(text, 'morally wrong')).toBe('Leon Hart')
  })

  test('“un detalle que Brand contaba … cuando mencionó que …: “…””: the one after “que” is the subject, not the detail', () => {
    const text = 'Christo Brand fue su carcelero. Mandela le había dado su número de casa, un detalle que Brand contaba con la misma naturalidad que cuando mencionó que volvieron a reunirse en Ámsterdam: “Me presentó a la reina de Holanda”.'
    expect(speakerOf(text, 'Me presentó')).toBe('Christo Brand')
  })
})

describe('plural subjects and opening purpose phrases', () => {
  test('a plain verb after a plural reports the quote: “his lawyers maintain that the charges “…””', () => {
    const text = 'Corrie Lee reported the story on Monday.\n\nThe SEC filed charges against the former CEO. He stepped down last month, but his lawyers maintain that the charges "are baseless and false."'
    expect(speakerOf(text, 'are baseless')).toBe('his lawyers')
  })

  test('“To prove the point, a spokesman for …, had this to say: “…””: the purpose phrase is no subject', () => {
    const text = 'To prove the point, a spokesman for the Defense Commission, the highest body, had this to say about the film: "It is reckless like a monkey in a forest."'
    expect(speakerOf(text, 'It is reckless')).toBe('a spokesman for the Defense Commission')
  })
})
