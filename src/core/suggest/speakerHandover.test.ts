import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

/*
 * A quote with no cue of its own goes on with whoever spoke last — but
 * "whoever spoke last" is the last speech act, reported or quoted, not the
 * last quote: a person who speaks between two quotes takes the floor.
 */

describe('someone who speaks between two quotes takes the floor', () => {
  test('a paragraph that is only a quote, after a paragraph where a second person speaks, is that person’s (Spanish)', () => {
    const text = [
      'Fraude en los test',
      '“Hubo dos personas con el mismo PCR”, señalaron fuentes del gobierno nacional. Florencia Carignano, directora nacional de Migraciones, dijo a este medio que la denuncia es una ampliación de la anterior.',
      '“Tomamos 10 casos como muestra en donde había irregularidades”.',
      'Por su parte, el ministro no respondió.'
    ].join('\n\n')
    expect(speakerOf(text, 'Tomamos 10 casos')).toBe('Florencia Carignano')
  })

  test('the same in English, with a relative clause in the new speaker’s sentence', () => {
    const text = [
      'Budget fight',
      '“The plan is dead,” said Senator Ann Black. Senator John Reed, who chairs the committee, said he disagreed with her and would vote for the bill.',
      '“This plan can still pass this year.”',
      'The vote is on Monday.'
    ].join('\n\n')
    expect(speakerOf(text, 'This plan can still pass')).toBe('John Reed')
  })

  test('what the first speaker adds in the rest of the quote’s own sentence hands nothing over', () => {
    const text = [
      'A mother’s grief',
      '“The drug was in her system and there was no antidote,” her mother, Fiona Parry, said in a statement yesterday.',
      '“She was literally burning up from within.”',
      'The inquest opens next month.'
    ].join('\n\n')
    expect(speakerOf(text, 'She was literally burning')).toBe('Fiona Parry')
  })

  test('“he said” after a sentence whose second clause reports someone’s speech is that person, not the first clause’s subject', () => {
    const text = [
      'Test squad named',
      'Tom Reeves, the coach, named the side on Monday.',
      'Harry Lane scored fifty in his only Test innings, but Tom Reeves said Mark Dunn was preferred for his experience. “Dunn gives us someone who is battle hardened for a Test of this size,” he said.'
    ].join('\n\n')
    expect(speakerOf(text, 'Dunn gives us')).toBe('Tom Reeves')
  })

  test('…but a verb of going on in that sentence reports no one’s speech: “as Trump’s rise continued, Schwartz disavowed the book”', () => {
    const text = [
      'A ghostwriter’s regret',
      'Tony Schwartz wrote the book with Donald Trump in 1987.',
      'In 2016, as Trump’s rise continued, Schwartz disavowed the book. “I put lipstick on a pig,” he told the magazine.'
    ].join('\n\n')
    expect(speakerOf(text, 'I put lipstick')).toBe('Tony Schwartz')
  })
})

describe('the one spoken with is no speaker', () => {
  const text = [
    'Un abogado y su tía',
    'Mauricio Ossola, abogado de 24 años, defendió su matrimonio con su tía ante la prensa local.',
    '“Fue una decisión noble y legítima”, dijo Ossola.',
    '“Ella fue un sostén importante en mi vida”, reconoció en una entrevista con el diario El Tribuno de Salta.',
    '“No es algo de lo que me arrepienta”, añadió en entrevista con Ciro Gómez Leyva para Grupo Fórmula.',
    '“Lo volvería a hacer mañana mismo, sin dudarlo”, dijo en el programa Despierta con Loret, de Televisa.'
  ].join('\n\n')

  test('“reconoció en una entrevista con el diario El Tribuno de Salta”: the outlet interviewed him, he spoke', () => {
    expect(speakerOf(text, 'Ella fue un sostén')).toBe('Mauricio Ossola')
  })

  test('“en entrevista con Ciro Gómez Leyva para Grupo Fórmula”: the interviewer named after “con” is not the speaker', () => {
    expect(speakerOf(text, 'No es algo de lo que')).toBe('Mauricio Ossola')
  })

  test('“dijo en el programa Despierta con Loret”: the programme he spoke on is no speaker', () => {
    expect(speakerOf(text, 'Lo volvería a hacer')).toBe('Mauricio Ossola')
  })
})

describe('an epithet is no name to be sure of', () => {
  test('“advirtió el Diamante Negro”: Spanish puts no article before a name, so the capitalised words are not shown as a confident speaker', () => {
    const text = [
      'Palazuelos contra Luis Miguel',
      'El empresario Roberto Palazuelos habló de nuevo sobre el cantante Luis Miguel.',
      '“No me invitó a la fiesta”, dijo Palazuelos.',
      '“Yo soy un caballero, no voy a hablar mal de él”, advirtió el Diamante Negro.'
    ].join('\n\n')
    const quotes = suggestQuotes(text)
    expect(quotes.find((q) => q.text.startsWith('No me invitó'))?.confident).toBe(true)
    const epithet = quotes.find((q) => q.text.startsWith('Yo soy un caballero'))
    expect(epithet?.confident).toBe(false)
    expect(epithet?.candidates).toContain('Roberto Palazuelos')
  })

  test('a body written the same way keeps its name but is not confident either, while “el Partido Popular” (a body’s word) still is a body', () => {
    const text = 'Reacciones\n\nEl Gobierno presentó el plan este lunes.\n\n“Vamos a estudiar el texto”, señaló la Relatoría Especial.\n\n“Es un buen plan”, afirmó el Partido Popular.'
    const quotes = suggestQuotes(text)
    expect(quotes.map((q) => q.speaker)).toEqual(['Relatoría Especial', 'Partido Popular'])
    expect(quotes[0]!.confident).toBe(false)
  })
})

describe('a surname two people share', () => {
  test('“Adv Tšosane” is a title and a surname, and with two Tšosanes named before, the speaker is not shown as confident', () => {
    const text = [
      'A young lawyer',
      'Advocate Mokitimi Tšosane was born in Roma, near Maseru, to Mphutlane and ‘Matšosane Tšosane.',
      '“The Constitution is not self-executing,” Adv Tšosane argues.'
    ].join('\n\n')
    const quote = suggestQuotes(text)[0]!
    expect(quote.speaker).toMatch(/Tšosane$/u)
    expect(quote.confident).toBe(false)
  })
})

describe('a name in a prepositional phrase or behind a title in a body', () => {
  const roast = [
    'La noche de los youtubers',
    'El youtuber Carlos Mexía, conocido como Mexivergas, tomó el micrófono frente a sus colegas.',
    'Sobre Alex Strecci, refirió: “Eres guapo y nunca has leído un libro”. A Chumel dijo: “Chumel, ¿ya contaste la historia de cómo te engañaron?”.'
  ].join('\n\n')

  test('“Sobre Alex Strecci, refirió”: the one spoken about is not the speaker; the one who took the microphone is', () => {
    expect(speakerOf(roast, 'Eres guapo')).toBe('Carlos Mexía')
  })

  test('“A Chumel dijo”: Spanish “a” marks the one spoken to', () => {
    expect(speakerOf(roast, 'Chumel, ¿ya contaste')).toBe('Carlos Mexía')
  })

  test('“Cllr Louise Gittins, Chair of the Local Government Association said:” is Louise Gittins, not her title', () => {
    const text = 'Unrest\n\nThe association described the violence as “deplorable”.\n\nCllr Louise Gittins, Chair of the Local Government Association said: “The unrest we have seen is deplorable.”'
    expect(speakerOf(text, 'The unrest we have seen')).toBe('Louise Gittins')
  })

  test('“Minister of Natural Resources, Mohlomi Moleko, would not confirm … and only said:” is the minister by name', () => {
    const text = 'Blasts\n\nMinister of Natural Resources, Mohlomi Moleko, would not confirm whether the ministry knew and only said: “Ask them to submit a formal complaint.”'
    expect(speakerOf(text, 'Ask them to submit')).toBe('Mohlomi Moleko')
  })

  test('“Influenced by figures like Marcus Garvey and Malcolm X, he developed …”: neither name after “like” is who “he” is', () => {
    const text = 'Mokitimi Tšosane is a young lawyer.\n\nThe spark that ignited his passion for law was kindled early. Influenced by historical narratives and figures like Marcus Garvey and Malcolm X, he developed a deep-seated desire to confront injustices.\n\n“The judges in my dreams were meant to curb the evil I saw in the world,” he explains.'
    expect(speakerOf(text, 'The judges in my dreams')).toBe('Mokitimi Tšosane')
  })
})

describe('a word that opens a phrase is no name', () => {
  test('“Junto con los asistentes a su mitin, coreó:” names no one called “Junto”, and neither does “Ningún cuadro …”', () => {
    const text = [
      'Cierre de campaña',
      'La candidata Delfina Gómez cerró su campaña en Texcoco ante miles de simpatizantes.',
      'Junto con los asistentes a su mitin, coreó: “Ya llegó, ya está aquí, la que va a ganar”.',
      'Ningún cuadro del partido ha hecho críticas en público. “Voy a ser muy claro: es una decisión de ellos”, dijo.'
    ].join('\n\n')
    const named = suggestQuotes(text).flatMap((q) => [q.speaker, ...q.candidates])
    expect(named).not.toContain('Junto')
    expect(named).not.toContain('Ningún')
  })

  test('a demonstrative or a quantifier that opens a sentence is no speaker: “Esto quiere decir que …”, “Muchos expertos …, recordó, …”', () => {
    const text = [
      'El agua',
      'El profesor Spero Tsindos, de la Universidad La Trobe, publicó un artículo sobre el agua.',
      'Esto quiere decir que si sumamos los dos litros que recomiendan los expertos, “estamos bebiendo demasiada agua”, señala el profesor Tsindos.',
      'Muchos expertos, recordó, hacían comentarios hasta hace pocos días y “condenaban a que el agua no iba a ganar nunca”.'
    ].join('\n\n')
    expect(speakerOf(text, 'estamos bebiendo')).toBe('Spero Tsindos')
    const named = suggestQuotes(text).flatMap((q) => [q.speaker, ...q.candidates])
    expect(named).not.toContain('Esto')
    expect(named).not.toContain('Muchos')
  })
})

describe('something of someone’s is no fuller form of their name', () => {
  test('“el Brasil de Neymar” and “la Ejecutiva de Sánchez” do not stand for Neymar or Pedro Sánchez; “Francisco de Miranda” does stand for Miranda', () => {
    const text = [
      'Octavos',
      'El presidente Pedro Sánchez habló ante la Ejecutiva de Sánchez este lunes. México cayó ante el Brasil de Neymar en octavos.',
      '“Es un gran arquero, todo el mundo lo sabe”, comentó Neymar.',
      '“Somos la izquierda de Gobierno”, dijo Sánchez.',
      'El historiador Francisco de Miranda habló después. “Es la patria”, dijo Miranda.'
    ].join('\n\n')
    expect(speakerOf(text, 'Es un gran arquero')).toBe('Neymar')
    expect(speakerOf(text, 'Somos la izquierda')).toBe('Pedro Sánchez')
    expect(speakerOf(text, 'Es la patria')).toBe('Francisco de Miranda')
  })
})

describe('an outlet that reported the words takes no floor', () => {
  test('““…,” she said, according to NBC News. “…”” goes on with her, not with NBC News', () => {
    const text = [
      'Conway named counselor',
      'Kellyanne Conway will be counselor to the president, the transition team announced on Thursday.',
      '“My major concern is and will always be my four children,” she said, according to NBC News. “I have seen Donald Trump up close with his own children.”'
    ].join('\n\n')
    expect(speakerOf(text, 'My major concern')).toBe('Kellyanne Conway')
    expect(speakerOf(text, 'I have seen')).toBe('Kellyanne Conway')
  })

  test('nor after “said in a statement, according to Reuters”', () => {
    const text = 'Port deal\n\nThe governor, Maria Lund, signed the lease on Monday.\n\n“The port will stay public,” the governor said in a statement, according to Reuters. “No buyer will own the docks.”'
    expect(speakerOf(text, 'No buyer')).toBe('Maria Lund')
  })
})

describe('a participle’s phrase before the subject', () => {
  test('“he” after “Posing for pictures holding an Islamic State flag, Mr. Abaaoud boasted …” is Abaaoud, never the flag’s body', () => {
    const text = 'Brussels\n\nAbdelhamid Abaaoud was born there.\n\nPosing for pictures holding an Islamic State flag and the Quran, Mr. Abaaoud boasted in an interview of outsmarting security services. “We spent months trying to find a way into Europe,” he said.'
    expect(speakerOf(text, 'We spent months')).toBe('Abdelhamid Abaaoud')
  })
})

describe('a short definite role right after someone spoke', () => {
  test('is that speaker only when it names a person: “The government says” after Theresa May spoke is the government', () => {
    const text = 'Child access law\n\nThe shadow family secretary, Theresa May, said a Conservative government would bring a "radical reform of the family courts". The government says children cannot simply be divided up "like property" when a marriage collapses.'
    expect(speakerOf(text, 'like property')).toBe('The government')
  })
})

describe('a cue in a relative clause before the quote', () => {
  test('“…los litros que recomiendan los expertos, «…», señala el profesor Tsindos”: the name after the quote said it', () => {
    const text = 'Beber agua.\n\nEl profesor Spero Tsindos estudia la hidratación.\n\nEsto quiere decir que si suplementamos nuestro consumo diario con los dos litros adicionales que recomiendan los expertos, «estamos bebiendo demasiada agua», señala el profesor Tsindos.'
    const quote = suggestQuotes(text).find((s) => s.text.startsWith('estamos bebiendo'))
    expect([quote?.speaker, quote?.cue]).toEqual(['Spero Tsindos', 'señala'])
  })
})

describe('a sentence after a quote that reports its own clause', () => {
  test('“…win.” Neville admitted there had been incidents …: the clause Neville admitted is his, the quote before is Vieira’s', () => {
    const text = "Vieira denies threat\n\nArsenal's Patrick Vieira had earlier denied accusations that he threatened Gary Neville before the defeat.\n\n\"I didn't threaten anybody,\" said Vieira. \"They just played better than us and deserved to win.\" Neville admitted there had been incidents before the game, but insisted it had not distracted his focus. \"There were a couple of things that did happen before the game,\" he said."
    expect(speakerOf(text, 'They just played')).toBe('Patrick Vieira')
    expect(speakerOf(text, 'There were a couple')).toBe('Gary Neville')
  })
})

describe('the one asked answers, named by a role', () => {
  test('“when Vogue asked Dion, “…?” the singer answered, “…””: the singer is Dion, never the magazine that asked', () => {
    const text = 'Dion speaks\n\nCeline Dion gave an interview to a magazine. Then when Vogue asked Dion, “What are some of the ways that you have been impressed by your own strength?” the singer answered, “I would not say that I am impressed, but I do feel responsible for my children.”'
    expect(speakerOf(text, 'I would not say')).toBe('Celine Dion')
  })
})

describe('a name after the verb that the quote goes on from', () => {
  test('“Dawn Addiego, for example, said Christie “has dedicated …””: the name is the subject of what was said; Addiego said it', () => {
    const text = 'Christie leaves office\n\nDawn Addiego, for example, said Christie "has dedicated his efforts to make New Jersey affordable and to provide opportunity for families."'
    expect(speakerOf(text, 'has dedicated his efforts')).toBe('Dawn Addiego')
  })
})

describe('the one the words are according to', () => {
  test('“…, according to Beth England.” then ““…,” the striker said”: the striker is England, the source named before', () => {
    const text = 'Lionesses ready\n\nThe Lionesses will be ready to face Australia after playing Colombia, according to Beth England.\n\n“I think the atmosphere is going to be amazing,” the striker said.'
    expect(speakerOf(text, 'I think the atmosphere')).toBe('Beth England')
  })
})

describe('the one asking never answers', () => {
  test('““¿…?”, preguntó Díaz. “No …”, respondió”: the reply is the interviewee’s, the subject before the question, not the interviewer’s', () => {
    const text = 'En el programa Shalalá, conducido por Katia Díaz y Sabina Berman, Enrique Peña Nieto habló de su noviazgo con Angélica Rivera:\n\n"¿Cómo fue? ¿Usted la vio primero?", preguntó Díaz.\n\n"No. No hice casting ni nada de eso", respondió.\n\n"¿Quién la propuso?", insistió la periodista.\n\n"El área de creatividad se entrevistó con ella", contestó.'
    expect(speakerOf(text, 'No. No hice')).toBe('Enrique Peña Nieto')
    expect(speakerOf(text, 'El área')).toBe('Enrique Peña Nieto')
    expect(speakerOf(text, '¿Quién la propuso')).toBe('Katia Díaz')
  })

  test('““…?” asked Jo Baker. “…,” he replied”: the name after “asked” is the one asking, so “he” is the mayor the sentence before was about', () => {
    const text = 'Budget talks\n\nMayor Tom Reyes met the press on Monday, with the council clerk Ana Mills at his side, to explain the cuts.\n\n“Why now, after two years of surpluses?” asked Jo Baker of the Daily Courier.\n\n“Because the state money ran out in March, and we cannot borrow,” he replied.'
    expect(speakerOf(text, 'Because the state')).toBe('Tom Reyes')
  })
})

describe('a party and a state set off after a name', () => {
  test('“said Senator Lin Graves, Republican of South Carolina, who added …” is the senator, not the other Republicans named before', () => {
    const text = 'Treaty\n\nEleven Republican senators wrote to the leader.\n\n"I am not ready," said Senator Lin Graves, Republican of South Carolina, who added that it was “a monumental mistake” to approve the treaty.'
    expect(speakerOf(text, 'a monumental mistake')).toBe('Lin Graves')
  })
})

describe('a verb that names its object', () => {
  test('“…, Dario Veron, called Darwin Quintero a “monkey”” is Veron’s word, never Quintero’s; “dijo que Verón llamó “simio” a Quintero” is Verón’s too', () => {
    const en = 'Football\n\nThe goalkeeper, Moses Munn, said that the captain of the Pumas, Dario Veron, called Darwin Quintero a "monkey".'
    expect(speakerOf(en, 'monkey')).toBe('Dario Veron')
    const es = 'Fútbol\n\nEl portero del equipo, Moisés Muñoz, explicó que el capitán de los Pumas, Darío Verón, llamó "simio" a Darwin Quintero.'
    expect(speakerOf(es, 'simio')).toBe('Darío Verón')
  })
})

describe('a second verb joined to the speech before', () => {
  test('““…,” Misri said and added that Pakistan also had “…”” is Misri’s, never the body named in what he added; “dijo Albares y añadió que la ONU …” too', () => {
    const en = 'Strikes\n\nThe Pakistan Air Force said it had downed five jets.\n\nForeign Secretary Vikram Misri spoke to reporters. “Instead, all it has indulged in is denial,” Misri said and added that Pakistan also had “a reputation as a haven for terrorists.”'
    expect(speakerOf(en, 'a reputation as a haven')).toBe('Vikram Misri')
    const es = 'Gaza\n\nEl ministro José Manuel Albares habló en Nueva York. “Es una tragedia”, dijo Albares y añadió que la ONU debe tener “un papel central en la reconstrucción”.'
    expect(speakerOf(es, 'un papel central')).toBe('José Manuel Albares')
  })
})

describe('a clause after the cue’s, with a subject of its own, that leads in with a colon', () => {
  test('“When asked to portray …, Oprah Winfrey hesitated: “…”” is Winfrey’s, not the woman she was asked to play', () => {
    const text = 'Selma\n\nAnnie Lee Cooper stood in line to register in Selma, Alabama. When asked to portray the unlikely freedom fighter in the big-screen drama Selma, Oprah Winfrey hesitated: "I did not want to do it because in every scene she is beaten."'
    expect(speakerOf(text, 'I did not want')).toBe('Oprah Winfrey')
  })
})

describe('a participle after a speech verb set off by commas', () => {
  test('“…, the Supreme Court has ruled against …, he says, insisting … “…”” is his, never the court’s', () => {
    const text = 'Argentina\n\nCarlos Baez Silva is a lawyer for small savers. "A lot of them invested in good faith," he said.\n\nOn occasion, the Supreme Court has ruled against the interests of the people he represents, he says, insisting that the system cannot be trusted. "People have to deposit their money in the banks."'
    expect(speakerOf(text, 'People have to deposit')).toBe('Carlos Baez Silva')
  })
})

describe('a sentence after the quote whose verb reports a clause of its own', () => {
  test('““…” Ms Okafor says the power of the diary was plain …”: the clause is hers, the quote before it stays the diary’s', () => {
    const text = 'Storm\n\nSoon, thousands of readers were following the diary. "The roof just went," Tomas Lind\'s diary reads. "We ran to the cellar and waited for the wind to stop." Ms Okafor says the power of the diary was plain to every reader.'
    expect(speakerOf(text, 'We ran to the cellar')).toBe('Tomas Lind')
  })
})

describe('a relative aside after a name, then the verb', () => {
  test('“Maya Brandt, who served …, said the Biden solicitor general faces “…”” is Brandt’s: the comma closes the aside, nothing is inverted', () => {
    const text = 'Court\n\nMaya Brandt, who served in the solicitor general’s office under two presidents, said the Biden solicitor general necessarily faces “headwinds with a court that is more skeptical of government power.”'
    expect(speakerOf(text, 'headwinds with a court')).toBe('Maya Brandt')
  })
})

describe('a clause that opens by turning to someone else', () => {
  test('“A su turno, el funcionario de Donald Trump recordó que “…”” after Milei spoke: the official is someone other than Milei', () => {
    const text = 'Visita\n\nEl secretario del Tesoro de Estados Unidos, Scott Bessent, se reunió con el presidente Javier Milei en la Casa Rosada.\n\n"Estamos listos para firmar un acuerdo", agregó Milei.\n\nA su turno, el funcionario de Donald Trump recordó que "la economía argentina estaba al borde de un precipicio".'
    expect(speakerOf(text, 'Estamos listos')).toBe('Javier Milei')
    expect(speakerOf(text, 'la economía argentina')).toBe('Scott Bessent')
  })
})

test('“…, Vargas Llosa dijo que “…”. ¶ El también presidente de la Fundación … aseguró que … “…””: a description after a speaker points back at that speaker, never at a man named in his clause', () => {
  const text = 'Vargas Llosa\n\nOtro hecho lo muestra, cuando en julio de 2006, dos años después de que José María Aznar dejara el gobierno, Vargas Llosa dijo que "los historiadores del futuro reconocerán a Aznar".\n\nEl también presidente de la Fundación Internacional por la Libertad aseguró que en los ocho años del gobierno de Aznar, el país "creció de una manera espectacular".'
  expect(speakerOf(text, 'creció de una manera')).toBe('Vargas Llosa')
})

test('“As reporters swarmed into the square, a resident screamed at them … ¶ “…,” she shouted” is the resident, never the mayor named before', () => {
  const text = 'Molenbeek\n\nMayor Françoise Schepmans spoke on Monday.\n\nAs reporters from around the world swarmed into the square, a resident screamed at them, denouncing the news media.\n\n“You are all scum,” she shouted. “Do you have no shame?”'
  expect(speakerOf(text, 'You are all scum')).toBe('a resident')
})

test('“… ,” Alito interjected. “Do you dispute that?” ¶ “There can be …”: a paragraph that is only a quote after a question answers it', () => {
  const text = 'Vaccines\n\n“That can be true,” Elizabeth Prelogar said.\n\n“But there is some risk,” Justice Samuel Alito interjected. “Do you dispute that?”\n\n“There can be a very minimal risk with respect to some individuals.”'
  expect(speakerOf(text, 'There can be')).toBe('Elizabeth Prelogar')
})
