import { describe, expect, test } from 'vitest'
import { sameSpeaker, scoreQuotes } from './score'

describe('a suggested speaker counts as right when it names the labelled speaker', () => {
  test('case, accents and a body’s leading article do not matter', () => {
    expect(sameSpeaker('Compañía de Jesús', 'la compania de jesus')).toBe(true)
  })

  test('a final stop does not matter: “Jr” and “Jr.” are the same name', () => {
    expect(sameSpeaker('Donald Trump Jr', 'Donald Trump Jr.')).toBe(true)
    expect(sameSpeaker('James Kennedy Jr.', 'James Kennedy')).toBe(false)
  })

  test('a middle initial does not matter: “Donald J. Trump” is “Donald Trump”, but another initial or first name is someone else', () => {
    expect(sameSpeaker('Donald Trump', 'Donald J. Trump')).toBe(true)
    expect(sameSpeaker('Nikki R. Haley', 'Nikki Haley')).toBe(true)
    expect(sameSpeaker('Donald J. Trump', 'Donald R. Trump')).toBe(false)
    expect(sameSpeaker('Donald Trump', 'Ivanka Trump')).toBe(false)
  })

  test('a mark before a name is part of its spelling: “’Manteboheng Molatjeng” is “Manteboheng Molatjeng”', () => {
    expect(sameSpeaker('’Manteboheng Molatjeng', 'Manteboheng Molatjeng')).toBe(true)
    expect(sameSpeaker('’Manteboheng Molatjeng', 'Molatjeng Manteboheng')).toBe(false)
  })

  test('a middle initial names the middle name it stands for: “John M. Ford” is “John Milo Ford”, “John K. Ford” and “J. Milo Ford” are not', () => {
    expect(sameSpeaker('John Milo Ford', 'John M. Ford')).toBe(true)
    expect(sameSpeaker('John M. Ford', 'John Milo Ford')).toBe(true)
    expect(sameSpeaker('John Milo Ford', 'John K. Ford')).toBe(false)
    expect(sameSpeaker('John Milo Ford', 'J. Milo Ford')).toBe(false)
  })
  test('a company’s legal ending does not matter: “Microsoft Corp” and “Amazon.com Inc.” name Microsoft and Amazon, another word does', () => {
    expect(sameSpeaker('Microsoft', 'Microsoft Corp')).toBe(true)
    expect(sameSpeaker('Amazon.com Inc.', 'Amazon')).toBe(true)
    expect(sameSpeaker('Apple', 'Apple Inc')).toBe(true)
    expect(sameSpeaker('Apple', 'Apple Music')).toBe(false)
  })

  test('a described speaker’s determiner does not matter: “MSM” names “the MSM”', () => {
    expect(sameSpeaker('the MSM', 'MSM')).toBe(true)
    expect(sameSpeaker('the report', 'the memo')).toBe(false)
  })

  test('a title kept before the full name still names the person', () => {
    expect(sameSpeaker('Alvaro Ruiz', 'Harbor Police Detective Alvaro Ruiz')).toBe(true)
    expect(sameSpeaker('Marta Vidal', 'Senator Marta Vidal')).toBe(true)
  })

  test('a name run on into the words after it does not', () => {
    expect(sameSpeaker('Jane Doe', 'Jane Doe for the Senate')).toBe(false)
    expect(sameSpeaker('Jane Doe', 'running mate Jane Doe')).toBe(false)
  })

  test('a described speaker cut after its head noun names the same one', () => {
    expect(sameSpeaker('a dispatcher on the county police radio', 'a dispatcher')).toBe(true)
    expect(sameSpeaker('el informe de la auditoría externa', 'el informe')).toBe(true)
    expect(sameSpeaker('one farmer in the valley', 'one farmer')).toBe(true)
  })

  test('a determiner alone, a body’s name cut short, or a fragment of it does not', () => {
    expect(sameSpeaker('a dispatcher on the county police radio', 'a')).toBe(false)
    expect(sameSpeaker('Committee for the Protection of Rivers', 'Committee for the Protection')).toBe(false)
    expect(sameSpeaker('Contraloría General de la República', 'de la República')).toBe(false)
  })

  test('the surname or first word of a full name names the person when no other speaker in the article shares it', () => {
    expect(sameSpeaker('Nadia Koval', 'Koval')).toBe(true)
    expect(sameSpeaker('Instituto Nacional de Aguas', 'Instituto')).toBe(true)
    expect(sameSpeaker('Nadia Koval', 'Koval', new Map(), ['Nadia Koval', 'Petro Koval'])).toBe(false)
    expect(sameSpeaker('Nadia Koval', 'Nadia Kova')).toBe(false)
  })

  test('one of two people who spoke together is not both', () => {
    expect(sameSpeaker('Ana and Luis Ferrer', 'Ana')).toBe(false)
  })

  test('in an article where two people share a surname, the surname alone is not counted right', () => {
    const gold = [
      { start: 0, end: 5, exact: 'We won', speaker: 'Nadia Koval' },
      { start: 10, end: 15, exact: 'We lost', speaker: 'Petro Koval' }
    ]
    const got = [
      { start: 0, end: 5, text: 'We won', speaker: 'Koval' },
      { start: 10, end: 15, text: 'We lost', speaker: 'Petro Koval' }
    ]
    expect(scoreQuotes(gold, got).speakerRight).toBe(1)
  })
})
