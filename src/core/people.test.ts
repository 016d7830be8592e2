import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createPerson, foldText, matchPeople, matchPeopleExactly, nameFromAttribution, personNames } from './people'
import { PersonSchema, type Person } from './schema'

const root = join(__dirname, '..', '..')
const NOW = '2026-01-10T09:00:00.000Z'

type GoldSpeaker = { name: string; role: string; aliases: string[] }
const gold = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-gold.json'), 'utf8')) as { speakers: GoldSpeaker[] }
const nytText = readFileSync(join(root, 'seeds', 'nyt-2026-01-09-venezuela-prisoner-release.txt'), 'utf8')

/** The seed's hand-labelled speakers as project people, with fixed ids. */
const people: Person[] = gold.speakers.map((s, i) => ({ ...createPerson(s.name, NOW, { role: s.role, aliases: s.aliases }), id: `person-${i + 1}` }))
const byName = (name: string): Person => people.find((p) => p.name === name)!
const names = (found: Person[]): string[] => found.map((p) => p.name)

describe('foldText', () => {
  it('drops accents and case, so Rodríguez and RODRIGUEZ fold alike', () => {
    expect(foldText('Rodríguez')).toBe('rodriguez')
    expect(foldText('RODRIGUEZ')).toBe('rodriguez')
    expect(foldText('Nicolás Maduro')).toBe('nicolas maduro')
    expect(foldText('Rocío San Miguel, señora, Ça va, naïve')).toBe('rocio san miguel, senora, ca va, naive')
  })

  it('folds a name typed with a combining accent the same as one with a precomposed accent', () => {
    expect(foldText('Rodri\u0301guez')).toBe(foldText('Rodr\u00edguez'))
  })

  it('makes curly quotes and apostrophes straight', () => {
    expect(foldText('Venezuela’s “interim” leader ‘Delcy’')).toBe('venezuela\'s "interim" leader \'delcy\'')
  })

  it('collapses runs of white space, line breaks included, and trims', () => {
    expect(foldText('  Jorge \n\t Rodríguez  ')).toBe('jorge rodriguez')
    expect(foldText('   ')).toBe('')
  })
})

describe('personNames', () => {
  it('gives the name first, then the aliases, leaving out blank aliases', () => {
    expect(personNames(byName('Donald Trump'))).toEqual(['Donald Trump', 'Donald Trump', 'Trump', 'President Donald Trump', 'US President Donald Trump'])
    expect(personNames({ ...byName('Alfredo Romero'), aliases: ['', '  ', 'Romero'] })).toEqual(['Alfredo Romero', 'Romero'])
  })
})

describe('matching a name in an article to the project’s people', () => {
  it('finds Jorge Rodríguez from "Jorge Rodriguez" (no accent) in the NYT caption, and only him', () => {
    const caption = nytText.split('\n').find((line) => line.startsWith('Family members of detainees'))!
    const start = caption.indexOf('Jorge Rodriguez')
    expect(start).toBeGreaterThan(0)
    const inCaption = caption.slice(start, start + 'Jorge Rodriguez'.length)
    expect(names(matchPeople(people, inCaption))).toEqual(['Jorge Rodríguez'])
    expect(names(matchPeopleExactly(people, inCaption))).toEqual(['Jorge Rodríguez'])
  })

  it('finds Jorge Rodríguez from his name with no accent even when no alias spells it that way', () => {
    const plain = people.map((p) => ({ ...p, aliases: [] }))
    expect(names(matchPeople(plain, 'Jorge Rodriguez'))).toEqual(['Jorge Rodríguez'])
  })

  it('finds both Rodríguez people from the surname alone, the one with it as an alias first', () => {
    expect(names(matchPeople(people, 'Rodríguez'))).toEqual(['Jorge Rodríguez', 'Delcy Rodríguez'])
    expect(names(matchPeople(people, 'rodriguez'))).toEqual(['Jorge Rodríguez', 'Delcy Rodríguez'])
    expect(names(matchPeopleExactly(people, 'Rodríguez'))).toEqual(['Jorge Rodríguez'])
    const plain = people.map((p) => ({ ...p, aliases: [] }))
    expect(names(matchPeople(plain, 'Rodríguez'))).toEqual(['Jorge Rodríguez', 'Delcy Rodríguez'])
    expect(matchPeopleExactly(plain, 'Rodríguez')).toEqual([])
  })

  it('finds Donald Trump from "donald trump", "Trump", "TRUMP" and "President Trump"', () => {
    for (const text of ['donald trump', 'Trump', 'TRUMP', 'President Trump', 'US President Donald Trump']) {
      expect([text, names(matchPeople(people, text))]).toEqual([text, ['Donald Trump']])
    }
  })

  it('ignores a possessive at the end, with a straight or a curly apostrophe', () => {
    expect(names(matchPeople(people, "Trump's"))).toEqual(['Donald Trump'])
    expect(names(matchPeople(people, 'Jorge Rodríguez’s'))).toEqual(['Jorge Rodríguez'])
    expect(names(matchPeopleExactly(people, 'Jorge Rodríguez’s'))).toEqual(['Jorge Rodríguez'])
  })

  it('ignores punctuation around the name', () => {
    expect(names(matchPeople(people, '“Alfredo Romero,”'))).toEqual(['Alfredo Romero'])
  })

  it('needs the words in the name’s order, and whole words', () => {
    expect(matchPeople(people, 'Trump Donald')).toEqual([])
    expect(matchPeople(people, 'Rodrig')).toEqual([])
    expect(matchPeople(people, 'Jorge Delcy')).toEqual([])
  })

  it('puts exact matches before partial ones, and lists each person once', () => {
    const ivanka = { ...createPerson('Ivanka Trump', NOW), id: 'person-ivanka' }
    const found = matchPeople([ivanka, ...people], 'Trump')
    expect(names(found)).toEqual(['Donald Trump', 'Ivanka Trump'])
    expect(names(matchPeople(people, 'Donald Trump'))).toEqual(['Donald Trump'])
  })

  it('matches an organisation by its name, with or without a leading "the", and finds no one for a name not in the project', () => {
    expect(names(matchPeopleExactly(people, 'the UN Human Rights Office'))).toEqual(['UN Human Rights Office'])
    expect(names(matchPeopleExactly(people, 'UN Human Rights Office'))).toEqual(['UN Human Rights Office'])
    expect(names(matchPeople(people, 'the Committee for the Freedom of Political Prisoners'))).toEqual(['Committee for the Freedom of Political Prisoners'])
    const spain = { ...createPerson('Spanish government', NOW, { kind: 'organisation' }), id: 'person-spain' }
    expect(names(matchPeopleExactly([spain], nameFromAttribution('according to the Spanish government')))).toEqual(['Spanish government'])
    expect(matchPeople(people, 'the')).toEqual([])
    expect(names(matchPeople(people, 'Human Rights Office'))).toEqual(['UN Human Rights Office'])
    expect(matchPeople(people, 'Nicolás Maduro')).toEqual([])
  })

  it('matches no one for blank text or punctuation alone', () => {
    for (const text of ['', '   ', ',', "'s"]) expect(matchPeople(people, text)).toEqual([])
  })

  it('matches no one for a pronoun or an article alone', () => {
    for (const text of ['he', 'She', 'they', 'the', 'la', nameFromAttribution('he said')]) expect([text, matchPeople(people, text)]).toEqual([text, []])
  })
})

describe('a titled name finds the person already in People', () => {
  const ortiz = { ...createPerson('Rafael Ortiz', NOW), id: 'ortiz' }
  const ruiz = { ...createPerson('Ana Ruiz', NOW), id: 'ruiz' }
  const perez = { ...createPerson('Juan Pérez', NOW), id: 'perez' }
  const grayling = { ...createPerson('Chris Grayling', NOW), id: 'grayling' }
  const list = [ortiz, ruiz, perez, grayling]

  it('finds Rafael Ortiz from "Councilman Rafael Ortiz", "Council member Rafael Ortiz" and "Alderman Ortiz"', () => {
    expect(names(matchPeopleExactly(list, 'Councilman Rafael Ortiz'))).toEqual(['Rafael Ortiz'])
    expect(names(matchPeopleExactly(list, 'Councilmember Rafael Ortiz'))).toEqual(['Rafael Ortiz'])
    expect(names(matchPeopleExactly(list, 'Council member Rafael Ortiz'))).toEqual(['Rafael Ortiz'])
    expect(names(matchPeople(list, 'Alderman Ortiz'))).toEqual(['Rafael Ortiz'])
  })

  it('finds people behind US, UK and Spanish titles: Lt. Gov., Sen., Sheriff, MP, el diputado, la alcaldesa, el fiscal general', () => {
    expect(names(matchPeopleExactly(list, 'Lt. Gov. Ana Ruiz'))).toEqual(['Ana Ruiz'])
    expect(names(matchPeopleExactly(list, 'Sheriff Ana Ruiz'))).toEqual(['Ana Ruiz'])
    expect(names(matchPeopleExactly(list, 'Chris Grayling MP'))).toEqual(['Chris Grayling'])
    expect(names(matchPeopleExactly(list, 'el diputado Juan Pérez'))).toEqual(['Juan Pérez'])
    expect(names(matchPeopleExactly(list, 'la alcaldesa Ana Ruiz'))).toEqual(['Ana Ruiz'])
    expect(names(matchPeopleExactly(list, 'el fiscal general Juan Pérez'))).toEqual(['Juan Pérez'])
  })

  it('a person saved with a title is found by the bare name', () => {
    const titled = [{ ...createPerson('Sen. Ana Ruiz', NOW), id: 'sen' }]
    expect(names(matchPeopleExactly(titled, 'Ana Ruiz'))).toEqual(['Sen. Ana Ruiz'])
  })

  it('a title alone names no one', () => {
    expect(matchPeopleExactly(list, 'the Councilman')).toEqual([])
  })
})

describe('nameFromAttribution', () => {
  const cases: [string, string][] = [
    ['said Rodríguez', 'Rodríguez'],
    ['according to the Spanish government', 'the Spanish government'],
    ['According to the Spanish government', 'the Spanish government'],
    ['Trump said', 'Trump'],
    ['Alfredo Romero, director of Foro Penal, said', 'Alfredo Romero'],
    ['," said Rodríguez, who is also the brother of Venezuela\'s interim leader, Delcy Rodríguez.', 'Rodríguez'],
    ['said Gonzalo Himiob, a Venezuelan lawyer and the president of Foro Penal.', 'Gonzalo Himiob'],
    ['the Committee for the Freedom of Political Prisoners wrote on social media', 'the Committee for the Freedom of Political Prisoners'],
    ['Spain’s foreign ministry said', 'Spain’s foreign ministry'],
    ['US President Donald Trump stated', 'US President Donald Trump'],
    ['Trump added', 'Trump'],
    ['Jorge Rodríguez announced', 'Jorge Rodríguez'],
    ['Machado told host Sean Hannity', 'Machado'],
    ['he says', 'he'],
    ['Romero argued', 'Romero'],
    ['the ministry claimed', 'the ministry'],
    ['explained Himiob', 'Himiob'],
    ['the minister wrote', 'the minister'],
    ['dijo Rodríguez.', 'Rodríguez'],
    ['Maduro afirmó', 'Maduro'],
    ['señaló Diosdado Cabello', 'Diosdado Cabello'],
    ['según el gobierno', 'el gobierno'],
    ['Según Foro Penal', 'Foro Penal'],
    ['agregó la ministra', 'la ministra'],
    ['Edward Said said', 'Edward Said'],
    ['said Edward Said', 'Edward Said'],
    ['Said Hassan, a spokesman, said', 'Said Hassan'],
    ['  Delcy   Rodríguez  ', 'Delcy Rodríguez'],
    ['Rodríguez, the head of the National Assembly', 'Rodríguez'],
    ['said', ''],
    ['', '']
  ]
  it.each(cases)('%j → %j', (text, name) => {
    expect(nameFromAttribution(text)).toBe(name)
  })

  it('gives a name matchPeople finds for the seed’s attributions', () => {
    expect(names(matchPeople(people, nameFromAttribution('said Rodríguez')))).toEqual(['Jorge Rodríguez', 'Delcy Rodríguez'])
    expect(names(matchPeople(people, nameFromAttribution('Alfredo Romero, director of Foro Penal, said')))).toEqual(['Alfredo Romero'])
    expect(names(matchPeople(people, nameFromAttribution('US President Donald Trump stated')))).toEqual(['Donald Trump'])
  })
})

describe('createPerson', () => {
  it('makes a valid person with a new id, trimmed name and empty details', () => {
    const person = createPerson('  Delcy Rodríguez ', NOW)
    expect(PersonSchema.parse(person)).toEqual(person)
    expect(person).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      kind: 'person',
      name: 'Delcy Rodríguez',
      aliases: [],
      role: '',
      affiliation: '',
      note: '',
      createdAt: NOW,
      updatedAt: NOW
    })
    expect(createPerson('Delcy Rodríguez', NOW).id).not.toBe(person.id)
  })

  it('takes a kind and details when given', () => {
    const office = createPerson('UN Human Rights Office', NOW, { kind: 'organisation', aliases: ['OHCHR'], role: 'United Nations office', affiliation: 'UN', note: 'Geneva' })
    expect(office).toMatchObject({ kind: 'organisation', aliases: ['OHCHR'], role: 'United Nations office', affiliation: 'UN', note: 'Geneva' })
  })
})
