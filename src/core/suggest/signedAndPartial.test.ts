import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

const quoted = (text: string) => suggestQuotes(text).map((s) => s.text)

describe('a roundup that signs each quote after a hyphen', () => {
  test('a quote paragraph signed “- Name.” or “- Name, role.” is that person’s, each its own', () => {
    const text =
      'Cup draw - LIVE\n\nReactions from the clubs:\n\n"It is a hard draw, but any side left at this stage is hard" - Tom Archer, the club secretary.\n\n"We fear nobody and we will be ready in February" - Lena Fox.\n\n"Does anyone at the league understand how this works?" - Dr. Paul Green.'
    expect(speakerOf(text, 'It is a hard draw')).toBe('Tom Archer')
    expect(speakerOf(text, 'We fear nobody')).toBe('Lena Fox')
    expect(speakerOf(text, 'Does anyone')).toBe('Paul Green')
  })

  test('a hyphen inside a sentence after a quote signs nothing: the speaker is the one the verb gives', () => {
    const text = 'Title\n\n"We will not sell the club to anyone," said Mark Stone - and he meant every word of it.'
    expect(speakerOf(text, 'We will not sell')).toBe('Mark Stone')
  })
})

describe('a roundup that names each giver on a line before their words', () => {
  test('“Donated by Gina McVey, Oak Grove, Calif.”, “Mark Person, Richmond, Va.” on a line, then a paragraph that is only a quote: each the giver’s, never the object’s namesake', () => {
    const text = [
      'Museum',
      'Here are a few of the donors.',
      'Nat Turner’s Bible',
      'Mark Person, Richmond, Va.',
      '“It’s been in the family since 1912 and was kept on top of a piano.”',
      'Croix de Guerre medal',
      'Donated by Gina McVey, Oak Grove, Calif.',
      '“In 2010, I took my car to the dealership to get it fixed.”'
    ].join('\n\n')
    expect(speakerOf(text, 'It’s been in the family')).toBe('Mark Person')
    expect(speakerOf(text, 'In 2010, I took')).toBe('Gina McVey')
  })
})

describe('a role set off before the person it describes', () => {
  test('“said the panel’s top Democrat, Rep. Ann Holt of Ohio”: the person named after the comma, not the party word', () => {
    const text = 'Title\n\nThe hearing ran late.\n\n“We knew the rules were being broken for years,” said the panel’s top Democrat, Rep. Ann Holt of Ohio. “It is infuriating to see it confirmed.”'
    expect(speakerOf(text, 'We knew the rules')).toBe('Ann Holt')
    expect(speakerOf(text, 'It is infuriating')).toBe('Ann Holt')
  })
})

describe('words that open a sentence and name no one', () => {
  test('a Spanish gerund that opens its sentence (“Teniendo en cuenta …”) is never the speaker of the quote after it', () => {
    const text =
      'Título\n\nMuchos alumnos querían ser científicos. Teniendo en cuenta que solo un 10% de ellos logró un rendimiento aceptable y un 20% ni siquiera obtuvo un nivel mínimo, se trató de una respuesta que sorprendió al propio informe: "Estas actitudes positivas están muy poco asociadas con el rendimiento real de los estudiantes".'
    expect(speakerOf(text, 'Estas actitudes')).not.toBe('Teniendo')
  })

  test('an adverb between a writing and its verb (“The report thus called for”) is no part of the speaker', () => {
    const text = 'Title\n\nTaxpayers are uneasy about aid to a rival. The report thus called for "gradual reductions in the aid budget over five years" in its final chapter.'
    expect(speakerOf(text, 'gradual reductions')).toBe('The report')
  })

  test('so is “meanwhile”: “The foreign secretary meanwhile said the “justice” …” is the secretary named before, not the last man named', () => {
    const text = 'Rebate row\n\nForeign Secretary Jack Straw said the rebate was fully justified. Shadow Europe minister Mr Brady disagreed.\n\nThe foreign secretary meanwhile said the "justice" of the rebate remained.'
    expect(speakerOf(text, 'justice')).toBe('Jack Straw')
  })
})

describe('one word in marks in a sentence whose words are someone’s', () => {
  test('single words in marks beside a quote the sentence gives to a speaker are quotes too: “calificó la decisión de maniobra “caciquil”, una “pirueta” …”', () => {
    const text = 'Título\n\nLa portavoz Pepa Millán calificó la decisión de maniobra "caciquil", una "pirueta" que "manosea" el Reglamento de la Cámara.'
    expect(quoted(text)).toEqual(expect.arrayContaining(['caciquil', 'pirueta']))
    expect(speakerOf(text, 'pirueta')).toBe('Pepa Millán')
  })

  test('…and one word in marks before a longer quote whose source the sentence gives after it: “se ha mostrado «decepcionado» por …, según un comunicado”', () => {
    const text = 'Título\n\nEl exministro se ha mostrado «decepcionado» por haber sido condenado «por unas pruebas basadas en pactos opacos y sin ninguna evidencia», según un comunicado de Eduardo Zaplana.'
    expect(quoted(text)).toContain('decepcionado')
  })

  test('one word in marks in a sentence no one speaks stays a scare quote', () => {
    const text = 'Título\n\nLa llamada "pirueta" del Gobierno ocupó las portadas durante semanas. Nadie la explicó en el Congreso.'
    expect(quoted(text)).not.toContain('pirueta')
  })
})

describe('titles in a list of awards', () => {
  test('a short title followed by its author (““Malquerida” de Tana Gilbert”) or after “la obra” is a work, not a quote', () => {
    const text = 'Premios del festival\n\nEl jurado otorgó dos menciones que recayeron en: “Malquerida” de Tana Gilbert y “The urgency of death” de Lucía Seles. La orquesta musicalizó la obra “Ya se rindió Allende”, del artista Andrian Pertout.'
    expect(quoted(text)).toEqual([])
  })

  test('a verb after “de” says what the words are about: “había “planes” de llevar La Sra. Marvel” stays a quote', () => {
    const text = 'Marvel\n\nEl presidente de Marvel Studios, Kevin Feige, anunció el mes pasado que había "planes" de llevar La Sra. Marvel a la gran pantalla.'
    expect(quoted(text)).toEqual(['planes'])
  })
})

describe('a roundup line signed by someone described, not named', () => {
  test('“— The family of the victim, in a statement”, “— A spokesperson for the Los Angeles Police Department”: each quote is theirs, not the jury the paragraph before mentions', () => {
    const text = [
      'How the city reacted to the verdict',
      'Reaction poured in on Tuesday after the jury returned its verdict.',
      '"We are relieved and grateful."',
      '— The family of the victim, in a statement',
      '"The system worked as it should."',
      '— A spokesperson for the Los Angeles Police Department'
    ].join('\n\n')
    expect(speakerOf(text, 'We are relieved')).toBe('The family of the victim')
    expect(speakerOf(text, 'The system worked')).toBe('A spokesperson for the Los Angeles Police Department')
  })
})

describe('a short quote led in by its speaker’s clause and a colon', () => {
  test('“Morena respaldó la iniciativa: “Es justicia”.”: a quote, and Morena’s (a clause with a verb in the past is no label line)', () => {
    const text = 'Amnistía\n\nEl Congreso debatió ayer la ley de amnistía.\n\nMorena, el partido de López Obrador, respaldó la iniciativa: "Es justicia".'
    expect(quoted(text)).toContain('Es justicia')
    expect(speakerOf(text, 'Es justicia')).toBe('Morena')
  })

  test('a label line before a short quote is still no speaker: “Bottom line: “Too late.””', () => {
    const text = 'Review\n\nThe phone arrived on Monday.\n\nBottom line: "Too late."'
    expect(speakerOf(text, 'Too late')).not.toBe('Bottom')
  })
})

describe('a short whole sentence right after its speaker’s quote, its stop after the closing mark', () => {
  test('“"…", dijo el DT en conferencia de prensa. "Merecimos ganar".”: offered, and the coach’s', () => {
    const text = 'Clásico\n\nPeñarol venció 2-1 a Nacional. Diego Aguirre, entrenador aurinegro, se mostró satisfecho tras el partido.\n\n"El equipo jugó con mucha personalidad", dijo el DT en conferencia de prensa. "Merecimos ganar".'
    expect(speakerOf(text, 'Merecimos ganar')).toBe('Diego Aguirre')
  })
})

describe('a numbered list of quotes, each captioned under it', () => {
  test('“1. «…»” then “El ministro del Interior, Álvaro Elizalde, sobre …”: each quote its caption’s, never the caption before it', () => {
    const text = [
      'Las frases de la semana',
      '1. «No vamos a retroceder ni un milímetro»',
      'El ministro del Interior, Álvaro Elizalde, sobre la agenda de seguridad.',
      '2. «Este gobierno está agotado»',
      'La senadora Ximena Rincón, en entrevista con Radio Cooperativa.',
      '3. «Podríamos examinar por qué cuesta tan caro el transporte»',
      'José Miguel Insulza, senador PS.'
    ].join('\n\n')
    expect(speakerOf(text, 'No vamos a retroceder')).toBe('Álvaro Elizalde')
    expect(speakerOf(text, 'Este gobierno está agotado')).toBe('Ximena Rincón')
    expect(speakerOf(text, 'Podríamos examinar')).toBe('José Miguel Insulza')
  })
})

test('a roundup of label lines, “Sen. Maria Lopez, D-Calif., on Twitter:” then the quote, then “Rep. Tom Lee, R-Texas:”: the next label signs nothing before it', () => {
  const text = 'Reactions\n\nSen. Maria Lopez, D-Calif., on Twitter:\n\n"This is a dark day for democracy."\n\nRep. Tom Lee, R-Texas:\n\n"We will keep fighting."'
  expect(speakerOf(text, 'This is a dark day')).toBe('Maria Lopez')
  expect(speakerOf(text, 'We will keep fighting')).toBe('Tom Lee')
})

describe('a roundup label that gives the role first', () => {
  test('“The Conservative leader, Kemi Badenoch: “…””, “Green Party co-leader Carla Denyer: “…””: the person named before the colon, never the one before nor the party', () => {
    const text = ['Reactions', 'Politicians reacted to the ruling.', 'Keir Starmer, Prime Minister: "We respect the decision."', 'The Conservative leader, Kemi Badenoch: "This is a sad day."', 'Green Party co-leader Carla Denyer: "We demand answers."'].join('\n\n')
    expect(speakerOf(text, 'This is a sad day')).toBe('Kemi Badenoch')
    expect(speakerOf(text, 'We demand answers')).toBe('Carla Denyer')
  })

  test('“El líder del PP, Alberto Núñez Feijóo: «…»”, “La ministra Pilar Alegría: «…»”: the same in Spanish (“líder” is a role, as “leader” is)', () => {
    const text = ['Reacciones', 'Los políticos reaccionaron así.', 'Yolanda Díaz, vicepresidenta segunda: «Vamos a recurrir».', 'El líder del PP, Alberto Núñez Feijóo: «Es un día triste».', 'La ministra Pilar Alegría: «Respetamos la decisión».'].join('\n\n')
    expect(speakerOf(text, 'Es un día triste')).toBe('Alberto Núñez Feijóo')
    expect(speakerOf(text, 'Respetamos la decisión')).toBe('Pilar Alegría')
  })
})

test('a numbered list of the week’s sayings: “1. «…», Pedro Sánchez, presidente del Gobierno.” and “3. Isabel Díaz Ayuso: «…»” are each the one named', () => {
  const text = ['Las frases de la semana', '1. "No vamos a ceder ante el chantaje", Pedro Sánchez, presidente del Gobierno.', '2. "Es un día triste para España", Alberto Núñez Feijóo, líder del PP.', '3. Isabel Díaz Ayuso: "Madrid no se rinde".'].join('\n\n')
  expect(speakerOf(text, 'No vamos a ceder')).toBe('Pedro Sánchez')
  expect(speakerOf(text, 'Es un día triste')).toBe('Alberto Núñez Feijóo')
  expect(speakerOf(text, 'Madrid no se rinde')).toBe('Isabel Díaz Ayuso')
})
