import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { barePlural } from './speakerKind'

describe('round 3: the subject behind a relative pronoun, a possessive, a body with a title word, a fronted phrase', () => {
  test('“quien” before the cue stands for the person named right before it, and the verbs after keep that person', () => {
    const text = 'El gerente Luis Pardo habló en marzo.\n\nLa radio entrevistó a la alcaldesa Nora Ibáñez, quien señaló que “el puente abrirá en junio”. Indicó que “no faltan fondos”.'
    expect(speakerOf(text, 'el puente abrirá')).toBe('Nora Ibáñez')
    expect(speakerOf(text, 'no faltan fondos')).toBe('Nora Ibáñez')
  })

  test('“quienes” is plural: after “increpado por los alumnos, quienes lo acusaron de “…”” the students speak, not the one the sentence is about', () => {
    const text = 'Funa en la universidad\n\nPero Sergio Micco fue increpado por los alumnos, quienes lo acusaron de implantar “discursos de odio” en la facultad.'
    expect(speakerOf(text, 'discursos de odio')).toBe('los alumnos')
  })

  test('a thing owned before “quien” (“para saber su opinión, quien”) is not who spoke', () => {
    const text = 'El diario llamó al concejal Tomás Reyes, para saber su opinión, quien dijo que “la obra es necesaria”.'
    expect(speakerOf(text, 'la obra es necesaria')).toBe('Tomás Reyes')
  })

  test('a name with a possessive is the person, without the “’s” and without what they own', () => {
    const text = 'It was Clara Voss’s September speech that changed the vote.\n\nShe told the hall: “We will not wait another year.”'
    expect(speakerOf(text, 'We will not wait')).toBe('Clara Voss')
  })

  test('a body whose name holds a title word (“la Procuraduría General de la Nación”) speaks under its whole name', () => {
    const text = 'La Procuraduría General de la Nación revisó los contratos.\n\n“Hay pagos sin respaldo”, explicó la Procuraduría General de la Nación en su informe.'
    expect(speakerOf(text, 'Hay pagos sin respaldo')).toBe('Procuraduría General de la Nación')
  })

  test('a phrase with “a” set off by a comma before the verb (“A propósito, señaló”) is not the speaker', () => {
    const text = 'La vecina Ana Soto habló de la policía. A propósito, señaló que “los patrulleros nunca llegan de noche”.'
    expect(speakerOf(text, 'los patrulleros')).not.toBe('A propósito')
  })

  test('an unnamed speaker after the verb (“said one Labour organiser in the county”) is that person, not the body named inside it', () => {
    const text = 'The County Labour Party met on Friday.\n\n“They gave the seat away,” said one Labour organiser in the county.'
    expect(speakerOf(text, 'They gave the seat away')).toBe('one Labour organiser in the county')
  })

  test('a name after “on” is where the speaker was heard, not the speaker: “said a caller on Radio Kent”', () => {
    const text = 'The road was closed.\n\n“The whole hill is flooded,” said a caller on Radio Kent.'
    expect(speakerOf(text, 'The whole hill')).not.toBe('Radio Kent')
  })

  test('a clause opened by “If” before the subject is not the subject: the one “telling” the listener is the main clause’s', () => {
    const text = 'If the mayor ever saw the plans, Ruth Okafor would be amazed, telling the council, “Nobody in that office reads anything.”'
    expect(speakerOf(text, 'Nobody in that office')).toBe('Ruth Okafor')
  })

  test('a jury that “continúa” speaks as the jury, not as a person named before', () => {
    const text = 'El premio lo recibió la periodista Eva Lindo.\n\n“Su trabajo”, continúa el jurado, “ha cambiado la divulgación”.'
    expect(speakerOf(text, 'Su trabajo')).toBe('el jurado')
  })

  test('someone who confided to a diary is the speaker of what they wrote there', () => {
    const text = 'Omar Haddad kept notes for years. He confided to his diary, “the project will fail unless someone listens.”'
    expect(speakerOf(text, 'the project will fail')).toBe('Omar Haddad')
  })

  test('“Según informó X” names X as the source of the quote that follows in the sentence', () => {
    const text = 'El Instituto Nacional de Semillas (INASE) revisa cada lote.\n\nSegún informó el INASE a la radio, se detectó “una partida con semillas vencidas”, que fue retirada.'
    expect(speakerOf(text, 'una partida con semillas')).toBe('Instituto Nacional de Semillas')
  })

  test('“he says” after a sentence about a place’s university is the man named before, not the university', () => {
    const text = 'Prof Alan Reeve, head of Derby University, is calm. Derby, unlike many others, kept its open day. “Nobody fell ill,” he says.'
    expect(speakerOf(text, 'Nobody fell ill')).toBe('Alan Reeve')
  })

  test('a name with a possessive in the sentence before is not who “he” is: the sentence’s subject is', () => {
    const text = 'In 2019, as Victor Lang’s company grew, Paul Ortega left the board. “I saw it coming,” he told a reporter.'
    expect(speakerOf(text, 'I saw it coming')).toBe('Paul Ortega')
  })

  test('a pull quote on a line of its own is said by whoever the article later quotes with the same words', () => {
    const text = 'Mayor opens new bridge\n\n“We built it for the next hundred years.”\n\nThe bridge opened on Monday after six years of work.\n\n“We built it for the next hundred years,” said Mayor Lena Brandt.'
    expect(speakerOf(text, 'We built it for the next hundred years.')).toBe('Lena Brandt')
  })

  test('the same words quoted twice are one person’s: “described as “utterly unacceptable” by a Labour councillor” … “Utterly unacceptable,” said Ann Lee', () => {
    const text = 'Bonus anger\n\nThe bonus, which has been described as "utterly unacceptable" by a Labour councillor, will net the chief a further 3.6m shares.\n\nMinisters defended the award on Friday.\n\n"Utterly unacceptable," said Ann Lee, who leads the Labour group.'
    expect(speakerOf(text, 'utterly unacceptable')).toBe('Ann Lee')
  })

  test('a roundup item under a label line with party and state, then a date line, is said by the one on the label', () => {
    const text = 'Senators back the water bill\n\nSenator Ruth Calder (D-NM)\n\nMay 4, 2021\n\n“Every farm in the valley needs this water now.”\n\nSenator Owen Pratt (R-UT)\n\nMay 5, 2021\n\n“The bill is paid for and it is overdue.”'
    expect(speakerOf(text, 'Every farm')).toBe('Ruth Calder')
    expect(speakerOf(text, 'The bill is paid')).toBe('Owen Pratt')
  })

  test('a described subject of a body (“A spokesman for Leeds University urged …, saying:”) is the speaker of what it says', () => {
    const text = 'Helen Marsh, a student, spoke first.\n\nA spokesman for Leeds University urged students to ask for help, saying: “Our staff are here every day of the week.”'
    expect(speakerOf(text, 'Our staff are here')).toBe('A spokesman for Leeds University')
  })

  test('“denuncia” after an article and an adjective is a noun, not a speech verb: no one is made the speaker of the quote after it', () => {
    const text = 'La granja está en el valle: Monte Verde y Arroyo Seco, al norte del país. Su paso fue presentar la correspondiente denuncia ante la oficina que estudia el “uso indebido de semillas”.'
    expect(speakerOf(text, 'uso indebido')).toBeNull()
  })

  test('a name with a body’s office after it (“Vera Lind, NASA’s associate administrator of the Science Directorate, said”) is the speaker, not the office', () => {
    const text = 'NASA picks three landers\n\n“The plan was built to move quickly,” Vera Lind, NASA’s associate administrator of the Science Directorate, said in the statement.'
    expect(speakerOf(text, 'The plan was built')).toBe('Vera Lind')
  })

  test('a name with an apposition that names a city and its country (“a fellow at the Planck Institute in Munich, Germany, and co-author of the study”) is the speaker', () => {
    const text = 'Galaxies grow in a new model\n\n“Experiments of this kind pay off,” Owen Hale, a fellow at the Planck Institute in Munich, Germany, and co-author of the study, said in a statement.'
    expect(speakerOf(text, 'Experiments of this kind')).toBe('Owen Hale')
  })
})

describe('a name behind its asides, as British reports stack them', () => {
  test('“Tony Lloyd, the Manchester Central MP, whose constituency …, has pledged”: the MP, not the seat; in a clause joined by “and” too', () => {
    const text = [
      'Glazer bid',
      'Five MPs want the takeover blocked. They have signed a motion, and Tony Lloyd, the Manchester Central MP, whose constituency includes the club’s ground, has pledged to take the matter "to the prime minister if necessary".'
    ].join('\n\n')
    expect(speakerOf(text, 'to the prime minister')).toBe('Tony Lloyd')
  })

  test('a name with two appositions after it (“Ana Pike, an organizer at X, and a resident of Y, in Alaska, told me”) is the subject', () => {
    const text = [
      'Geoengineering test',
      '“We’ve known about climate change for how long?” Tony Marsh said. “This is something you could actually do.” Other opponents disagree. “You’re not going to see the implications until you deploy them,” Ana Pike, an organizer at the Indigenous Environmental Network, and a resident of St. Lawrence Island, in Alaska, told me. “And we only have one Earth.”'
    ].join('\n\n')
    expect(speakerOf(text, 'You’re not going to see')).toBe('Ana Pike')
    expect(speakerOf(text, 'And we only have one Earth')).toBe('Ana Pike')
  })
})

describe('a role, then a description run into a name, set off by commas', () => {
  test('“La ministra portavoz de la Corte Suprema, la juez Gloria Ana Chávez, afirmó que “…”” is the judge named, not the last senator', () => {
    const text = 'Indulto\n\nLa senadora Adriana Muñoz presentó el proyecto. La ministra portavoz de la Corte Suprema, la juez Gloria Ana Chávez, afirmó que "se debe tener la certeza de que los jueces no fallan según la postura política".'
    expect(speakerOf(text, 'se debe tener')).toBe('Gloria Ana Chávez')
  })
})

describe('the one something came from', () => {
  test('“One dissenting view came from Paul Grant, … He said:” is Paul Grant, not the analyst quoted before; “La crítica vino de …” too', () => {
    const en = 'New phone\n\n"It is a fine phone," said analyst Tom Reed.\n\nOne dissenting view came from Paul Grant, head of research at Ovid. He said: "I do not think it changes anything."'
    expect(speakerOf(en, 'I do not think')).toBe('Paul Grant')
    const es = 'Reforma\n\n"Es una buena ley", dijo el ministro Pedro Vidal.\n\nLa crítica más dura vino de Ana Soto, presidenta de la comisión. Ella dijo: "Es un error que pagaremos todos".'
    expect(speakerOf(es, 'Es un error')).toBe('Ana Soto')
  })
})

describe('a name that modifies a noun', () => {
  test('“Although the Nova mini was cheap …, he said” goes back to the analyst, not to the machine named in the headline', () => {
    const text = 'Zephyr Nova mini gets a warm welcome\n\nZephyr Nova fans have welcomed the cheap machine.\n\nPaul Dorn, an analyst at Ovid, has tried it. Although the Nova mini was very cheap for a Zephyr computer, it was still dear. "The PC world is a pile-them-high market," he said.'
    expect(speakerOf(text, 'The PC world')).toBe('Paul Dorn')
  })
})

describe('an opening gerund’s objects', () => {
  test('“Citing John Locke, Edmund Burke, and Thomas Jefferson, she recommended …” is the woman quoted before, never a name she cites', () => {
    const text = 'Anglosphere\n\nMargaret Thatcher spoke in Texas in 1996. "We share a heritage," she said.\n\nCiting John Locke, Edmund Burke, and Thomas Jefferson, she recommended an alliance that would “redefine the political landscape” of the West.'
    expect(speakerOf(text, 'redefine the political')).toBe('Margaret Thatcher')
  })

  test('“Channelling Churchill, he decreed that … “…”” is the historian before, never Winston Churchill named later', () => {
    const text = [
      'Union',
      'The Tory historian Andrew Roberts has taken up the cause. Channelling Churchill, he decreed that CANZUK would form the third pillar of the West: “It would be easily the largest country on the planet.”',
      'Winston Churchill had, after all, penned a history of the English-speaking peoples.'
    ].join('\n\n')
    expect(speakerOf(text, 'It would be easily')).toBe('Andrew Roberts')
  })
})

describe('a clause of time before the cue', () => {
  test('“Ndlovu said he was present when doctors told those at the hospital: “…”” is the doctors’, not his', () => {
    const text = 'Loss\n\n“It never really improved,” Ndlovu said.\n\nNdlovu said he was present when doctors told those at the hospital: “We just lost him.”'
    expect(speakerOf(text, 'We just lost')).toBe('doctors')
  })
  test('“… cuando durante meses dijo que Grandes “…””: a time after “cuando” is no group and no speaker', () => {
    const text = 'Pleno\n\n“Vaya demócrata”, ha afirmado Ortiz. El portavoz también ha criticado que Almeida “se haya sometido” cuando durante meses dijo que Grandes “no merecía” el título.'
    expect(speakerOf(text, 'no merecía')).not.toBe('durante meses')
    expect(barePlural('durante meses')).toBeNull()
  })
})


describe('a clause after a comma is no apposition', () => {
  test('“Según el delantero Rubén Castro, el capitán se queja …”: a clause with “se” describes no one, so “agregó el capitán” is the captain named before', () => {
    const text = 'Fútbol\n\nEl capitán del Betis, Juan Ortega, habló ayer con la prensa. Según el delantero Rubén Castro, el capitán se queja demasiado del árbitro.\n\n"Es algo que me parece inadecuado", agregó el capitán.'
    expect(speakerOf(text, 'Es algo que me parece')).toBe('Juan Ortega')
  })
})

describe('an office in capitals after a name', () => {
  test('“Dana Okoro, Certified Fitness Trainer and Life Coach says:” is Dana Okoro’s lead-in, never the office’s', () => {
    const lead = (line: string) => `Health\n\nFor busy people\n\n${line}\n\n"Walk for twenty minutes after every meal, and sleep well."`
    expect(speakerOf(lead('Dana Okoro, Certified Fitness Trainer and Life Coach says:'), 'Walk for twenty')).toBe('Dana Okoro')
    expect(speakerOf(lead('Dana Okoro, Certified Fitness Coach, says:'), 'Walk for twenty')).toBe('Dana Okoro')
  })
})

describe('a word for any body after the verb stands for the body named before', () => {
  test('““…”, precisó el organismo” after “el Instituto Nacional Electoral (INE) informó” is the institute', () => {
    const text = 'Elecciones\n\nA través de un comunicado, el Instituto Nacional Electoral (INE) informó que "todo está listo".\n\n"Las casillas abrirán a las ocho en punto", precisó el organismo.'
    expect(speakerOf(text, 'Las casillas')).toBe('Instituto Nacional Electoral')
  })
})

describe('a body’s name whose first word the article also writes in lower case', () => {
  test('““…,” the department said” after “The Department of Health opened an inquiry” is the department, and the quote is kept', () => {
    const text = 'Clinic closures\n\nThe Department of Health opened an inquiry on Monday.\n\n"We are neutral in this fight," the department said.\n\n"No comment," the department said later.'
    expect(speakerOf(text, 'We are neutral')).toBe('Department of Health')
    expect(speakerOf(text, 'No comment')).toBe('Department of Health')
  })
})

describe('a singular noun for many people is a group', () => {
  test('“The opposition called the plan “…””, “The crowd chanted “…””: never the minister named before', () => {
    const text = 'Budget\n\nFinance Minister Luis Caputo presented the plan on Monday.\n\nThe opposition called the plan "a total failure."\n\nOutside, the crowd chanted "Out, out, out!"'
    expect(speakerOf(text, 'a total failure')).toBe('The opposition')
    expect(speakerOf(text, 'Out, out')).toBe('the crowd')
  })
})

describe('the person a body speaks through', () => {
  test('“El PNV, a través de Joseba Agirrretxea, ha juzgado “oportuno y necesario” …”: the person named after “a través de”, never the party', () => {
    const text = 'Eutanasia\n\nEl Congreso debatió la ley el martes.\n\nEl PNV, a través de Joseba Agirrretxea, ha juzgado "oportuno y necesario" abordar la regulación de la eutanasia.'
    expect(speakerOf(text, 'oportuno y necesario')).toBe('Joseba Agirrretxea')
  })
})

test('“El médico intensivista y director de la UCI de la Clínica Colombia de Cali Jorge Salazar nos dijo: “…””: the person run on after the body, never the role whole', () => {
  const text = 'Matarratón\n\nEl Vademécum Colombiano de Plantas Medicinales describe la planta.\n\nEl médico intensivista y director de la Unidad de Cuidados Intensivos de la Clínica Colombia de Cali Jorge Salazar nos dijo: “la verdad es que si el matarratón curara el COVID-19, estaríamos felices”.'
  expect(speakerOf(text, 'la verdad es que si')).toBe('Jorge Salazar')
})

test('“…the intervention of Lord Myners, the former minister, who negotiated the deal. ¶ Earlier, he said: “…””: one a relative clause goes on about is the pronoun’s, in a phrase or not', () => {
  const text = [
    'Bonus row',
    'Mark Field, the Conservative MP, called the bonus "the ethics of the schoolground bully".',
    'However, this argument appeared to be undermined by the intervention of Lord Myners, the former financial services minister, who negotiated the deal.',
    'Earlier on Friday, he said: "There is nothing in the contract which binds the board to pay a bonus."'
  ].join('\n\n')
  expect(speakerOf(text, 'There is nothing in the contract')).toBe('Myners')
})

test('“José Luis Akaki, especialista en enfermedades respiratorias y docente de la Facultad …, de la Universidad La Salle, expone”: an apposition with no article, then another, describes the name', () => {
  const text = 'Médicos\n\nEl especialista Tello habló del tema.\n\nPor su parte José Luis Akaki, especialista en enfermedades respiratorias y docente de la Facultad Mexicana de Medicina, de la Universidad La Salle, expone que los especialistas se forman “a cuentagotas” en el país.'
  expect(speakerOf(text, 'a cuentagotas')).toBe('José Luis Akaki')
})

test('“… y no existen los suficientes, refiere el especialista”: a quantifier whose noun is left out is no speaker; the specialist is', () => {
  const text = 'Médicos\n\nEl especialista Xavier Tello habló del tema.\n\nSe necesitan hospitales para ese propósito y no existen los suficientes, refiere el especialista.\n\n“Como no hemos tenido esa infraestructura tenemos pocas plazas para entrenar”.'
  expect(speakerOf(text, 'Como no hemos tenido')).toBe('Xavier Tello')
})

test('“Han asistido al coloquio varios escritores, según dijo, “…””: an auxiliary that opens its sentence is no speaker, however short', () => {
  const text = 'China\n\nEl coloquio de la semana pasada fue un éxito que la editorial celebró con los traductores de la obra.\n\nHan asistido al coloquio varios escritores chinos, según dijo, "con mucho interés por la novela".'
  expect(speakerOf(text, 'con mucho interés')).not.toBe('Han')
})

test('“el ‘número dos’ de la Gestora ha lamentado que … “…””: marks round words in lower case inside a role are no part of it', () => {
  const text = "PSOE\n\nEl portavoz de la Gestora del PSOE, Mario Jiménez, habló ayer en Sevilla.\n\nEn definitiva, el 'número dos' de la Gestora ha lamentado que Podemos ha hecho \"un viaje de la Puerta del Sol a Marinaleda\", según dijo."
  expect(speakerOf(text, 'un viaje de la Puerta')).toBe('Mario Jiménez')
})

test('“A masked man on a motorbike rides up behind her shouting “…”. “…,” she adds”: the man shouts; “she” is the reporter, never the man', () => {
  const text = 'Protest\n\nSky News reporter Becky Johnson said: "There is a tense situation here."\n\nA masked man on a motorbike rides up behind her shouting "yo, free Palestine" in the clip. "The media are clearly not very welcome here," she adds.'
  expect(speakerOf(text, 'yo, free Palestine')).toBe('A masked man on a motorbike')
  expect(speakerOf(text, 'The media are clearly')).toBe('Becky Johnson')
})

test('“The father of Mr. Abaaoud … sued him in May, asserting that the son had “kidnapped” …”: the one described, of the one named, is the subject', () => {
  const text = 'Molenbeek\n\nIbrahim Abdeslam blew himself up in Paris.\n\nThe father of Mr. Abaaoud was so shocked that he sued him in May, asserting that the son had “kidnapped” another sibling.'
  expect(speakerOf(text, 'kidnapped')).toBe('The father of Mr. Abaaoud')
})

test('“An internal email obtained by The Times shows one manager writing: “…””: who a verb of seeing shows doing it speaks, never “The Times shows …”', () => {
  const text = 'Review\n\nRep. Ann Lee chairs the oversight panel.\n\nAn internal email obtained by The Times shows one manager writing: "Just sign it."'
  expect(speakerOf(text, 'Just sign it')).toBe('one manager')
})

test('“El Kremlin, a través de su portavoz, Dmitri Peskov, calificó …«…»”: the one a body speaks through is the speaker, their role before the name too', () => {
  const text = 'Ucrania\n\nEl presidente de Ucrania, Volodímir Zelenski, pidió a sus aliados «más defensa antiaérea».\n\nEl Kremlin, a través de su portavoz, Dmitri Peskov, calificó la petición de «provocación».'
  expect(speakerOf(text, 'provocación')).toBe('Dmitri Peskov')
})
