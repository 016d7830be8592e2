import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'


describe('a pronoun carries on the subject of the sentence before, not the last name named', () => {
  test('“…, she was more at ease than Clara Benning” has “she” for its subject, so the next “she said” is the woman named before', () => {
    const text = [
      'Headline of the story',
      'Marta Ellery spent two winters learning to sail off the coast of Maine.',
      'And in spite of all her training, she was less at ease on the water than Clara Benning has ever been on anything. “It was frightening,” she said.'
    ].join('\n\n')
    expect(speakerOf(text, 'It was frightening')).toBe('Marta Ellery')
  })

  test('“After Dana Holt lost her game, it was Rosa Ibarra who …”: the main clause’s subject speaks, not the name in the opening clause', () => {
    const text = [
      'Headline of the story',
      'The club had a quiet week at the regional chess open.',
      'After Dana Holt lost her first game on Monday, it was Rosa Ibarra who lifted the team with a quick win against Eva Strand. “I just played my own game,” she said afterwards.'
    ].join('\n\n')
    expect(speakerOf(text, 'I just played')).toBe('Rosa Ibarra')
  })
})

describe('a person’s gender is learned from their own pronoun only', () => {
  test('“a letter to Noor’s office, in which he wrote” says nothing of Noor, so her later “She added” is still hers', () => {
    const text = [
      'Headline of the story',
      'Senator Lena Noor received threats last spring.',
      'A man sent a letter to Noor’s office, in which he wrote that she should resign.',
      'Rep. Tara Quill condemned the letter at a press event in May.',
      'Noor asked the court for mercy in a statement released Friday, saying she hoped for a light sentence. She added, “Hate is not answered with hate.”'
    ].join('\n\n')
    expect(speakerOf(text, 'Hate is not answered')).toBe('Lena Noor')
  })
})

describe('a “she” after a cue or a pair is not the gender of the one named before it', () => {
  const FILL = 'The race starts on Staten Island and crosses all five boroughs of the city before it ends in the park. Tens of thousands of runners take part every year, and the crowds along the route are among the largest of any race in the world. The course is known for its bridges, which make the first half harder than it looks on a map, and for the long climb up the avenue late in the race.'

  test('“Rains says she must …” after “Ward described her decision”, Ward’s full name far back: Rains is still “he”', () => {
    const text = `Marathon\n\nCoach Angus Rains has trained runners for years. Paula Ward will run in New York.\n\n${FILL}\n\nWard described her decision to run as "impulsive". Rains says she must avoid emotional targets. "Take a month off," said Liz Yelling. Rains also points out the course is flat. "The heat was the main factor in Athens," he said.`
    expect(speakerOf(text, 'The heat was')).toBe('Angus Rains')
  })

  test('“Rains and Yelling agree she could …” says nothing of Rains, who is “he” after it', () => {
    const text = 'Marathon\n\nCoach Angus Rains has trained runners for years.\n\n"You cannot change history," warned Rains.\n\n"Take a month off," said Liz Yelling. Rains and Yelling agree she could turn it around. "The heat was the main factor in Athens," he said.'
    expect(speakerOf(text, 'The heat was')).toBe('Angus Rains')
  })
})

describe('a paragraph that is only a quote, with no cue and no one quoted just before', () => {
  test('is the person the paragraph before ends on, as a guess (“speaker?”), and nobody’s when that paragraph names no one', () => {
    const intro = 'Plan divides the council\n\nThe city council met on Monday to discuss the budget.\n\n'
    const quote = '\n\n“It is a waste of money and time. We cannot afford it.”'
    const [about] = suggestQuotes(`${intro}Councilman Tom Ford has opposed the plan for months.${quote}`)
    expect(about?.speaker).toBe('Tom Ford')
    expect(about?.confident).toBe(false)
    expect(speakerOf(`${intro}The budget was cut by 5%.${quote}`, 'It is a waste')).toBeNull()
  })
})

describe('“he” back at the speech before', () => {
  test('is never a body that cannot be “he” (“The Pakistan Air Force said …”): it goes further back, to the man quoted before', () => {
    const text = 'Strikes\n\nForeign Secretary Vikram Misri spoke first. "We acted," Misri said.\n\nThe Pakistan Air Force said it had downed five jets, calling them “intruders”. “There was a compulsion to deter,” he said.'
    expect(speakerOf(text, 'There was a compulsion')).toBe('Vikram Misri')
  })

  test('may be someone described by where they study (“a student at Wesleyan University”): a description is no body’s name', () => {
    const text = 'Campus\n\nProfessor Andrew Lipman spoke at the event. "It is fine," said Lipman.\n\n"I voted for him," said a student at Wesleyan University. "It was not easy," he said.'
    expect(speakerOf(text, 'It was not easy')).toBe('a student at Wesleyan University')
  })
})

describe('“they” is never one man or one woman', () => {
  test('“Chairman Mike Gallo met the members … “…,” they wrote” is not Gallo’s; a body is still “they”', () => {
    const text = 'Letter\n\nChairman Mike Gallo met the members of the committee. "We are worried about the bureau," they wrote.'
    expect(speakerOf(text, 'We are worried')).not.toBe('Mike Gallo')
    const body = 'Label\n\nTaylor Swift criticised the deal. Big Machine Records answered on Monday. "We disagree," they said.'
    expect(speakerOf(body, 'We disagree')).toBe('Big Machine Records')
  })
})

describe('a role of a body named after it', () => {
  test('“the presidential candidate of the coalition Together We Make History said: “…””: the candidate, never the coalition', () => {
    const en = 'Campaign\n\nIn an interview, the presidential candidate of the coalition Together We Make History said: "I said it long ago".'
    expect(speakerOf(en, 'I said it long ago')).toBe('the presidential candidate of the coalition Together We Make History')
    const es = 'Campaña\n\nEn entrevista, el candidato presidencial de la coalición Juntos Haremos Historia manifestó: "Lo dije desde hace mucho tiempo".'
    expect(speakerOf(es, 'Lo dije')).toBe('el candidato presidencial de la coalición Juntos Haremos Historia')
  })
})

describe('a phrase that opens the sentence without a comma is no part of its subject', () => {
  test('“In a joint statement the studios said they want “…””: the studios speak, not the analyst named before', () => {
    const text = 'Streaming pact\n\nAnalyst Ian Fogg said the deal was overdue.\n\nIn a joint statement the studios said they want viewers to watch "licensed films on any screen they own".'
    expect(speakerOf(text, 'licensed films')).toBe('the studios')
  })

  test('“the” after a participle opens no subject of its own (“a statement … confirming the eviction read”), nor does a Spanish article after “y”', () => {
    const text = 'Viaje\n\nEl epidemiólogo Bharat Pankhania habló con la prensa.\n\nEn palabras dirigidas a las autoridades y los medios, dijo: "Todos ustedes están protegidos de una enfermedad grave".'
    expect(speakerOf(text, 'Todos ustedes')).toBe('Bharat Pankhania')
    const english = 'Eviction\n\nPrince Harry left the cottage in June.\n\nLast year, a statement by a Sussex spokesperson confirming the eviction read: "We can confirm the Duke has been asked to leave."'
    expect(speakerOf(english, 'We can confirm')).toBe('a Sussex spokesperson')
  })
})

describe('what kind of body a name is, before it, is no name', () => {
  test('“Research firm Gartner welcomed the move, saying “…””: the firm speaks, never “Research”', () => {
    const text = 'Broadband plan\n\nBT chief Ben Verwaayen unveiled the plan on Friday.\n\nResearch firm Gartner welcomed the move, saying it was "long overdue".\n\nInternet service provider (ISP) Plus.net backed the plan, saying "we will be entirely happy with it".'
    expect(speakerOf(text, 'long overdue')).toBe('Gartner')
    expect(speakerOf(text, 'we will be entirely')).toBe('Plus.net')
  })

  test('a participle after the sentence that closes the last quote’s attribution: ““…,” Tony Lavender said. Provider Plus.net backed the plan, saying “…””', () => {
    const text = 'Broadband plan\n\nBT chief Ben Verwaayen unveiled the plan on Friday.\n\n"The question is whether it goes far enough," analyst Tony Lavender said. Internet service provider Plus.net also backed the plan saying "we are entirely happy with it".'
    expect(speakerOf(text, 'we are entirely')).toBe('Plus.net')
  })
})

describe('an unnamed person set off by an aside is still the subject', () => {
  test('“A White House official, speaking on condition of anonymity, said …”: the official, never “A White House”', () => {
    const text = 'Senate vote\n\nSenate Majority Leader Chuck Schumer disagreed.\n\nA White House official, speaking on condition of anonymity, said the president "remains very confident."'
    expect(speakerOf(text, 'remains very')).toBe('A White House official')
  })
})

describe('a sentence adverb between commas stands between the subject and its verb', () => {
  test('“Sears, on the other hand, says it is “…””: Sears speaks, never the stores named before', () => {
    const text = 'Black Friday\n\nBest Buy and Walmart stores have new card readers, representatives said. Sears, on the other hand, says it is "continuously working to enhance security," according to a spokesman.'
    expect(speakerOf(text, 'continuously working')).toBe('Sears')
  })

  test('“Though, she said, …”: a word that opens a sentence set off by a comma of its own is still no name', () => {
    const text = 'Harbour\n\nThe harbour reopened on Monday, Mayor Ann Kerr said. Though, she added, the work was "far from over".'
    expect(speakerOf(text, 'far from over')).toBe('Ann Kerr')
  })
})

describe('a place that opens its sentence as the verb’s own subject speaks for those who govern it', () => {
  test('“Beijing said”, “In a statement, Downing Street said:”, “Beijing considers …, calling …”: the place, never the person named before', () => {
    const text = 'Talks\n\nJane Hill of Transport Focus welcomed the news.\n\nIn a statement, Downing Street said: "The Prime Minister welcomes the agreement."\n\nBeijing said the drills were "a stern warning."\n\nBeijing considers Taiwan part of its territory, calling the exercises "provocative."'
    expect(speakerOf(text, 'The Prime Minister welcomes')).toBe('Downing Street')
    expect(speakerOf(text, 'a stern warning')).toBe('Beijing')
    expect(speakerOf(text, 'provocative')).toBe('Beijing')
  })

  test('a dateline in capitals, or a place after a preposition, is where, not who: “WASHINGTON — … Robert Gates …, saying”, “En Cosoleacaque manifestó”', () => {
    const english = 'Marines\n\nWASHINGTON — Defense Secretary Robert Gates wants the Marines to change, saying they must regain "the maritime soul of the Marine Corps."'
    expect(speakerOf(english, 'the maritime soul')).toBe('Robert Gates')
    const spanish = 'Gira\n\nAndrés Manuel López Obrador visitó Veracruz el domingo.\n\nEn Cosoleacaque manifestó que "se rescatará la industria".'
    expect(speakerOf(spanish, 'se rescatará')).toBe('Andrés Manuel López Obrador')
  })
})

describe('one who belongs to someone is described by them, never them', () => {
  test('“The mayor’s office said: “…”” after a senator is named: the office speaks, never the senator', () => {
    const text = 'Talks\n\nSenate Minority Leader John Smith met Democrats on Friday.\n\nThe mayor’s office said: "We will not comment on pending litigation."'
    expect(speakerOf(text, 'We will not comment')).toBe('The mayor’s office')
  })
})

describe('one who is someone’s (a wife, a widow, a neighbour) speaks, never the one they are of', () => {
  test('“said the wife of victim Tom Lee”, «dijo la viuda de Tomás Lee»: the wife and the widow, never Tom Lee (who had been confident) nor the mayor', () => {
    const english = 'Crash\n\nMayor Ann Kerr spoke on Monday.\n\n"He was a good man," said the wife of victim Tom Lee.'
    expect(speakerOf(english, 'He was a good man')).toBe('the wife of victim Tom Lee')
    const spanish = 'Accidente\n\nLa alcaldesa Ana Kerr habló el lunes.\n\n«Era un buen hombre», dijo la viuda de Tomás Lee.'
    expect(speakerOf(spanish, 'Era un buen hombre')).toBe('la viuda de Tomás Lee')
  })
})

describe('a relation noun “of” someone names someone new unless described so before', () => {
  test('«lamentó la madre del joven, que pidió no ser identificada»: the mother, never the mayor named before', () => {
    const text = 'Caso\n\nLa alcaldesa Ana Kerr habló el lunes.\n\n«No lo entiendo», lamentó la madre del joven, que pidió no ser identificada.'
    expect(speakerOf(text, 'No lo entiendo')).toBe('la madre del joven')
  })
})

describe('after an owner, an office “of” something then a full name is that person', () => {
  test('“said Biden’s former chief of staff Ron Klain”, “said Apple’s head of retail Deirdre O’Brien”: the holders, never “Biden’s former chief” nor Apple', () => {
    const text = 'Case\n\nMayor Ann Kerr spoke on Monday.\n\n"It was a mistake," said Biden’s former chief of staff Ron Klain.\n\n"We will see," said Apple’s head of retail Deirdre O’Brien.'
    expect(speakerOf(text, 'It was a mistake')).toBe('Ron Klain')
    expect(speakerOf(text, 'We will see')).toBe('Deirdre O’Brien')
  })
})

describe('the one spoken for, or close to, is not the one who speaks', () => {
  test('“said a source close to Jane Doe”, “said a spokesman for Sen. Jane Doe”, «dijo un portavoz de la familia de Juan Pérez»: never Jane Doe nor Juan Pérez', () => {
    const text = 'Race\n\nMayor Ann Kerr spoke on Monday.\n\n"She will win," said a source close to Jane Doe.\n\n"He is lying," said a spokesman for Sen. Jane Doe.'
    expect(speakerOf(text, 'She will win')).not.toBe('Jane Doe')
    expect(speakerOf(text, 'He is lying')).toBe('a spokesman for Sen. Jane Doe')
    const spanish = 'Caso\n\nLa alcaldesa Ana Kerr habló el lunes.\n\n«Es falso», dijo un portavoz de la familia de Juan Pérez.'
    expect(speakerOf(spanish, 'Es falso')).not.toBe('Juan Pérez')
  })
})

describe('what someone told the speaker is theirs, not the one who reports it after the quote', () => {
  test('“An official there told her to “be patient,” she said”, “Her boss, John Lee, told her the job was “not safe anymore,” she recalled”', () => {
    const text = [
      'Clinic',
      'Maria Gonzalez had waited three hours at the clinic on Monday.',
      'An official there told her to "be patient," she said.',
      'Her boss, John Lee, told her the job was "not safe anymore," she recalled.'
    ].join('\n\n')
    expect(speakerOf(text, 'be patient')).toBe('An official there')
    expect(speakerOf(text, 'not safe anymore')).toBe('John Lee')
  })

  test('“She told reporters that “…,” she said” is still the one who speaks: “reporters” is no one told something of their own', () => {
    const text = 'Clinic\n\nMaria Gonzalez spoke on Monday.\n\nShe told reporters she was "angry and tired," she said.'
    expect(speakerOf(text, 'angry and tired')).toBe('Maria Gonzalez')
  })
})

describe('a title of a body written in capitals, then the name set off after it', () => {
  test('“El DT de Racing, Gustavo Costas, se mostró conforme: «…»”: the one named, never the player quoted before', () => {
    const text = [
      'Racing',
      'El capitán, Enzo Pérez, coincidió con su técnico. «Nos faltó contundencia en el área», analizó el mediocampista.',
      'El DT de Racing, Gustavo Costas, se mostró conforme: «El equipo dejó todo en la cancha».'
    ].join('\n\n')
    expect(speakerOf(text, 'El equipo dejó todo')).toBe('Gustavo Costas')
  })
})

describe('a name set off by commas right before the verb, and the verb’s object before the colon', () => {
  test('“el procurador general, Gregorio Eljach, celebró la decisión: «…»”: the one named, never “la decisión”', () => {
    const text = 'Condena\n\nUn juez condenó al exalcalde John Jairo Torres.\n\nEn su cuenta de X, el procurador general, Gregorio Eljach, celebró la decisión: "La justicia llega, aunque tarde".'
    expect(speakerOf(text, 'La justicia llega')).toBe('Gregorio Eljach')
  })
})

describe('an unnamed person with an age after the noun', () => {
  test('“«…», declaró la mujer de 35 años de edad en una entrevista”: the woman described, never the judge named before', () => {
    const text = 'Denuncia\n\nEl juez Pedro Gil admitió la querella.\n\n«Recibía constantemente amenazas contra mi vida», declaró la mujer de 35 años de edad en una entrevista.'
    expect(speakerOf(text, 'Recibía constantemente')).toBe('la mujer de 35 años')
  })
})

describe('a conjunction that opens the sentence is no part of the name after it', () => {
  test('“But the Scottish Executive has insisted …”, “And the Treasury said …”: the body, never “the But the Scottish Executive”', () => {
    const text = 'Scheme\n\nCampaigners criticised the remark on Monday. But the Scottish Executive has insisted the minister was "speaking about adults".\n\nCritics were furious. And the Treasury said the cost was "entirely manageable".'
    expect(speakerOf(text, 'speaking about adults')).toBe('Scottish Executive')
    expect(speakerOf(text, 'entirely manageable')).toBe('Treasury')
  })
})

describe('the one whose turn it was', () => {
  test('“Cuando tocó el turno de Mexivergas, comentó: «…»”: the one whose turn it was, never the person named next', () => {
    const text = 'Roast\n\nCuando tocó el turno de Mexivergas, comentó: "Todos sabemos que Yoss está aquí porque Caeli no quiso venir".\n\nAl llegar su turno, Ana Ruiz fue directa: "No tengo nada que perder".'
    expect(speakerOf(text, 'Todos sabemos')).toBe('Mexivergas')
  })
})

test('“consultamos a Orlando Acosta, profesor de la Facultad de Medicina de la Universidad Nacional, quien dijo que “…””: “quien” stands for the one the role describes', () => {
  const text = [
    'Matarratón',
    'El exgobernador Jesús Rosero asegura que basa sus recomendaciones en un estudio sobre el dengue.',
    'Al respecto consultamos a Orlando Acosta, profesor de la Facultad de Medicina de la Universidad Nacional, quien dijo que “ese estudio no tiene nada que ver con el covid”.'
  ].join('\n\n')
  expect(speakerOf(text, 'ese estudio no tiene')).toBe('Orlando Acosta')
})

describe('an aside between dashes before the verb', () => {
  test('“la abogada y ministra de Exteriores –como ella misma se definió al llegar– respondió …”: the minister, not the words in the dashes', () => {
    const text = [
      'Visita oficial',
      'La ministra de Exteriores, Ana Ruiz Gil, visitó ayer la frontera con el embajador Pedro Gómez.',
      'En una larga rueda de prensa, la abogada y ministra de Exteriores –como ella misma se definió al llegar– respondió a las preguntas sobre el cierre.',
      '"No habrá cierre de la frontera mientras yo sea ministra", porque el acuerdo sigue vigente, zanjó Ruiz.'
    ].join('\n\n')
    expect(speakerOf(text, 'No habrá cierre')).toBe('Ana Ruiz Gil')
  })
})

test('“Cuando le preguntaron después si había leído el informe de la fiscalía, respondió: «…»”: what was asked about is no subject; the one asked answers', () => {
  const text = [
    'Caso de espionaje',
    'El alcalde Pedro Gómez atacó de nuevo a la oposición en el pleno del martes.',
    'Cuando le preguntaron después si había leído el informe de la fiscalía, respondió: «Lo sabremos muy pronto».'
  ].join('\n\n')
  expect(speakerOf(text, 'Lo sabremos')).toBe('Pedro Gómez')
})

test('“Milan beat Juventus at Old Trafford and Ancelotti said: “…””: after a place’s preposition, “and” and a name open a clause; the name speaks, not the sentence’s first name', () => {
  const text = 'Cup tie\n\nManchester United play AC Milan on Wednesday; Milan coach Carlo Ancelotti spoke on Monday.\n\nMilan beat Juventus at Old Trafford and Ancelotti said: "We are happy to return."'
  expect(speakerOf(text, 'We are happy to return')).toBe('Carlo Ancelotti')
  const body = 'Tsunami\n\n"We should have reacted," Ana Ruiz, secretary in the Department of Science and Technology said.'
  expect(speakerOf(body, 'We should have reacted')).toBe('Ana Ruiz')
})

test('““…,” a spokesperson for Assembly Speaker Carl Heastie told reporters”: the one spoken for, after a title, never speaks; the spokesperson does', () => {
  const intro = 'Budget\n\nGov. Kathy Hochul announced the plan on Monday.\n\n'
  expect(speakerOf(`${intro}"It is a fraud," a spokesperson for Assembly Speaker Carl Heastie told reporters.`, 'It is a fraud')).toBe('a spokesperson for Assembly Speaker Carl Heastie')
  expect(speakerOf(`${intro}"It is a fraud," a spokesperson for Sen. Jane Doe told reporters.`, 'It is a fraud')).toBe('a spokesperson for Sen. Jane Doe')
  // (A body's name, then the person's, run on: "a spokesman for the State Department John Kirby said" is Kirby.)
  expect(speakerOf(`${intro}"It is a fraud," a spokesman for the State Department John Kirby said.`, 'It is a fraud')).toBe('John Kirby')
})

test('“La trabajadora de la salud del Hospital … dijo”, “Expertos de las universidades de Edimburgo y Liverpool dijeron”: the role in full, never “de la salud …” or the places', () => {
  const nurse = 'Vacunas\n\nLa ciudad aplicó hoy la primera vacuna.\n\nLa trabajadora de la salud del Hospital Erasmo Meoz dijo: "Siento un compromiso mayor de seguir cuidándome".'
  expect(speakerOf(nurse, 'Siento un compromiso')).toBe('La trabajadora de la salud del Hospital Erasmo Meoz')
  const experts = 'Vacunas\n\nLa ministra Carolina Corcho visitó el hospital.\n\nExpertos de las universidades de Edimburgo y Liverpool dijeron que el hallazgo es "muy prometedor".'
  expect(speakerOf(experts, 'muy prometedor')).toBe('Expertos de las universidades de Edimburgo y Liverpool')
})

test('“la trabajadora de la salud, oriunda de Arboledas, madre de familia, expresó”, “The nurse, originally from Leeds, mother of two, said”: two asides in a row, never “oriunda de Arboledas”', () => {
  const es = 'Vacunas\n\nLa ciudad aplicó hoy la primera vacuna.\n\nA su turno, la trabajadora de la salud, oriunda de Arboledas, madre de familia, expresó sentirse afortunada. "Siento un compromiso mayor de seguir cuidándome".'
  expect(speakerOf(es, 'Siento un compromiso')).toBe('la trabajadora de la salud')
  const en = 'Storm\n\nThe council opened a shelter on Monday.\n\nThe nurse, originally from Leeds, mother of two, said the ward was "full by noon".'
  expect(speakerOf(en, 'full by noon')).toBe('The nurse')
})

test('“New legislation will end what officials called the ‘…’ presence”: in a free relative the subject follows “what”, never the capitalised word opening the sentence', () => {
  const text = 'Reform\n\nThe remaining hereditary peers will be kicked out.\n\nNew legislation will end what officials called the ‘outdated and indefensible’ presence of peers.'
  expect(speakerOf(text, 'outdated and indefensible')).toBe('officials')
})
