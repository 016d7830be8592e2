import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { canBeSpeaker } from './speakerKind'

describe('“it” speaks for a body or a writing, never for a person', () => {
  test('“The county council says in a letter that … ¶ It said … “…”” after a man was quoted: the council, not the man', () => {
    const text = [
      'Bridge closure',
      '“This is a disgrace for the whole town,” Tom Hart said. “We will fight it.”',
      'The county council says in a letter to residents that the bridge has been unsafe since the floods in March.',
      'It said repairs would begin “as soon as the money is found.”'
    ].join('\n\n')
    expect(speakerOf(text, 'as soon as the money')).toBe('The county council')
  })
})

test('something of someone’s speaks only when it is a person, a body, a group or a writing of theirs: “su equipo de campaña”, “his lawyers”, never “su nombre”', () => {
  for (const yes of ['su equipo de campaña', 'his lawyers', 'her mother', 'su director ejecutivo', 'their statement']) expect(canBeSpeaker(yes, 'role', '')).toBe(true)
  for (const no of ['su nombre', 'su posterior romance', 'their last known voting intention']) expect(canBeSpeaker(no, 'role', '')).toBe(false)
})

test('“el Parlamento Europeo”, “el Ayuntamiento” are bodies: “La comunidad española de Wikipedia afirma que “…”” is the community’s, never the parliament named before', () => {
  const text = 'Wikipedia cierra\n\nLa propuesta ha desatado polémicas que trascienden el Parlamento Europeo. La comunidad española de Wikipedia afirma en su comunicado que esta propuesta "dañaría significativamente la Internet abierta".'
  expect(speakerOf(text, 'dañaría significativamente')).toBe('La comunidad española de Wikipedia')
})

test('“in line with the Obama administration, which has spoken about “…””, “The agency, which said “…””: “which” stands for the body right before it', () => {
  const intro = 'Energy\n\nJeff Eagan said he was worried.\n\n'
  expect(speakerOf(`${intro}Their work has been in line with the Obama administration, which has spoken about "the urgent imperatives of climate change."`, 'the urgent')).toBe('Obama administration')
  expect(speakerOf(`${intro}The agency, which said "the risk is low," met on Monday.`, 'the risk')).toBe('The agency')
})

test('“…, the National Police Chiefs’ Council (NPCC) said. ¶ It also promised “…””: an acronym in brackets before the verb is no part of its subject', () => {
  const text = 'Police\n\nPolice have made 378 arrests so far, the National Police Chiefs’ Council (NPCC) said.\n\nIt also promised a “united and robust policing response” to the disorder.'
  expect(speakerOf(text, 'united and robust')).toBe('National Police Chiefs’ Council')
})

test('“Officials with the city’s housing authority said …“…””: a plural of people and what they are of is a group, never the last person named', () => {
  const intro = 'Fire\n\nFire Chief Ray Lopez said crews arrived within minutes.\n\n'
  expect(speakerOf(`${intro}Officials with the housing authority said residents would be "moved to hotels."`, 'moved to hotels')).toBe('Officials with the housing authority')
  expect(speakerOf(`${intro}Teachers at the school said the building was "not safe."`, 'not safe')).toBe('Teachers at the school')
})

test('“Miembros de la asociación de vecinos pidieron «…»”: in Spanish too, the plural and what they are of, never “Miembros” alone', () => {
  expect(speakerOf('Inundaciones\n\nEl alcalde Luis Soto visitó la zona.\n\nMiembros de la asociación de vecinos pidieron «más ayudas».', 'más ayudas')).toBe('Miembros de la asociación de vecinos')
})

test('“Los vecinos de la calle Mayor aseguraron …«…»”: the neighbours of that street speak, never the street’s name (“Mayor”)', () => {
  expect(speakerOf('Inundaciones\n\nLos vecinos de la calle Mayor aseguraron que el agua «llegó hasta el primer piso».', 'llegó hasta')).toBe('Los vecinos de la calle Mayor')
})

test('“Supporters of the governor chanted “…””: a plural with the ending of one who does something (“-ers”, “-ists”, “-ents”) is people too', () => {
  const text = 'Elections\n\n"I voted for change," said Maria Gonzalez, a nurse from Atlanta.\n\nSupporters of the governor chanted "four more years" outside the hall.'
  expect(speakerOf(text, 'four more years')).toBe('Supporters of the governor')
})

test('“Florida Power & Light said … “…,” the company said”, “la vacuna Johnson & Johnson … —la compañía dice que …«…»”: “&” names a company', () => {
  const en = 'Hurricane\n\nThe National Hurricane Center warned of "life-threatening storm surge."\n\nFlorida Power & Light said more than 2 million customers had lost power. "Crews will work around the clock," the company said.'
  expect(speakerOf(en, 'Crews will work')).toBe('Florida Power & Light')
  const es = 'Vacuna\n\n«Estas son tres vacunas eficaces», le dijo Anthony Fauci a CNN.\n\nEl suministro de la vacuna Johnson & Johnson es limitado —la compañía dice que solo tiene 4 millones de dosis listas para enviarse «inmediatamente»— pero tendrá más.'
  expect(speakerOf(es, 'inmediatamente')).toBe('Johnson & Johnson')
})

test('“El Programa Conjunto de Naciones Unidas … califica …” then “«…», afirma el programa”: a programme is a body, and “el programa” is the one named', () => {
  const text = 'VIH\n\nEl Programa Conjunto de Naciones Unidas (ONUSIDA) califica las medidas de "innecesarias".\n\nEl Código Penal prevé una pena de hasta un año de prisión.\n\n"La persona tiende a huir de los servicios de salud", afirma el programa.'
  expect(speakerOf(text, 'La persona tiende')).toBe('Programa Conjunto de Naciones Unidas')
})

test('“the People’s Daily, the mouthpiece of the Communist party, warned …“…””: a possessive right after “the” is part of the name, never “People”', () => {
  const text = 'Hong Kong\n\nHong Kong is burning. Taiwan’s president Tsai Ing-wen spoke on Sunday. On Monday, the People’s Daily, the mouthpiece of the Communist party, warned that there is “absolutely no room for compromise”.'
  expect(speakerOf(text, 'absolutely no room')).toBe('People’s Daily')
  expect(speakerOf('Talks\n\nThe talks ended on Monday. "It was useful," said the Kremlin’s Dmitry Peskov.', 'It was useful')).toBe('Dmitry Peskov')
})

test('“the International Air Transport Association (IATA), which has attacked the package as a “…””: “which” stands for the body, past its acronym', () => {
  const text = 'Flights\n\nThe European Commission is facing two challenges, one from the European Low-fare Airlines Association and the other from the International Air Transport Association (IATA), which has attacked the package as a "bad piece of legislation".'
  expect(speakerOf(text, 'bad piece of legislation')).toBe('International Air Transport Association')
})

test('“Labour is to be investigated by a watchdog over claims its campaign broke the rules on “…””: a phrase that ends in a preposition, or a span of time (“surfaced after several seconds, yelled “…””), is no speaker', () => {
  for (const no of ['a watchdog over', 'the head of', 'el director de', 'several seconds', 'dos horas']) expect(canBeSpeaker(no, 'role', '')).toBe(false)
  for (const yes of ['a watchdog', 'the head of news', 'el director de la escuela']) expect(canBeSpeaker(yes, 'role', '')).toBe(true)
})

test('“Un reporte de 2019, la Junta … (JIFE) - un organismo independiente asociado a Naciones Unidas - indica que …“…””: hyphens spaced as dashes set off an aside', () => {
  const text = 'Narcotráfico\n\nLa experta Lucía Dammert estudia el tema.\n\nUn reporte de 2019, la Junta Internacional de Fiscalización de Estupefacientes (JIFE) - un organismo independiente asociado a Naciones Unidas - indica que Chile es "uno de los principales países de salida".'
  expect(speakerOf(text, 'uno de los principales')).toBe('Junta Internacional de Fiscalización de Estupefacientes')
})

test('“students at Coventry University halls were the latest to spark fury with what the institution called an “…” party”: “the institution” is the university named before', () => {
  const text = 'Halls\n\nA spokesperson for Sheffield University said events were planned.\n\nOn 30 September, students at Coventry University halls were the latest to spark fury with what the institution called an “outrageous” illegal party.'
  expect(speakerOf(text, 'outrageous')).toBe('Coventry University')
})

test('“(44 percent of Americans say …)”: a share cut from its number, “percent of Americans”, is no speaker', () => {
  for (const no of ['percent of Americans', 'per cent of voters', 'por ciento de los encuestados']) expect(canBeSpeaker(no, 'role', '')).toBe(false)
  const text = 'Impeachment\n\nA Reuters poll has lower numbers for removal (44 percent of Americans say they want the House to impeach), but shows most want Congress to investigate if he "committed impeachable offenses during his conversation."'
  expect(speakerOf(text, 'committed impeachable')).not.toBe('percent of Americans')
})

test('“a retired teacher in Wellesley, Mass., who … said he may contribute. “…””: a US state’s abbreviation after a town is a place, no speaker', () => {
  const text = 'Donors\n\n“I don’t think she needs the money right now,” said Jeff Choney, a retired high-school teacher in Wellesley, Mass., who gave $5,000 to Mr. Obama in 2012 and said he may contribute later. “I like Bernie Sanders—he speaks the truth on a lot of things.”'
  expect(speakerOf(text, 'I like Bernie')).toBe('Jeff Choney')
  expect(canBeSpeaker('Mass', 'name', text)).toBe(false)
})

test('“Estos mensajes aseguran que … “…””: writings in the plural speak for themselves, as one does, not the doctor the article then quotes', () => {
  const text = [
    'Bulos en WhatsApp',
    'Circulan cadenas falsas. Estos mensajes aseguran que en Italia se encontró “la cura para el coronavirus” porque médicos de ese país practicaron la autopsia.',
    '“Es falso”, dijo el médico Jorge Cortés.',
    'En cuanto a la tesis, contenida también en estos mensajes difundidos en redes, de que la Covid-19 es una trombosis, lo cierto es que no.'
  ].join('\n\n')
  expect(speakerOf(text, 'la cura para el')).toBe('Estos mensajes')
})

test('“En el mismo documento se advierte que … “…””: an impersonal verb of saying in a writing the clause opens in is the writing’s, not the person in what it says', () => {
  const text = [
    'Herencia',
    'En la escritura consta que Erandi López era la propietaria del predio.',
    'En el mismo documento se advierte que Pedro López “renuncia parcialmente a los derechos de uso”.',
    'En un informe publicado en 2020, se apuntaba que “no hay riesgo alguno”.'
  ].join('\n\n')
  expect(speakerOf(text, 'renuncia parcialmente')).toBe('el mismo documento')
  expect(speakerOf(text, 'no hay riesgo')).toBe('un informe')
})
