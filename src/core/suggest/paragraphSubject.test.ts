import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { canBeHeOrShe } from './pronouns'
import { suggestQuotes } from './quotes'

describe('a paragraph that is only a quote, after a paragraph about someone', () => {
  test('is that person’s, even when someone else was quoted two paragraphs before', () => {
    const text = [
      'Title line',
      'The physiologist Mark Burnley has studied cyclists for twenty years.',
      '“Chess players burn calories, but not that many,” said Robert Sapolsky, a neuroscientist.',
      'However, Burnley is sceptical about the figures Sapolsky gives.',
      '“That is the kind of level you would expect from a stage of the Tour de France.”',
    ].join('\n\n')
    expect(speakerOf(text, 'That is the kind')).toBe('Mark Burnley')
  })

  test('but not when the quote speaks of that person as “he”: an interview’s answer about someone is not theirs', () => {
    const text = [
      'Title line',
      'Tony Blair sat down with us in his London office on Monday.',
      '“The party has changed, and for the better,” Blair said.',
      'Keir Starmer has been Labour leader since 2020 and leads in the polls.',
      '“It’s not my job to advise him. He’s perfectly capable of making his own decisions.”',
    ].join('\n\n')
    expect(speakerOf(text, 'It’s not my job')).not.toBe('Keir Starmer')
  })

  test('a place on the map is never the speaker: “Whangārei Harbour”', () => {
    const text = [
      'Title line',
      'Local iwi leader Te Kaurinui Parata spoke at the hearing in May.',
      'Whangārei Harbour was closed to boats after the whales beached.',
      '“We are not foreigners in this land.”',
    ].join('\n\n')
    expect(speakerOf(text, 'We are not foreigners')).not.toBe('Whangārei Harbour')
  })

  test('a county or a city may speak, but is never “he”: “(Broward County says …)” then ““…,” he tells Axios”', () => {
    const text = [
      'Schools',
      'Kenneth Preston, a Broward County high school student, says he supports surveillance tech. (Broward County says it is not installing facial recognition.)',
      'But technology should be an “absolute last precaution,” he tells Axios.',
    ].join('\n\n')
    expect(speakerOf(text, 'absolute last precaution')).toBe('Kenneth Preston')
  })

  test('a quay or a slope is a place on the map: “Albert Quay”, “Park Slope” are never the speaker', () => {
    const text = [
      'Title line',
      'Visitors queued along Albert Quay and in Park Slope on Sunday morning.',
      '“We love to share the incredible experience with everyone.”',
    ].join('\n\n')
    expect(speakerOf(text, 'We love to share') ?? '').not.toMatch(/Albert Quay|Park Slope/u)
  })

  test('is the person named after an article and a title: “La profesora Lena Park lidera …”, “El doctor Omar Ruiz contrajo …”', () => {
    const text = [
      'Title line',
      'La profesora Lena Park lidera una lucha contra los mosquitos en Liverpool desde hace diez años.',
      '“Cuando el insecto pica a una persona infectada, el parásito necesita unos días para desarrollarse.”',
      'El doctor Omar Ruiz contrajo la forma más peligrosa de esta enfermedad durante unas vacaciones en Malasia.',
      '“Pensé que iba a morir. Menos mal que me ingresaron al hospital.”',
    ].join('\n\n')
    expect(speakerOf(text, 'Cuando el insecto')).toBe('Lena Park')
    expect(speakerOf(text, 'Pensé que iba')).toBe('Omar Ruiz')
  })

  test('is the source a paragraph opens with: “According to Gauteng Cogta, the province …”, not the one quoted before', () => {
    const text = [
      'Title line',
      '“We are ready,” said Jacob Mamabolo, the MEC. “The teams are on standby,” he stated.',
      'According to Gauteng Cogta, the province strengthened its early warning capability to ensure alerts reach residents.',
      '“The province’s summer readiness plan has introduced a uniform disaster-response model.”',
    ].join('\n\n')
    expect(speakerOf(text, 'The province’s summer')).toBe('Gauteng Cogta')
  })

  test('is the one a pronoun in the paragraph before stands for, when that pronoun speaks: “At her age, she said, …”', () => {
    const text = [
      'Title line',
      'Ana Molatjeng lives 200 metres from the blasting site. “The cracks in my house widen with every blast,” Ms Molatjeng said. Her neighbour, Tom Ford, has left.',
      'At her advanced age, she said, the water shortages are unbearable.',
      '“If I don’t collect enough water before the tap runs dry, I must go to the well down the valley.”',
    ].join('\n\n')
    expect(speakerOf(text, 'If I don’t collect')).toBe('Ana Molatjeng')
  })
})

describe('a verb with no subject after a paragraph a role opens', () => {
  test('“La ministra de Educación, por su parte, afrontó …” then “«…», afirmó” is the minister named with that role, not the one who spoke before', () => {
    const text = [
      'Título',
      'Comparecieron la ministra de Educación, Lucía Aranda, y el ministro de Salud, Rubén Soto.',
      'Soto explicó que no habrá cuarentenas automáticas en las aulas.',
      '«El hospital de la zona evaluará cada caso y decidirá las medidas necesarias», dijo.',
      'La ministra de Educación, por su parte, afrontó el problema de los alumnos que no caben en las aulas.',
      '«A día de hoy son 50.000. Pero irán a la escuela y llevarán mascarilla», afirmó.'
    ].join('\n\n')
    expect(speakerOf(text, 'A día de hoy')).toBe('Lucía Aranda')
  })
})

describe('“he said” after a sentence someone else’s words fill', () => {
  test('a sentence reported by “he said” at its end names no one new: the Mac mini in it is not who “he” is', () => {
    const text = [
      'Mac mini gets warm welcome',
      'The Apple Mac mini went on sale on Saturday.',
      '"I think it is a good idea," said Nick Ross, deputy labs editor at PC Pro. Easy use would also help the Mac mini win fans, he said. "I think people expect it just to work," he said.'
    ].join('\n\n')
    expect(speakerOf(text, 'I think people')).toBe('Nick Ross')
  })

  test('a speech verb set off inside a sentence, “…, said Mr Fogg, who …”, makes him its subject, not Apple', () => {
    const text = [
      'Mac mini gets warm welcome',
      'The Apple Mac mini went on sale on Saturday, analyst Ian Fogg of Jupiter Research said. Apple has traditionally done well in the market that the Mac mini is aimed at, said Mr Fogg, who also expected copycat devices.',
      'His only misgivings were over how easy other consumers would find the machine. "They would be much more likely to pair it with a flat monitor," he said.'
    ].join('\n\n')
    expect(speakerOf(text, 'They would be')).toBe('Ian Fogg')
  })
})

describe('“he” and “she” stand for a person, never a body, a programme or a place', () => {
  test('“Capital Economics, a research firm in the capital, says …” then ““…,” she said” is the woman named before it', () => {
    const text = 'Jobs report\n\nNesma Hajar tracks the labour market. Capital Economics, a research firm in the capital, says hiring slowed in May and economics teachers agree.\n\n“We expect the central bank to cut rates before the summer,” she said.'
    expect(speakerOf(text, 'We expect the central')).toBe('Nesma Hajar')
  })

  test('a name that ends in an acronym or a body’s word, or an acronym and one word, is never “he” or “she”', () => {
    for (const name of ['Victoria Derbyshire TV', 'Pakistan Air Force', 'BBC Sport', 'Early Google HR']) expect(canBeHeOrShe(name, false, '')).toBe(false)
    for (const name of ['Labour MP Yvonne Fovargue', 'Trista Best', 'Julieta Fierro', 'Belinda']) expect(canBeHeOrShe(name, false, 'the best of the year')).toBe(true)
  })
  test('the people of a place (“Sri Lankans”, “Puerto Ricans”, “Pakistanis”) are many, never “he”: he is the man quoted before', () => {
    const text = 'Visas\n\n“We want visas for them now,” said Dale Moreno, spokesperson for the Refugee Action Coalition. Sri Lankans who made inquiries to the department were told that they could stay a month.\n\n“It is even more ridiculous to send them back,” he said.'
    expect(speakerOf(text, 'It is even more')).toBe('Dale Moreno')
    for (const name of ['Sri Lankans', 'Puerto Ricans', 'Pakistanis', 'Italians']) expect(canBeHeOrShe(name, false, '')).toBe(false)
    for (const name of ['Tom Evans', 'Lewis Davis']) expect(canBeHeOrShe(name, false, '')).toBe(true)
  })
  test('a work written with its number (“Blade Runner 2049”) is no “he”: he is the actor the paragraph is about', () => {
    const text = 'Actor\n\nWith Blade Runner 2049 in production, Ryan Gosling has a lot on his plate. He lives with his partner Eva Mendes.\n\n“Having kids changes everything about how you work,” he explains.'
    expect(speakerOf(text, 'Having kids')).toBe('Ryan Gosling')
    expect(canBeHeOrShe('Blade Runner', false, text)).toBe(false)
  })
})


describe('a run of capitals with “de” before its last word is something of that place or body, never a person with a surname', () => {
  test('“Vecino de Talavera” is no one surnamed Talavera: “donde se encuentra Talavera” names no subject, and “dijo” goes on with the doctor', () => {
    const text = [
      'Brote',
      'La doctora Ana Ruiz Peral dirigió la investigación. Ruiz dijo que los casos no surgieron en grupos. En cambio, aparecieron en toda la provincia, donde se encuentra Talavera.',
      '«No hubo agrupamiento en lugares concretos», dijo.',
      'Ruiz también visitó al primer paciente. Vecino de Talavera, el hombre no ha sido identificado.',
    ].join('\n\n')
    expect(speakerOf(text, 'No hubo agrupamiento')).toBe('Ana Ruiz Peral')
  })

  test('“El Supremo” after “la Sala de lo Contencioso-Administrativo del Supremo” is the Tribunal Supremo, not that chamber run into its name', () => {
    const text = [
      'Mascarillas',
      'El Tribunal Supremo ha desestimado un recurso contra la orden del Ministerio de Sanidad.',
      'La Sala de lo Contencioso-Administrativo del Supremo ha rechazado el recurso presentado por un abogado.',
      'El Supremo ha afirmado que "la medida es necesaria para toda la población".',
    ].join('\n\n')
    expect(speakerOf(text, 'la medida es necesaria')).toBe('Tribunal Supremo')
  })
})

describe('a sentence that opens “Para el doctor …,” is about that person', () => {
  test('“Para la doctora Ana Lucía Pérez, directora del hospital, la cifra …” then “comentó que “…”” with no subject is hers', () => {
    const text = [
      'Camas',
      'Según la Universidad Complutense, faltan camas en todo el país.',
      'Para la doctora Ana Lucía Pérez, directora del hospital, la cifra es preocupante.',
      'En su comparecencia del martes, comentó que "no hay camas suficientes para todos los pacientes".',
    ].join('\n\n')
    expect(speakerOf(text, 'no hay camas')).toBe('Ana Lucía Pérez')
  })
})

describe('one word given a title of one gender is a person wherever it stands alone', () => {
  test('“Prince Frederick …” then “Frederick has repeatedly praised …” is the subject “he” stands for, not the aide quoted before', () => {
    const text = 'Royal visit\n\nPrince Frederick toured the factory on Monday with the mayor. “He asked a lot of questions,” an aide told reporters.\n\nSince the tour, Frederick has repeatedly praised the workers. “They were the best part of my week,” he told the BBC.'
    expect(speakerOf(text, 'They were the best part')).toBe('Frederick')
  })
})

describe('a role stands for a person, as “he” and “she” do', () => {
  test('“en conversación con CNN Chile, la astrónoma dio …”: a channel is no one a role stands for, so “enfatizó la astrónoma mexicana” is the astronomer named before', () => {
    const text = 'Ciencia\n\nLucía Peralta será una de las expositoras del congreso, y en conversación con CNN Chile, la astrónoma dio un adelanto sobre la importancia que estos conocimientos representan y se refirió a los riesgos.\n\n"Tenemos muchos satélites nuevos en órbita y nadie los vigila", enfatizó la astrónoma mexicana.'
    expect(speakerOf(text, 'Tenemos muchos satélites')).toBe('Lucía Peralta')
  })
  test('a regnal number is no acronym: “Isabel II”, “Felipe VI” may be “she” and “he”', () => {
    for (const name of ['Isabel II', 'Felipe VI', 'Juan Carlos I']) expect(canBeHeOrShe(name, false, '')).toBe(true)
    expect(canBeHeOrShe('BBC Sport', false, '')).toBe(false)
  })
})

describe('a role of a body named before the verb is its subject; what follows the verb is its object', () => {
  test('«El portavoz del PP defendió las reformas: «…»»: the spokesman, never “las reformas”', () => {
    const text = 'Crisis\n\nLa presidenta Ana Ruiz se reunió con los diputados.\n\nEl portavoz del PP defendió las reformas: "Son necesarias".'
    expect(speakerOf(text, 'Son necesarias')).toBe('El portavoz del PP')
  })
})

describe('a body word is never taken for a longer name it only completes', () => {
  test('«El Gobierno aseguró» after «el Palacio de Gobierno»: the government, never the palace', () => {
    const text = 'Crisis\n\nLa presidenta Dina Boluarte se reunió el martes en el Palacio de Gobierno.\n\nEl Gobierno aseguró que "no va a renunciar".'
    expect(speakerOf(text, 'no va a renunciar')).toBe('Gobierno')
  })
})

describe('names given as examples are no subject', () => {
  test('“el centro fichó a investigadores como Óscar Fernández-Capetillo y Manuel Serrano. «…», explica.”: the scientist the text is about, never the examples', () => {
    const text = 'La científica\n\nMaría Blasco dirigió durante doce años el CNIO.\n\n«Nunca pensé que terminaría así», reconoce en su casa de Madrid.\n\nDurante su etapa, el centro fichó a investigadores como Óscar Fernández-Capetillo y Manuel Serrano. «Eran los mejores, y vinieron porque creían en el proyecto», explica.'
    expect(speakerOf(text, 'Eran los mejores')).toBe('María Blasco')
  })
})

describe('someone unnamed, described in more than one word, who opened the sentence before', () => {
  test('“A government spokesman said …. But he added: “…””: the spokesman goes on, never a man named paragraphs before; “Un desafío que asegura es difícil” is no one', () => {
    const text = 'Plan\n\nLord Butler said the plan bypassed the Cabinet.\n\nAna Ruiz criticised the plan. A senior government spokesman said the plan was fair. But he added: "We will listen to concerns."'
    expect(speakerOf(text, 'We will listen')).toBe('A senior government spokesman')
    const gates = 'Vacunas\n\nBill Gates publicó una carta en una revista médica.\n\nGates considera necesario construir un sistema de vacunas. Un desafío que asegura es difícil pero que puede conseguirse. “Uno de los principales desafíos es mejorar la fabricación de proteínas”, señala.'
    expect(speakerOf(gates, 'Uno de los principales')).toBe('Bill Gates')
  })
})

describe('a victim or a witness no one named', () => {
  test('“In a statement read to the court, the victim said: “…””: the victim, never the prosecutor named before', () => {
    const text = 'Man jailed\n\nDaniel Price, 34, admitted wounding with intent at Swindon Crown Court.\n\nProsecutor Emma Blake told the court the victim had been left with "life-changing injuries".\n\nIn a statement read to the court, the victim said: "I am scared to go to work. I still have nightmares."'
    expect(speakerOf(text, 'I am scared')).toBe('the victim')
  })

  test('“The victim, Ana Ruiz, 31, was treated …. “…,” the victim said”: the one described so before', () => {
    const text = 'Attack\n\nProsecutor Tom Blake spoke first. The victim, Ana Ruiz, 31, was treated in hospital for a week.\n\n"I thought I would die," the victim said.'
    expect(speakerOf(text, 'I thought I would die')).toBe('Ana Ruiz')
  })
})

test('“Esta vecina insiste en que “…””: a demonstrative and the noun of someone described before, unnamed, is that one, as the article first described her', () => {
  const text = [
    'Fiestas',
    'Una vecina del barrio comenta a este diario que la medida no sirve porque permanecen "miles de personas rondando las calles".',
    'El presidente de la asociación, David Campo, explica: "Es una salvajada". Campo apunta que produce rechazo acudir.',
    'Esta vecina insiste en que "no hay ningún tipo de control de coches".'
  ].join('\n\n')
  expect(speakerOf(text, 'no hay ningún tipo')).toBe('Una vecina del barrio')
})

test('“the patient wrote”, “the follower wrote”: one someone treated or one who follows a star, never the doctor or the user named before', () => {
  const text = [
    'Duvet',
    'The patient was given steroids and switched his bedding. He is now fully recovered, Dr Owen Dempsey said.',
    '“It doesn’t affect me at all now,” the patient wrote in the case study.',
    'A user called Daniel posted a photo. At least one admirer seemed concerned. “Please gain a little weight,” the follower wrote.'
  ].join('\n\n')
  expect(speakerOf(text, 'It doesn’t affect me')).toBe('the patient')
  expect(speakerOf(text, 'Please gain a little')).toBe('the follower')
})

test('“But a spokesperson for the … Employers’ Association (UCEA) said … “…,” he said”: the spokesperson, after “But” and past the acronym, never the union leader named before', () => {
  const text = [
    'Contracts',
    'Jo Grady, the union leader, said the figures were "shocking".',
    'But a spokesperson for the Universities and Colleges Employers’ Association (UCEA) said its members had been reducing the number of "atypical contracts".',
    '“UCEA has worked with the unions to better understand employment across the sector,” he said.'
  ].join('\n\n')
  const spokesperson = 'a spokesperson for the Universities and Colleges Employers’ Association'
  expect(speakerOf(text, 'atypical contracts')).toBe(spokesperson)
  expect(speakerOf(text, 'UCEA has worked')).toBe(spokesperson)
})

describe('someone described under the headline and named in the paragraph after (a delayed identification)', () => {
  test('“A co-owner of the NHL’s New Jersey Devils said … “truly sorry”” then “Devils co-owner Joshua Harris said …”: Harris', () => {
    const text = [
      'NHL owner apologizes for landing helicopter at kids’ soccer game',
      'A co-owner of the NHL’s New Jersey Devils said today that he’s “truly sorry” after landing a helicopter in the middle of a game.',
      'Devils co-owner Joshua Harris said in a statement that he understood the frustration of the parents.'
    ].join('\n\n')
    expect(speakerOf(text, 'truly sorry')).toBe('Joshua Harris')
  })

  test('“PHNOM PENH - … a “chain of accusations,” a witness told the tribunal” below a caption and a byline, then “Suong Sikheoun, 75, …”: the dateline opens the lede', () => {
    const text = [
      'Tribunal witness describes chain of accusations',
      'Human skulls are displayed in the stupa of Choeung Ek, a former Khmer Rouge killing field dotted with mass graves about nine miles south of Phnom Penh, the capital.',
      'Kong Sothanarith, VOA Khmer',
      'PHNOM PENH - Much of the death under the Khmer Rouge was the result of a “chain of accusations,” a witness told the UN-backed tribunal Monday.',
      'Suong Sikheoun, 75, a former deputy of protocol at the foreign ministry, said a series of arrests came from one person accusing another.'
    ].join('\n\n')
    expect(speakerOf(text, 'chain of accusations')).toBe('Suong Sikheoun')
  })

  test('a paragraph that is only a quote, with no one named before it, is guessed to be the one the next paragraph opens by naming', () => {
    const text = 'Narcotráfico en Chile\n\nChile se ha visto como un país de tránsito de droga.\n\n«Chile no está dando una guerra contra el narcotráfico».\n\nClaudia Pizarro es alcaldesa de la comuna de La Pintana.'
    const q = suggestQuotes(text).find((x) => x.text.startsWith('Chile no está'))
    expect([q?.speaker, q?.confident]).toEqual(['Claudia Pizarro', false])
  })

  test('the one described stays unnamed when the next paragraph opens with no name, or the quote is further down', () => {
    const lede = 'Council\n\nA city official said the plan was “dead on arrival” after the vote.\n\nThe council met again on Monday. Mayor Ann Lee spoke first.'
    expect(speakerOf(lede, 'dead on arrival')).toBe('A city official')
    const later = 'Council\n\nThe council met on Monday.\n\nA city official said the plan was “dead on arrival” after the vote.\n\nMayor Ann Lee spoke first.'
    expect(speakerOf(later, 'dead on arrival')).toBe('A city official')
  })
})

test('“…, attended by the former President of Iceland Ólafur Grímsson, and he’d remarked that … “…”” is Grímsson: “he’d” is “he”, and a man named in a phrase is who it stands for when no subject fits', () => {
  const text = 'Ice\n\nLeslie Field runs the team. Field told me that she’d spoken at an online event attended by the former President of Iceland Ólafur Grímsson, and he’d remarked that, if it is possible to preserve valuable ice, “it would be a gift of fortune, a gift from God.”'
  expect(speakerOf(text, 'it would be a gift')).toBe('Ólafur Grímsson')
})

test('a sentence reported through a verb set off by commas (“José Narro, su dirigente, señala, llegó …”) is the speaker’s, so a later “dice” goes on with her, not with José Narro', () => {
  const text = 'Habla la activista\n\nLa dirigente Leticia Torres Villa recibió a este diario en su casa. “Nosotros seguimos aquí”, dijo.\n\nJosé Narro Céspedes, su dirigente, señala, llegó al estado en 1984 para trabajar al lado de Pérez Cuevas.\n\n“Ahora se endilga 40 años” de una lucha que no dio, dice.'
  expect(speakerOf(text, 'Ahora se endilga')).toBe('Leticia Torres Villa')
})

test('“A WHO spokesperson in New Delhi said … “…,” she said”: the unnamed spokesperson, wherever she was, not the official named a paragraph before', () => {
  const text = 'Floods\n\nUN relief chief Jan Egeland said aid was arriving. "We are doing what we can," Egeland said.\n\nA Unicef spokeswoman in Port Blair said the clinics were full. "We need clean water more than anything," she said.'
  expect(speakerOf(text, 'We need clean water')).toBe('A Unicef spokeswoman')
})

test('“Ahmed Amer, 44, agreed.” then ““…,” he told …”: a verb at the end of a name and its asides is that name’s, so “he” is Amer, not the one quoted before', () => {
  const text = 'Gaza\n\nJamil Al Saadouni said it was "an internal decision."\n\nAhmed Amer, 44, agreed.\n\n"Choosing a military leadership now can harm the talks," he told the reporter.'
  expect(speakerOf(text, 'Choosing a military')).toBe('Ahmed Amer')
})

test('“el mensaje de Pedro Ruiz supuso …. “…”, espetó el ingeniero de pista”: the one whose message it was, not the driver the paragraph before was about', () => {
  const text = 'La revancha de Marcos Vidal\n\nLuis Soto había frenado en la recta.\n\nNada más cruzar la meta, el mensaje de Pedro Ruiz supuso la primera descarga. "El karma es algo maravilloso", espetó el ingeniero de pista a Marcos Vidal.'
  expect(speakerOf(text, 'El karma es')).toBe('Pedro Ruiz')
})

test('“… en el juicio de su amigo Nicolás López, el periodista recordó …”, “… with her friend John Reed”: a name after a preposition and someone’s noun is no subject', () => {
  const es = 'Zona\n\nHugo Valencia contó detalles de la pelea.\n\nMientras analizaban las actitudes de la actriz, quien participó en el juicio de su amigo Nicolás López, el periodista recordó la situación.\n\n“Ustedes saben que ella es despistada”, afirmó de entrada el comunicador.'
  expect(speakerOf(es, 'Ustedes saben')).toBe('Hugo Valencia')
  const en = 'Trial\n\nTom Hale told the story on air on Monday.\n\nWhile the panel discussed the actress, the host recalled the night with her friend John Reed.\n\n“She was furious,” the presenter said.'
  expect(speakerOf(en, 'She was furious')).toBe('Tom Hale')
})

test('“… Ryan Seacrest … ¶ For one of the busiest stars, who has built an empire that includes Idol, … ¶ “…,” says the Emmy winner”: the object of a relative clause is no subject', () => {
  const text = 'Ryan Seacrest at 40\n\nThen there’s Ryan Seacrest, who’s looking the landmark square in the eye.\n\nHis birthday "is a turning point," the American Idol host tells PEOPLE.\n\nFor one of the busiest stars in show business, who has built a multimedia empire that includes Idol, this means adding "find balance" to his list.\n\n"Until recently, I felt I shouldn’t ever have a day off," says the Emmy winner.'
  expect(speakerOf(text, 'Until recently')).toBe('Ryan Seacrest')
})
