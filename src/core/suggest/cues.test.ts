import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { CUE, isCueWord } from './cues'

describe('an adverb between the subject and a verb the lexicon lacks', () => {
  test('““…,” he aptly summarizes” reports the quote, and “summarizes” is its cue, as in ““…,” he summarizes”', () => {
    const text = 'Young lawyer\n\nTumelo Mokoena grew up in Maseru and now runs a legal clinic there. “Every effort made to invest in education is an investment in the future,” he aptly summarizes, quoting Nelson Mandela.'
    const [found] = suggestQuotes(text)
    expect([found?.speaker, found?.cue]).toEqual(['Tumelo Mokoena', 'summarizes'])
  })
})

describe('English idioms of saying with a particle', () => {
  test('““…,” another student chimed in” and ““…,” she fired back” report the quote: “chimed in”, “fired back” are cues', () => {
    const text = 'Campus\n\n“It is the equivalent of being a hippie in 1970,” said Jared Moss, a junior.\n\n“Or being grunge in the nineties,” another student chimed in.\n\nThe dean, Maria Lopez, was asked about it. “We will not be lectured by anyone,” she fired back.'
    expect(speakerOf(text, 'Or being grunge')).toBe('another student')
    expect(suggestQuotes(text).find((q) => q.text.startsWith('We will not'))?.cue).toBe('fired back')
    // ("The guard fired", "she shot a video": the verb alone reports nothing.)
    expect(['fired', 'shot', 'chimed'].some(isCueWord)).toBe(false)
  })
})

describe('a verb of saying in its plain form, said of a plural subject', () => {
  test('“In their study, researchers explain …, saying “…”” and “the authors write” report what the researchers and the authors said', () => {
    const text = 'Street lights\n\nTeri Allery of North Dakota State University led the study.\n\nIn their study, researchers explain ways used to light the streets, saying “the ancient Romans used oil lamps in front of their homes.”\n\n“Early birds had a keen sense of smell,” the authors write.'
    expect(speakerOf(text, 'the ancient Romans')).toBe('researchers')
    expect(speakerOf(text, 'Early birds')).toBe('the authors')
  })

  test('after “to”, a modal or “not” the plain form reports nothing: “Epstein would later ask”, “the right to respond”', () => {
    const text = 'Interview\n\nMarina Lacerda met Jeffrey Epstein when she was 14. “He knew everything about me,” Lacerda said.\n\n"He would use me as a doll. He would say: \'This is what a good girl would do.\'" Epstein would later ask to meet her sister.'
    expect(speakerOf(text, 'He would use me')).toBe('Marina Lacerda')
    expect(['explain', 'write', 'respond'].every(isCueWord)).toBe(true)
  })

  test('nor after “than”: in “he said the service needed to treat the sick rather than respond only to …” he speaks, not a noun phrase before it', () => {
    const text = 'Health\n\nThe health minister, Ana Ruiz, spoke on the radio on Monday.\n\nBut she said the service needed to build a healthier population rather than respond only to illness. "We need a consistent approach across the country."'
    expect(speakerOf(text, 'We need a consistent')).toBe('Ana Ruiz')
  })
})

describe('an absolute phrase with its own subject', () => {
  test('“…, with the Brits committee announcing that “…”” is the committee’s, not the sentence’s subject nor the last man named', () => {
    const text = 'Dance\n\nNorman Cook has a new album out.\n\nLast month the Brit Awards dropped their dance prize, with the Brits committee announcing that "dance music is no longer where it is happening in music."'
    expect(speakerOf(text, 'dance music is')).toBe('the Brits committee')
  })
})

describe('a participle after a quote', () => {
  test('“Osborne outlined a “new settlement” in a speech in June, saying he would …” is Osborne’s: the “he” after the participle is its clause’s', () => {
    const text = 'Banks\n\n“There is a real risk this decline could accelerate,” said Anthony Browne, chief executive of the BBA.\n\nChancellor of the Exchequer George Osborne, 44, outlined a “new settlement” for the City of London in a speech in June, saying he would curtail fines.'
    expect(speakerOf(text, 'new settlement')).toBe('George Osborne')
  })

  test('every cue in -ed has its -ing form after a comma (“outlined a “…” …, pledging to …”), never after a preposition nor as a name (“Yelling told”)', () => {
    const text = 'Banks\n\nChancellor George Osborne outlined a “new settlement” for the City in a speech in June, pledging to amend regulations.\n\nLiz Yelling ran with her. "She just thought, well, they cannot think any worse of me now," Yelling told BBC Sport.'
    expect(speakerOf(text, 'new settlement')).toBe('George Osborne')
    expect(speakerOf(text, 'She just thought')).toBe('Liz Yelling')
  })

  test('“…,” he reflects, emphasizing …: the verb the lexicon lacks, by its place, comes before the participle and is the quote’s', () => {
    const text = 'Young lawyer\n\nMokitimi Tsosane was raised by his grandmother in Maseru.\n\n“My grandmother was the shield against poverty,” he reflects, emphasizing the critical role she played in his upbringing.'
    expect(speakerOf(text, 'My grandmother')).toBe('Mokitimi Tsosane')
  })
})

describe('phrases that name a source before the quote, as “según” does', () => {
  test('«A decir de los sindicatos, «…»» and “In the view of economist Jane Smith, … “…””: the source named, never the person before', () => {
    const text = 'Economía\n\nLa vicepresidenta Yolanda Díaz valoró el dato.\n\nA decir de los sindicatos, «los salarios siguen por detrás».\n\nIn the view of economist Jane Smith, the rise is "temporary."'
    expect(speakerOf(text, 'los salarios')).toBe('los sindicatos')
    expect(suggestQuotes(text).find((q) => q.text.startsWith('temporary'))?.cue).toBe('In the view of')
  })
})

describe('idioms of saying', () => {
  test('“Fuentes socialistas se limitaron a señalar que “…””, “se limitó a decir que …”: the idiom is the cue, and its subject speaks', () => {
    const text = 'Proyecto\n\nLa vicepresidenta Yolanda Díaz presentó ayer su proyecto.\n\nEl PSOE guardó silencio. Fuentes socialistas se limitaron a señalar que "hay que respetar los tiempos".\n\nEl portavoz del PP se limitó a decir que el proyecto es "un brindis al sol".'
    expect(speakerOf(text, 'hay que respetar')).toBe('Fuentes socialistas')
    expect(speakerOf(text, 'un brindis al sol')).toBe('El portavoz del PP')
  })

  test('“he went on to say”: a cue, though “to say” alone is none', () => {
    expect('he went on to say'.match(CUE)?.[0]).toBe('went on to say')
  })

  test('“El ministro José Manuel Albares reafirmó que la solución … es “la única alternativa””, “ha juzgado “oportuno y necesario””: “reafirmar” and “juzgar” are verbs of saying', () => {
    const text = 'Gaza\n\nEl ministro de Exteriores, José Manuel Albares, habló en Madrid.\n\nEl ministro Albares reafirmó este domingo que la solución de los dos estados es “la única alternativa” para el conflicto.'
    expect(speakerOf(text, 'la única alternativa')).toBe('José Manuel Albares')
  })

  test('“The Royal College of GPs (RCGP) highlighted “horrific and unacceptable” abuse”: “highlighted” gives its subject the short quote after it', () => {
    const text = 'Riots\n\nA spokesman for Merseyside Police said officers had been attacked.\n\nThe Royal College of GPs (RCGP) highlighted “horrific and unacceptable” abuse and violence towards healthcare workers.'
    expect(speakerOf(text, 'horrific and unacceptable')).toBe('Royal College of GPs')
  })

  test('“Anthony Rodriguez … heard an officer yell: “Come down! Come down!””: a plain verb of shouting after its subject is a cue; the officer yells', () => {
    const text = 'Arrest\n\nIt was 3:05 a.m. Anthony Rodriguez, who lives across the street from the restaurant, heard an officer yell: “Come down! Come down!”'
    expect(speakerOf(text, 'Come down!')).toBe('an officer')
  })

  test('“the lawsuit went on to claim that … “…””: any verb of saying after “went on to” makes one cue with it, and the lawsuit speaks', () => {
    const text = 'Alley\n\nKirstie Alley was sued by Marina Abramyan in 2011.\n\nMoreover, the lawsuit went on to claim that Alley’s weight loss was “due to nothing more than the show.”'
    expect(speakerOf(text, 'due to nothing')).toBe('the lawsuit')
  })
})

describe('more Spanish idioms of saying', () => {
  test('“se mostró convencida de que”, “quiso dejar claro que”, “no dudó en calificar … de”: each idiom is the cue, its subject the speaker', () => {
    const text = [
      'Obras',
      'El alcalde de Madrid, José Luis Martínez-Almeida, visitó ayer las obras.',
      'La portavoz de Más Madrid, Rita Maestre, se mostró convencida de que las obras "no estarán a tiempo".',
      'Almeida quiso dejar claro que "no habrá sobrecostes".',
      'Almeida no dudó en calificar el proyecto de "histórico y único".'
    ].join('\n\n')
    expect(speakerOf(text, 'no estarán a tiempo')).toBe('Rita Maestre')
    expect(speakerOf(text, 'no habrá sobrecostes')).toBe('José Luis Martínez-Almeida')
    expect(speakerOf(text, 'histórico y único')).toBe('José Luis Martínez-Almeida')
  })
})

describe('a source given by what it reported', () => {
  test('“De acuerdo con lo informado por la dependencia, …”, “Según lo dicho por el subsecretario …”: the one after “por”, a body’s generic word standing for the body named', () => {
    const text = 'Dengue\n\nLa Secretaría de Salud reportó ayer 2,000 nuevos casos de dengue.\n\nDe acuerdo con lo informado por la dependencia, la mayoría de los casos "se concentran en el sureste".\n\nSegún lo dicho por el subsecretario Hugo López-Gatell, la vacuna "todavía no está disponible".'
    expect(speakerOf(text, 'se concentran')).toBe('Secretaría de Salud')
    expect(speakerOf(text, 'todavía no está')).toBe('Hugo López-Gatell')
  })
})

describe('a Spanish verb that is also an adjective', () => {
  test('“"…", precisa el infectólogo Jorge Cortés”: a cue right after the quote and its comma; “la cifra precisa” is none', () => {
    const text = [
      'Bulos',
      'El médico Jaime Castellanos explicó que los virus no se tratan con antibióticos.',
      '"Los antibióticos no sirven contra un virus", precisa el infectólogo Jorge Cortés.'
    ].join('\n\n')
    expect(speakerOf(text, 'Los antibióticos no sirven')).toBe('Jorge Cortés')
    expect(isCueWord('precisa')).toBe(true)
    CUE.lastIndex = 0
    expect(CUE.exec('No dieron la cifra precisa de heridos')).toBeNull()
  })
})

test('“mientras el PSOE celebra que la autora «…»”, “Más Madrid aplaude que …”: the present of verbs of welcome and blame is a cue too; “la condena «…»” is none', () => {
  const text = [
    'Hija predilecta',
    'Ortega critica que Almeida «se haya sometido» a la iniciativa mientras el PSOE celebra que la autora «por fin reciba el abrazo» de su ciudad.',
    'El portavoz de Vox, Javier Ortega Smith, votó en contra. Más Madrid aplaude que el pleno haya dado «un paso de gigante».'
  ].join('\n\n')
  expect(speakerOf(text, 'por fin reciba')).toBe('PSOE')
  expect(speakerOf(text, 'un paso de gigante')).toBe('Más Madrid')
  // ("leyó la condena «…»": after an article, "condena" is the sentence a court passed, no cue.)
  const ruling = 'Juicio\n\nLa jueza María López leyó en voz alta la condena «por un delito de estafa continuada».'
  expect(suggestQuotes(ruling).find((q) => q.text.startsWith('por un delito'))?.cue).not.toBe('condena')
})

describe('every form of a verb of saying, not only the ones met before', () => {
  test('the imperfect of a verb “al” may open (“aseguraba”, “advertían”) is a cue, from the infinitive', () => {
    const text = 'Obras\n\nLa alcaldesa Marta Gil visitó el barrio en enero. «No habrá más retrasos», aseguraba entonces Gil.\n\nLos vecinos de la zona advertían: «Nadie nos ha consultado».'
    expect(suggestQuotes(text).find((q) => q.text.startsWith('No habrá'))?.cue).toBe('aseguraba')
    expect(isCueWord('advertían')).toBe(true)
    expect(isCueWord('criticaban')).toBe(true)
  })

  test('the imperfect of any past cue (“concluía”, “destacaba”) is a cue; “contaba” and “continuaba” only right after a quote (“se contaba con”)', () => {
    const text = 'Antenas\n\nLa OMS publicó un trabajo sobre las antenas. Dicho documento concluía que «no hay ninguna prueba de riesgo».\n\n«Mandela siempre me escribía», contaba Brand.'
    expect(speakerOf(text, 'no hay ninguna prueba')).toBe('Dicho documento')
    expect(speakerOf(text, 'Mandela siempre')).toBe('Brand')
    for (const w of ['destacaba', 'concluían', 'anunciaba', 'respondía']) expect(isCueWord(w)).toBe(true)
    const counted = 'Redes\n\nLa ministra Ana Ruiz habló el lunes.\n\nLa compañía estatal ya contaba con «una red propia» en la zona.'
    expect(suggestQuotes(counted).find((q) => q.text === 'una red propia')?.cue ?? null).toBe(null)
  })

  test('the present of past cues (“desmiente”, “ruega”) and the “-s” form of English ones (“accuses”, “scoffs”) are cues', () => {
    for (const w of ['desmiente', 'desmienten', 'ruega', 'susurra', 'accuses', 'scoffs', 'denounces', 'pondered']) expect(isCueWord(w)).toBe(true)
    const text = 'Budget\n\nThe mayor, Ann Cole, presented the plan on Monday.\n\n“This is a fantasy,” scoffs council member Tom Hart.'
    expect(speakerOf(text, 'This is a fantasy')).toBe('Tom Hart')
  })
})

test('“publicaron una declaración para «…»”, “ha emitido un comunicado en el que «…»”: issuing a statement is an idiom of saying; its subject speaks', () => {
  const text = 'Restricciones\n\nEl alcalde Pedro Gómez anunció nuevas restricciones en los barrios afectados.\n\nPor su parte, los rabinos de la ciudad publicaron el jueves una declaración para «apoyar las medidas basadas en datos».'
  expect(speakerOf(text, 'apoyar las medidas')).toBe('los rabinos de la ciudad')
})

test('“Dr. Ann Cole pondered who, without him, might “…””: “pondered” reports words as “wondered” does', () => {
  const text = 'Vigil\n\nThose mourning Tom Hart gathered at the centre on Sunday night.\n\nDr. Ann Cole pondered who, without Tom Hart, might “speak for us in this season of hate.”'
  expect(speakerOf(text, 'speak for us')).toBe('Ann Cole')
})

test('“Puigdemont llegó a preguntar “¿me dejaréis hablar?””, “volvió a afirmar”: “llegar a”, “volver a” before any verb of saying report a quote, as “llegó a decir” did', () => {
  const text = 'Badalona\n\nEl presidente Carles Puigdemont visitó el barrio este viernes.\n\nPuigdemont llegó a preguntar "¿me dejaréis hablar?" antes de iniciar su intervención. Luego volvió a afirmar que "Cataluña siempre sobrevive".'
  expect(speakerOf(text, '¿me dejaréis hablar?')).toBe('Carles Puigdemont')
  expect(speakerOf(text, 'Cataluña siempre')).toBe('Carles Puigdemont')
  expect(isCueWord('volvió a preguntar')).toBe(true)
})

test('“gritos de “fuera, fuera” de buena parte del público”, “cries of “shame” from Labour MPs”: a noun for crying leads in a chant, and who it came from cried it', () => {
  const es = 'Badalona\n\nEl presidente Carles Puigdemont visitó el barrio este viernes.\n\nSu discurso fue interrumpido ante los abucheos y gritos de "fuera, fuera" de buena parte del público que incluso llegó a silbar.'
  expect(speakerOf(es, 'fuera, fuera')).toBe('buena parte del público')
  const en = 'Projects\n\nThe minister, Danny Alexander, cancelled the loan that Labour MPs had backed.\n\nThe announcement was met by cries of "shame" from Labour MPs.'
  expect(speakerOf(en, 'shame')).toBe('Labour MPs')
})

test('“…, Mayer said, and “patched” the software as the company continued to sign up subscribers”: “continued to” and another verb says nothing', () => {
  const text = 'Disney\n\n“We had some customer service issues,” Kevin Mayer said Tuesday.\n\nDisney’s tech teams isolated the problem, Mayer said, and “patched” the software as the company continued to sign up additional subscribers throughout the week.'
  expect(speakerOf(text, 'patched')).toBe('Kevin Mayer')
})

test('““…,” as the New York Times put it on Tuesday”: “put it” before a day or the stop attributes the quote to the paper', () => {
  const text = 'Banks\n\nJamie Dimon complained again. The law "has achieved remarkable success," as the New York Times put it on Tuesday.'
  expect(speakerOf(text, 'has achieved')).toBe('New York Times')
  expect(speakerOf('Banks\n\nJamie Dimon complained again. The law "has achieved remarkable success," as the Times put it.', 'has achieved')).toBe('Times')
})

test('“Gates spoke of “anxiety””: “spoke of”, “talked about” give the quote after them to their subject, never a quote before them', () => {
  expect(speakerOf('Marines\n\nJeff Eagan said he was worried.\n\nRobert Gates spoke of "anxiety" among the troops.', 'anxiety')).toBe('Robert Gates')
  const before = 'Verdict\n\n"I believe he can affect other lives," lawyer Pat Harris told the jury. "Look at what people have testified to."The witnesses talked about his good qualities.'
  expect(speakerOf(before, 'Look at what')).toBe('Pat Harris')
})

test('“… while pro-smokers have attacked “an attempt to demonise smokers””: “attacked” takes the quote as what was said, and its subject speaks', () => {
  const text = 'Ban\n\nWelsh Secretary Peter Hain has signalled that similar measures will be adopted.\n\nBut some opponents of smoking are disappointed, while pro-smokers have attacked "an attempt to demonise smokers".'
  expect(speakerOf(text, 'an attempt to demonise')).toBe('pro-smokers')
})

test('“ahora que la Organización Mundial de la Salud (OMS) aconseja que … «…»”: “aconseja”, “aconsejó” are speech verbs, as “recomienda” is', () => {
  const text = 'Mascarillas\n\nLa discusión giró en torno a las mascarillas.\n\nSin embargo, ahora que la Organización Mundial de la Salud (OMS) aconseja que los gobiernos alienten su uso donde haya "una transmisión generalizada", el debate sigue.'
  expect(speakerOf(text, 'una transmisión generalizada')).toBe('Organización Mundial de la Salud')
})

test('“the mass detention … originated in directives from Xi to “…””: an order or a call from someone, then “to” and the quote, is theirs', () => {
  const text = 'Hong Kong\n\nThe repression grew under Peter Hain, most of all in the north. The army cleared barricades: a "voluntary clean-up activity" which acted as a reminder that the military could yet be called in.\n\nThe mass detention originated in directives from Hain to "show absolutely no mercy" in the "struggle against terrorism".'
  expect(speakerOf(text, 'show absolutely no mercy')).toBe('Peter Hain')
  expect(speakerOf(text.replace('directives from', 'calls by'), 'show absolutely no mercy')).toBe('Peter Hain')
})
