import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

describe('the sentence after a quote names whose words they were', () => {
  const text = [
    'Vivienda',
    'La ministra de Vivienda, Isabel Rodríguez, presentó el plan en Madrid.',
    '«No hay ciudad sin vivienda». Lo dijo ayer el alcalde de Barcelona, Jaume Collboni, en un foro.',
    '«Es un plan insuficiente y tardío». Lo asegura Ione Belarra, líder de Podemos.',
    '«No es suficiente». Son palabras de Ada Colau, exalcaldesa.',
    '«Un plan sin dinero». Palabras del economista José García Montalvo.'
  ].join('\n\n')

  test('“«…». Lo dijo ayer el alcalde de Barcelona, Jaume Collboni”, “Lo asegura Ione Belarra”: “lo” and a speech verb point back at the quote', () => {
    expect(speakerOf(text, 'No hay ciudad sin vivienda')).toBe('Jaume Collboni')
    expect(speakerOf(text, 'Es un plan insuficiente')).toBe('Ione Belarra')
  })

  test('“Son palabras de Ada Colau”, “Palabras del economista …”: the one whose words they were, and a quote of three words is still offered', () => {
    expect(speakerOf(text, 'No es suficiente')).toBe('Ada Colau')
    expect(speakerOf(text, 'Un plan sin dinero')).toBe('José García Montalvo')
  })

  test('“Those were the words of Labour MP Jane Doe”: the same in English', () => {
    const english = 'Housing\n\nThe housing minister, John Smith, set out the plan on Monday.\n\n"It is far too little, far too late." Those were the words of Labour MP Jane Doe.'
    expect(speakerOf(english, 'It is far too little')).toBe('Jane Doe')
  })

  test('“Esta fue la expresión reiterada de Marta Ruiz”, “That was the phrase of Jane Doe”: a phrase, an adjective between', () => {
    const spanish = 'Refugio\n\nEl dirigente Pedro Gómez fundó el frente en 1984.\n\n“Cuarenta años se dicen muy fácil”. Esta fue la expresión reiterada de Marta Ruiz durante la conversación.'
    expect(speakerOf(spanish, 'Cuarenta años')).toBe('Marta Ruiz')
    const english = 'Housing\n\nThe minister, John Smith, set out the plan.\n\n"Too little, far too late." That was the phrase of Jane Doe all week.'
    expect(speakerOf(english, 'Too little')).toBe('Jane Doe')
  })
})

test('“«…», dice en un vídeo enviado a la agencia Reuters”: the agency it was sent to is no speaker', () => {
  const text = [
    'Lista Norte',
    'El alcalde Juan Pérez fue detenido el domingo por publicar la lista.',
    '«No he hecho más que cumplir con mi deber», dice en un vídeo enviado a la agencia Reuters.'
  ].join('\n\n')
  expect(speakerOf(text, 'No he hecho más')).toBe('Juan Pérez')
})

describe('a subject set off by the last comma before the verb, after a long stretch of the quote’s sentence', () => {
  test('“The “hoopla” that surrounded his decision … was over the top, Favre said”, “… a “nuclear option” which was rarely used …, a spokesman said”', () => {
    const text = [
      'Return',
      'Brett Favre spoke to reporters on Monday about his return to the team.',
      'The "hoopla" that surrounded his decision-making and his return to the Vikings was over the top, Favre said.',
      'Judges can already jail parents who breach contact orders but that was a "nuclear option" which was rarely used as it was not seen as being in the child’s interests, a spokesman said.'
    ].join('\n\n')
    expect(speakerOf(text, 'hoopla')).toBe('Brett Favre')
    expect(speakerOf(text, 'nuclear option')).toBe('a spokesman')
  })
})

test('“«…», explican desde la empresa”: the company one speaks from, never its founder quoted before', () => {
  const text = [
    'Sake',
    'La empresa Tokyo-ya vende productos japoneses desde 1995. Su fundador, Nobuaki Fushiki, recuerda los inicios: "Era una locura".',
    'No obstante, "los ingredientes para sushi son los que más aceptación tienen", explican desde la empresa.'
  ].join('\n\n')
  expect(speakerOf(text, 'los ingredientes')).toBe('Tokyo-ya')
})

test('“«…», dijo Gómez en una declaración ante la prensa tras hablar con la primera ministra británica, Ana Ruiz”: the name right after the verb speaks, not the one named at the end', () => {
  const text = [
    'Prórroga',
    'El presidente del Consejo, Pedro Gómez, condicionó hoy la prórroga a un voto en el Parlamento.',
    '«Una extensión corta será posible», dijo Gómez en una declaración ante la prensa tras hablar por teléfono con la primera ministra británica, Ana Ruiz.'
  ].join('\n\n')
  expect(speakerOf(text, 'Una extensión corta')).toBe('Pedro Gómez')
})

test('“«…», destaca la que se convirtió en su líder tras la muerte del que fuera su compañero, Jesús Pérez”: “the one who …” is the one the text is about, never the name ending the clause', () => {
  const text = [
    'Cuarenta años de lucha',
    'Marta Gil Torres recibe a este diario en la sede del Frente Popular, que fundó con otros estudiantes en 1974.',
    'El Frente, que tuvo como consigna la lucha por «mejorar la vida de la gente de los barrios», se ha mantenido en este empeño por 40 años, destaca la que se convirtió en su líder tras la muerte en el año 2000 del que fuera su compañero de vida, Jesús Pérez.'
  ].join('\n\n')
  expect(speakerOf(text, 'mejorar la vida')).toBe('Marta Gil Torres')
})

test('“… told BBC News it was “easy to kick” Hester and accused Johnson of electioneering”: a verb after “and” shares the subject before the quote; the name is an object', () => {
  const text = [
    'Bonus row',
    'The bank chief, Stephen Hester, will get a bonus of nearly £1m.',
    'But the MP for the City of London, Mark Field, told BBC News it was "easy to kick" Hester and accused the mayor of electioneering.'
  ].join('\n\n')
  expect(speakerOf(text, 'easy to kick')).toBe('Mark Field')
})

test('“Smith left early, Cole said, adding, “…””: a participle set off by commas after “Cole said” has Cole for its subject, not the sentence’s first name', () => {
  const text = 'Mosque\n\nTom Smith prayed at the centre on Friday, said Ann Cole, a member.\n\nSmith left as soon as prayers were finished, Cole said, adding, "The mosque is open to everyone."'
  expect(speakerOf(text, 'The mosque is open')).toBe('Ann Cole')
})

test('“… makes Republicans nervous; one, Bob Lee of Kansas, the former leader, endorsed Ann Cole, saying Mr. Hart “…””: the participle’s subject opens its own clause after the semicolon', () => {
  const text = 'Primary\n\nMr. Hart’s surge in the polls makes leading Republicans nervous; one, Bob Lee of Kansas, the former Senate leader, endorsed Ann Cole on Thursday, saying Mr. Hart “loved picking a fight.”'
  expect(speakerOf(text, 'loved picking a fight')).toBe('Bob Lee')
})

test('“The bank is 80% owned by the taxpayer, and Johnson, the mayor, reacted by saying the government “…””: so does a clause joined by “and” after a comma', () => {
  const text = 'Bonus\n\nEd Miliband and Boris Johnson have criticised the bonus.\n\nThe bank is more than 80% owned by the taxpayer, and Johnson, the Conservative mayor of London, reacted to the payout by saying the government "should step in and sort it out".'
  expect(speakerOf(text, 'should step in')).toBe('Boris Johnson')
})

test('“Bob Lee, the head of Common Cause, says Mr. Hart saw the charges as “…””: a name with a verb in the past after it says what was said; the subject is before the cue', () => {
  const text = 'Ethics\n\nTom Hart has said he was on a mission. Bob Lee, the head of Common Cause, says Mr. Hart saw the charges as “a vehicle for taking over the House.”'
  expect(speakerOf(text, 'a vehicle for taking')).toBe('Bob Lee')
})

test('“«…». Con estas palabras ha reaccionado este lunes el portavoz …, David A. Semonian, a través de un comunicado enviado a France Presse”: any verb after “with those words” points back', () => {
  const text = 'Rusia\n\nEl Tribunal Supremo ilegalizó el movimiento.\n\n"Aunque nos esperábamos una decisión negativa, todo esto ha sido muy decepcionante". Con estas palabras ha reaccionado este lunes el portavoz internacional de los Testigos de Jehová, David A. Semonian, a través de un comunicado enviado a France Presse.'
  expect(speakerOf(text, 'Aunque nos esperábamos')).toBe('David A. Semonian')
})

test('“…, entre ellos el escritor chino Mo Yan que, según dijo, “…””: “según” and its verb inside a relative clause speak for the one it stands for', () => {
  const text = 'China\n\nPersonalidades hispanistas han asistido al coloquio, entre ellos el famoso escritor chino Mo Yan que, según dijo, "tras leer diez páginas de la novela encontré inspiración para la mía propia".'
  expect(speakerOf(text, 'tras leer diez páginas')).toBe('Mo Yan')
})

test('““…”, publicó entonces”: a verb of posting right after the quote and its comma is a cue', () => {
  const text = 'Li Wenliang\n\nLi Wenliang contó que le hicieron pruebas varias veces.\n\nEl 30 de enero volvió a hablar del tema en las redes sociales.\n\n"Hoy me dieron el resultado de las pruebas y es positivo", publicó entonces.'
  expect(speakerOf(text, 'Hoy me dieron')).toBe('Li Wenliang')
})

test('“El viernes pasado un alto cargo de defensa norteamericano aclaró que … ¶ «…», manifestó”: the unnamed official goes on speaking, never the last person named', () => {
  const text = 'Rusia\n\nVladimir Putin amenazó con desplegar armas nucleares.\n\nEl viernes pasado un alto cargo de defensa norteamericano aclaró que Estados Unidos no cree que exista una amenaza.\n\n“Seguimos monitoreando sus capacidades nucleares todos los días”, manifestó.'
  expect(speakerOf(text, 'Seguimos monitoreando')).toBe('un alto cargo de defensa norteamericano')
})

test('““…”, two weeks after the bank announced its plans”: a clause of when after a quote names no speaker; the one who said it before does', () => {
  const text = 'Bonuses\n\nLarry Broderick, of the Irish Bank Officials Association, said it was an "excessively generous bonus payment", two weeks after the bank announced its plans to cut jobs.'
  expect(speakerOf(text, 'excessively generous')).toBe('Larry Broderick')
  expect(speakerOf(text.replace('two weeks after', 'shortly before'), 'excessively generous')).toBe('Larry Broderick')
})

test('““…,” said her spokesman John Smith”, “«…», dijo su abogado Juan Pérez”: a possessive role, then a name, is the one named, never the owner', () => {
  const en = 'Court\n\nMayor Karen Lee was charged on Monday. "The mayor will fight this," said her spokesman John Smith.'
  expect(speakerOf(en, 'The mayor will fight')).toBe('John Smith')
  const es = 'Juicio\n\nEl alcalde Pedro Gil fue imputado el lunes. «Es inocente», dijo su abogado Juan Pérez.'
  expect(speakerOf(es, 'Es inocente')).toBe('Juan Pérez')
})
