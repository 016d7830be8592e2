import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { suggestQuotes } from './quotes'

describe('a word in “-ly” that is a noun', () => {
  test('“the victim’s family said”, “the family said”, “said her family”: the family speaks, never “the victim’s” or no one', () => {
    const text = [
      'Tribute',
      'John Smith spoke first at the hearing on the plan.',
      '"She was a loving mother," the victim’s family said.',
      '"She was good to everyone," the family said in a statement.',
      '"She was fun," said her family.'
    ].join('\n\n')
    expect(speakerOf(text, 'She was a loving mother')).toBe('the victim’s family')
    // (The same family again, described as before.)
    expect(speakerOf(text, 'She was good to')).toBe('the victim’s family')
    expect(speakerOf(text, 'She was fun')).toBe('her family')
  })

  test('an adverb in “-ly” before the verb is still skipped, and a name in “-ly” is still a name: “Smith quickly said”, “Kelly said”', () => {
    const text = 'Vote\n\nJohn Smith spoke first at the hearing on the plan.\n\n"He was quiet," Smith quickly said.\n\n"He was loud," Kelly said.'
    expect(speakerOf(text, 'He was quiet')).toBe('John Smith')
    expect(speakerOf(text, 'He was loud')).toBe('Kelly')
  })
})

describe('“they” and a plural verb go on with the group that opened a sentence since the speech before', () => {
  test('“Her parents were at the hearing. “…,” they said”: the parents, not the one person named before', () => {
    const text = 'Hearing\n\nJohn Smith spoke first at the hearing on the plan.\n\nHer parents were at the hearing. "We want justice and nothing less," they said.\n\nMy editors sat me down. "You need a break from this," they said.'
    expect(speakerOf(text, 'We want justice')).toBe('Her parents')
    expect(speakerOf(text, 'You need a break')).toBe('My editors')
  })

  test('a short quote stays a quote when no one is found for its “they”: “We want justice,” they said', () => {
    const text = 'Hearing\n\nJohn Smith spoke first at the hearing on the plan.\n\nThe hall was full. "We want justice," they said.'
    expect(suggestQuotes(text).map((s) => s.text)).toContain('We want justice,')
  })

  test('«…», dijeron after “Los vecinos salieron …”, and «…», afirmaron after “Sus padres estaban …”: each group, never Ana Ruiz nor the group before', () => {
    const text = 'Agua\n\nAna Ruiz habló primero en la reunión que tuvo lugar.\n\nLos vecinos salieron a la calle el domingo. «Queremos agua», dijeron.\n\nSus padres estaban en la sala. «Queremos justicia», afirmaron.'
    expect(speakerOf(text, 'Queremos agua')).toBe('Los vecinos')
    expect(speakerOf(text, 'Queremos justicia')).toBe('Sus padres')
  })
})

describe('someone unnamed who speaks for a body named by its kind', () => {
  test('“a spokeswoman for the UN refugee agency UNHCR said”, “said a spokesman for the charity Oxfam”, “said a spokesman for the company”: the spokesperson, whole', () => {
    const text = [
      'Asylum',
      'The agency spoke on Monday about the plan.',
      '"We are disappointed," a spokeswoman for the UN refugee agency UNHCR said.',
      '"We are sad," said a spokesman for the charity Oxfam.',
      '"We are still here," said a spokesman for the company, who declined to be named.'
    ].join('\n\n')
    expect(speakerOf(text, 'We are disappointed')).toBe('a spokeswoman for the UN refugee agency UNHCR')
    expect(speakerOf(text, 'We are sad')).toBe('a spokesman for the charity Oxfam')
    expect(speakerOf(text, 'We are still here')).toBe('a spokesman for the company')
  })

  test('a definite role “de la coalición …” still points back at the candidate named before', () => {
    const text = 'Elección\n\nEl candidato presidencial, José Antonio Meade, anticipó su derrota.\n\n"Reconozco que las tendencias del voto no nos favorecen", declaró el representante de la coalición Todos por México desde el Comité Ejecutivo Nacional.'
    expect(speakerOf(text, 'Reconozco que')).toBe('José Antonio Meade')
  })
})

describe('a local government speaks by its kind', () => {
  test('“the county said”, “the city said in a statement”: the body, never the last person quoted', () => {
    const text = [
      'Flood',
      'Her neighbor, Jim Cole, was luckier. "The water stopped a foot from my door," he says.',
      'In a Facebook post, the county said crews "worked around the clock."',
      '"We are reviewing the claims," the city said in a statement.'
    ].join('\n\n')
    expect(speakerOf(text, 'worked around the clock')).toBe('the county')
    expect(speakerOf(text, 'We are reviewing')).toBe('the city')
  })
})

describe('an NGO by its kind’s initials', () => {
  test('“«…», explica la ONG en un comunicado” after “El Comité Internacional de la Cruz Roja ha denunciado …”: the committee, never “ONG”, and never confidently', () => {
    const text = 'Gaza\n\nEl Comité Internacional de la Cruz Roja ha denunciado el asesinato de dos de sus trabajadores. «Estamos desconsolados por la muerte de dos de nuestros colegas», explica la ONG en un comunicado.'
    expect(speakerOf(text, 'Estamos desconsolados')).toBe('Comité Internacional de la Cruz Roja')
    expect(suggestQuotes(text).find((q) => q.text.startsWith('Estamos desconsolados'))?.confident).toBe(false)
  })
})

describe('a body by its kind’s word', () => {
  test('“wrote the center” stands for the body named before whose name holds “Center”, never a city named since; “the court” stays itself', () => {
    const text = 'Storms\n\nNonetheless, the Storm Prediction Center has outlined a Level 3 risk from Des Moines to Dallas on Saturday. Kansas City, Wichita and Tulsa are in that zone.\n\n“The greatest threat is anticipated across parts of the central Plains,” wrote the center.'
    expect(speakerOf(text, 'The greatest threat')).toBe('Storm Prediction Center')
    const court = 'Ruling\n\nThe case went to the Appellate Court after a trial judge had ruled for the company.\n\n“The law does not apply here,” the court wrote.'
    expect(speakerOf(court, 'The law does not')).toBe('the court')
  })
})

describe('the rest of a crowd speaks as a group', () => {
  test('““¡Tiene que irse!”, le gritaba una joven. “¡Que se vaya!”, gritaban otros”, ““Resign now,” others said”: the others, never the one before', () => {
    const es = 'Micco\n\nMicco era increpado por los alumnos. "¡Tiene que irse!", le gritaba una joven. "¡Que se vaya, que se vaya!", gritaban otros.'
    expect(speakerOf(es, '¡Que se vaya')).toBe('otros')
    const en = 'Vote\n\nResidents were angry at the meeting. "This is a disgrace," one woman shouted. "Resign now and take the council with you," others said.'
    expect(speakerOf(en, 'Resign now')).toBe('others')
  })
})

describe('someone acting for others', () => {
  test('“lawyers for the plaintiffs called his remarks “…””: the lawyers, not the plaintiffs', () => {
    const text = 'Lawsuit\n\nElon Musk responded to the lawsuit on Monday.\n\nIn a court filing, lawyers for the plaintiffs called his remarks "defamatory and reckless."'
    expect(speakerOf(text, 'defamatory and reckless')).toBe('lawyers for the plaintiffs')
  })
})

describe('a body with an apposition after its name', () => {
  test('“NetChoice, a trade group, called …”, “Oxfam, the charity, said …”, “The Chamber of Commerce, the largest business lobby, said …”: the body, whole', () => {
    const text = [
      'Order',
      'The order was signed on Monday by the president.',
      'NetChoice, a trade group, called the order "a backdoor regulatory scheme."',
      'Oxfam, the charity, said the plan was "a disgrace."',
      'The Chamber of Commerce, the largest business lobby, said it was "concerned."'
    ].join('\n\n')
    expect(speakerOf(text, 'a backdoor regulatory')).toBe('NetChoice')
    expect(speakerOf(text, 'a disgrace')).toBe('Oxfam')
    expect(speakerOf(text, 'concerned')).toBe('Chamber of Commerce')
    const relative = 'Rules\n\nMeta said in a statement that it would "comply fully."\n\nGoogle, which owns YouTube, said the changes were "unworkable."'
    expect(speakerOf(relative, 'unworkable')).toBe('Google')
    const spanish = 'Amnistía\n\nEl Congreso debatió ayer la ley de amnistía.\n\nPodemos, socio del Gobierno, calificó la norma de "insuficiente".'
    expect(speakerOf(spanish, 'insuficiente')).toBe('Podemos')
    const participle = 'Deal\n\nBloomberg, citing people familiar with the matter, reported that talks were "at an advanced stage."\n\nNvidia declined to comment. Microsoft, asked about the report, said it does not comment on "rumors or speculation."'
    expect(speakerOf(participle, 'at an advanced stage')).toBe('Bloomberg')
    expect(speakerOf(participle, 'rumors or speculation')).toBe('Microsoft')
  })

  test('a word set off by a comma with no apposition after it is still no name: “However, the plan …”', () => {
    const text = 'Order\n\nThe order was signed on Monday by the president.\n\nHowever, the plan was called "a disgrace" by critics.'
    expect(speakerOf(text, 'a disgrace')).not.toBe('However')
  })
})

describe('a bare plural after a conjunction is the verb’s subject', () => {
  test('“…, though executives said”, “…, and several workers said”, “…, but union leaders warned”: each group, never “though executives” nor the group before', () => {
    const text = [
      'Layoffs',
      'The company announced layoffs on Tuesday.',
      'The cuts will affect 10% of staff, though executives said the firm remained "financially strong."',
      'Employees were told by email, and several workers said the news was "devastating."',
      'It is unclear how many jobs will move abroad, but union leaders warned of "a race to the bottom."'
    ].join('\n\n')
    expect(speakerOf(text, 'financially strong')).toBe('executives')
    expect(speakerOf(text, 'devastating')).toBe('several workers')
    expect(speakerOf(text, 'a race to the bottom')).toBe('union leaders')
  })
})

describe('a plural verb and its group at the sentence’s start', () => {
  test('“Vecinos de la zona, por su parte, lamentaron el cierre: «…»”: the neighbours, never “el cierre”, the object', () => {
    const text = 'Cierre\n\nLa empresa anunció ayer 500 despidos.\n\nVecinos de la zona, por su parte, lamentaron el cierre: "Es el fin del pueblo".'
    expect(speakerOf(text, 'Es el fin del pueblo')).toBe('Vecinos de la zona')
  })
})

describe('a spokesperson described by a body’s whole name', () => {
  test('“A Department for Work and Pensions spokeswoman said”, “…,” a Department for Education and Skills spokesman said”: the spokesperson, never the department', () => {
    const text = [
      'Reforms',
      'Tony Blair has defended his plans for school reform.',
      'A Department for Work and Pensions spokeswoman said the figures were "misleading and wrong".',
      '"We are looking at it closely," a Department for Education and Skills spokesman said.'
    ].join('\n\n')
    expect(speakerOf(text, 'misleading and wrong')).toBe('A Department for Work and Pensions spokeswoman')
    expect(speakerOf(text, 'We are looking at it')).toBe('a Department for Education and Skills spokesman')
  })

  test('“A Department for Media, Culture and Sport spokeswoman said:”: commas inside the body’s name too', () => {
    const text = 'Visas\n\n"It is still very important," added Mr Seller. A Department for Media, Culture and Sport spokeswoman said: "We are aware that people are experiencing problems."'
    expect(speakerOf(text, 'We are aware')).toBe('A Department for Media, Culture and Sport spokeswoman')
  })
})

describe('someone’s spokesperson is only one described as theirs', () => {
  test('“Mr Blair’s spokesman later added …” after “Lib Dem education spokesman Ed Davey said”: the prime minister’s spokesman, never Ed Davey', () => {
    const text = [
      'Blair defends school reforms',
      'Tony Blair has defended his plans for school reform.',
      'Lib Dem education spokesman Ed Davey said: "This is a mess of the government\'s own making."',
      'Mr Blair\'s spokesman later added that there would be "no climbdown".'
    ].join('\n\n')
    expect(speakerOf(text, 'no climbdown')).toBe('Mr Blair\'s spokesman')
  })
})

describe('a plural that opens the sentence, of a body named after it', () => {
  test('“Analysts at Morgan Stanley called the guidance “…”, “Researchers from Oxford University said”: the group, never the chief executive quoted before', () => {
    const text = 'Nvidia\n\nNvidia reported record revenue on Wednesday. "Blackwell sales are off the charts," chief executive Jensen Huang said.\n\nAnalysts at Morgan Stanley called the guidance "conservative."\n\nResearchers from Oxford University said the chips were "a step change".'
    expect(speakerOf(text, 'conservative')).toBe('Analysts at Morgan Stanley')
    expect(speakerOf(text, 'a step change')).toBe('Researchers from Oxford University')
  })
})

describe('a spokesperson of a body named with a number', () => {
  test('“A No 10 spokesman said …”, ““…,” a No 10 spokeswoman said”: the spokesperson, never the minister named before', () => {
    const text = 'Strikes\n\nHealth Secretary Wes Streeting met union leaders on Monday.\n\nA No 10 spokesman said the talks were "constructive and useful".\n\n"We remain open to talks," a No 10 spokeswoman said.'
    expect(speakerOf(text, 'constructive and useful')).toBe('A No 10 spokesman')
    expect(speakerOf(text, 'We remain open')).toBe('a No 10 spokeswoman')
  })
})

describe('a body’s name, then its people', () => {
  test('“Jackson County officials said roads would …”, ““…,” Jackson County officials said”: the officials, never the county alone', () => {
    const text = 'Flooding\n\nHeavy rain flooded dozens of homes in Marion County on Tuesday.\n\nJackson County officials said roads would stay closed "until further notice."\n\n"We are working on it," Jackson County officials said.'
    expect(speakerOf(text, 'until further notice')).toBe('Jackson County officials')
    expect(speakerOf(text, 'We are working on it')).toBe('Jackson County officials')
  })
})

describe('irregular plurals of speech verbs, and the group they go on with', () => {
  test('““…”, sostuvieron fuentes de Palacio”: the sources; ““…”, expusieron en sus redes” after “Por otro lado, estudiantes de la universidad denunciaron …”: the students', () => {
    const text = 'Polémica\n\nEl senador Manuel José Ossandón aseguró que "esto se veía venir".\n\nDesde La Moneda minimizaron los dichos. "Son declaraciones para la galería", sostuvieron fuentes de Palacio.\n\nPor otro lado, estudiantes de la universidad denunciaron acoso policial. "Nos están vigilando día y noche", expusieron en sus redes sociales.'
    expect(speakerOf(text, 'Son declaraciones')).toBe('fuentes de Palacio')
    expect(speakerOf(text, 'Nos están vigilando')).toBe('estudiantes de la universidad')
  })
})

describe('someone’s defence or circle speaks as a group of theirs', () => {
  test('“La defensa del exministro, que ejerce el abogado …, sostiene que …”, “El entorno de Ábalos asegura …”: the defence and the circle, never the last person named', () => {
    const text = 'Caso Koldo\n\nEl juez del Supremo Leopoldo Puente citó como investigado al exministro José Luis Ábalos. En un mensaje, Koldo García escribió: «Todo arreglado».\n\nLa defensa del exministro, que ejerce el abogado José Aníbal Álvarez, sostiene que no hay «ni una sola prueba».\n\nEl entorno de Ábalos asegura que «está tranquilo».'
    expect(speakerOf(text, 'ni una sola prueba')).toBe('La defensa del exministro')
    expect(speakerOf(text, 'está tranquilo')).toBe('El entorno de Ábalos')
  })
})

describe('an acronym for a body the article spelt out before', () => {
  test('“PETA said” after “People for the Ethical Treatment of Animals”, “CEW said” after “Chief Executive Women’s report”: the body in full; an acronym never spelt out stays as written', () => {
    const text = 'Hunting law\n\nThe measure passed after the group People for the Ethical Treatment of Animals said it would use drones. PETA said it aims “to stop the cruel and unlawful killing of animals.”\n\nChief Executive Women’s census found fewer women in senior roles. “This is a worrying trend for corporate Australia,” CEW said.\n\n“We will appeal the ruling,” NRA said.'
    expect(speakerOf(text, 'to stop the cruel')).toBe('People for the Ethical Treatment of Animals')
    expect(speakerOf(text, 'This is a worrying trend')).toBe('Chief Executive Women')
    expect(speakerOf(text, 'We will appeal')).toBe('NRA')
  })
})

describe('two people named together speak together', () => {
  const text = [
    'Alianza',
    'Luis Castro, presidente de Nueva Alianza, y Carlos Puente, presidente del PVEM, destacaron la trayectoria del candidato y señalaron la idoneidad de su perfil para "continuar con la transformación del país".',
    'Los diputados Ana Ruiz y Pedro Gil presentaron la iniciativa. Explicaron que la ley busca "proteger a los más vulnerables".',
    'Senators Jane Doe and John Roe introduced the bill on Monday. They said it would "close a loophole that has cost taxpayers billions."'
  ].join('\n\n')

  test('“Luis Castro, presidente …, y Carlos Puente, presidente …, destacaron … y señalaron”: both, past their asides', () => {
    expect(speakerOf(text, 'continuar con la transformación')).toBe('Luis Castro y Carlos Puente')
  })

  test('“Ana Ruiz y Pedro Gil presentaron … Explicaron”, “Jane Doe and John Roe introduced … They said”: a plural verb goes on with the pair', () => {
    expect(speakerOf(text, 'proteger a los más vulnerables')).toBe('Ana Ruiz y Pedro Gil')
    expect(speakerOf(text, 'close a loophole')).toBe('Jane Doe and John Roe')
  })

  test('“«…», según han declarado el expresidente Carlos Mesa y el gobernador electo de Santa Cruz Luis Fernando Camacho”: both, after a plural verb', () => {
    const bolivia = 'Bolivia\n\nLíderes de oposición han acusado al Gobierno de una “persecución judicial”, según han declarado por separado el expresidente Carlos Mesa y el gobernador electo de Santa Cruz Luis Fernando Camacho, ambos líderes de la oposición.'
    expect(speakerOf(bolivia, 'persecución judicial')).toBe('Carlos Mesa y Luis Fernando Camacho')
  })
})

test('“But the NHS itself says:”, “the council itself said”: the body, without the word that stresses it', () => {
  const text = [
    'Homeopathy',
    'Homeopaths say the more diluted a remedy is, the greater its effect.',
    'But the NHS itself says: “There is no good-quality evidence that homeopathy works.”',
    'Leeds City Council runs two clinics. “We follow the guidance,” the council itself said.'
  ].join('\n\n')
  expect(speakerOf(text, 'There is no good-quality')).toBe('NHS')
  expect(speakerOf(text, 'We follow the guidance')).toBe('Leeds City Council')
})

test('“Desde Sumar emitieron un comunicado. «…»”: a body after “desde” with a verb in the plural speaks; it is no place', () => {
  const text = [
    'Reforma fiscal',
    'El ministro de Hacienda, Carlos Cuerpo, presentó la reforma: «Es una reforma justa».',
    'Desde Sumar emitieron un comunicado tras la votación. «Rechazamos una reforma que olvida a los inquilinos».'
  ].join('\n\n')
  expect(speakerOf(text, 'Rechazamos una reforma')).toBe('Sumar')
})

test('““…,” said an FA statement” after “The Football Association has said”: a two-letter acronym the article spells out before is that body', () => {
  const text = [
    'Tunnel row',
    'The Football Association has said it will not bring charges over the tunnel incident.',
    '"The referee has confirmed that he dealt with the incident at the time," said an FA statement.'
  ].join('\n\n')
  expect(speakerOf(text, 'The referee has confirmed')).toBe('Football Association')
})

test('“But the Scottish Executive has insisted … “…””: a government, never the chief executive named before', () => {
  const text = [
    'Drink remark',
    'Jack Law, chief executive of Alcohol Focus Scotland, said the remark was unhelpful.',
    'But the Scottish Executive has insisted the minister was speaking about adults and his comments were "a recognition that people will get drunk".'
  ].join('\n\n')
  expect(speakerOf(text, 'a recognition that')).toBe('Scottish Executive')
})

test('“afirmó el Vaticano” after “Radio Vaticano” is named: the body, never the outlet named after it', () => {
  const text = [
    'Click to Pray',
    'Según informó Radio Vaticano, la aplicación se presentará el viernes en Roma.',
    'Su finalidad es «ayudar a los jóvenes a rezar en comunión con el papa», afirmó el Vaticano.'
  ].join('\n\n')
  expect(speakerOf(text, 'ayudar a los jóvenes')).toBe('Vaticano')
})

test('“más de 400 rabinos y otros líderes religiosos publicaron …”, “more than 200 doctors signed …”: a number of people is a group that speaks', () => {
  const es = 'Restricciones\n\nEl alcalde Pedro Gómez anunció nuevas restricciones.\n\nPor su parte, más de 400 rabinos y otros líderes religiosos publicaron el jueves una declaración para «apoyar las medidas basadas en datos».'
  expect(speakerOf(es, 'apoyar las medidas')).toBe('más de 400 rabinos y otros líderes religiosos')
  const en = 'Letter\n\nMayor Tom Hart announced new rules on Monday.\n\nMore than 200 doctors said the rules were "long overdue".'
  expect(speakerOf(en, 'long overdue')).toBe('More than 200 doctors')
})

test('“At a drugstore, a middle-aged cashier was shaken … “…,” said the woman”: “the woman” is the one the paragraph described with “a”, as the article first wrote her', () => {
  const text = 'Fort Pierce\n\nThe mosque reopened on Monday, said Tom Hart, its director.\n\nAt a drugstore near the mosque, a middle-aged cashier was shaken by the talk she has heard since the shooting. "Too much hate," said the woman, who did not want to be named.'
  expect(speakerOf(text, 'Too much hate')).toBe('a middle-aged cashier')
  const man = 'Fort Pierce\n\nAt the market, a young man was selling fish. "Too much hate," said the woman.'
  expect(speakerOf(man, 'Too much hate')).not.toBe('a young man')
})

test('“Prosecutors alleged that …” after “federal prosecutors” were named: the prosecutors, not the senator quoted just before', () => {
  const text = 'Guards charged\n\nFederal prosecutors alleged that the two guards slept on duty.\n\n"You are in this job because of this crisis," Sasse told the director.\n\nProsecutors alleged that Epstein "abused dozens of girls" at his homes.'
  expect(speakerOf(text, 'abused dozens')).toBe('Prosecutors')
})

test('“met with counter-protesters who have vowed to keep “…””: the group right before “who” vowed, after a preposition too', () => {
  const intro = 'Plymouth\n\nKeir Starmer said the violence was unacceptable.\n\n'
  for (const [said, who] of [['The march has been met with counter-protesters who have vowed to keep "Nazis off our streets".', 'counter-protesters'], ['The march was met by local residents, who vowed to keep "Nazis off our streets".', 'local residents']]) expect(speakerOf(intro + said, 'Nazis off')).toBe(who)
})

test('“Former royal PR aides called it “…””: a capitalised word opening a plural of people is part of the group, never a name alone', () => {
  const intro = 'Prince\n\nThe prince gave an interview on Monday; a former aide watched it.\n\n'
  for (const who of ['Former royal PR aides', 'Angry shoppers']) expect(speakerOf(`${intro}${who} called it not a car crash, but “an articulated lorry crash” performance.`, 'an articulated lorry')).toBe(who)
})

test('“Canadian regulators … have concluded it is “…””: one capitalised word before a plural of people is the group, not a name', () => {
  const text = 'Deal\n\nBrad Smith defended the deal.\n\nCanadian regulators are also investigating the deal and have concluded it is “likely to result” in less competition.'
  expect(speakerOf(text, 'likely to result')).toBe('Canadian regulators')
})
