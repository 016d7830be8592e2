import { describe, expect, test } from 'vitest'
import { barePlural } from './speakerKind'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

const MAYOR = 'Mayor Ann Lee opened the meeting on the new budget.\n\n'

describe('speakers the article describes: groups, unnamed sources, an age', () => {
  test('a plural with no article after a quote is the group that said it, not the last person named', () => {
    expect(speakerOf(`${MAYOR}“We need more money for the schools in this city,” doctors said.`, 'We need more money')).toBe('doctors')
    expect(speakerOf(`${MAYOR}“We need more money for the schools in this city,” local officials said on Monday.`, 'We need more money')).toBe('local officials')
    expect(speakerOf(`${MAYOR}“We need more money for the schools in this city,” some residents told the paper.`, 'We need more money')).toBe('some residents')
    expect(speakerOf(`${MAYOR}“We need more money for the schools in this city,” police said.`, 'We need more money')).toBe('police')
  })

  test('a Spanish plural with no article after the verb is the speaker: “«…», denunciaron vecinos del barrio”', () => {
    const text = 'La alcaldesa Ana Ruiz abrió la sesión del pleno.\n\n«Necesitamos más dinero para las escuelas de esta ciudad», denunciaron vecinos del barrio.'
    expect(speakerOf(text, 'Necesitamos más dinero')).toBe('vecinos del barrio')
  })

  test('a group that spoke is never “she”: the pronoun goes back to the woman named before', () => {
    const text = `${MAYOR}“Things will change very soon for the better,” residents said. “We will not wait another year for it,” she added.`
    expect(speakerOf(text, 'Things will change')).toBe('residents')
    expect(speakerOf(text, 'We will not wait')).toBe('Ann Lee')
  })

  test('a source close to someone is not that someone: “a source close to the mayor said”', () => {
    expect(speakerOf(`${MAYOR}“We need more money for the schools in this city,” a source close to the mayor said.`, 'We need more money')).toBe('a source close to the mayor')
  })

  test('a capitalised description after “a” or “an” is an unnamed source, not a name: “an Iowa Republican predicted”', () => {
    expect(speakerOf(`${MAYOR}“Kaine wins it in a blowout, no doubt about that,” an Iowa Republican predicted.`, 'Kaine wins')).toBe('an Iowa Republican')
    expect(speakerOf(`${MAYOR}“He has a much better appeal in the suburbs,” a Michigan Republican said.`, 'He has a much')).toBe('a Michigan Republican')
    expect(speakerOf(`${MAYOR}A Colorado Democrat said the debate would be “as exciting as watching paint dry on a wet day.”`, 'as exciting')).toBe('A Colorado Democrat')
  })

  test('an age stands for the one the text is about: “Jane Roe is a nurse … “…,” the 45-year-old said”', () => {
    const text = 'Jane Roe is a nurse in Leeds. She has worked there for twenty years.\n\n“I have never seen it this bad, not even during the pandemic,” the 45-year-old said.'
    expect(speakerOf(text, 'I have never seen it')).toBe('Jane Roe')
  })

  test('a report with an aside before its verb is the source: “The report, published by the Audit Office on Tuesday, found that …“…””', () => {
    const text = 'Tom Hart, the council leader, defended the plan on Monday. The report, published by the Audit Office on Tuesday, found that the scheme was “poorly managed from the very start and never properly costed.”'
    expect(speakerOf(text, 'poorly managed')).toBe('The report')
  })

  test('those who were told are no speaker: “According to the memo, staff were told to “…”” is the memo’s', () => {
    const text = 'Tom Hart defended the plan. According to the memo, staff were told to “delete every message that mentions the contract before the audit.”'
    expect(speakerOf(text, 'delete every message')).toBe('the memo')
  })

  test('one capitalised word after “the” and words in lower case describes someone named before: “the first-term Democrat said”', () => {
    expect(speakerOf(`${MAYOR}“We are not going to let this city fall apart on our watch,” the first-term Democrat said.`, 'We are not going')).toBe('Ann Lee')
    // …but a surname the article gave in full stays that person: “the Argentine Schwartzman”.
    const text = 'Diego Schwartzman beat Tom Hart in three sets.\n\n“I played my best tennis of the whole season today,” the Argentine Schwartzman said.'
    expect(speakerOf(text, 'I played my best')).toBe('Diego Schwartzman')
  })

  test('“A juicio de Pérez, «…»” gives the quote to Pérez', () => {
    const text = 'La alcaldesa Ana Ruiz se reunió con Juan Pérez.\n\nA juicio de Pérez, «necesitamos más dinero para las escuelas de esta ciudad».'
    expect(speakerOf(text, 'necesitamos más dinero')).toBe('Juan Pérez')
  })
})

describe('a plural with no article', () => {
  test('is a few lower-case words ending in a plural noun, in English or Spanish', () => {
    expect(['doctors', 'local officials', 'some residents', 'federal prosecutors', 'police', 'vecinos del barrio', 'expertos consultados'].map(barePlural)).toEqual(['doctors', 'local officials', 'some residents', 'federal prosecutors', 'police', 'vecinos del barrio', 'expertos consultados'])
  })

  test('is never an adverb, a phrase after a conjunction or an article, a possessive, or a word for figures', () => {
    expect(['además', 'después', 'but trust members', 'the city’s police', 'this week', 'cifras oficiales', 'was'].map(barePlural)).toEqual([null, null, null, null, null, null, null])
  })

  test('“Thousands of protesters outside city hall chanted “…””: a number of people is a group, never the mayor quoted before', () => {
    const text = 'Protest\n\nMayor Ann Lee spoke first. "We will listen," she said.\n\nThousands of protesters outside city hall chanted "no more cuts" for an hour.'
    expect(speakerOf(text, 'no more cuts')).toBe('Thousands of protesters outside city hall')
    expect(barePlural('Decenas de mensajes')).toBe('Decenas de mensajes')
  })
})

describe('an unnamed speaker described again', () => {
  test('“said a senior administration official” is someone new, never the official named before', () => {
    const text = 'Title\n\n“He has always been receptive to ideas,” said Sean Spicer, a top official at the Republican National Committee.\n\nThe transition team has been quiet about the talks.\n\n“He wants to set the tone,” said a senior administration official.'
    expect(speakerOf(text, 'He wants to set')).toBe('a senior administration official')
  })

  test('“the official said” after “One law enforcement official said …” is that unnamed official, not the suspect named before', () => {
    const text = 'Title\n\nAhmad Khan Rahami was arrested on Monday.\n\nOne law enforcement official said the devices were crude.\n\n“The guy is a pretty good bombmaker,” the official said.'
    expect(speakerOf(text, 'The guy is')).toBe('One law enforcement official')
    // …also where the article writes “one” in lower case elsewhere: “One” opening the description is no sentence opener to refuse.
    expect(speakerOf(text.replace('on Monday', 'on Monday after one shootout'), 'The guy is')).toBe('One law enforcement official')
  })

  test('“the nurse said” after “A nurse at the clinic told reporters …” is that nurse, where she was and all, not the man named before', () => {
    const text = 'Title\n\nJuan Pérez called the shooting a crime.\n\nA nurse at the clinic told reporters that she could not save the boy.\n\n“He died in my arms,” the nurse said.'
    expect(speakerOf(text, 'He died')).toBe('A nurse at the clinic')
  })

  test('“he said” after a sentence that opens with someone unnamed speaking (“A nurse at the clinic told reporters …”) is that person', () => {
    const text = 'Title\n\nJuan Pérez called the shooting a crime.\n\nA nurse at the clinic told reporters that she could not save the boy.\n\n“He died in my arms,” she said.'
    expect(speakerOf(text, 'He died')).toBe('A nurse at the clinic')
  })

  test('but “el joven abogado” after a story opens on “Un joven abogado … reclamó” and then names him is the man named', () => {
    const text = 'Título\n\nUn joven abogado salteño que se casó con su tía abuela reclamó una pensión.\n\nMauricio Ossola decidió casarse en febrero.\n\nSe casaron, según el joven abogado, quien sostuvo que su casamiento "fue una decisión noble y legítima".'
    expect(speakerOf(text, 'fue una decisión')).not.toBe('Un joven abogado')
  })
})

test('“the lawyer said” in a text that names no one who can speak stays the lawyer, never a headline’s event', () => {
  const text = 'World Cup\n\nThe team is ready.\n\n“I think it is amazing,” the lawyer said.'
  expect(speakerOf(text, 'I think it is amazing')).toBe('the lawyer')
})

test('a person’s noun and what they are expert in, then a name, is that person: “asegura el licenciado en Información Social y experto en seguridad Juan Pablo Toro”', () => {
  const text = 'Narcotráfico\n\n"Es bueno que tengamos la piel más sensible", asegura el licenciado en Información Social y experto en seguridad Juan Pablo Toro, director de AthenaLab.'
  expect(speakerOf(text, 'Es bueno')).toBe('Juan Pablo Toro')
  // (Never the one a body is of: "el gobierno de Nicolás Maduro".)
  expect(speakerOf('Venezuela\n\n"Hay que romper el cerco", afirmó el gobierno de Nicolás Maduro en un comunicado.', 'Hay que romper')).not.toBe('Nicolás Maduro')
})

describe('a body or a person described again after they were named', () => {
  test('a body’s one word after its full name is that body: “señaló la Academia”, “the Academy said”', () => {
    const es = 'Premios\n\nLos premios de la Academia Latina de la Grabación se entregan en noviembre.\n\n“Es una celebración de la excelencia musical”, señaló la Academia en un comunicado.'
    expect(speakerOf(es, 'Es una celebración')).toBe('Academia Latina de la Grabación')
    const en = 'Awards\n\nThe Recording Academy announced its nominees on Monday.\n\n“It is a celebration of musical excellence,” the Academy said in a statement.'
    expect(speakerOf(en, 'It is a celebration')).toBe('Recording Academy')
  })

  test('a person’s noun after where they work, right after a named speaker, is that speaker: “The University of Surrey expert continued”', () => {
    const text = 'Weight\n\nProfessor of health psychology Jane Ogden told the BBC, “Shaming is the wrong way forward.” The University of Surrey expert continued, “All of the evidence is that shaming makes people feel worse.”'
    expect(speakerOf(text, 'All of the evidence')).toBe('Jane Ogden')
  })

  test('a role points back at the one described with two nouns joined: “escribió la cantante” after “La cantante y actriz mexicana Lorena Ibarra”', () => {
    const text = 'Título\n\nCiudad de México, México La cantante y actriz mexicana Lorena Ibarra y su esposo se salvaron gracias a una pizza, según informó la misma artista en sus redes sociales.\n\nDe acuerdo a la misma famosa, ellos se encontraban cerca del tiroteo en Playa del Carmen, Quintana Roo, donde cinco personas fueron asesinadas.\n\n"Mi marido y yo estábamos en una fiesta a una cuadra de donde ocurrió el tiroteo. Fue de terror escuchar los gritos", escribió la cantante.'
    expect(speakerOf(text, 'Mi marido')).toBe('Lorena Ibarra')
  })
})

describe('a role that points back at one person', () => {
  test('“el ventrílocuo” is the one a list of nouns described before the name (“el ventrílocuo, empresario, productor y humorista … José Luis Moreno”)', () => {
    const text = [
      'Moreno declara ante el juez',
      'Quince minutos antes de su cita, el ventrílocuo, empresario, productor y humorista español José Luis Moreno ha llegado a la Audiencia Nacional. Según los investigadores, el empresario argentino Alejandro Roemmers es una de sus víctimas.',
      '“Es un bulo lo del fraude con la serie”, ha dicho el ventrílocuo este jueves ante el juez.'
    ].join('\n\n')
    expect(speakerOf(text, 'Es un bulo')).toBe('José Luis Moreno')
  })

  test('a singular role never goes on from a group that spoke in its paragraph (“Los agentes sostienen …”, then “ha dicho el productor”)', () => {
    const text = [
      'Moreno declara ante el juez',
      'Quince minutos antes de su cita, el productor José Luis Moreno ha llegado a la Audiencia Nacional.',
      'Los agentes sostienen que Moreno se “apropió” de la mitad de los 32 millones. “Es un bulo lo del fraude con la serie”, ha dicho el productor este jueves ante el juez.'
    ].join('\n\n')
    expect(speakerOf(text, 'Es un bulo')).toBe('José Luis Moreno')
  })

  test('“the sheriff said” is the one “Morton County sheriff Kyle Kirchmeier” described, not the county', () => {
    const text = 'Pipeline protest\n\nOn Thanksgiving, Morton County sheriff Kyle Kirchmeier released a statement condemning the protesters. The department has not responded.\n\nIn another statement that week, the sheriff said activists were acting like "evil agitators".'
    expect(speakerOf(text, 'evil agitators')).toBe('Kyle Kirchmeier')
  })
})

describe('someone unnamed who speaks for a body', () => {
  test('“she said” after “A spokeswoman for the ministry said …” is the spokeswoman, not a party named before', () => {
    const text = [
      'Cold calls',
      'The Lib Dems raised worries about Labour calls in February.',
      'A spokeswoman for the Information Commissioner’s Office said it was examining one complaint. "We are investigating one of the complaints," she said.'
    ].join('\n\n')
    expect(speakerOf(text, 'We are investigating')).toBe('A spokeswoman for the Information Commissioner’s Office')
  })
})

describe('a role of two nouns joined', () => {
  test('“The feminist writer and broadcaster said …” points back at the one the paragraph is about', () => {
    const text = 'Greer quits\n\nGermaine Greer has left the Big Brother house. Nielsen had panicked that she could lose her children, Greer said. The feminist writer and broadcaster said Big Brother had behaved "like a child rather than a parent" by taunting a contestant.'
    expect(speakerOf(text, 'like a child')).toBe('Germaine Greer')
  })
})

test('“uno de ellos” after a cue is the one who spoke, up to a clause of time or a relative: “«…», reconoce uno de ellos antes de tirarse al vacío”', () => {
  const pre = 'Saltos en Ordesa\n\nVarios jóvenes saltan desde un puente. Alfonso S. lo grabó todo con su teléfono.\n\n'
  expect(speakerOf(`${pre}"Me la estoy jugando", reconoce uno de ellos antes de tirarse al vacío.`, 'Me la estoy')).toBe('uno de ellos')
  expect(speakerOf(`${pre}"Tu silencio te hace encubridor", rezaba una de las pancartas que portaban las manifestantes, algunas de ellas con el dorso desnudo.`, 'Tu silencio')).toBe('una de las pancartas')
  expect(speakerOf('Jumps\n\nThe youths jumped off the bridge. Alfonso Smith filmed it.\n\n"I am risking it," says one of them before jumping.', 'I am risking')).toBe('one of them')
})

test('a Spanish role with “el” or “la” is one person whatever its last word ends in: “opina el líder de Más País” is the one the paragraph is about', () => {
  const text = 'Política tóxica\n\nSituado lejos de la refriega diaria, Pedro Errejón coincide en algunos de los diagnósticos. “La gente culpa al político porque es el que sale en la tele”, opina el líder de Más País.'
  expect(speakerOf(text, 'La gente culpa')).toBe('Pedro Errejón')
  // (An English plural still names no one person: "the leaders of Podemos".)
  expect(speakerOf('Podemos\n\nPedro Errejón spoke first. “We will not give up on this vote at all,” said the leaders of Podemos.', 'We will not')).not.toBe('Pedro Errejón')
})

test('a Spanish person’s noun and where or in what they work points back: “manifestó la investigadora de la Universidad Nacional Autónoma de México”', () => {
  const pre = 'Astronomía\n\nJulieta Fierro dio una charla en Santiago. Fierro manifestó que los nuevos avances ayudarán a resolver problemas.'
  expect(speakerOf(`${pre} “La astronomía es fundamental para el avance del conocimiento”, manifestó la investigadora de la Universidad Nacional Autónoma de México.`, 'La astronomía es')).toBe('Julieta Fierro')
  expect(speakerOf(`${pre} “La astronomía es fundamental para el avance del conocimiento”, dijo la experta en física solar.`, 'La astronomía es')).toBe('Julieta Fierro')
})

test('“The agency warns” stands for the body named last, whatever kind of body it is, never a city named nearby', () => {
  const text = 'Storms\n\nStorms could reach as far south as Kansas City. All three cities are in a Level 3 risk drawn up by the National Weather Service’s Storm Prediction Center. The agency warns that “all hazards will be possible, including tornadoes with strong hail.”'
  expect(speakerOf(text, 'all hazards')).toBe('National Weather Service’s Storm Prediction Center')
})

test('a demonstrative and a person’s noun after a cue point back at the one the text is about: “«…», explica este experto”', () => {
  const text = 'WhatsApp\n\n«El problema es cómo consientes tú la cesión de tus datos», asegura a este diario Sergio Carrasco, abogado.\n\nLa casilla aparece activada por defecto, algo ilegal según los expertos consultados. «El consentimiento tiene que ser expreso y no se debe marcar por defecto».\n\nEl usuario «no tiene conocimiento» de nada. «Uno de los términos que se comparten identifica tu dispositivo», explica este experto. «Legalmente no está tan sencillo obtener estos datos», insiste.'
  expect(speakerOf(text, 'Uno de los términos')).toBe('Sergio Carrasco')
  expect(speakerOf(text, 'Legalmente')).toBe('Sergio Carrasco')
})

describe('a described speaker is a noun phrase, no more', () => {
  test('what the words were about is no part of the speaker: “agregó el funcionario federal acerca de Borge”', () => {
    const text = 'El secretario Miguel Ángel Osorio Chong habló en la radio.\n\n«No hay ninguna petición todavía. Si la hubiera, habremos de actuar», agregó el funcionario federal acerca de Borge, quien es señalado por desvío de recursos.'
    expect(speakerOf(text, 'No hay ninguna petición')).toBe('Miguel Ángel Osorio Chong')
  })

  test('the words inside an aside between dashes never speak: “la JIFE - un organismo asociado a Naciones Unidas - indica”', () => {
    const text = 'Hay un reporte.\n\nUn reporte de 2019, la Junta Internacional de Fiscalización de Estupefacientes (JIFE) - un organismo independiente asociado a Naciones Unidas - indica que Chile se ha convertido "en uno de los principales países de salida".'
    // (A blank until the subject before the aside is read; never the fragment.)
    expect([null, 'JIFE', 'Junta Internacional de Fiscalización de Estupefacientes']).toContain(speakerOf(text, 'en uno de los principales'))
  })
})

describe('someone unnamed, described by capitalised words', () => {
  test('a capitalised description after the verb is someone new each time: “added a Florida Democrat”, “said a Virginia Democrat”', () => {
    const text = 'Insiders speak.\n\n“They have been very strategic with him,” a Colorado Democrat observed.\n\n“He gets down with the people,” added a Florida Democrat.\n\n“He is just whip-smart, great on his feet,” said a Virginia Democrat. “Everything you could want.”\n\nOthers disagreed.\n\n«Es un error», dijo a Radio Caracol el ministro.'
    expect(speakerOf(text, 'He gets down')).toBe('a Florida Democrat')
    expect(speakerOf(text, 'He is just whip-smart')).toBe('a Virginia Democrat')
    expect(speakerOf(text, 'Everything you could')).toBe('a Virginia Democrat')
    // (After a Spanish verb, "a" and a name is the one spoken to.)
    expect(speakerOf(text, 'Es un error')).toBe('el ministro')
  })

  test('“A Mexican farmer who lost his crop said …”: the one the relative clause describes, never what they lost', () => {
    const text = 'Floods\n\nA Mexican farmer who lost his crop said the aid was “too little, too late.”'
    expect(speakerOf(text, 'too little, too late')).toBe('A Mexican farmer')
  })
})

describe('someone unnamed, described by the body they speak for', () => {
  test('“A Department for Work and Pensions spokeswoman confirmed …. “…,” she said”: she is the spokeswoman, not the minister named before', () => {
    const text = "CSA chief still in job\n\nDoug Smith's departure was announced by Work Secretary Alan Johnson on 17 November.\n\nOn that day's Today programme Mr Johnson was asked why Mr Smith had been allowed to resign. He replied: \"The chief executive decided it was time to move on.\" It now emerges that the belief was wrong. A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. \"No date was ever given for Doug Smith's departure,\" she said."
    expect(speakerOf(text, 'No date was ever given')).toBe('A Department for Work and Pensions spokeswoman')
  })

  test('“Another current member of the Cabinet says: “…””: “Another” stays with the role, one more unnamed member', () => {
    const text = 'Taunts\n\nHarriet Harman told researchers: "You only got there because you are a woman." Another current member of the Cabinet says she was told: "Who have you been sleeping with?"'
    expect(speakerOf(text, 'Who have you been')).toBe('Another current member of the Cabinet')
  })
})

describe('a word for a body points back at a body, never at a person', () => {
  test('“The airline said …” after “airline boss Tony Ruiz tweeted” is not Tony Ruiz; “confirmó la organización” is the foundation', () => {
    const text = [
      'Plane lost',
      '"Words cannot express how sorry I am," airline boss Tony Ruiz tweeted.',
      'The airline said in a statement that it was inviting relatives to Surabaya, "where a dedicated team of carers will be assigned to each family".',
      'Dominion donó dinero a la Fundación Ribera en 2014, pero sus cabilderos también han donado al senador Mitch Howell.',
      '"La Fundación nunca ha tenido ningún interés en Dominion", confirmó la organización.'
    ].join('\n\n')
    expect(speakerOf(text, 'where a dedicated team')).toBe('The airline')
    expect(speakerOf(text, 'La Fundación nunca')).toBe('Fundación Ribera')
  })

  test('“the constructor said” after a body is named is a role, and reading it never fails (no word is looked up among an object’s own keys)', () => {
    const text = 'New bridge\n\nThe Springfield City Council hired a firm to build the bridge. "We will finish by June," the constructor said.'
    expect(speakerOf(text, 'We will finish by June')).toBe('the constructor')
  })
})

describe('a club named by its kind', () => {
  test('“the club said” is the club the story is about (“Leeds United”), not the man it deals with nor the rival named last', () => {
    const text = [
      'Takeover',
      'Leeds United has agreed to give investor Tom Baxter access to its accounts. In a statement, the club said it would allow Mr Baxter "a limited look" at the books.',
      'Rival club Hull City asked its fans to stay calm.',
      'Leeds United\'s reply was expected. "Any board must consider a fair offer," the club said.'
    ].join('\n\n')
    expect(speakerOf(text, 'a limited look')).toBe('Leeds United')
    expect(speakerOf(text, 'Any board must')).toBe('Leeds United')
  })
})

describe('an English noun of one gender', () => {
  test('“the actress says” after a woman and a man are named is the woman, the last one named or not', () => {
    const text = 'La La Land\n\nEmma Stone and Ryan Gosling star in the new musical. Gosling plays a jazz pianist.\n\n“I had never danced like that before,” the actress says of the film.'
    expect(speakerOf(text, 'I had never danced')).toBe('Emma Stone')
    const member = 'Border bill\n\nLaura Price, a Democrat from Texas, wrote the bill with Mark Hill, who sits on the same committee.\n\n“We are in good shape,” the congresswoman said.'
    expect(speakerOf(member, 'We are in good')).toBe('Laura Price')
  })
})

describe('another office of the same words', () => {
  test('“the prime minister said” is never “Deputy Prime Minister John Prescott”, nor the channel the prime minister spoke to', () => {
    const text = 'Rift denied\n\n"We do not do deals over jobs," the prime minister told BBC One\'s Breakfast programme. Tony Blair has denied a rift with Gordon Brown.\n\nA dinner was hosted by Deputy Prime Minister John Prescott in June.\n\n"I have dealt with this six months ago," the prime minister said.'
    expect(speakerOf(text, 'I have dealt')).toBe('Tony Blair')
  })
})

describe('a role set off by a comma before the name', () => {
  test('“El fiscal nacional, Jorge Abad, aseguró …” then “El fiscal nacional aseguró” is Jorge Abad, not the last person named', () => {
    const text = 'Indulto\n\nEl fiscal nacional, Jorge Abad, aseguró que el proyecto "normaliza la violencia". El expresidente Eduardo Frei también lo rechazó.\n\nEl fiscal nacional aseguró que tiene "la certeza total de que no existen presos políticos".'
    expect(speakerOf(text, 'la certeza total')).toBe('Jorge Abad')
  })
})

describe('a paper named by its kind', () => {
  test('“the newspaper reported” after “the Swedish newspaper Dagens Nyheter” is that paper; “el diario británico” after “el diario británico The Guardian” too', () => {
    const text = 'Sweden\n\nThe Swedish newspaper Dagens Nyheter obtained the documents on Monday.\n\n“The agency knew about the leak for months,” the newspaper reported.'
    expect(speakerOf(text, 'The agency knew')).toBe('Dagens Nyheter')
    const es = 'Espionaje\n\nEl diario británico The Guardian publicó los documentos el lunes.\n\n“La agencia conocía la filtración desde hace meses”, aseguró el diario británico.'
    expect(speakerOf(es, 'La agencia conocía')).toBe('The Guardian')
  })
})

describe('a Spanish word for a young woman or a man, after the one the text is about', () => {
  test('“aseguró la joven” after “La jugadora Ana Mora debutó” is Ana Mora; “the man could be heard” in English stays someone unnamed', () => {
    const text = 'Voleibol\n\nLa jugadora Ana Mora debutó este domingo en la Superliga con su equipo.\n\n"Es un logro personal muy grande y estoy orgullosa", aseguró la joven, que estaba exultante.'
    expect(speakerOf(text, 'Es un logro')).toBe('Ana Mora')
    const en = 'Arrest\n\nOfficer Tom Hale stopped the car on Main Street.\n\n"Get off me," the man could be heard saying in the video.'
    expect(speakerOf(en, 'Get off me')).not.toBe('Tom Hale')
  })
})

describe('a Spanish word for a body with its adjective', () => {
  test('“explicó el organismo norteamericano” never points at the president named before', () => {
    const text = 'Bolivia\n\nEl presidente Javier Milei elogió el modelo económico de Bolivia en un discurso.\n\n"La inflación bajará en 2025", explicó el organismo norteamericano.'
    expect(speakerOf(text, 'La inflación')).not.toBe('Javier Milei')
  })
})

describe('an apposition that ends before a name in quotation marks', () => {
  test('“Ann Ruiz, director of the school “Saint Anne”” makes “the director said” hers; “La Rectora recordó” too', () => {
    const en = 'Lawsuit\n\nThe case was filed by Ann Ruiz, director of the school “Saint Anne”, last week. Mayor Tom Hale backed it.\n\nThe director said that “the school will not close”.'
    expect(speakerOf(en, 'the school will not')).toBe('Ann Ruiz')
    const es = 'Pleno\n\nEl informe -cuyo resumen fue compartido en el Pleno por Rosa Pérez Gil, rectora de la Escuela Superior del Partido “Ñico López”- fue el punto de partida del debate.\n\nLa Rectora recordó que “en el grupo se presentan resultados cada mes”.'
    expect(speakerOf(es, 'en el grupo se')).toBe('Rosa Pérez Gil')
  })
})

describe('a body described, not named', () => {
  test('“The Dutch army in a statement said” is the army, not the officer described as “a Dutch army officer”; “in a statement” is how', () => {
    const text = 'Strikes\n\nCol. Anne Berg, a Dutch army officer, said the strikes lasted an hour. "We will fight," she said.\n\nOfficials said homes were damaged.\n\nThe Dutch army in a statement said it was "responding in a proportionate manner" to the attack.'
    expect(speakerOf(text, 'responding in a proportionate')).toBe('The Dutch army')
  })
})
