import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { parseNamePhrase } from './namePhrase'
import { canBeSpeaker, shortRole } from './speakerKind'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { pairs } from '../../../tests/support/suggestedSpeakers'


describe('a speaker is a person, a group, a body, a role or a document, never anything else', () => {
  test('a day is when, not who: “El viernes, el viceconsejero … pidió que …”', () => {
    const text = 'El viernes, la viceconsejera de Salud Laura Pinto informó de que no habría más medidas y pidió a los vecinos que se comportasen “de manera responsable y tranquila”.'
    expect(pairs(text).map(([, speaker]) => speaker)).not.toContain('El viernes')
    expect(canBeSpeaker('el lunes', 'role', '')).toBe(false)
    expect(canBeSpeaker('Last Monday', 'name', '')).toBe(false)
  })

  test('a Spanish preposition opens no subject: “A eso se añaden …”', () => {
    const text = 'A eso se añaden algunas frases del alcalde, muy criticadas, como la de que el casco “no es necesario para nada”.'
    expect(pairs(text).map(([, speaker]) => speaker)).not.toContain('A eso')
    expect(canBeSpeaker('Con la', 'name', '')).toBe(false)
  })

  test('a gerund or an adverb that opens a sentence is no speaker: “Breathing in dust …”, “Nearly a year later …”', () => {
    const text = 'Breathing in dust from old mills can lead to what’s called “miller’s lung,” not to be confused with a tan.\n\nNearly a year later, the posts shifted to titles like “Shut the mill!” with a link.'
    expect(pairs(text).map(([, speaker]) => speaker)).not.toContain('Breathing')
    expect(pairs(text).map(([, speaker]) => speaker)).not.toContain('Nearly')
    // …while a plural noun that only opens sentences is a described speaker, as the article writes it.
    expect(canBeSpeaker('Researchers', 'name', 'Researchers found more. Researchers said so.')).toBe(true)
  })

  test('a country, a state or a city is no speaker, whatever precedes it: “…, the largest employer in Springfield, Illinois, wrote …”', () => {
    const text = 'In an op-ed, a nurse at Mercy Hospital, the largest employer in Springfield, Illinois, wrote that the ward was “short of everything we need.”'
    expect(pairs(text).map(([, speaker]) => speaker)).not.toContain('Illinois')
    expect(canBeSpeaker('Hong Kong', 'name', 'Hong Kong was quiet.')).toBe(false)
    expect(canBeSpeaker('México', 'name', 'México celebra.')).toBe(false)
    // …while a name the lexicons also give a person stays one, and so does a person named after a place.
    expect(canBeSpeaker('Houston', 'name', 'Houston said so.')).toBe(true)
    expect(canBeSpeaker('Pedro Guerrero', 'name', 'Pedro Guerrero said so.')).toBe(true)
  })

  test('a person first named after “from” is no place once their surname speaks alone: “a reply from Julia Smith … Smith added”', () => {
    const text = 'We got a reply from Julia Smith on Monday.\n\nSmith added: “We kept it because it was good.”'
    expect(pairs(text).map(([, speaker]) => speaker)).toEqual(['Julia Smith'])
    // …while a town only ever written after “from” stays a place.
    expect(canBeSpeaker('Bédar', 'name', 'Vecinos llegados desde Bédar. Otros vienen de lejos.')).toBe(false)
  })

  test('a word that opens a sentence after a dateline’s dash is no name: “Guadalajara.— Serios, porque …”', () => {
    const text = 'Guadalajara.— Serios, porque el tema lo amerita, los futbolistas volvieron a protestar: "ojalá no se les junte".'
    expect(canBeSpeaker('Serios', 'name', text)).toBe(false)
    expect(pairs(text).map(([, speaker]) => speaker)).not.toContain('Serios')
  })

  test('a newsletter’s capitals heading of two words is no speaker, an acronym pair is: “CHINA CHIPS — …”, “NASA JPL”', () => {
    const text = 'CHINA CHIPS — The new restrictions on chips worry China, Bloomberg reports.\n\nNASA JPL said the probe was fine.'
    expect(canBeSpeaker('CHINA CHIPS', 'name', text)).toBe(false)
    expect(canBeSpeaker('NASA JPL', 'name', text)).toBe(true)
  })

  test('a compound adjective names no one: “Lone Star State-sized”, “Dallas-based”', () => {
    expect(canBeSpeaker('Lone Star State-sized', 'name', '')).toBe(false)
    expect(canBeSpeaker('Dallas-based', 'name', '')).toBe(false)
    expect(canBeSpeaker('Jerry Jones', 'name', '')).toBe(true)
  })

  test('after “ambassador to”, a country the article names on its own is the title’s, not the speaker’s name', () => {
    const text = 'Peru’s ambassador to Chile spoke on Monday.\n\nPeru’s ambassador to Chile Ana Quispe Mamani has said that Peru has the “patience and resolve” to settle the dispute.\n\nQuispe said the talks would go on.'
    expect(pairs(text)).toEqual([['patience and resolve', 'Ana Quispe Mamani']])
  })

  test('the title of a book is no one a pronoun points back at: “her book entitled Some Quiet Place … she said”', () => {
    const text = 'Lerato Dube signed copies on Saturday.\n\nMs Dube’s book entitled Some Quiet Place is out in June.\n\n“I write what I want to read,” she said.'
    expect(pairs(text)).toEqual([['I write what I want to read,', 'Lerato Dube']])
  })

  test('a description ends before a relative clause or a day: “un documento en el cual …”, “el portavoz el viernes”', () => {
    const text = 'Los vecinos entregaron al juez un documento en el cual se afirma que “la obra nunca tuvo permiso”.'
    expect(pairs(text)).toEqual([['la obra nunca tuvo permiso', 'un documento']])
    const day = 'Elena Vidal habló por la mañana. “No habrá más cortes”, dijo el portavoz el viernes.'
    expect(pairs(day).map(([, speaker]) => speaker)).not.toContain('el portavoz el viernes')
    // "Strava is throwing its weight behind what it calls …": words around "what" are a clause, never a description.
    expect(canBeSpeaker('its weight behind what it', 'role', '')).toBe(false)
  })

  test('a Spanish name with two surnames after a body’s: “el consejero de Sanidad Enrique Ruiz Escudero”, later “Ruiz Escudero”', () => {
    const text = 'El consejero de Sanidad Enrique Ruiz Escudero habló el lunes.\n\n“No cerraremos los bares”, afirmó el consejero de Sanidad Enrique Ruiz Escudero.\n\nRuiz Escudero pidió calma.'
    expect(pairs(text)).toEqual([['No cerraremos los bares', 'Enrique Ruiz Escudero']])
  })

  test('Spanish “al” before an acronym joins two names (“de Cs al PP”), while an Arabic “al” stays inside one', () => {
    expect(parseNamePhrase('Cs al PP')?.name).toBe('Cs')
    expect(parseNamePhrase('Abu Bakr al Baghdadi')?.name).toBe('Abu Bakr al Baghdadi')
  })

  test('a town the article only writes after “from” is where someone is from, never who spoke', () => {
    expect(canBeSpeaker('Pietermaritzburg', 'name', 'Author Lee Mokoena, from Pietermaritzburg, wrote it. She moved from Pietermaritzburg.')).toBe(false)
  })

  test('a word that opens a sentence is no speaker when the article writes it in lower case too', () => {
    const text = 'Maritza joined the protests, sin miedo.\n\nSin embargo, “la llama sigue viva,” dijo.'
    expect(pairs(text).every(([, speaker]) => speaker !== 'Sin')).toBe(true)
    expect(canBeSpeaker('Though', 'name', 'Though it rained, he said so. We went even though.')).toBe(false)
  })

  test('a phrase that opens with a preposition (“de Madrid”, “a ningún otro país”) is no speaker', () => {
    expect(canBeSpeaker('de Madrid', 'role', 'En la reunión de Madrid.')).toBe(false)
    expect(canBeSpeaker('a ningún otro país', 'role', 'No da lecciones a ningún otro país.')).toBe(false)
    expect(canBeSpeaker('a spokesman for the council', 'role', 'said a spokesman for the council')).toBe(true)
  })

  test('three words or more in capitals are a heading, and a word that only opens sentences before a comma is an adverb', () => {
    expect(canBeSpeaker('KARINA MAMÁ PODEROSA', 'name', 'KARINA MAMÁ PODEROSA\n\nKarina dijo algo.')).toBe(false)
    expect(canBeSpeaker('Asimismo', 'name', 'Asimismo, la escuela cerró. Asimismo, hubo reuniones.')).toBe(false)
    expect(canBeSpeaker('Others', 'name', 'Others said the plan would fail.')).toBe(true)
  })

  test('a phrase with a verb or a clause inside (“a sample came in”, “the software as the company”) is no speaker', () => {
    expect(canBeSpeaker('a sample came in', 'role', 'At the last minute, a sample came in.')).toBe(false)
    expect(canBeSpeaker('the software as the company', 'role', 'It patched the software as the company said.')).toBe(false)
    expect(canBeSpeaker('the time when a Spotify executive', 'role', 'Recall the time when a Spotify executive spoke.')).toBe(false)
    expect(canBeSpeaker('los informes de víctimas dan', 'role', 'Los informes de víctimas dan cuenta de ello.')).toBe(false)
    expect(canBeSpeaker('Una vez conocida la jugada del oficialismo', 'role', 'Una vez conocida la jugada del oficialismo, hablaron.')).toBe(false)
    expect(canBeSpeaker('a spokesman for the council', 'role', 'said a spokesman for the council')).toBe(true)
  })

  test('a participle and its object after the noun are no part of the speaker: “a Sussex spokesperson confirming the eviction”', () => {
    const text = 'Headline\n\nThe club was sold in May.\n\nLast year, a statement by a club spokesperson confirming the sale read: “We can confirm the move.”'
    expect(pairs(text)).toContainEqual(['We can confirm the move.', 'a club spokesperson'])
  })

  test('an adverb that opens a sentence is no part of a name: “Even de Miranda’s own example …” leaves Luis de Miranda the speaker', () => {
    const text = 'Title\n\nThe philosopher Luis de Miranda weaves a history of neon lighting. Even de Miranda’s own example of a neon sign is typed out.\n\nDe Miranda evokes neon in his introduction: “When we hear the word neon, an image pops into our heads.”'
    expect(pairs(text)).toContainEqual(['When we hear the word neon, an image pops into our heads.', 'Luis de Miranda'])
    expect(parseNamePhrase('Even Smith')?.name).toBe('Smith')
    expect(canBeSpeaker('Making', 'name', 'It had long been evident. Making matters worse, the team spoke.')).toBe(false)
    expect(canBeSpeaker('hay', 'role', 'Dijo que hay actividad.')).toBe(false)
    expect(canBeSpeaker('critics', 'role', 'critics said')).toBe(true)
    expect(canBeSpeaker('Trump-supporting', 'name', 'the Trump-supporting students')).toBe(false)
    expect(parseNamePhrase('Amid')).toBeNull()
    expect(parseNamePhrase('Asimismo')).toBeNull()
  })

  test('“Another added:” after “One user wrote:” is another user, never “Another”', () => {
    const text = 'Title\n\nThe advert drew criticism online.\n\nOne user wrote: "Scaring young people is not helpful."\n\nAnother added: "And the first thing my son will ask is when he can get vaccinated."'
    expect(pairs(text)).toContainEqual(['And the first thing my son will ask is when he can get vaccinated.', 'another user'])
    expect(pairs('Title\n\nThe advert ran on Monday.\n\nAnother added: "It is not helpful."').map(([, who]) => who)).not.toContain('Another')
  })

  test('a past participle and its agent after the noun are no part of the speaker: “el texto legislativo divulgado por la agencia”', () => {
    const text = 'Título\n\nEl Parlamento aprobó la ley el domingo.\n\nSegún el texto legislativo divulgado por la agencia oficial iraní IRNA, "se permite el aborto en los primeros cuatro meses".'
    expect(pairs(text)).toContainEqual(['se permite el aborto en los primeros cuatro meses', 'el texto legislativo'])
    const english = 'Headline\n\nThe plant closed in May.\n\nAccording to the report released by the ministry, “the plant was never safe.”'
    expect(pairs(english)).toContainEqual(['the plant was never safe.', 'the report'])
  })

  test('a past tense that opens its sentence (“Arremetió”), a month (“Oct”), a clause (“un comunicado donde”) or a phrase ending in “other” is no speaker', () => {
    expect(canBeSpeaker('Arremetió', 'name', 'Arremetió contra el Gobierno. Luego se fue.')).toBe(false)
    expect(canBeSpeaker('Oct', 'name', 'The attack of Oct. 7 was planned.')).toBe(false)
    expect(canBeSpeaker('un comunicado donde', 'role', 'Publicó un comunicado donde dijo que sí.')).toBe(false)
    expect(canBeSpeaker('the same group in other', 'role', 'It was the same group in other cities.')).toBe(false)
    expect(canBeSpeaker('the lawmakers', 'role', 'the lawmakers wrote')).toBe(true)
  })

  test('“advierte Alfonso S. No obstante, …”: the stop after an initial ended the sentence', () => {
    const text = 'Titular\n\n"Hay que valorar los riesgos", advierte Alfonso S. No obstante, buscan otro lugar.'
    expect(pairs(text)).toContainEqual(['Hay que valorar los riesgos', 'Alfonso S.'])
  })

  test('“el Papa Francisco” is Francisco, the Pope’s title set apart', () => {
    const text = 'Titular\n\nEl Papa Francisco habló en la asamblea. “La crisis nos obliga a elegir”, dijo Francisco.'
    expect(pairs(text)).toContainEqual(['La crisis nos obliga a elegir', 'Francisco'])
  })

  test('“Sr.” after a name is no title: “the union’s President J. David Cox Sr. said” is J. David Cox Sr.', () => {
    const text = 'Unions\n\n“This is a return to the political witch hunts of the 1950s,” the American Federation of Government Employees President J. David Cox Sr. said.'
    expect(pairs(text)).toContainEqual(['This is a return to the political witch hunts of the 1950s,', 'J. David Cox Sr.'])
  })

  test('a body is no role pointing back: “Desde el Ministerio del Interior informan que …” is the ministry’s, with no English article added', () => {
    const text = 'Migrantes\n\nLa ministra Magdalena Valerio habló el martes. Desde el Ministerio del Interior informan que los migrantes tendrán la condición de “acogidos durante un mes entero”.'
    const speaker = pairs(text).find(([quote]) => quote?.startsWith('acogidos'))?.[1]
    expect(speaker).toMatch(/^(?:el )?Ministerio del Interior$/u)
  })

  test('a job written in lower case before a full name is no first name when capitalised: “realtor Shaun Ghulam” … “Realtor Ghulam said”', () => {
    const text = 'Housing\n\nIn Brampton, realtor Shaun Ghulam said the market has split in two.\n\nRealtor Ghulam said prices have fallen. “Sellers are holding off, they are waiting to see what happens,” Realtor Ghulam said. “Check how many times the property has been listed,” Ghulam said.'
    expect(pairs(text)).toContainEqual(['Sellers are holding off, they are waiting to see what happens,', 'Shaun Ghulam'])
    expect(pairs(text)).toContainEqual(['Check how many times the property has been listed,', 'Shaun Ghulam'])
  })

  test('a sporting contest is no speaker: “Women’s World Cup LIVE” … “according to Beth England” does not make the World Cup speak', () => {
    const text = 'Women’s World Cup LIVE: England news\n\nThe World Cup semi-finals kick off tomorrow.\n\nThe Lionesses will be ready to face Australia, according to Beth England.\n\n“I think the atmosphere is going to be amazing,” the striker said.'
    const named = suggestQuotes(text).flatMap((q) => [q.speaker, ...q.candidates])
    expect(named).not.toContain('World Cup')
    expect(named).not.toContain('Women’s World Cup')
    // (Nor is a holiday: "Semana Santa", "Christmas".)
    expect([canBeSpeaker('Semana Santa', 'name', ''), canBeSpeaker('Christmas', 'name', '')]).toEqual([false, false])
  })

  test('“the Ministry of Foreign Affairs said” is the ministry, not a person called “Affairs” under the title “Ministry of Foreign”', () => {
    expect(parseNamePhrase('Ministry of Foreign Affairs')).toEqual({ name: 'Ministry of Foreign Affairs', title: '', org: true })
    const text = 'Strikes\n\nPakistan condemned “unprovoked Indian strikes at multiple locations” across the country, the Ministry of Foreign Affairs said.'
    expect(pairs(text)).toContainEqual(['unprovoked Indian strikes at multiple locations', 'Ministry of Foreign Affairs'])
    expect(parseNamePhrase('Khmer Service Chief Chris Decherd')?.name).toBe('Chris Decherd')
  })

  test('two words run together by a page’s extraction (“CastañedaRepresentante”) are no name; “McConnell”, “DeSantis”, “GateHouse” or “BlackRock” are', () => {
    expect(canBeSpeaker('Rodrigo CastañedaRepresentante', 'name', 'Rodrigo CastañedaRepresentante de la FAO dijo.')).toBe(false)
    for (const name of ['Mitch McConnell', 'Ron DeSantis', 'GateHouse', 'BlackRock', 'PlutoPete']) expect(canBeSpeaker(name, 'name', `${name} said so.`)).toBe(true)
  })

  test('a place the article names only after “in” or “en” is no speaker', () => {
    expect(canBeSpeaker('Montevideo', 'name', 'Los trabajadores en Montevideo protestaron. Dijeron que en Montevideo no.')).toBe(false)
    expect(canBeSpeaker('Ana Ruiz', 'name', 'Ana Ruiz habló en Montevideo.')).toBe(true)
  })

  test('a description with a verb in it is no speaker, and a role is never a relative clause', () => {
    expect(canBeSpeaker('the man could be heard', 'role', '')).toBe(false)
    expect(canBeSpeaker('La experta en psicología enfatizó', 'role', '')).toBe(false)
    expect(canBeSpeaker('the head of news for the Yushu county television station', 'role', '')).toBe(true)
    expect(canBeSpeaker("the president's face as if to", 'role', '')).toBe(false)
    expect(shortRole('who cast one of the two votes against the plan')).toBe('')
    expect(shortRole('director of Foro Penal')).toBe('director of Foro Penal')
  })

  test('letters after a name and a title before it are no part of the name', () => {
    expect(pairs('Judge Neil Ford QC said: “You knew the dangers.”')).toEqual([['You knew the dangers.', 'Neil Ford']])
    expect(pairs('“We are not locked in,” said Supervisor Alfredo Pedroza.')).toEqual([['We are not locked in,', 'Alfredo Pedroza']])
    expect(pairs('“We will fix the roads,” said Councilman Rafael Ortiz.')).toEqual([['We will fix the roads,', 'Rafael Ortiz']])
    expect(pairs('“Controls were weak or absent,” said State Auditor Beth Wood.')).toEqual([['Controls were weak or absent,', 'Beth Wood']])
    expect(pairs('«Las cuentas no cuadran», dijo la contralora Dorothy Pérez.')).toEqual([['Las cuentas no cuadran', 'Dorothy Pérez']])
  })

  test('“the Conservative MP said” is the person the paragraph is about', () => {
    const text = 'Chris Grayling warned on Monday that jobs would go.\n\nSpeaking in the Commons, the Conservative MP said: “It does not need to be like this.”'
    expect(pairs(text)).toEqual([['It does not need to be like this.', 'Chris Grayling']])
  })

  test('a body given with its acronym speaks as the acronym', () => {
    const text = 'La operadora de la red de gas de Ucrania (Gtsou) anunció ayer que suspendía el tránsito por “causas de fuerza mayor”.'
    expect(pairs(text)).toEqual([['causas de fuerza mayor', 'Gtsou']])
  })
})

describe('a role opening a sentence', () => {
  test('“The spokesman said:” is a role even with a capital, and points back at who was named', () => {
    const text = 'Ana Ruiz, a spokesman for the council, spoke on Monday.\n\nThe spokesman also said: “We will not back down on this.”'
    expect(pairs(text)).toEqual([['We will not back down on this.', 'Ana Ruiz']])
  })
})

describe('short partial quotes after a speech verb are quotes', () => {
  test('one word after “said he was” or “calificó de” is offered, with a lower confidence', () => {
    const [s] = suggestQuotes('Eric Reeves, an academic, said he was “appalled” that the government acted.')
    expect([s?.text, s?.speaker]).toEqual(['appalled', 'Eric Reeves'])
    expect(s!.confidence).toBeLessThan(0.8)
    expect(pairs('El senador Rick Scott calificó al presidente de estar “incapacitado” y pidió su renuncia.')).toEqual([['incapacitado', 'Rick Scott']])
  })

  test('a verb that opens a sentence, or "Unlike", is no part of the name after it: “Es Beatriz Gutiérrez Müller, la esposa …”', () => {
    expect(parseNamePhrase('Es Beatriz Gutiérrez Müller')?.name).toBe('Beatriz Gutiérrez Müller')
    expect(parseNamePhrase('Unlike Hitler')?.name).toBe('Hitler')
    // A number that opens a sentence ("Fifty-one percent say that …") is no name either.
    expect(parseNamePhrase('Fifty-one')).toBeNull()
  })

  test('a scare quote with no speech verb before it stays out', () => {
    expect(pairs('The so-called “experts” met on Monday in a “secret” room.')).toEqual([])
  })
})

describe('words that open sentences and quotations that open them are no speakers', () => {
  test('“Tal”, “Se” and “Let” open sentences, “Puedes” a quotation, and are never a speaker’s name', () => {
    expect(speakerOf('Ana Gil habló ayer.\n\nTal afirmación viene sostenida por el siguiente argumento: “Estos dos componentes alcalinizan el sistema.”', 'Estos dos')).toBeNull()
    const puedes = 'El radiólogo Lars Grimm habló con CNN.\n\n«Hay mujeres que quieren una biopsia», dijo. “Puedes decirles: ‘Oye, creo que esto se debe a tu vacuna’. Pero quizá la paciente te dice: ‘No me voy a sentir cómoda\'». Fin.'
    expect(speakerOf(puedes, 'Oye, creo')).toBe('Lars Grimm')
    const let_ = 'Officials met on Monday.\n\nLet’s say the figures hold, since “three more years of deficits” are likely, according to a report from the budget office.'
    expect(speakerOf(let_, 'three more years')).toBeNull()
    expect(speakerOf('Ana Gil habló ayer. Se dice que esta mezcla "mata el virus".', 'mata el virus')).not.toBe('Se')
  })

  test('a quotation that opens a sentence is not its subject: the name after it speaks the next quotation too', () => {
    const text = 'Omar Haidari tells him to wait.\n\n“Will you stay for dinner?” the trader asks.\n\n“Sure,” Haidari says. “Cook some rice for us when we get back from Kabul.”'
    expect(speakerOf(text, 'Cook some rice')).toBe('Omar Haidari')
  })

  test('a phrase that ends in a possessive (“a number of his”) is a fragment, never a speaker', () => {
    const text = 'Sir Keith Lowe sent a briefing note to Mrs Hale.\n\nMrs Hale marked the note with annotations, complaining about his use of "an awful lot of high language" and questioning a number of his claims.'
    expect(speakerOf(text, 'an awful lot')).not.toBe('a number of his')
  })
})

describe('an award is no speaker', () => {
  test('“…”, señaló after an award named last is the person the award went to, never “Premio Feroz de Honor”', () => {
    const text = 'La actriz Victoria Abril habló en Madrid.\n\nEl Premio Feroz de Honor que Victoria Abril recogerá en marzo reconoce una trayectoria de cien películas.\n\nA Almodóvar lleva años pidiéndole que la vuelva a llamar. "Cada vez que le veo le digo que se me pasa el arroz", señaló.'
    expect(speakerOf(text, 'Cada vez que')).not.toBe('Premio Feroz de Honor')
  })
})

describe('a work’s title is no speaker', () => {
  test('a series the article writes in quotation marks (“Broken Crown”) never speaks for its star', () => {
    const text = 'Lucía Medina presenta la nueva serie\n\nLa actriz lució un vestido rojo durante el estreno de "Broken Crown" esta semana.\n\nLos artistas latinos tienen cabida en las nuevas producciones. Broken Crown, la nueva producción de Netflix no es la excepción; el lunes se llevó a cabo su presentación, donde Lucía Medina, protagonista, compartió un momento con los medios para contar más sobre ésta.\n\n"Significa un paso muy importante en mi carrera, significan muchos años de esfuerzo y mucha disciplina".'
    expect(speakerOf(text, 'Significa un paso')).toBe('Lucía Medina')
  })
})

describe('a clause is no described speaker', () => {
  test('a subordinating word or an object pronoun inside makes words a clause: “las mejillas de Reinders mientras me” and “the guard while he” are no speakers', () => {
    expect(canBeSpeaker('las mejillas de Reinders mientras me', 'role', '')).toBe(false)
    expect(canBeSpeaker('the old guard while he', 'role', '')).toBe(false)
    expect(canBeSpeaker('el carcelero de Mandela', 'role', '')).toBe(true)
  })
})

describe('a continent or a region of the world is no speaker', () => {
  test('“North America”, “Oriente Medio” and “Middle East and Africa” are places', () => {
    expect(canBeSpeaker('North America', 'name', 'He works across North America.')).toBe(false)
    expect(canBeSpeaker('Oriente Medio', 'name', 'La gira pasa por Oriente Medio.')).toBe(false)
    expect(canBeSpeaker('Middle East and Africa', 'name', 'Anthony Butler, IBM Cloud CTO, Middle East and Africa, said: “…”')).toBe(false)
  })
})

describe('a headline in title case names no one', () => {
  test('“4 Key Points On The FOMC Announcement” gives no speaker to a subjectless cue below it', () => {
    const text = 'GOLDMAN: 4 Key Points On The FOMC Announcement\n\nThe statement retained an easing bias, noting again that the FOMC "is prepared to employ its tools" to act.'
    expect(speakerOf(text, 'is prepared')).not.toBe('Key Points')
  })
})

describe('nouns that look like speech verbs, and places named after a word for a town', () => {
  test('a speech word after an owner’s possessive is a noun: “Kise called his client’s answers “brilliant.”” is Kise’s', () => {
    const text = 'Trump took the stand.\n\nAt one point, Chris Kise called his client’s answers “brilliant.”'
    expect(speakerOf(text, 'brilliant')).toBe('Chris Kise')
  })

  test('a capitalised speech word in mid-sentence names something: “called on States … “to …”” is no verb “states”', () => {
    const text = 'Ships are stranded.\n\nThe High Commissioner called on States, shipowners and all relevant parties “to urgently ensure the protection of stranded seafarers.”'
    expect(speakerOf(text, 'to urgently')).toBe('The High Commissioner')
  })

  test('a town named after “su ciudad natal,” is a place, never the speaker', () => {
    const text = 'Stephen Cameron se recuperó.\n\nNo lo hizo en un hospital en su ciudad natal, Motherwell, sino en Vietnam. Dijo que sus amigos "no pensaban que volvería".'
    expect(speakerOf(text, 'no pensaban')).not.toBe('Motherwell')
  })
})

test('a word of answer quoted alone (“Yes,” she says) is never whom “she” stands for', () => {
  const text = 'The job\n\n“Are they really going to fire me for that?” I ask.\n\n“Yes,” she says. “There are 16 other people who want your job.”'
  expect(speakerOf(text, 'There are 16')).not.toBe('Yes')
})
