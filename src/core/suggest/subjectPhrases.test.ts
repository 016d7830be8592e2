import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { sentenceSubject } from './sentenceSubject'

// The words between a cue and its speaker, and around a subject: clauses, asides, descriptions, relatives.

describe('a clause after the cue', () => {
  test('a name with its own verb after the cue is what was said about, not who said it: “X, who …, vowed the Board was doing “…””', () => {
    const text = 'Education Secretary Tom Ruiz, who chaired an emergency meeting, vowed the Board was doing “everything it can” to keep pupils safe.'
    expect(speakerOf(text, 'everything it can')).toBe('Tom Ruiz')
  })

  test('…even when the relative clause has commas of its own: “Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, said NHS staff wanted “…””', () => {
    const text = 'Health\n\nMs Hutt defended her record.\n\nDr Brian Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, said NHS staff wanted a period of calm after “tremendous change and reform”.'
    expect(speakerOf(text, 'tremendous change')).toBe('Brian Gibbons')
  })
})

describe('asides and phrases between the cue and the speaker', () => {
  test('a name before its age is the subject, not the day after the verb: ““…,” Price, 37, said Wednesday.”', () => {
    const text = 'Dana Price was attacked at the club.\n\n"When I look in the mirror I am angry," Price, 37, said Wednesday.'
    expect(speakerOf(text, 'When I look')).toBe('Dana Price')
  })

  test('the country after a city is an aside: ““…,” Ana Mills of the University of Leeds in Bradford, England, said”', () => {
    const text = 'Tourism has grown fast.\n\n“The effects will not be small,” Ana Mills of the University of Leeds in Bradford, England, said to the BBC.'
    expect(speakerOf(text, 'The effects')).toBe('Ana Mills')
  })

  test('a person named in the phrase after the verb is its subject: “sostuvo ante periodistas Eduardo Ruiz al concluir la audiencia”', () => {
    const text = 'El juicio empieza en septiembre.\n\n"Eso es fundamental para la defensa", sostuvo ante periodistas Eduardo Ruiz al concluir la audiencia de este martes.'
    expect(speakerOf(text, 'Eso es fundamental')).toBe('Eduardo Ruiz')
  })

  test('a long phrase of means stands before the subject, but a participle’s agent is no subject: “informó por medio de un comunicado de prensa Ana Ruiz”', () => {
    const text = 'El presidente Tomás Vera anunció el viaje.\n\n"El canciller viajará a Lima el lunes", informó por medio de un comunicado de prensa Ana Ruiz, la portavoz del ministerio.'
    expect(speakerOf(text, 'El canciller viajará')).toBe('Ana Ruiz')
    const agent = 'La carrera\n\nHoras antes de la salida, Pedro Sala, presidente de la Federación, replicó a la carta abierta publicada por la GPDA: "¿Tenemos que explicarles los motivos de nuestras decisiones? No, nadie tiene que hacerlo."'
    expect(speakerOf(agent, '¿Tenemos que')).toBe('Pedro Sala')
  })
})

describe('a capitalised word inside a description', () => {
  test('“says a senior Afghan economic official” is that official, never the “Afghan Elvis” named before', () => {
    const text = 'The singer, nicknamed Afghan Elvis, sold out.\n\n“If you ask people whether we have a billionaire, they will say no,” says a senior Afghan economic official, who asked to remain anonymous.'
    expect(speakerOf(text, 'If you ask')).toBe('a senior Afghan economic official')
  })
})

describe('the subject inside an object relative', () => {
  test('“a payout that the fund’s investor Leon Hart blasted as “…””: the name after “that” is who spoke, with the noun that describes him', () => {
    const text = 'The fund will leave with a payout that New Media investor Leon Hart blasted on a conference call as “morally wrong.”'
    expect(speakerOf(text, 'morally wrong')).toBe('Leon Hart')
  })

  test('“un detalle que Brand contaba … cuando mencionó que …: “…””: the one after “que” is the subject, not the detail', () => {
    const text = 'Christo Brand fue su carcelero. Mandela le había dado su número de casa, un detalle que Brand contaba con la misma naturalidad que cuando mencionó que volvieron a reunirse en Ámsterdam: “Me presentó a la reina de Holanda”.'
    expect(speakerOf(text, 'Me presentó')).toBe('Christo Brand')
  })

  test('“the parishioners who Jonathan Edwards warned were suspended by “…””, “los feligreses que Juan Pérez advirtió estaban colgados “…””: right before the cue', () => {
    const en = 'Mother\n\nMy mother never quite believed in it. We were like the parishioners who Jonathan Edwards warned were suspended over Hell by “a slender thread,” which God might sever.'
    expect(speakerOf(en, 'a slender thread')).toBe('Jonathan Edwards')
    const es = 'Madre\n\nMi madre nunca lo creyó. Éramos como los feligreses que Juan Pérez advirtió estaban colgados “de un hilo muy fino” sobre el infierno.'
    expect(speakerOf(es, 'de un hilo')).toBe('Juan Pérez')
  })
})

describe('plural subjects and opening purpose phrases', () => {
  test('a plain verb after a plural reports the quote: “his lawyers maintain that the charges “…””', () => {
    const text = 'Corrie Lee reported the story on Monday.\n\nThe SEC filed charges against the former CEO. He stepped down last month, but his lawyers maintain that the charges "are baseless and false."'
    expect(speakerOf(text, 'are baseless')).toBe('his lawyers')
  })

  test('“To prove the point, a spokesman for …, had this to say: “…””: the purpose phrase is no subject', () => {
    const text = 'To prove the point, a spokesman for the Defense Commission, the highest body, had this to say about the film: "It is reckless like a monkey in a forest."'
    expect(speakerOf(text, 'It is reckless')).toBe('a spokesman for the Defense Commission')
  })
})

describe('the speaker a sentence names at its end, or never', () => {
  test('a sentence that ends “…, Reyes warns.” names the speaker of the “he said” after it, not the firms it lists first', () => {
    const text = 'Paul Reyes spoke in Denver.\n\nThe bank will buy bonds from lenders Sallie Bay and Fannie Rae, keeping rates low -- a policy that could create a bubble, Reyes warns.\n\n"Conditions are far from good," he said.'
    expect(speakerOf(text, 'Conditions are')).toBe('Paul Reyes')
  })

  test('“…, a source close to the inquiry has told Reuters.” then ““…,” he said”: the unnamed source, not the plane named first', () => {
    const text = 'The search went on.\n\nSkyAir KL990 made an "unusually" steep climb before it fell, according to radar data, a source close to the inquiry has told Reuters.\n\n"The numbers from the radar are far too high," he said.'
    expect(speakerOf(text, 'The numbers from')).toBe('a source close to the inquiry')
  })

  test('“in prepared remarks during a speech in Tulsa, Okla.” has no speaker after “remarks”: the next quote is still Reyes’s', () => {
    const text = 'Paul Reyes spoke on Friday.\n\n"Of course markets want cheap money," Reyes said in prepared remarks during a speech in Tulsa, Okla. "They are earning a return on free money."'
    expect(speakerOf(text, 'They are earning')).toBe('Paul Reyes')
  })

  test('a speech verb at the end of a compound is none: “a series of hand-written notes, mocking “…”” has no speaker “a series of hand-”', () => {
    const text = 'Keith Joseph sent a paper to Downing Street.\n\nMrs Thatcher marked his briefing note with a series of hand-written annotations, complaining about his use of “the grand language” of the plan.'
    expect(speakerOf(text, 'the grand language')).not.toBe('a series of hand-')
  })

  test('“Sobre la Aduana de Manzanillo, dijo que …”: the body after “Sobre” and its article is the topic; the verb has no subject there', () => {
    const text = 'El presidente Andrés Manuel López Obrador habló el lunes en Palacio Nacional.\n\nSobre la Aduana de Manzanillo, dijo que se trata de “un engaño, una simulación”.'
    expect(speakerOf(text, 'un engaño')).toBe('Andrés Manuel López Obrador')
  })

  test('“dijo reconociendo que la Secretaría de Salud …”: a gerund after the verb opens a clause; the body in it is no subject', () => {
    const text = 'La ministra Olga Ruiz Cordero habló el miércoles.\n\nSe le preguntó por el aborto. “Esto lo van a decidir las mujeres”, dijo reconociendo que la Secretaría de Salud no enviará una iniciativa.'
    expect(speakerOf(text, 'Esto lo van')).not.toBe('Secretaría de Salud')
  })
})

describe('words that open a sentence or a phrase, never a subject', () => {
  test('an era after a year is no one: “as early as 500 BC saying “…”” has no speaker “BC”', () => {
    const text = 'Researchers studied street lights.\n\nIn their study, researchers explain ways used to light the streets as early as 500 BC saying “the ancient Romans used oil lamps in front of their homes.”'
    expect(speakerOf(text, 'the ancient Romans')).not.toBe('BC')
  })

  test('an impersonal verb that opens a sentence is no speaker: “Resulta alarmante, advirtió, que “…”” is not “Resulta”’s', () => {
    const text = 'El ministro habló el lunes.\n\nResulta alarmante, advirtió, que "nadie lo haya visto".'
    expect(speakerOf(text, 'nadie lo haya')).not.toBe('Resulta')
  })

  test('a name after “aboard” is where someone was: “aboard the destroyer USS Hale, the Pentagon chief said …” is the chief named before', () => {
    const text = 'Defense Secretary Robert Gates has ordered a review of the Marine Corps.\n\nIn a separate session with sailors aboard the destroyer USS Hale, the Pentagon chief said the Corps had "gotten too big" and would be trimmed.'
    expect(speakerOf(text, 'gotten too big')).toBe('Robert Gates')
  })
})

describe('an adverb set off by a comma before the subject', () => {
  test('“Here, Jerry picks up the story: “…”” is Jerry’s, not the adverb’s nor the last speaker’s', () => {
    const text = 'Jerry Hale owns the team. His son Stephen Hale runs it.\n\nBut Stephen was fit. “I got him down,” Stephen recalls, “and put him in a hold.”\n\nHere, Jerry picks up the story: “He got Jim around the neck, and everybody was worried.”'
    expect(speakerOf(text, 'He got Jim')).toBe('Jerry Hale')
  })
})

describe('who the words around a subject say is not it', () => {
  test('the interviewer after “con” is not the one a description points back at: “En entrevista con Pedro Sola, el funcionario dijo que …” is the official named before', () => {
    const text = 'Tomás Gil Arce habló del caso. En entrevista con Pedro Sola, el funcionario dijo que un hombre tenía antecedentes. "Tenemos conocimiento de que había tenido ingresos al penal."'
    expect(speakerOf(text, 'Tenemos conocimiento')).toBe('Tomás Gil Arce')
  })

  test('“our” and “nuestro” open a role like “his” and “su”: ““…”, explicó nuestro informante” is the informant, not the outlet', () => {
    const text = 'La Voz confirmó la noticia con el club.\n\n"Esperemos el repunte", explicó nuestro informante.'
    expect(speakerOf(text, 'Esperemos')).toBe('nuestro informante')
  })

  test('a title in a body that ends in a person’s name is that person: “Chief Financial Officer of Fresh Mart Laura Benson said” is Laura Benson', () => {
    const text = 'There is no end in sight for rising prices, President and Chief Financial Officer of Fresh Mart Laura Benson said yesterday, adding that the chain tries to "beat the price".'
    expect(speakerOf(text, 'beat the price')).toBe('Laura Benson')
  })

  test('a capitalised word that is no name does not stop the sentence’s subject after it: “También faltó el líder de la oposición, Pablo Vela, que tildó …”', () => {
    const text = 'Pedro Ruiz presidió el acto en Madrid. También faltó el líder de la oposición, Pablo Vela, que tildó el acto de "propagandístico".'
    expect(speakerOf(text, 'propagandístico')).toBe('Pablo Vela')
  })

  test('“Más” opening a sentence is the adverb, not short for the party “Más País”', () => {
    const text = 'Íñigo Errejón, el líder de Más País, habló ayer. Más lejos va Juan Soto, fundador de Podemos: “Lo que vemos es la continuidad de una tradición”.'
    expect(speakerOf(text, 'Lo que vemos')).not.toBe('Más País')
  })

  test('a nation of the United Kingdom after “de” is a place, no part of the name: “Carlos III de Inglaterra” is Carlos III', () => {
    const text = 'La ceremonia duró una hora.\n\n"Todo irá bien", afirmó el rey Carlos III de Inglaterra en la ceremonia.'
    expect(speakerOf(text, 'Todo irá bien')).toBe('Carlos III')
  })
})

describe('round 21: words before or after a subject that are not it', () => {
  test('a body’s name before a title and a name describes the one named: “Blue Harbor Media founder Rita Holm gives color …: “…”” is Rita Holm', () => {
    const text = 'The firm grew fast.\n\nBlue Harbor Media founder Rita Holm gives color to this idea: “As the world has become connected, influencers matter.”'
    expect(speakerOf(text, 'As the world')).toBe('Rita Holm')
  })

  test('a compound adjective before a writing’s noun is part of the writing: “according to the French-language announcement”', () => {
    const text = 'The mine runs ads on radio.\n\n“The company is building a new town with an investment of $50 million,” according to the French-language announcement.'
    expect(speakerOf(text, 'The company is building')).toBe('the French-language announcement')
  })

  test('a span of time that opens a sentence is never its speaker: “A few weeks earlier, researchers … described the plan as the “…””', () => {
    const text = 'The city tested many people. A few weeks earlier, researchers at the Lister Institute described the plan as the “gold standard of detection.”'
    expect(speakerOf(text, 'gold standard')).not.toBe('A few weeks earlier')
  })

  test('the station an interview was given for is no speaker: ““…”, señaló en entrevista concedida para Radio Sur Tacna” is the minister named before', () => {
    const text = 'El ministro Juan Prado habló ayer del plan.\n\n“Estamos considerando este escenario también”, señaló en entrevista concedida para Radio Sur Tacna.'
    expect(speakerOf(text, 'Estamos considerando')).toBe('Juan Prado')
  })

  test('a capitalised word inside a description after the verb is no name; the name after its comma is: “says seasoned PR pro and co-founder of LindQuinn, Ada Lind”', () => {
    const text = 'Pitching changed. IPO PR grew.\n\n“You can\'t get away with mass pitching anymore,” says seasoned PR pro and co-founder of LindQuinn, Ada Lind.'
    expect(speakerOf(text, 'You can')).toBe('Ada Lind')
  })

  test('two places joined are no speaker: “Chile y Brasil, dijeron que “…”” is not “Chile y Brasil”', () => {
    const text = 'Ana Ruiz estudia el agua. Chile y Brasil, dijeron que "habrá un gran riesgo para América Latina".'
    expect(speakerOf(text, 'habrá un gran riesgo')).not.toBe('Chile y Brasil')
  })

  test('a place of two words (“Reino Unido”) is no one a verb with no subject goes back to: “…”, aseveró is the one speaking before', () => {
    const text = 'El funcionario José Ramírez habló de la variante. "Es una variante nueva", dijo.\n\nAlgo similar pasó con las variantes de países como Reino Unido, Brasil y Sudáfrica.\n\n"Nos dimos cuenta que iban incrementando en estos países", aseveró.'
    expect(speakerOf(text, 'Nos dimos cuenta')).toBe('José Ramírez')
  })
})

describe('the subject that opens the sentence, up to its verb', () => {
  test('a described subject ends at its speech verb: “The mayor testified, describing the plan as “…”” is the mayor’s', () => {
    const text = 'The hearing ran late.\n\nThe mayor testified, describing the plan as "a disaster for the city" before the council.'
    expect(speakerOf(text, 'a disaster for the city')).toBe('The mayor')
  })

  test('a plural for people with no article and the body they belong to is the subject: “officials at Etlaq described …”', () => {
    const text = 'The launch was called off.\n\nIn a post, officials at Etlaq described the launch as having “successfully concluded without ignition.”'
    expect(speakerOf(text, 'successfully concluded')).toBe('officials at Etlaq')
  })

  test('a date before the verb is when, not who: “El pasado 12 de septiembre informó que “…”” is not said by the date', () => {
    const text = 'Ana Ruiz dirige la panadería.\n\nEl pasado 12 de septiembre informó que la harina "subió de precio tres veces" en un mes.'
    expect(speakerOf(text, 'subió de precio')).not.toMatch(/septiembre/u)
  })
})

describe('the day and the place after the verb', () => {
  test('a weekday after the verb is when, not who: ““…,” Abdul Younis, the opposition’s top military official, said Tuesday.”', () => {
    const text = 'NATO strikes go on.\n\n"We are disappointed," Gen. Abdul Younis, the opposition\'s top military official, said Tuesday.'
    expect(speakerOf(text, 'We are disappointed')).toBe('Abdul Younis')
  })

  test('a name after “at the” following the verb is where it was said: “said Tuesday at the Vox Media’s Code Media conference”', () => {
    const text = 'Kevin Moyer runs streaming.\n\n“We had some issues,” Moyer, Disney’s chairman of streaming, said Tuesday at the Vox Media’s Code Media conference in Hollywood.'
    expect(speakerOf(text, 'We had some issues')).toBe('Kevin Moyer')
  })

  test('a plural for people and the body they belong to, before the verb, is the speaker: ““…,” analysts at Boston Consulting Group wrote”', () => {
    const text = 'Agents are coming.\n\n“Companies should start preparing today,” analysts at Boston Consulting Group wrote recently in a report.'
    expect(speakerOf(text, 'Companies should start')).toBe('analysts at Boston Consulting Group')
  })
})

describe('what stands between the quote and whose it is', () => {
  test('a clause that goes on the quoted sentence stands aside: ““…” when he returns, Ben Kessel, chairman of …, told reporters”', () => {
    const text = 'Duncan flew to Dallas.\n\n"He will be prosecuted" when he returns to Liberia, Ben Kessel, chairman of the board of directors of the Liberia Airport Authority, told reporters.'
    expect(speakerOf(text, 'He will be prosecuted')).toBe('Ben Kessel')
  })

  test('a paragraph that is a quote signed after a dash is the signer’s: ““…” — Stockwell Day”', () => {
    const text = 'Ottawa trims its staff\n\nKevin Gaudet praised the plan.\n\n“It is what taxpayers want us to do.” — Stockwell Day'
    expect(speakerOf(text, 'It is what taxpayers')).toBe('Stockwell Day')
  })
})

describe('who a phrase of place or time is not', () => {
  test('a noun phrase after “in” is when, not who: “Jeremy Hunt …, but in an interview last year argued “…”” is Hunt’s', () => {
    const text = 'Homeopathy may be blacklisted.\n\nHealth Secretary Jeremy Hunt was criticised for backing a motion on homeopathy, but in an interview last year argued "when resources are tight we have to follow the evidence".'
    expect(speakerOf(text, 'when resources are tight')).toBe('Jeremy Hunt')
  })

  test('a person where they work is the subject, not the place: ““…,” the woman at the local chamber of commerce says”', () => {
    const text = 'I took the warehouse job.\n\n“Don’t take anything that happens there personally,” the woman at the local chamber of commerce says.'
    expect(speakerOf(text, 'Don’t take anything')).toBe('the woman at the local chamber of commerce')
  })

  test('“they said” after a sentence that ends “…, a source from X, Y and Z told the Evening Standard.” is the source', () => {
    const text = 'Bags cost more.\n\nThe law does not stop free paper bags, a source from the Department for Food, Environment and Rural Affairs told the Evening Standard.\n\n\'The key thing is encouraging people to reuse bags,\' they said.'
    expect(speakerOf(text, 'The key thing')).toBe('a source from the Department for Food, Environment and Rural Affairs')
  })
})

describe('a body’s people', () => {
  test('a body’s name and a plural for people after it are the speakers, not the body: “Department of Health legal advisers replied …”', () => {
    const text = 'Homeopathy\n\nAfter the threat, Department of Health legal advisers replied in emails that ministers had "decided to conduct a consultation".'
    expect(speakerOf(text, 'decided to conduct')).toBe('Department of Health legal advisers')
  })

  test('““…,” Pentagon officials said” is the officials’', () => {
    const text = 'Troops move\n\n"We are watching closely," Pentagon officials said.'
    expect(speakerOf(text, 'We are watching')).toBe('Pentagon officials')
  })
})

describe('words that are never a subject', () => {
  test('a phrase that opens with a preposition (“a través de un tuit”) is how something was said: the subject is the name before it', () => {
    const text = 'Melania\n\nMás tarde, el presidente de Estados Unidos, Donald Trump, publicó a través de un tuit que la noticia es falsa y agrega: "Melania ha aprendido lo deshonestos que son".'
    expect(speakerOf(text, 'Melania ha aprendido')).toBe('Donald Trump')
  })

  test('an intensifier before an adverb in -ly is no part of the subject: “Another individual rather bluntly wrote”', () => {
    const text = 'The singer posted photos on Instagram.\n\nAnother individual rather bluntly wrote to the singer, “Need to put on a few pounds.”'
    expect(speakerOf(text, 'Need to put on')).toBe('Another individual')
  })
})

describe('Spanish clauses around the verb', () => {
  test('“quien” stands for the one named before it for the second verb of its clause too: “contactó a Noam Chomsky, quien permanece aislado … y afirmó”', () => {
    const text = 'Coronavirus\n\nEl diario italiano Il Manifesto contactó a Noam Chomsky, quien permanece aislado en su hogar en Tucson y afirmó: “La situación es muy grave”.'
    expect(speakerOf(text, 'La situación')).toBe('Noam Chomsky')
  })

  test('a bare role, then the person described and named after a comma: “explica co-líder del estudio, el profesor Andrew Gloster”', () => {
    const text = 'Pandemia\n\nUn equipo de la Universidad de Basilea ha recopilado datos de 78 países. "Por un lado, los cambios pueden ser perjudiciales", explica co-líder del estudio, el profesor Andrew Gloster.'
    expect(speakerOf(text, 'Por un lado')).toBe('Andrew Gloster')
  })

  test('“Sobre …” with a speech verb in it is the sentence’s verb, not an opening phrase: the name after it is what was said about', () => {
    const text = 'Vacunas\n\n“Cada uno tiene una plataforma específica”, señaló el investigador Mauricio Rodríguez Álvarez.\n\nSobre la estrategia de la nación destacó: se avanza en una iniciativa internacional de diversos países, denominada COVAX.\n\n“México también está participando en estudios clínicos de fase tres con varias instituciones”.'
    expect(speakerOf(text, 'México también')).toBe('Mauricio Rodríguez Álvarez')
  })
})

describe('a name inside an unnamed person’s description', () => {
  test('after an indefinite article a name only describes: “a senior State Department official characterized …” has no name for a subject', () => {
    expect(sentenceSubject('But a senior State Department official characterized the departure this way:', 0)?.text).not.toBe('State Department')
    expect(sentenceSubject('A student at Wesleyan University wrote that he had investigated the movement.', 0)?.text).not.toBe('Wesleyan University')
    // (After "the" and a title, the name is the subject still: "El doctor Ayan Panja contrajo …".)
    expect(sentenceSubject('El doctor Ayan Panja contrajo la enfermedad en marzo.', 0)?.text).toBe('Ayan Panja')
  })
})

describe('a body’s name before a role, then the person after a comma', () => {
  test('“said EEF chief economist, Steve Radley” is Steve Radley, not the EEF', () => {
    const text = 'Rates held\n\nManufacturers said the hold would continue.\n\n"So far the evidence suggests that rate increases have helped," said EEF chief economist, Steve Radley.'
    expect(speakerOf(text, 'So far')).toBe('Steve Radley')
  })
})

describe('a source named by its words', () => {
  test('“…”, en las crudas palabras de la alcaldesa Claudia Pizarro: the words are hers, and so is the next “dice”', () => {
    const text = 'Drogas en Chile\n\nLucía Dammert, socióloga, estudia el consumo desde hace años. "El consumo aumentó en los últimos 15 años", asegura Dammert.\n\nEn las zonas pobres del país el consumo es de pasta base, una droga barata que "desintegra a la persona", en las crudas palabras de la alcaldesa Claudia Pizarro.\n\n"Hay lugares donde hay mucha pobreza y deserción escolar. Ahí son presa fácil", dice.'
    expect(speakerOf(text, 'desintegra')).toBe('Claudia Pizarro')
    expect(speakerOf(text, 'Hay lugares')).toBe('Claudia Pizarro')
    expect(speakerOf('Rates\n\nThe bank held rates, a move that was "a mistake", in the blunt words of the economist Ann Cole.', 'a mistake')).toBe('Ann Cole')
  })
})

describe('an adjective’s phrase that opens the sentence', () => {
  test('“Exultante por la salida del cepo, acusó …” names no “Exultante”: the verb goes on with the one speaking', () => {
    const text = 'Milei y Macri\n\nJavier Milei criticó a Mauricio Macri por "cuidar los negocios" en la Ciudad. Exultante por la salida del cepo, acusó al alcalde de haber cometido una "traición por la espalda" al contratar al publicista.'
    expect(speakerOf(text, 'traición')).toBe('Javier Milei')
    expect(sentenceSubject(' Furious at the leak, accused the opposition of lying.', 0)?.text).not.toBe('Furious')
    // (A first name is a name still: "Ana por la mañana, dijo" is Ana.)
    expect(sentenceSubject('Ana por la mañana, dijo que sí.', 0)?.text).toBe('Ana')
  })
})

describe('a title, the body it is of, and a name run on after it', () => {
  test('“Minister in the Ministry of Finance Brian Manning said” is Brian Manning, never the minister named before', () => {
    const text = 'Forex\n\nMinister Randall Mitchell proposed an amendment. It was rejected.\n\nBefore the vote, Minister in the Ministry of Finance Brian Manning said, "The issue is a simple one. Today the demand for forex outstrips the supply."'
    expect(speakerOf(text, 'The issue is')).toBe('Brian Manning')
  })
})
