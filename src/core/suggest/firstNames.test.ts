import { describe, expect, test } from 'vitest'
import { articleGender, genderOfFirstName, personStartAfterBody } from './firstNames'
import { findMentions } from './mentions'
import { canBeSpeaker } from './speakerKind'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'


describe('the gender a first name or a Spanish article says, for “she” and “él”', () => {
  test('a pronoun after a speech verb says nothing of the speaker’s gender when someone just named has that gender: “Jane Roe was arrested. Kerry Hart said she would …”', () => {
    const text = 'Jane Roe was arrested in May. Kerry Hart said she would plead not guilty. “She has done nothing wrong and we will prove it,” he said.'
    expect(speakerOf(text, 'She has done nothing wrong')).toBe('Kerry Hart')
    // Short forms are first names too: “Tom Hart” is a man.
    expect(speakerOf(text.replace(/Kerry/gu, 'Tom'), 'She has done nothing wrong')).toBe('Tom Hart')
  })

  test('“she said” points at the woman named, not at the man named after her: “Her brother, Juan, helps …”', () => {
    const text = 'Maria Lopez runs the shelter. Her brother, Juan, helps on weekends.\n\n“We never close, not even at Christmas,” she said.'
    expect(speakerOf(text, 'We never close')).toBe('Maria Lopez')
  })

  test('a common first name says a gender; one that is both, or none known, says nothing', () => {
    expect(genderOfFirstName('María José Castro')).toBe('f')
    expect(genderOfFirstName('Juan')).toBe('m')
    expect(genderOfFirstName('Andrea Rossi')).toBeNull()
    expect(genderOfFirstName('Xochitl Gálvez')).toBeNull()
  })

  test('a Spanish article says the person’s gender before a role, but not before a noun of one gender for everyone', () => {
    expect(articleGender('la ministra de Salud')).toBe('f')
    expect(articleGender('el fiscal')).toBe('m')
    expect(articleGender('la autoridad extranjera')).toBeNull()
    expect(articleGender('la víctima')).toBeNull()
  })

  test('“la autoridad extranjera esgrimió” can be the man who spoke before, not the woman he spoke of', () => {
    const text = 'El fiscal Francisco Barbosa visitó Asunción y se reunió con la fiscal general Sandra Quiñónez.\n\n“Perseguimos criminales”, afirmó Barbosa. Luego la autoridad extranjera esgrimió que “la injerencia se combate con alianzas y con solidaridad”.'
    expect(speakerOf(text, 'la injerencia')).toBe('Francisco Barbosa')
  })

  test('two people named together are two people: “Juan Pérez y Ana Díaz se reunieron. Ella dijo …” is Ana Díaz; a park’s two-part name stays one', () => {
    expect(speakerOf('Juan Pérez y Ana Díaz se reunieron ayer. Ella dijo que el acuerdo “está cerca de firmarse”.', 'está cerca')).toBe('Ana Díaz')
    expect(findMentions('Subieron al Parque Nacional de Ordesa y Monte Perdido el lunes.', []).map((m) => m.name)).not.toContain('Monte Perdido')
  })
})

describe('a body’s name run into the name of its person, with no comma', () => {
  test('the person is the name from its first name on: “el investigador de la Universidad Pompeu Fabra Lorenzo Gabrielli”', () => {
    const text = 'Canarias\n\n“Hay una necesidad radical de enfocar el fenómeno de otra manera”, reflexiona el investigador de la Universidad Pompeu Fabra Lorenzo Gabrielli.\n\n“Es un cambio de época”, añade Gabrielli.'
    expect(speakerOf(text, 'Hay una necesidad')).toBe('Lorenzo Gabrielli')
    expect(speakerOf(text, 'Es un cambio')).toBe('Lorenzo Gabrielli')
    // Two first names together open one name, and a person's full name never grows into the body's around it.
    expect(speakerOf('Ciencia\n\n“Es un estudio serio”, dijo la profesora de la Universidad de Chile María José García.', 'Es un estudio')).toBe('María José García')
  })

  test('a body named after someone, or of someone, stays a body: “Fundación Carlos Slim”, “el Gobierno de Justin Trudeau”', () => {
    expect(personStartAfterBody(['Fundación', 'Carlos', 'Slim'])).toBe(-1)
    expect(personStartAfterBody(['Gobierno', 'de', 'Justin', 'Trudeau'])).toBe(-1)
    expect(personStartAfterBody(['Universidad', 'Pompeu', 'Fabra', 'Lorenzo', 'Gabrielli'])).toBe(3)
    expect(speakerOf('Salud\n\n“Es un estudio”, dijo el director de la Fundación Carlos Slim, Juan Pérez.', 'Es un estudio')).toBe('Juan Pérez')
  })
})

describe('who was told, and people listed with long titles', () => {
  test('an outlet named in words, then the person from a first name on: “declaró al Financial Times Carl Tahyer”', () => {
    const text = 'Vietnam\n\nLa economista Robyn Klingler-Vidra dijo que el país actuó rápido.\n\n“Vietnam es una sociedad movilizada”, declaró al Financial Times Carl Tahyer, profesor emérito de la universidad.'
    expect(speakerOf(text, 'Vietnam es una')).toBe('Carl Tahyer')
  })

  test('an outlet of one word spoken to, then the person: “dijo a Nature David Nutt”, “dijo a Nature el Dr. David Nutt”', () => {
    const text = (told: string) => `LSD\n\nTimothy Leary lo probó en los años sesenta.\n\n"Estudiar cómo las drogas alteran el cerebro es estudiar la conciencia", dijo a Nature ${told}, profesor en Imperial.`
    expect(speakerOf(text('David Nutt'), 'Estudiar cómo')).toBe('David Nutt')
    expect(speakerOf(text('el Dr. David Nutt'), 'Estudiar cómo')).toBe('David Nutt')
  })

  test('a paragraph opening with a three-word name after a heading ending in “to” tells no one: “… a propósito” then “Lucas Patrick Machado”', () => {
    const text = 'Contagio a propósito\n\nLucas Patrick Machado, de 24 años, conoció a Celso en una red social.\n\n"Yo le había dicho que no tenía condones", afirma Lucas.'
    expect(speakerOf(text, 'Yo le había')).toBe('Lucas Patrick Machado')
  })

  test('“she” after “Archer-Bradshaw said” is her, however long the titles of the people listed with her', () => {
    const text = 'Schools safe\n\nThis was revealed at a press conference by Minister of Education Kay McConney, Chief Education Officer Dr Ramona Archer-Bradshaw and Acting Chief Medical Officer Dr Anton Best.\n\nArcher-Bradshaw said consent forms had been sent out.\n\n“We are very glad to see this,” she added.'
    expect(speakerOf(text, 'We are very glad')).toBe('Ramona Archer-Bradshaw')
  })
})

describe('a body’s role before the run, and a heading run into its paragraph', () => {
  test('“La diputada del Partido Revolucionario Institucional Claudia Ruiz”: the role of a body says a person follows its name', () => {
    const text = 'Informe\n\nLa diputada del Partido Revolucionario Institucional Claudia Ruiz reiteró que el Ejecutivo está obligado a ordenar una averiguación.\n\n“Al contar la comisión con copia certificada de la resolución, es evidente el delito”, dijo.'
    expect(speakerOf(text, 'Al contar')).toBe('Claudia Ruiz')
  })

  test('a place’s name run into the paragraph after it (“Ciudad de México En agosto …”) is no speaker, nor is a city', () => {
    const text = 'Decreto\n\nLa reforma se publicó en Colima. Ciudad de México En agosto de 2010 la capital aprobó la ley.\n\n“El matrimonio es la unión libre de dos personas”, establece la reforma.'
    expect(String(speakerOf(text, 'El matrimonio'))).not.toMatch(/Ciudad|Colima|\sEn$/u)
    expect(canBeSpeaker('Ciudad Autónoma', 'name', text)).toBe(false)
  })
})

describe('a first name before a surname that is also a title', () => {
  test('“said Stephen King”, “says analyst Ken Doctor” are those people, never a role pointing back at the chief executive quoted before', () => {
    const text = 'Papers\n\nMichael Reed is the chief executive of the chain. "We are growing," said Reed.\n\n"The papers are in decline," says veteran industry analyst Ken Doctor.\n\n"It is over for them," said Stephen King.'
    expect(speakerOf(text, 'The papers are')).toBe('Ken Doctor')
    expect(speakerOf(text, 'It is over')).toBe('Stephen King')
  })
})

describe('common Spanish first names say a gender', () => {
  test('“Adrián”, “Iván”, “Íñigo”, “Jordi”, “Josep” are men’s; “Begoña”, “Nuria”, “Carolina”, “Celia” women’s; “Cristian”, “Álex”, “Blanca”, “Marina” say nothing', () => {
    expect(['Adrián', 'Iván', 'Íñigo', 'Jordi', 'Josep'].map(genderOfFirstName)).toEqual(['m', 'm', 'm', 'm', 'm'])
    expect(['Begoña', 'Nuria', 'Carolina', 'Celia'].map(genderOfFirstName)).toEqual(['f', 'f', 'f', 'f'])
    // (Either gender, or also a word that is no name: "la Casa Blanca", "la Marina".)
    expect(['Cristian', 'Álex', 'Blanca', 'Marina'].map(genderOfFirstName)).toEqual([null, null, null, null])
  })

  test('so do names common in US and British politics and business: “Mitch”, “Elon”, “Jensen”, “Humza” men’s; “Kristi”, “Karoline”, “Ilhan” women’s; “Sam”, “Dana”, “Hunter” say nothing', () => {
    expect(['Mitch', 'Elon', 'Jensen', 'Humza'].map(genderOfFirstName)).toEqual(['m', 'm', 'm', 'm'])
    expect(['Kristi', 'Karoline', 'Ilhan'].map(genderOfFirstName)).toEqual(['f', 'f', 'f'])
    expect(['Sam', 'Dana', 'Hunter'].map(genderOfFirstName)).toEqual([null, null, null])
  })
})

test('““…”, dice ese hombre de 36 años” after “Para Keith, …”: a first name alone that opens no full name is a person the demonstrative points back at', () => {
  const text = 'Nacimientos\n\n“No pasaba nada”, explica Allan Creed, de 26 años. En Singapur, el Gobierno ofrece una subvención por tener un hijo. Para Keith, ni siquiera eso compensa el coste de convertirse en padre. “Sé que mi esposa y yo la pasaremos muy bien sin hijos”, dice ese hombre de 36 años.'
  expect(speakerOf(text, 'Sé que mi esposa')).toBe('Keith')
})
