import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { suggestQuotes } from './quotes'

describe('a subject after its verb, when a phrase the verb answers opens the sentence', () => {
  const text = [
    'Plan de vivienda',
    'El alcalde, Juan Pérez, presentó el plan: «Es lo que la ciudad necesita».',
    'A la propuesta del alcalde respondió la concejala Marta Gil: «No vamos a apoyar un plan sin dinero».',
    'Lo criticó también la exconcejala socialista y actual diputada Rosa Martín: «Llega tarde y sin presupuesto».'
  ].join('\n\n')

  test('“A la propuesta del alcalde respondió la concejala Marta Gil:”: “A” with an article after it is the preposition; the one who answered follows the verb', () => {
    expect(speakerOf(text, 'No vamos a apoyar')).toBe('Marta Gil')
  })

  test('“la exconcejala socialista y actual diputada Rosa Martín”: two descriptions joined by “y” before the name', () => {
    expect(speakerOf(text, 'Llega tarde')).toBe('Rosa Martín')
  })
})

describe('after the quote, a verb the lexicon lacks, and a name after two descriptions', () => {
  const text = [
    'Política',
    'Una encuesta dice que los ciudadanos creen que sus representantes no admiten errores.',
    '«No es justo decir que toda la política es igual», se sincera la concejala Marta Gil.',
    '«No estamos en el mejor momento», dijo el barón del PP más votado de España, el presidente gallego, Alberto Núñez Feijóo.'
  ].join('\n\n')

  test('“«…», se sincera la concejala Marta Gil”: a verb in the present after a clitic, right after the quote’s comma, reports it', () => {
    expect(speakerOf(text, 'No es justo')).toBe('Marta Gil')
  })

  test('“dijo el barón del PP más votado de España, el presidente gallego, Alberto Núñez Feijóo”: the name after a second description', () => {
    expect(speakerOf(text, 'No estamos en el mejor')).toBe('Alberto Núñez Feijóo')
  })
})

test('“Al respecto añadió Carlos Arturo Martínez, secretario de Salud …, que «…»”: the full name right after the verb is its subject, “que” or not', () => {
  const text = [
    'Vacunas',
    'El ministro Germán Escobar visitó el hospital y pidió seguir usando el tapabocas.',
    'Al respecto añadió Carlos Arturo Martínez, secretario de Salud del departamento, que «con las primeras dosis se empieza a cubrir a la población».'
  ].join('\n\n')
  expect(speakerOf(text, 'con las primeras dosis')).toBe('Carlos Arturo Martínez')
})

describe('a body described by the word the article introduced it with', () => {
  const opening = 'La organización vecinal Unión de Barrios del Sur cortó ayer tres avenidas en contra del Gobierno que preside Marta Gil.'

  test('“denunció la organización barrial” after “La organización vecinal Unión de Barrios del Sur”: that body, not the body or the person named last', () => {
    const text = ['Protesta en las carreteras', opening, '«No queremos más promesas», denunció la organización barrial.'].join('\n\n')
    expect(speakerOf(text, 'No queremos más')).toBe('Unión de Barrios del Sur')
  })

  test('“advirtió la organización vecinal mediante sus redes sociales”: “mediante” opens the means, and the subject ends before it (not the minister quoted before)', () => {
    const text = ['Protesta en las carreteras', opening, 'La ministra Ana Ruiz pidió calma: «Habrá una mesa de diálogo».', '«Volveremos el lunes», advirtió la organización vecinal mediante sus redes sociales.'].join('\n\n')
    expect(speakerOf(text, 'Volveremos el lunes')).toBe('Unión de Barrios del Sur')
  })

  test('“said an Acme spokesperson when contacted by Reuters”, “explicó un portavoz cuando fue consultado”: a clause of time after the subject is no part of it', () => {
    expect(speakerOf('Inquiry\n\n“We are cooperating in the matter,” said an Acme spokesperson when contacted by Reuters.', 'We are cooperating')).toBe('an Acme spokesperson')
    expect(speakerOf('Consulta\n\n«Colaboramos con la justicia», explicó un portavoz de la empresa cuando fue consultado por este diario.', 'Colaboramos con')).toBe('un portavoz de la empresa')
  })

  test('“«…», dijo Ana Ruiz al Ayuntamiento”: “al” and a body after a person’s name is the one spoken to, never part of the name (“Veracruz al Frente”, a coalition, stays whole)', () => {
    expect(speakerOf('Protesta\n\n«No nos vamos a ir», dijo Ana Ruiz al Ayuntamiento.', 'No nos vamos')).toBe('Ana Ruiz')
    expect(speakerOf('Coalición\n\n«Vamos a ganar», aseguró Veracruz al Frente en un comunicado.', 'Vamos a ganar')).toBe('Veracruz al Frente')
  })

  test('“«…», advierten vecinos de Chamberí”, “said residents of Brixton”: a plural with no article and where they are from is a group, never the place', () => {
    expect(speakerOf('Protesta\n\n«No nos vamos a ir», advierten vecinos de Chamberí al Ayuntamiento.', 'No nos vamos')).toBe('vecinos de Chamberí')
    expect(speakerOf('Marcha\n\n«Justicia e igualdad», reclaman mujeres en Toluca al gobierno estatal.', 'Justicia e igualdad')).toBe('mujeres en Toluca')
    expect(speakerOf('Protest\n\n“We will not leave,” said residents of Brixton.', 'We will not leave')).toBe('residents of Brixton')
  })

  test('“said Jane Doe for the Senate campaign”: what she did it for is no part of her name (point 1); “the Campaign for Nuclear Disarmament” stays whole', () => {
    expect(speakerOf('Race\n\n“We will appeal,” said Jane Doe for the Senate campaign.', 'We will appeal')).toBe('Jane Doe')
    expect(speakerOf('March\n\n“We will march again,” said the Campaign for Nuclear Disarmament.', 'We will march')).toBe('Campaign for Nuclear Disarmament')
  })
})

test('“Asked a Pennsylvania Republican: “…?””: a verb that opens the sentence, someone unnamed and a colon: the one unnamed asks', () => {
  const text = 'Debate\n\n“Honestly, this should be one of the better duels,” an Iowa Republican said.\n\nAsked a Pennsylvania Republican: “Is it just me or are the VP candidates more appealing than their running mates?”'
  expect(speakerOf(text, 'Is it just me')).toBe('a Pennsylvania Republican')
  // (Not a participle's phrase before the subject: "Asked about the plan, Smith said: “…”".)
  expect(speakerOf('Plan\n\nAsked about the plan, Tom Hart said: “It is a good plan.”', 'It is a good')).toBe('Tom Hart')
})

test('“Replied Stephen, with some delicacy, “…””: a phrase of manner after the inverted subject leaves it the subject', () => {
  const text = 'Draft\n\nStephen Jones and his father Jerry Jones run the Cowboys.\n\n“I assume we’d take him,” Jerry Jones said.\n\nReplied Stephen, with some delicacy, “Well, I don’t think we would.”'
  expect(speakerOf(text, 'Well, I')).toBe('Stephen Jones')
})

test('“Roberts, joined by …, said the amendment’s language, the historical context and the 1898 case make clear …“…””: a list of things after the verb is what was said; the subject is before it', () => {
  const text = 'Ruling\n\nThe court ruled on Friday in a case brought by the ACLU.\n\nRoberts, joined by Justice Amy Coney Barrett and the three liberal justices, said the amendment’s language, the historical context and the 1898 case make clear that such children “are citizens at birth”.'
  expect(speakerOf(text, 'are citizens at birth')).toBe('Roberts')
})

test('“…, Gopac, instructed Republican candidates to learn to “…””: who follows “instructed” was told, as after “told”; the subject is before it', () => {
  const text = 'Gingrich\n\nNewt Gingrich believed that harsh language could win elections; in 1990, the political action committee he ran, Gopac, instructed Republican candidates to learn to “speak like Newt,” and offered a list of words.'
  expect(speakerOf(text, 'speak like Newt')).toBe('Gopac')
})

test('““…,” said another rebel at Ras Lanouf, Borawi Saleh, an 11-year veteran”, “«…», dijo otro vecino del barrio, Juan Pérez,”: the one described is named right after', () => {
  const en = 'Libya\n\nOfficials at a hospital said only five rebels were killed.\n\n"They just follow orders," said another rebel at Ras Lanouf, Borawi Saleh, an 11-year veteran of the army.'
  expect(speakerOf(en, 'They just follow')).toBe('Borawi Saleh')
  const es = 'Obras\n\nEl alcalde Luis Soto visitó la calle.\n\n«No nos han avisado», dijo otro vecino del barrio, Juan Pérez, que vive allí desde 1990.'
  expect(speakerOf(es, 'No nos han avisado')).toBe('Juan Pérez')
})

test('““…”, aseguró el jefe creativo de la empresa Terry Drummond en un comunicado”: a person’s full name right after a body’s kind is the one described', () => {
  const text = 'Consentimiento\n\nLos vídeos fueron realizados por la empresa de publicidad Juniper Park/TBWA, con sede en Toronto.\n\n"El objetivo de la campaña es que la gente vea el consentimiento de manera diferente", aseguró el jefe creativo de la empresa Terry Drummond en un comunicado.'
  expect(speakerOf(text, 'El objetivo de la campaña')).toBe('Terry Drummond')
  expect(speakerOf(text.replace('el jefe creativo de la empresa Terry Drummond', 'a spokesman for the firm Peter Drummond'), 'El objetivo de la campaña')).toBe('Peter Drummond')
})

test('“Says the bartender piously: “…””: an adverb of manner after the inverted subject is no part of it (never “the family”)', () => {
  const text = 'Cantina\n\nThere is a funny sequence in a bar on a remote planet. Says the bartender piously: "We don\'t serve their kind here."'
  expect(speakerOf(text, 'We don')).toBe('the bartender')
  expect(speakerOf(text.replace('the bartender piously', 'the family'), 'We don')).toBe('the family')
})

test('“said Laurence des Cars”: a French particle in lower case (“des”, “du”) is part of the name, never its end', () => {
  const text = 'Chardin\n\nThe Louvre hopes to buy the painting.\n\n“We are fully mobilized to bring it into the national collections,” said Laurence des Cars, the museum’s president.'
  expect(speakerOf(text, 'We are fully')).toBe('Laurence des Cars')
})

test('“said Reuters Editor-in-Chief Alessandra Galloni”: the office run on before a full name is her role, not her name (a body’s name stays whole)', () => {
  const [s] = suggestQuotes('Report\n\n“We condemn the attack in the strongest terms,” said Reuters Editor-in-Chief Alessandra Galloni.')
  expect([s!.speaker, s!.role]).toEqual(['Alessandra Galloni', 'Reuters Editor-in-Chief'])
  expect(speakerOf('Riots\n\n“We need a united and robust policing response,” said the National Police Chiefs’ Council.', 'We need a united')).toBe('National Police Chiefs’ Council')
  // (The candidates offered for a question name him so too.)
  const unsure = suggestQuotes('Draft\n\n“Stephen has some substance now,” said Ravens GM Ozzie Newsome. Coach John Harbaugh agreed.\n\n“It is a hard job.”').find((x) => x.text.startsWith('It is'))
  expect(unsure!.candidates).toContain('Ozzie Newsome')
})
