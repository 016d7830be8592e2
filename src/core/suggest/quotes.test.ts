import { describe, expect, test } from 'vitest'
import { createPerson } from '../people'
import { suggestQuotes } from './quotes'

const pairs = (text: string) => suggestQuotes(text).map((s) => [s.text, s.speaker])

describe('who said it: the cue and its speaker', () => {
  test('“…,” X said and “…,” said X, with an apposition after the name', () => {
    expect(pairs('"A certain faction within the government intends to send a positive message," said Gonzalo Himiob, a Venezuelan lawyer.')).toEqual([
      ['A certain faction within the government intends to send a positive message,', 'Gonzalo Himiob']
    ])
    expect(pairs('“We will not back down,” Maria Corina Machado said on Tuesday.')).toEqual([['We will not back down,', 'Maria Corina Machado']])
  })

  test('X said: “…” and X said that “…”, a title before the name left out', () => {
    expect(pairs('US President Donald Trump said: “They have a torture chamber in the middle of Caracas.”')).toEqual([
      ['They have a torture chamber in the middle of Caracas.', 'Donald Trump']
    ])
    expect(pairs('Attorney General Tarek Saab said that "no one is in prison for political reasons."')).toEqual([['no one is in prison for political reasons.', 'Tarek Saab']])
  })

  test('a surname later in the article is the full name used before it', () => {
    const text = 'Jorge Rodríguez, the head of the National Assembly, spoke on Thursday.\n"Consider this gesture a contribution to peace," said Rodríguez.'
    expect(pairs(text)).toEqual([['Consider this gesture a contribution to peace,', 'Jorge Rodríguez']])
  })

  test('the subject of a sentence speaks through "but said", over an aside', () => {
    const text = 'Jorge Rodríguez, the head of Venezuela’s National Assembly, did not specify how many people would be freed but said it would be "an important number" of prisoners.'
    expect(pairs(text)).toEqual([['an important number', 'Jorge Rodríguez']])
  })

  test('a pronoun is the nearest person named before it who fits', () => {
    const text = 'When Donald Trump was asked by reporters whether he had discussed the release, he said, "We haven\'t gotten to that yet."\n"What we want to do now is fix up the oil," he added.'
    expect(pairs(text)).toEqual([
      ["We haven't gotten to that yet.", 'Donald Trump'],
      ['What we want to do now is fix up the oil,', 'Donald Trump']
    ])
  })

  test('a pronoun skips a person of the other gender', () => {
    const text = 'Maria Corina Machado said she wanted to meet Edmundo González. Asked about the meeting, she said "it will happen very soon."'
    expect(pairs(text)).toEqual([['it will happen very soon.', 'Maria Corina Machado']])
  })

  test('a role is the person the article described that way', () => {
    const text = 'Gonzalo Himiob, a Venezuelan lawyer, visited the prison on Friday.\n"They are still holding at least 800 people," the lawyer said.'
    expect(pairs(text)).toEqual([['They are still holding at least 800 people,', 'Gonzalo Himiob']])
  })

  test('a role never tied to a name is the speaker as written', () => {
    expect(pairs('"The building was evacuated within minutes," a police spokesman said.')).toEqual([['The building was evacuated within minutes,', 'a police spokesman']])
  })

  test('according to X, before or after the quote', () => {
    expect(pairs('The talks are "moving in the right direction", according to Edmundo González.')).toEqual([['moving in the right direction', 'Edmundo González']])
    expect(pairs('According to the UN Human Rights Office, detainees were "held without any contact with their families".')).toEqual([
      ['held without any contact with their families', 'UN Human Rights Office']
    ])
  })

  test('a body speaks too: a committee, an office', () => {
    expect(pairs('"We demand an end to the repression," the Committee for the Freedom of Political Prisoners wrote on social media.')).toEqual([
      ['We demand an end to the repression,', 'Committee for the Freedom of Political Prisoners']
    ])
  })

  test('a quote broken around its cue is two quotes by one speaker', () => {
    expect(pairs('"Let us hope," said Alfredo Romero, "that this is the beginning of the end."')).toEqual([
      ['Let us hope,', 'Alfredo Romero'],
      ['that this is the beginning of the end.', 'Alfredo Romero']
    ])
  })

  test('a continuation quote with no cue keeps the previous speaker, and says it has no cue', () => {
    const text = '"Let us hope that this is the beginning," said Alfredo Romero. "May the justice system work to protect citizens."'
    const [first, second] = suggestQuotes(text)
    expect([first!.speaker, first!.cue]).toEqual(['Alfredo Romero', 'said'])
    expect([second!.speaker, second!.cue]).toEqual(['Alfredo Romero', null])
  })

  test('a multi-paragraph quote takes its speaker from the paragraph that names them', () => {
    const text = '“The first thing we did was count the prisoners,” said Alfredo Romero. “Then we called their families.\n\n“Some had not heard from them in two years.”'
    expect(pairs(text).map(([, s]) => s)).toEqual(['Alfredo Romero', 'Alfredo Romero', 'Alfredo Romero'])
  })

  test('a passive cue takes the speaker after "by"', () => {
    expect(pairs('Her arrest was labelled as potential "enforced disappearance" by the UN Human Rights Office.')).toEqual([['enforced disappearance', 'UN Human Rights Office']])
  })
})

describe('what is not a quote', () => {
  test('a name or title in quotation marks', () => {
    expect(pairs('BBC reports from outside Venezuela prison "El Helicoide" as detainees are released.')).toEqual([])
    expect(pairs('He watched "The Night of the Hunter" twice.')).toEqual([])
  })

  test('single words and short scare quotes that no one is said to have said', () => {
    expect(pairs('The government called the detainees "terrorists" and held them.')).toEqual([])
    expect(pairs('The so-called "peace talks" went nowhere.')).toEqual([])
    expect(pairs('Critics doubt the "national dialogue" will change much.')).toEqual([])
  })

  test('a short quote that someone is said to have said stays', () => {
    expect(pairs('Trump added that Venezuela released the prisoners as a sign of "seeking peace".')).toEqual([['seeking peace', 'Trump']])
  })
})

describe('Spanish', () => {
  test('cue after a guillemet quote, and según', () => {
    expect(pairs('«Es un gesto de paz», afirmó Jorge Rodríguez.')).toEqual([['Es un gesto de paz', 'Jorge Rodríguez']])
    expect(pairs('Según Alfredo Romero, «todavía quedan más de 800 presos políticos».')).toEqual([['todavía quedan más de 800 presos políticos', 'Alfredo Romero']])
  })

  test('the dialogue dash, the aside naming the speaker by role', () => {
    const text = 'El ministro Diosdado Cabello habló en la televisión estatal.\n—No vamos a negociar con nadie —dijo el ministro—. La decisión está tomada.'
    expect(pairs(text)).toEqual([
      ['No vamos a negociar con nadie', 'Diosdado Cabello'],
      ['La decisión está tomada.', 'Diosdado Cabello']
    ])
  })

  test('a verb with no subject speaks for the person the text is about', () => {
    const text = 'Delcy Rodríguez habló el jueves ante la Asamblea.\n«Venezuela quiere la paz», afirmó.'
    expect(pairs(text)).toEqual([['Venezuela quiere la paz', 'Delcy Rodríguez']])
  })
})

describe('the project’s people', () => {
  test('a speaker is matched to a project person by name or alias, accents ignored', () => {
    const person = { ...createPerson('Jorge Rodríguez', '2026-01-09T00:00:00Z', { aliases: ['Jorge Rodriguez'] }), id: 'p-jorge' }
    const [s] = suggestQuotes('"Consider this gesture," said Jorge Rodriguez.', { people: [person] })
    expect([s!.speaker, s!.personId]).toEqual(['Jorge Rodríguez', 'p-jorge'])
  })

  test('a new speaker comes with the role the article gives them', () => {
    const [s] = suggestQuotes('"Let us hope," said Alfredo Romero, director of Foro Penal.')
    expect([s!.personId, s!.role]).toEqual([null, 'director of Foro Penal'])
  })

  test('the attribution is the words that name the speaker, the cue included', () => {
    const text = '"Let us hope," said Alfredo Romero, director of Foro Penal.'
    const [s] = suggestQuotes(text)
    expect(text.slice(s!.attribution!.start, s!.attribution!.end)).toBe('said Alfredo Romero')
  })
})
