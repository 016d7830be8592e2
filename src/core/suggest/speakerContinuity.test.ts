import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'


/** An interview write-up: one person speaks throughout, with verbs that leave the subject out and names of others in between. */
const INTERVIEW = [
  'Acuerdos judiciales entre dos países',
  'El fiscal general colombiano Mateo Vargas Prieto llegó al país y se reunió con su par local, la fiscala general Inés Zárate.',
  '“Nosotros buscamos resultados concretos y no reuniones diplomáticas”, refirió.',
  'CÓMO PROTEGER LOS DERECHOS',
  'Para prevenir abusos dijo que el Poder Ejecutivo, las gobernaciones y la Fiscalía deben articular políticas públicas. “Recibimos la institución con un 52% de casos resueltos. Hoy subió al 69%”, ejemplificó.',
  'CASO RAMÍREZ',
  'Consultado sobre el caso del exguerrillero Tomás Ramírez, quien vive protegido en su país, el fiscal general primero lamentó el secuestro. “Me duele por esa familia”, indicó.'
].join('\n\n')

describe('a verb with no subject goes on with whoever spoke last', () => {
  test('a past-tense verb the lexicon does not know, right after the quote, still reports it (“…”, ejemplificó), past the names in “dijo que …”', () => {
    expect(speakerOf(INTERVIEW, 'Recibimos la institución')).toBe('Mateo Vargas Prieto')
  })

  test('a sub-heading in capitals names no one', () => {
    const names = suggestQuotes(INTERVIEW).flatMap((s) => [s.speaker, ...s.candidates])
    expect(names.some((n) => n !== null && /^\p{Lu}{2,}\s\p{Lu}{2,}/u.test(n))).toBe(false)
  })

  test('“el fiscal general … lamentó” is the man with that title, not the woman who is “la fiscala general” nor the man the sentence is about', () => {
    expect(speakerOf(INTERVIEW, 'Me duele')).toBe('Mateo Vargas Prieto')
  })
})

describe('a name as the article writes it', () => {
  test('“Jr.” keeps its stop in the speaker’s name, and a sentence’s stop does not join it', () => {
    const text = 'Headline\n\nJames P. Kennedy Jr., the U.S. Attorney, said the case was simple.\n\n“Free speech carries responsibilities,” Kennedy said. The case went to Ana Ruiz.\n\n“It is over,” said Ana Ruiz.'
    expect(speakerOf(text, 'Free speech')).toBe('James P. Kennedy Jr.')
    expect(speakerOf(text, 'It is over')).toBe('Ana Ruiz')
  })
})

describe('a description points back at the person named', () => {
  test('“the Texas fan explained:” with a place before its noun is the woman who spoke last, not a new speaker', () => {
    const text = 'Headline\n\nTravel agent Rosa Field shared her tips.\n\nRosa said: “Book early.”\n\nThe Texas fan explained: “Fly midweek if you can.”'
    expect(speakerOf(text, 'Fly midweek')).toBe('Rosa Field')
  })

  test('“el jefe de la diplomacia europea consideró” (an office in lower-case words) is the man named before', () => {
    const text = 'Titular\n\nEl alto representante de la Unión Europea, Marco Ferri, habló este lunes en Bruselas.\n\nFerri recordó que la misión fue pedida por la oposición.\n\nEl jefe de la diplomacia europea consideró que «no hay margen para el diálogo».'
    expect(speakerOf(text, 'no hay margen')).toBe('Marco Ferri')
  })

  test('“el director de Red Vial” (a title and the body it heads, with no name) is the man named before', () => {
    const text = 'Titular\n\nPablo Arce, que dirige Red Vial desde 2020, visitó la obra el lunes.\n\n“No habrá más retrasos”, aseguró el director de Red Vial.'
    expect(speakerOf(text, 'No habrá más retrasos')).toBe('Pablo Arce')
  })

  test('a job title before “at” and a company run into a name is no one; the first name alone later is that person', () => {
    const text = 'Headline\n\nSales chief Rosa Field spoke first. Marketing Manager at Sunny Travel Abby Dunn, who has flown 40 times, shared tips too.\n\nAbby said: “Buy tickets with the package.”\n\n“Stay flexible on dates,” she added.'
    expect(speakerOf(text, 'Buy tickets')).toBe('Abby Dunn')
    expect(suggestQuotes(text).flatMap((q) => [q.speaker, ...q.candidates])).not.toContain('Marketing Manager')
  })
})

describe('a heading says whose words follow', () => {
  test('quote paragraphs under “The Queen’s Speech full transcript” are the Queen’s, not the last speaker’s before the heading', () => {
    const text = 'Headline\n\nQueen Margaret opened Parliament on Tuesday.\n\nOn social media the Metropolitan Police said: ‘Two people were arrested.’\n\nThe Queen’s Speech full transcript\n\n‘My Lords and Members of the House of Commons.’\n\n‘My Government will build homes.’'
    expect(speakerOf(text, 'My Lords')).toBe('Margaret')
    expect(speakerOf(text, 'My Government will build')).toBe('Margaret')
  })

  test('a roundup’s heading in capitals, “NAME: HEADLINE”, gives the quote under it to that name, not to the one quoted before', () => {
    const text = 'Titular\n\nLa actriz Rosa Vela, conductora de un programa, recordó a su madre: “Siempre nos cuidó”.\n\nMARCO TELLO: ME CASTIGABA CON CARIÑO\n\n“De niño era muy travieso y mi mamá me perdonaba todo”.\n\nUPDATE: MÁS SALUDOS\n\nLa lista sigue.'
    expect(speakerOf(text, 'De niño era muy travieso')).toBe('Marco Tello')
  })

  test('“Discurso íntegro de Gabriel Soto” gives the paragraphs under it to him', () => {
    const text = 'Titular\n\nLa ministra Ana Gil habló antes. “Es un día histórico”, dijo Gil.\n\nDiscurso íntegro de Gabriel Soto\n\n“Queridos compatriotas, hoy empieza una nueva etapa.”\n\n“Gracias a todos por venir.”'
    expect(speakerOf(text, 'Queridos compatriotas')).toBe('Gabriel Soto')
  })
})

describe('a writing named by its owner is the source', () => {
  test('“…,” Acme’s report said, and “The Greens’ letter to Ana Ruiz, the commissioner, said:” give the words to the writing, not to its owner or addressee', () => {
    const text = 'Headline\n\nAcme, a Dutch research body, studied the crash.\n\n“A tank is the likely cause,” Acme’s report said.\n\nThe Greens’ letter to Ana Ruiz, the commissioner, said: “There must be a full investigation.”'
    expect(speakerOf(text, 'A tank is the likely')).toBe('Acme’s report')
    expect(speakerOf(text, 'There must be a full')).toBe('The Greens’ letter')
  })
})

describe('a statement’s words are its issuer’s', () => {
  test('“…,” the statement read, after “Acme Pictures issued a statement”, is Acme Pictures, not the person the statement is about', () => {
    const text = 'Headline\n\nThe singer Jo Marsh said she was blocked from the show.\n\nOn Monday, Acme Pictures issued a statement on the dispute.\n\n“We never blocked anyone,” the statement read.'
    expect(speakerOf(text, 'We never blocked')).toBe('Acme Pictures')
  })
})

describe('the one told is not the speaker', () => {
  test('“…,” Lee weighed in, telling Park, “…”: Lee speaks, Park listens', () => {
    const text = 'Headline\n\nAnna Lee hosted Tom Park on stage.\n\n“We all miss her so much,” Lee weighed in, telling Park, “since she left, you have kept her values.”'
    expect(speakerOf(text, 'We all miss her')).not.toBe('Tom Park')
  })
})

describe('words that are not a speaker', () => {
  test('“One of the marchers, Ann Cole, 61, a nurse from Leeds, said:” is Ann Cole, not the woman named before', () => {
    const text = 'Headline\n\nThe actress Rita Moss left the stage.\n\nOne of the marchers, Ann Cole, 61, a nurse from Leeds, said: “I worked in hospitals for forty years.”'
    expect(speakerOf(text, 'I worked in hospitals')).toBe('Ann Cole')
  })

  test('“Fellow marcher, retired nurse Ann Cole, 61, from Leeds, West Yorkshire, said:” is Ann Cole, not the place nor “Fellow”', () => {
    const text = 'Headline\n\nProtesters marched on Saturday.\n\nFellow marcher, retired nurse Ann Cole, 61, from Leeds, West Yorkshire, said: “I worked in hospitals for forty years.”'
    expect(speakerOf(text, 'I worked in hospitals')).toBe('Ann Cole')
  })

  test('“read one” after a list of signs names no one', () => {
    const text = 'Headline\n\nThe mayor, Tom Reyes, put up new signs across town.\n\n“Slow down, children at play,” read one.'
    expect(speakerOf(text, 'Slow down')).not.toBe('one')
  })

  test('a participle opening a sentence before a name (“Hosting Lane at the summit”) is not part of the name', () => {
    const text = 'Headline\n\nChief executive Ada Lane spoke on Monday with the host, Raj Patel.\n\nHosting Lane at the summit “is a dream,” Patel said.\n\n“We build for the long run,” Lane said.'
    expect(speakerOf(text, 'We build')).toBe('Ada Lane')
    expect(suggestQuotes(text).flatMap((q) => [q.speaker, ...q.candidates])).not.toContain('Hosting Lane')
  })

  test('a name after “en” before a participle is where the words were said: “respondió … en Twitter diciendo:”', () => {
    const text = 'El usuario de Twitter Kevin Soto publicó una amenaza.\n\nEl director de Penales, Omar Luna, respondió a la publicación en Twitter diciendo: “este es un delincuente más”.'
    expect(speakerOf(text, 'este es un delincuente')).toBe('Omar Luna')
  })

  test('“Su objetivo, dijo, fue «…»” and “No obstante, agregó, «…»”: what opens the sentence is not who speaks; the one speaking goes on', () => {
    const text = 'Titular\n\nEl ministro Pablo Arce viajó a Caracas la semana pasada.\n\nArce recordó que la visita fue pedida por la oposición.\n\nSu objetivo, dijo, fue «explorar una salida negociada».\n\nNo obstante, agregó, «el diálogo no está roto».'
    expect(speakerOf(text, 'explorar una salida')).toBe('Pablo Arce')
    expect(speakerOf(text, 'el diálogo no está roto')).toBe('Pablo Arce')
  })

  test('a ministry whose name lists its parts (“de Ciencia, Innovación y Tecnología, Ana Gil”) is no speaker; the name after it is', () => {
    const text = 'Titular\n\n“La norma va dirigida a todas las instituciones públicas”, mencionó la ministra de Ciencia, Innovación, Tecnología y Telecomunicaciones, Ana Gil.'
    expect(speakerOf(text, 'La norma va dirigida')).toBe('Ana Gil')
  })

  test('“Speaking on Morning Radio he said …” with no comma: the radio show is where, “he” is who', () => {
    const text = 'Headline\n\nHealth minister Paul Reid was asked about the lockdown.\n\nSpeaking on Morning Radio he bypassed the question for a second time saying “It is about making the best decision we can.”'
    expect(speakerOf(text, 'It is about making')).toBe('Paul Reid')
  })

  test('a sentence adverb that opens sentences (“Asimismo”) is never taken for a person', () => {
    const text = 'Laura Ríos dirige la escuela rural desde 2015.\n\nAsimismo, la escuela recibió fondos del ministerio. Asimismo, hubo reuniones.\n\n“Estamos esperando una respuesta”, agregó.'
    expect(speakerOf(text, 'Estamos esperando')).toBe('Laura Ríos')
  })

  // Guards the three-word lead before a name ("el fiscal general colombiano X"): an article inside it describes someone else.
  test('“the man entering the Copperfield location” does not make the salon “the man”', () => {
    const text = 'Video shows the man entering the Copperfield location on Tuesday.\n\n"I need an appointment," the man could be heard saying.'
    expect(speakerOf(text, 'I need an appointment')).toBe('the man')
  })
})

describe('offices and names run together', () => {
  const text = [
    'Agenda de seguridad en el Congreso',
    'Llegó este martes la ministra del Interior, Carla Soto. Lo hizo acompañada de su subsecretario, Pablo Rivas.',
    'Algo que ya había adelantado Rivas y que reiteró Soto es el nuevo proyecto. “Tenemos falencias y queremos mejorar”, sostuvo la titular de Interior.',
    'El diputado de Frente Amplio Diego Ibarra planteó que “no podemos seguir haciendo lo mismo”. Luego Ibarra votó en contra.',
    'La senadora PS Elena Nuño criticó el plan: “es una respuesta tardía”.'
  ].join('\n\n')

  test('“la titular de Interior” is the minister of the Interior named before, not the man named last', () => {
    expect(speakerOf(text, 'Tenemos falencias')).toBe('Carla Soto')
  })

  test('“el diputado de Frente Amplio Diego Ibarra” is Diego Ibarra, not the whole description', () => {
    expect(speakerOf(text, 'no podemos seguir')).toBe('Diego Ibarra')
  })

  test('a party’s initials before a name are no part of it: “PS Elena Nuño” is Elena Nuño', () => {
    expect(speakerOf(text, 'es una respuesta tardía')).toBe('Elena Nuño')
  })
})

describe('Spanish reporting in the perfect, and words that only look like speech', () => {
  const text = [
    'Incendio en Almería',
    'El nuevo balance lo ha confirmado el presidente de la Junta de Andalucía, Juanma Ruiz, desde el puesto de mando.',
    '“Es una tragedia mayúscula”. Con esas palabras ha descrito Ruiz un incendio cuyo balance, ha insistido, sigue siendo provisional. El presidente andaluz ha pedido prudencia porque la Guardia Civil continúa inspeccionando viviendas. “Queremos confiar en que aparezcan”, ha señalado.',
    'El ministro del Interior, Fernando Grande-Marlaska, ha comparecido. “Hay casi 500 efectivos desplegados”, ha explicado Marlaska.',
    'Desde 2008 la agencia ha contado con una red de colaboradores.',
    '“Un gigante que nos aúpa”',
    'Laura Chaparro, Universidad de Sevilla'
  ].join('\n\n')

  test('“Con esas palabras ha descrito Ruiz un incendio …” gives the quote to Ruiz, not to “un incendio cuyo balance”', () => {
    expect(speakerOf(text, 'Es una tragedia')).toBe('Juanma Ruiz')
  })

  test('“…”, ha señalado goes on with the president, past “la Guardia Civil continúa inspeccionando”', () => {
    expect(speakerOf(text, 'Queremos confiar')).toBe('Juanma Ruiz')
  })

  test('a hyphenated surname used alone (“Marlaska”) is the full name given before', () => {
    expect(speakerOf(text, 'Hay casi 500')).toBe('Fernando Grande-Marlaska')
  })

  test('“ha contado con” (had) is no speech: a roundup heading keeps the name on the line under it', () => {
    expect(speakerOf(text, 'Un gigante')).toBe('Laura Chaparro')
  })
})

describe('who a name next to the verb is', () => {
  test('“…,” X, a member of the group, told NBC News: the one told is not the speaker', () => {
    const text = '"This is how epidemics begin," Dr. Luz Arroyo, a member of the group and signatory to the letter, told NBC News.'
    expect(speakerOf(text, 'This is how epidemics begin')).toBe('Luz Arroyo')
  })

  test('“Strauss Zelnick, CEO of Take-Two, adds”: the office after the name is an aside', () => {
    const text = 'Publishers are cautious.\n\n"Our strategy is to be where the consumer is," Strauss Zelnick, CEO of Take-Two, adds.'
    expect(speakerOf(text, 'Our strategy')).toBe('Strauss Zelnick')
  })

  test('“…, said Dr. Marwan Haddad, director of …” names the speaker of the quote that follows, not the sentence’s first word', () => {
    const text = 'Gaza hospitals\n\nThings have gotten so dire that hospitals are short of thread, said Dr. Marwan Haddad, director of a hospital in Rafah.\n\n“It is not enough for one day in a hospital.”'
    expect(speakerOf(text, 'It is not enough')).toBe('Marwan Haddad')
  })

  test('a word called “…” by someone right before it is theirs, not the outlet’s that reported it', () => {
    const text = 'Kristy Marmorato campaigned on the issue and called the about-face “heartbreaking,” according to the Bronx Times.'
    expect(speakerOf(text, 'heartbreaking')).toBe('Kristy Marmorato')
  })

  test('“the United States faced …” has no verb “states” in it', () => {
    const text = 'The United States faced stiff criticism on Tuesday, while the premier cheered on the "historic" move.'
    expect(suggestQuotes(text).map((s) => s.speaker)).not.toContain('United States')
  })

  test('“The United Nations High Commissioner for Human Rights said” is the office, never “Human Rights”', () => {
    const text = 'The United Nations High Commissioner for Human Rights said the decision did "not modify existing international law".'
    expect(speakerOf(text, 'not modify')).toBe('United Nations High Commissioner for Human Rights')
  })
})

describe('the one spoken to, places and first names in Spanish', () => {
  test('“…”, pidió a la población: the people asked are not the speaker', () => {
    const text = 'El presidente Pedro Salas visitó la zona.\n\nTambién recordó a los heridos. “Mucha precaución”, pidió a la población.'
    expect(speakerOf(text, 'Mucha precaución')).toBe('Pedro Salas')
  })

  test('“… contra George Russell” names the one spoken against, not who speaks', () => {
    const text = 'Max Verstappen ganó en Qatar.\n\nEl tetracampeón lanzó toda su munición contra George Russell. “Es otra persona cuando le conoces”, dijo él.'
    expect(speakerOf(text, 'Es otra persona')).toBe('Max Verstappen')
  })

  test('a capitalised “Domingo” inside a sentence is a first name, not Sunday', () => {
    const text = '“Se ha producido en el peor de los sitios posibles”, dijo el alcalde de Lubrín, Domingo José Ramos Camacho.'
    expect(speakerOf(text, 'Se ha producido')).toBe('Domingo José Ramos Camacho')
  })
})

test('a reply after a question put to someone is theirs, not the asker’s: “a reporter asked X, “…?”” then “…,” she replied', () => {
  const text = 'At a press conference, a reporter asked Raquel Montoya-Lewis, “What do you see as the biggest problem?”\n\n“The biggest hurdle is getting people to understand,” she replied.'
  expect(speakerOf(text, 'The biggest hurdle')).toBe('Raquel Montoya-Lewis')
})

describe('Spanish pointers back and offices of a place', () => {
  test('“…”. Así ha resumido el consejero, Antonio Sanz, la magnitud …: the sentence after points back at the quote', () => {
    const text = 'Incendio en Almería\n\n“Estamos ante una situación de tragedia”. Así ha resumido el consejero de la Presidencia, Antonio Sanz, la magnitud de un incendio.'
    expect(speakerOf(text, 'Estamos ante')).toBe('Antonio Sanz')
  })

  test('“el alcalde de Bédar” is the mayor of Bédar named just after, not the mayor of Lubrín named before', () => {
    const text = 'Habla el alcalde de Lubrín, Domingo Ramos, sobre el fuego.\n\n“Fuimos puerta por puerta”, asegura el alcalde de Bédar.\n\nVisiblemente emocionado, el alcalde de Bédar, Ángel Collados, apenas encontraba palabras.'
    expect(speakerOf(text, 'Fuimos puerta')).toBe('Ángel Collados')
  })

  test('“Para el magistrado del Supremo los elementos …”: the source is the judge, not the words after him', () => {
    const text = 'El magistrado Ángel Hurtado cita al fiscal.\n\nPara el magistrado del Supremo los elementos objetivos apuntan a que ”es cuando tiene lugar su difusión”.'
    expect(speakerOf(text, 'es cuando tiene lugar')).toBe('Ángel Hurtado')
  })
})

test('a surname alone is the fullest form given before, not the nearer shorter one: “Martínez” → “Juan Martínez d’Aubuisson”', () => {
  const text = "Castro acusó al periodista Juan Martínez d'Aubuisson.\n\nJuan Martínez ha denunciado amenazas.\n\n“No está en mis planes pedir asilo”, aseguró Martínez."
  expect(speakerOf(text, 'No está en mis planes')).toBe("Juan Martínez d'Aubuisson")
})

test('“…”, lamenta, por su parte, Iris Avellaneda: the aside between commas stands before the speaker', () => {
  const text = '“Vamos a exigir la reforma”, dice Taty Almeida.\n\n“Esto ya no es justicia”, lamenta, por su parte, Iris Avellaneda, presidenta de la Liga.'
  expect(speakerOf(text, 'Esto ya no es justicia')).toBe('Iris Avellaneda')
})

test('a body after a preposition and a number (“incluye a las dos CTA”) is not the subject a later “cuenta” goes back to', () => {
  const text = 'María Elena Naddeo, de la Asamblea Permanente, se entusiasma con las adhesiones. La convocatoria incluye a las dos CTA, a sectores de la CGT y a partidos. “Estamos tratando de articular todo esto”, cuenta.'
  expect(speakerOf(text, 'Estamos tratando')).toBe('María Elena Naddeo')
})

describe('words that open a sentence or a heading are never a speaker', () => {
  test('an adverb in -ly and a determiner (“Critically, …”, “Both Johnson and …”) are no part of a name', () => {
    const text = 'The Electoral Commission was asked about the account.\n\nCritically, it said it had "a role in regulating election campaign content."\n\nBoth Johnson and Corbyn spoke. "Look what I have said I am going to do," Johnson said.'
    const speakers = suggestQuotes(text).map((s) => s.speaker)
    expect(speakers).not.toContain('Critically')
    expect(speakers).not.toContain('Both Johnson')
  })

  test('a short line of capitalised words is a sub-heading, and its words are no one to point back at', () => {
    const text = 'Health workers offered flu shots to migrants at the border, said Ana Reyes.\n\nCamp Closure Planned\n\n"We will not run a vaccine program," she said.'
    expect(speakerOf(text, 'We will not run')).toBe('Ana Reyes')
  })

  test('“Comandante de la Revolución Ramiro Valdés” is a title and a name', () => {
    const text = '“Es un tema de rigor”, dijo el Comandante de la Revolución Ramiro Valdés Menéndez.'
    expect(speakerOf(text, 'Es un tema de rigor')).toBe('Ramiro Valdés Menéndez')
  })
})

test('a press conference’s topic lines (“Topic: “answer””) give the answers to the person the article is about, as a question', () => {
  const text = [
    'Vargas va con mentalidad ganadora',
    'El director técnico argentino del Real España, Héctor Vargas, compareció en conferencia de prensa.',
    'LO QUE DIJO:',
    '¿Cambia la idea de juego?: “No, en definitiva, se tiene que ver cómo se dieron las cosas”.',
    'La situación de Ramiro Rocca: “Estamos probándolo para ver si puede estar”.'
  ].join('\n\n')
  const answers = suggestQuotes(text).map((s) => [s.speaker, s.confident])
  expect(answers).toEqual([['Héctor Vargas', false], ['Héctor Vargas', false]])
})

test('a jury’s citation quoted without a speech verb is the jury’s: “El jurado otorga el premio por “…””', () => {
  const text = 'El jurado otorga a la agencia el galardón por “una excepcional trayectoria de 15 años” en la divulgación.'
  expect(speakerOf(text, 'una excepcional trayectoria')).toBe('El jurado')
})

describe('a person whose name is run into the body before it', () => {
  test('“La exministra interina de Chile Rosa Delgado negó …” makes Rosa Delgado the subject a later “la política liberal” points back at', () => {
    const text = 'La exministra interina de Chile Rosa Delgado negó este lunes los cargos que le imputa el juez Mario Ruiz.\n\n“Es una acusación falsa”, declaró brevemente la política liberal a la radio local.\n\nHoras antes, Delgado escribió en redes que era víctima de “una persecución”.'
    expect(speakerOf(text, 'Es una acusación falsa')).toBe('Rosa Delgado')
  })
})

describe('a colon after the sentence that follows a quote', () => {
  test('the stop after a quote that ends its sentence leaves the next sentence’s subject to lead in with a colon', () => {
    const text = 'Juan Ortega defendió que “el mar es de todos” y lamentó que nadie pidiera su “perdón público”. Marta Lozano, del Partido Verde, apoyó la idea, pero soltó una pulla a los socialistas: “Ustedes nunca votaron esto”.'
    expect(speakerOf(text, 'Ustedes nunca votaron')).toBe('Marta Lozano')
  })
})

describe('the agent of a passive', () => {
  test('the one after a passive’s “por” did what the sentence tells, and a verb with no subject after it is theirs', () => {
    const text = 'El acto contó con el ministro Luis Ferro. La marcha de los vecinos estuvo liderada por la exconcejala Marta Lozano. “Es vuestra última oportunidad para hablar”, dijo desde un megáfono.'
    expect(speakerOf(text, 'Es vuestra última')).toBe('Marta Lozano')
  })
})
