import { describe, expect, test } from 'vitest'
import { namedAsWritten, sharedName } from './confidence'
import { suggestQuotes } from './quotes'
import { pairs, speakerOf } from '../../../tests/support/suggestedSpeakers'


describe('the grammar of an attribution: whose subject the cue has', () => {
  test('a verb with its subject before it has its object after it: “La senadora Elena Nuño criticó el plan: «…»” is hers, not the plan’s', () => {
    expect(speakerOf('El diputado Diego Ibarra votó.\n\nLa senadora Elena Nuño criticó el plan: “es una respuesta tardía”.', 'es una respuesta')).toBe('Elena Nuño')
    expect(speakerOf('Un día después, cuenta Marenco, “éramos 300 personas reclamando”.', 'éramos')).toBe('Marenco')
  })

  test('“one survivor told the BBC” is a described speaker, and “Rep. Ann Fox, R-Texas, said” is Ann Fox, her party and state an aside', () => {
    expect(speakerOf('“We lost everything we had,” one survivor told the BBC.', 'We lost everything')).toBe('one survivor')
    expect(speakerOf('Rep. Ann Fox, R-Texas, said the plan “goes too far and costs too much.”', 'goes too far')).toBe('Ann Fox')
  })

  test('the name right after the cue is the speaker, not one later in the sentence: “said Smith of Jones”, “said Smith after Jones arrived”', () => {
    const pre = 'Mark Smith and Ann Jones met on Monday.\n\n'
    expect(speakerOf(`${pre}“She has always been a fighter,” said Smith of Jones.`, 'She has always')).toBe('Mark Smith')
    expect(speakerOf(`${pre}“We lost this one fair and square,” said Smith after Jones arrived.`, 'We lost')).toBe('Mark Smith')
  })

  test('a name with a possessive owns the speaker: “said Smith’s lawyer”, “Mark Smith’s mother confirmed”, but “Smith’s view” is his', () => {
    const pre = 'Mark Smith and Ann Jones met on Monday.\n\n'
    expect(speakerOf(`${pre}“We will appeal the ruling,” said Smith’s lawyer.`, 'We will appeal')).toBe('Smith’s lawyer')
    expect(speakerOf(`${pre}“He was a quiet child,” Mark Smith’s mother confirmed.`, 'He was a quiet')).toBe('Mark Smith’s mother')
    expect(speakerOf(`${pre}“Russia’s foreign ministry has spoken,” Jones said. “It is a breach of the accord,” Russia’s foreign ministry said in a statement.`, 'It is a breach')).toBe('Russia’s foreign ministry')
    expect(speakerOf(`${pre}Smith’s view was plain: “We will not go back to the table.”`, 'We will not go back')).toBe('Mark Smith')
  })

  test('a name with a possessive after the cue is what was spoken of, not who spoke: “Lee, the party leader, said Yoon’s “…””', () => {
    const text = 'Lee Jae-myung leads the party. Yoon Suk Yeol is president.\n\nLee, the Democratic Party leader, said Yoon’s “unconstitutional and illegal declaration of martial law” had caused chaos.'
    expect(speakerOf(text, 'unconstitutional')).toBe('Lee Jae-myung')
  })

  test('a cue word that is the object of a verb is a noun: “… “upsetting” when his teachers cracked jokes” is not the teachers’', () => {
    expect(speakerOf('Tom Reed said it was “upsetting and unfair to us” when his teachers cracked jokes about the vote.', 'upsetting')).toBe('Tom Reed')
    // …while “had said” and “was quoted saying” keep their cue.
    expect(speakerOf('Ann Fox ran the office. Later Jim Reed, who had said “never again,” left.', 'never again')).toBe('Jim Reed')
  })

  test('a cue set between commas before the quote has its subject after it: “Un día después, cuenta Marenco, «…»”', () => {
    const text = 'Andrés Marenco recuerda el 19 de abril.\n\nUn día después, cuenta Marenco, “éramos 300 personas reclamando”.'
    expect(pairs(text)).toEqual([['éramos 300 personas reclamando', 'Andrés Marenco']])
  })

  test('“told VOA reporter Pov Sok, «…»” names the listener, not the speaker', () => {
    const text = 'Sam Rainsy spoke in Washington.\n\nRainsy told VOA Khmer Service reporter Pov Sok, “We will present a political platform.”'
    expect(pairs(text)).toEqual([['We will present a political platform.', 'Sam Rainsy']])
  })

  test('the name after a short description follows the cue: “valora el universitario Elthon Rivera”', () => {
    expect(pairs('El rumbo de la educación “es muy preocupante”, valora el universitario Elthon Rivera, quien fue expulsado.')).toEqual([['es muy preocupante', 'Elthon Rivera']])
  })

  test('“explicó a La Estrella de Panamá”: the outlet spoken to is no speaker; the verb’s subject is who the text is about', () => {
    const text = 'Ivette Mora dirige una empresa.\n\n“Los espacios de trabajo cambian cada año”, explicó a La Estrella de Panamá.'
    expect(pairs(text)).toEqual([['Los espacios de trabajo cambian cada año', 'Ivette Mora']])
  })

  test('speech reported inside speech stays with the outer speaker: “Rosales explicó que Biden resaltó «…»”, “Coleman said in a statement Wednesday that Volcker assured him “…””', () => {
    const text = 'Kristina Rosales habló con la prensa.\n\nRosales explicó que Biden resaltó “la importancia que lleva el tema de los derechos humanos”.'
    expect(pairs(text)).toEqual([['la importancia que lleva el tema de los derechos humanos', 'Kristina Rosales']])
    const when = 'Senator Norm Coleman wrote to Paul Volcker.\n\nColeman said in a statement Wednesday that Volcker assured him “that any efforts to thwart our investigation would come to an end.”'
    expect(pairs(when)).toEqual([['that any efforts to thwart our investigation would come to an end.', 'Norm Coleman']])
  })

  test('a participle takes the name right before it as its subject: “Vitaly Mutko calling the report «…»”', () => {
    const text = 'Russia has denied these allegations, Russian sports minister Vitaly Mutko calling the report, when it came out, “unverified sources, on unverified facts”.'
    expect(pairs(text)).toEqual([['unverified sources, on unverified facts', 'Vitaly Mutko']])
  })

  test('a plural with no article is a source of its own: “fuentes de Montecon dijeron”', () => {
    expect(pairs('En tanto, fuentes de Montecon dijeron que “la empresa tomó esta medida para descomprimir la situación”.')).toEqual([
      ['la empresa tomó esta medida para descomprimir la situación', 'fuentes de Montecon']
    ])
  })

  test('a document speaks as itself and is never the nearest person: “the report said”', () => {
    const text = 'Sean Reardon led the study at Stanford.\n\n“The birth lottery matters more in the U.S. than in most countries,” the report said.'
    expect(pairs(text)).toEqual([['The birth lottery matters more in the U.S. than in most countries,', 'the report']])
  })

  test('a document as the subject of any verb before the quote speaks: “La Constitución manda «…»”, “el informe ubicó”', () => {
    expect(pairs('La “cuestión mapuche” es social. La Constitución manda “reconocer la preexistencia étnica y cultural de los pueblos”.')).toEqual([
      ['reconocer la preexistencia étnica y cultural de los pueblos', 'La Constitución']
    ])
    expect(pairs('Entre ellos aparecía Ocalan, a quien el informe ubicó "con domicilios en Palermo y en el centro".')).toEqual([['con domicilios en Palermo y en el centro', 'el informe']])
  })

  test('“Por su parte Gazprom, la proveedora, destacó …”: a discourse marker opens the sentence, the body is the subject', () => {
    expect(pairs('Por su parte Gazprom, la proveedora rusa, acusó recibo y destacó en un comunicado cómo “el tránsito se proporcionó sin problemas”.')).toEqual([
      ['el tránsito se proporcionó sin problemas', 'Gazprom']
    ])
  })

  test('a roundup signs each quote on the line after it: “— Jane Doe, The Herald”', () => {
    const text = 'What the papers said\n\n“The council has lost its way on housing.”\n\n— Jane Doe, The Herald'
    expect(pairs(text)).toEqual([['The council has lost its way on housing.', 'Jane Doe']])
  })

  test('a heading that is a quote names its speaker after a colon: “‘Difficult to have much confidence’: Desjardins”, before the paragraph around it', () => {
    const text = 'Economists react\n\nThe economy added jobs in May, the agency said.\n\n‘Difficult to have much confidence in the numbers’: Desjardins\n\nRoyce Mendes, managing director at Desjardins, said the data were noisy.\n\n"No pensé que el país fuera a empeorar": Damián Alcázar'
    expect(pairs(text)).toEqual([
      ['Difficult to have much confidence in the numbers', 'Desjardins'],
      ['No pensé que el país fuera a empeorar', 'Damián Alcázar']
    ])
  })

  test('“Consultado por un periodista, Biden sonrió y dijo:” — the participle phrase is not the subject', () => {
    expect(pairs('Consultado por un periodista sobre la declaración, Joe Biden sonrió y dijo: "Creo que el hombre tiene un problema".')).toEqual([
      ['Creo que el hombre tiene un problema', 'Joe Biden']
    ])
  })
})

describe('interviews, label lines and documents', () => {
  test('an interviewer’s question is the interviewer’s: “«Do you regret it?» King asked.”', () => {
    const text = 'Kamala Harris sat down with Gayle King on Sunday.\n\n“Do you regret the vote?” King asked.\n\n“No, I do not regret it at all,” Harris said.'
    expect(pairs(text)).toEqual([
      ['Do you regret the vote?', 'Gayle King'],
      ['No, I do not regret it at all,', 'Kamala Harris']
    ])
  })

  test('a label line before a quote names its speaker: “Jane Doe, mayor of Springfield, on Twitter:”', () => {
    const text = 'Reactions poured in on Monday.\n\nJane Doe, mayor of Springfield, on Twitter:\n\n“This is a sad day for our city and for everyone who lives here.”'
    expect(pairs(text)).toEqual([['This is a sad day for our city and for everyone who lives here.', 'Jane Doe']])
  })

  test('“the memo said” and “according to the memo” give the quote to the memo, not to the person named before', () => {
    const text = 'Ann Lee wrote to staff on Friday.\n\n“Staff must not speak to reporters,” the memo said.\n\nAccording to the memo, “all requests go to the press office.”'
    expect(pairs(text).map(([, who]) => who)).toEqual(['the memo', 'the memo'])
  })
})

describe('who the paragraph is about', () => {
  test('a quote with no cue of its own belongs to the speaker of the sentence before it in its paragraph', () => {
    const text = 'Javier Betancourt asked for details. “We were sold on it,” he said.\n\nMr. Ruano last week said signal preemption remains his issue. “For me, there are still two things that I have a real issue with.”'
    expect(pairs(text)[1]).toEqual(['For me, there are still two things that I have a real issue with.', 'Ruano'])
  })

  test('“Para Mairena, …” gives the sentence’s quote to Mairena', () => {
    const text = 'Yarithza Mairena fue expulsada.\n\nPara Mairena, la autonomía ya estaba cercenada, pero “se hizo más evidente el control total”.'
    expect(pairs(text)).toEqual([['se hizo más evidente el control total', 'Yarithza Mairena']])
  })

  test('“said another person”, “said someone”: an unnamed speaker as the article describes them', () => {
    const text = 'Margaritaville Hotels has properties all over the country.\n\n"The very idea of it is kind of cringey," said another person.'
    expect(pairs(text)).toEqual([['The very idea of it is kind of cringey,', 'another person']])
  })

  test('a name in a relative clause is not who the next quote is about: “El periodista, cuyo periódico Novaya Gazeta …”', () => {
    const text = 'Dmitry Muratov recibió el premio.\n\nEl periodista ruso, cuyo periódico Novaya Gazeta suspendió su publicación, advirtió del riesgo.\n\n“Oímos que hay que abrir los silos nucleares”, dijo.'
    expect(pairs(text)).toEqual([['Oímos que hay que abrir los silos nucleares', 'Dmitry Muratov']])
  })
})

describe('Spanish views and voices', () => {
  test('“X, para quien …” gives the quote in that clause to X', () => {
    expect(pairs('En eso coincide Elthon Rivera, para quien las nuevas generaciones “se han renovado por completo”.')).toEqual([['se han renovado por completo', 'Elthon Rivera']])
  })

  test('“tomar en cuenta” is no speech verb', () => {
    const text = 'Ivette Mora dirige AEI Spaces.\n\nPara la experta, los aspectos que se deben tomar en cuenta son otros. “Se ha evolucionado de un enfoque físico a uno mental”, agregó Mora.'
    expect(pairs(text)).toEqual([['Se ha evolucionado de un enfoque físico a uno mental', 'Ivette Mora']])
  })

  test('two people who speak together are both the speaker, and not a confident one', () => {
    const [s] = suggestQuotes('Las activistas Erika Andiola y Lucía Allain gritaron: “¡Usted deportó a tres millones de personas!”')
    expect(s?.speaker).toBe('Erika Andiola y Lucía Allain')
    expect(s?.confident).toBe(false)
  })

  test('a name in quotation marks with a description after it is a person under a pseudonym, and speaks', () => {
    const text = 'Jonathan López fue expulsado.\n\n“Maritza”, una estudiante recién graduada, se involucró en las protestas. “Mantuvimos vivas las protestas ciudadanas”, cuenta.'
    expect(pairs(text)).toEqual([['Mantuvimos vivas las protestas ciudadanas', 'Maritza']])
  })
})

describe('quotes across paragraphs', () => {
  test('a photo caption between two paragraphs of one speaker’s quotes does not end the speaker’s run', () => {
    const text = 'Hori Parata is an elder.\n\n“Greed in the ocean is hurting the whales,” says Parata.\n\nHori Parata at his farm, where he was born\n\n“We’re having to put up with a lot of stuff today.”'
    expect(pairs(text).map(([, who]) => who)).toEqual(['Hori Parata', 'Hori Parata'])
  })

  test('a paragraph that is only a quote, after a paragraph where someone spoke, is theirs', () => {
    const text = 'Barack Obama spoke in Nairobi.\n\nObama also admitted that some governments needed to improve. However, he defended his decision to engage with them.\n\n"Well, they\'re not ideal institutions. But engagement works."'
    expect(pairs(text)).toEqual([["Well, they're not ideal institutions. But engagement works.", 'Barack Obama']])
  })

  test('a cue far before the quote yields to a name right after it', () => {
    const text = 'To alleviate the threat, the officials said, the utility switched most of its covers to vented ones that let gases escape, “so they cannot form a combustible amount,” Mr. McHugh said.'
    expect(pairs(text)).toEqual([['so they cannot form a combustible amount,', 'McHugh']])
  })

  test('“the man could be heard saying”: the man speaks', () => {
    expect(pairs('Video shows him entering.\n\n"My girlfriend is trying to get an appointment," the man could be heard saying.')).toEqual([
      ['My girlfriend is trying to get an appointment,', 'the man']
    ])
  })
})

describe('pronouns stand for the subject of the speech before them', () => {
  test('“he said” after “X said. He said he …” is X, not a group named in between', () => {
    const text =
      'Ajmi Lourimi, a member of the party, said the attack would unite people.\n\n“There is a consensus here,” Lourimi said. He said he did not expect a campaign against Tunisian Islamists.\n\n“We have nothing to fear,” he said.'
    expect(pairs(text).map(([, who]) => who)).toEqual(['Ajmi Lourimi', 'Ajmi Lourimi'])
  })

  test('a new person made the subject since the last speech takes the pronoun', () => {
    const text = '“The parents are afraid,” asked Facebook user Kimleang Leng.\n\nHoeun Sopheak said that too much worry can hold the country back.\n\n“If we remain fearful, our country remains the same,” she said.'
    expect(pairs(text)[1]).toEqual(['If we remain fearful, our country remains the same,', 'Hoeun Sopheak'])
  })
})

describe('how sure the speaker is', () => {
  test('a name beside the cue is confident; a subject the verb leaves out is a question with candidates', () => {
    const [named] = suggestQuotes('“We will not back down,” said Maria Corina Machado.')
    expect(named!.confident).toBe(true)
    expect(named!.speakerConfidence).toBeGreaterThanOrEqual(0.85)
    const text = 'Yarithza Mairena fue expulsada. Jonathan López también.\n\n“No se permite el cuestionamiento dentro de los recintos”, denuncia.'
    const [dropped] = suggestQuotes(text)
    expect(dropped!.confident).toBe(false)
    expect(dropped!.candidates).toContain('Jonathan López')
    expect(dropped!.candidates).toContain('Yarithza Mairena')
  })

  test('a name before the quote, or a short acronym after it, is a question, not a confident name', () => {
    const [before] = suggestQuotes('Ana Ruiz, the mayor, said on Monday: “We will open the bridge in May.”')
    expect(before!.speaker).toBe('Ana Ruiz')
    expect(before!.confident).toBe(false)
    const [acronym] = suggestQuotes('El Comité Internacional de la Cruz Roja denunció el ataque.\n\n“Estamos desconsolados por la muerte de dos colegas”, explica la ONG en un comunicado.')
    expect(acronym!.confident).toBe(false)
  })

  test('a name spelt with and without its accent is one candidate, not two', () => {
    const text = 'Jorge Rodríguez habló el lunes. Jorge Rodriguez, the head of the Assembly, spoke too.\n\nHe said it would be “an important number” soon.'
    const [s] = suggestQuotes(text)
    expect(s!.candidates.filter((c) => /^Jorge Rodr[ií]guez$/u.test(c))).toHaveLength(1)
  })

  test('a quote nothing names a speaker for gets the nearest person as a guess, never confident, with the others as candidates', () => {
    const [s] = suggestQuotes('Ana Ruiz and Juan Pérez met on Monday.\n\n“This is the end of an era and we all know it.”')
    expect(s?.speaker).toBe('Juan Pérez')
    expect(s?.speakerConfidence).toBeLessThan(0.5)
    expect(s?.confident).toBe(false)
    expect(s?.candidates).toEqual(expect.arrayContaining(['Juan Pérez', 'Ana Ruiz']))
  })

  test('the guess is whoever a cue named last within six paragraphs, and no one the quote speaks of as “he”', () => {
    const text = 'Title\n\n“We have a plan,” said Ana Ruiz, the mayor.\n\nThe council meets on Friday to vote on the budget.\n\n“The vote will settle it.”'
    expect(speakerOf(text, 'The vote will')).toBe('Ana Ruiz')
    const about = 'Title\n\nThe council met on Friday with Juan Pérez in the chair and voted on the budget.'
    expect(speakerOf(`${about}\n\n“We never lose a vote.”`, 'We never')).toBe('Juan Pérez')
    expect(speakerOf(`${about}\n\n“He has never lost a vote and he never will.”`, 'He has never')).toBeNull()
  })
})

describe('where an attribution after a quote stops', () => {
  test('a clause after a comma and “mientras” is a new statement: its subject did not say the quote', () => {
    const text = 'La diputada Ana Ruiz se ha preguntado este lunes “para qué sirve una ley así”, mientras el portavoz del partido en el Senado, Luis Prado, ha criticado que nadie la explicara.'
    expect(speakerOf(text, 'para qué sirve')).toBe('Ana Ruiz')
  })

  test('“while” after a comma opens another person’s statement in English too', () => {
    const text = 'Councillor Jane Fox asked the board “who pays for the new depot”, while the finance chair, Tom Reyes, said the budget had room.'
    expect(speakerOf(text, 'who pays')).toBe('Jane Fox')
  })

  test('“while” with no comma goes on the quoted sentence, and the cue after it still names the speaker', () => {
    const text = '“The party is to blame for the crisis, because they were careless with the money” while they were in power, Grace Okafor said.'
    expect(speakerOf(text, 'The party is to blame')).toBe('Grace Okafor')
  })

  test('“según dijo a la agencia X un portavoz”: the one told is no speaker, the subject after it is', () => {
    const text = 'El protocolo sanitario es “difícil, pero puede cumplirse”, según dijo a The Associated Press un portavoz del ministerio.'
    expect(speakerOf(text, 'difícil, pero')).toBe('un portavoz del ministerio')
  })

  test('a verb after a quote whose object is a que-clause reports the next quote, not the one before', () => {
    const text = 'Partiendo de la crítica del alcalde a los “errores del pasado”, Marta García ha insistido en que “la ciudad ha cambiado mucho desde entonces”.'
    expect(speakerOf(text, 'la ciudad ha cambiado')).toBe('Marta García')
    expect(speakerOf(text, 'errores del pasado')).not.toBe('Marta García')
  })

  test('a surname two people named nearby share is never given as confident', () => {
    const text = 'Abu Hassan Amer, 44, agreed with the decision.\n\n“Choosing him is a good choice,” Sadeq Abu Amer told the paper.\n\n“There are rules to war and rules to peace,” said Amer.'
    const last = suggestQuotes(text).find((s) => s.text.startsWith('There are rules'))
    expect(last?.speaker).toBeTruthy()
    expect(last?.confident).toBe(false)
  })

  test('“Kenya’s President Amos Ruto announced”: the one the possessive names speaks, not its owner', () => {
    const text = 'In March, Kenya’s President Amos Ruto announced plans to cut emissions from ‘current levels’ by 2035.'
    expect(speakerOf(text, 'current levels')).toBe('Amos Ruto')
  })

  test('in an object relative (“… que Santacreu explicaba afirmando que”), the name after “que” is the speaker', () => {
    const text = 'Una mayor inversión en la mutua que Julia Serrat explicaba afirmando que “lo que vale para el sector público vale para las mutualidades”.'
    expect(speakerOf(text, 'lo que vale')).toBe('Julia Serrat')
  })

  test('“Speaking to the Daily Mail Lacerda claimed”: an outlet run into a surname is the person that surname named', () => {
    const text = 'Rosa Lacerda was 14 when she met him.\n\nSpeaking to the Daily Mirror Lacerda claimed: “A lot of things happened in that house that nobody saw.”'
    expect(speakerOf(text, 'A lot of things')).toBe('Rosa Lacerda')
  })
})

describe('names that hold a title word', () => {
  test('“Martin Luther King Jr.” is a name whose surname is a title word, and “King said” is him', () => {
    const text = 'The rally had Martin Luther King Jr. as its keynote speaker. King said, “Now is the time to make real the promises of democracy.”'
    expect(pairs(text)).toEqual([['Now is the time to make real the promises of democracy.', 'Martin Luther King Jr.']])
  })
})

describe('descriptions that point back', () => {
  test('“el también director de …” adds a role to someone already named: that person speaks', () => {
    const text = 'La doctora Lucía Ferrer presentó los datos del ensayo.\n\nAl respecto, la también directora del Instituto Nacional de Salud Pública dijo que “la vacuna fue bien tolerada por todos los grupos”.'
    expect(speakerOf(text, 'la vacuna fue bien tolerada')).toBe('Lucía Ferrer')
  })
})

describe('how sure a name beside the cue is', () => {
  test('a name beside the cue resolved to someone whose name holds none of its words is never confident', () => {
    expect(namedAsWritten('Ken Doctor', 'Michael Reed')).toBe(false)
    expect(namedAsWritten('the Ken Doctor', 'Ken Doctor')).toBe(true)
    expect(namedAsWritten('WADA', 'World Anti-Doping Agency')).toBe(true)
    expect(namedAsWritten('Lacerda', 'Marina Lacerda')).toBe(true)
  })

  test('a surname two people share, however far apart they were named, is shared; a shorter form of one person is not', () => {
    expect(sharedName('Amer', ['Abu Hassan Amer', 'Sadeq Abu Amer'])).toBe(true)
    expect(sharedName('Amer', ['Abu Hassan Amer', 'Hassan Amer'])).toBe(false)
    expect(sharedName('Kelce', ['Travis Kelce'])).toBe(false)
  })
})

describe('a cue in the passive', () => {
  test('“Gordon Brown said the meeting would be remembered as “…”” is Brown’s: the meeting, remembered, said nothing', () => {
    const text = 'Debt\n\nUK chancellor Gordon Brown said the London meeting of the world’s seven richest nations would be remembered as "the 100% debt relief summit".'
    expect(speakerOf(text, 'the 100% debt')).toBe('Gordon Brown')
  })
})
