import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { suggestQuotes } from './quotes'


describe('Spanish attribution: verbs, idioms and what stands between a verb and its subject', () => {
  test('a noun phrase after a preposition is no subject: “Por otra parte comentó que …”, “Tras mencionar que se trata de un proyecto …, refirió”', () => {
    const pre = 'Título\n\nAna Ruiz es académica. "El voto estratégico le funcionaría a él", asegura.\n\n'
    expect(speakerOf(`${pre}Por otra parte comentó que "sí lo han tocado" con el caso de la bodega.`, 'sí lo han')).toBe('Ana Ruiz')
    expect(speakerOf(`${pre}Tras mencionar que se trata de un proyecto muy ambicioso, refirió que "no será una película biográfica".`, 'no será')).toBe('Ana Ruiz')
    // …while the sentence's own subject still speaks, and so does “uno de los …”.
    expect(speakerOf(`${pre}Por su parte Gazprom, la proveedora rusa, destacó en un comunicado cómo "el tránsito siguió con normalidad".`, 'el tránsito')).toBe('Gazprom')
    expect(speakerOf(`${pre}Consultado por este diario, uno de los jugadores aseguró que "no hemos tenido contacto".`, 'no hemos')).toBe('uno de los jugadores')
  })

  test('present tenses of saying are cues: “«…», alerta Dutton” (“recalca”, “concluye”, “replica” too)', () => {
    const pre = 'Título\n\nScott Borg y William Dutton estudian internet. "Me siento desnudo sin el teléfono", cuenta Borg.\n\n'
    expect(speakerOf(`${pre}"Creo que eso puede ser un error", alerta Dutton.`, 'Creo que eso')).toBe('William Dutton')
  })

  test('a verb in the past right before “que” and the quote reports it, known verb or not: “Por ello, refrendó que «…»”', () => {
    const text = 'Título\n\nLa diputada Ana Ruiz presentó la iniciativa.\n\nPor ello, refrendó que "desde la Comisión de Igualdad no permitiremos ni toleraremos estos actos".'
    expect(speakerOf(text, 'desde la Comisión')).toBe('Ana Ruiz')
  })

  test('“escribió en Twitter el candidato Luis Mora”: a platform after the verb stands before its subject', () => {
    expect(speakerOf('“Vamos a ganar estas elecciones”, escribió en Twitter el candidato Luis Mora.', 'Vamos a ganar')).toBe('Luis Mora')
  })

  test('where and when it was said stand before the subject: “sostuvo ayer en un mitin en Sevilla el candidato socialista, Juan Espadas”', () => {
    expect(speakerOf('«Vamos a ganar estas elecciones», sostuvo ayer en un mitin en Sevilla el candidato socialista, Juan Espadas.', 'Vamos a ganar')).toBe('Juan Espadas')
    // …but "en referencia a la ley" is what it was about, and "a este periódico" the one told.
    expect(speakerOf('«Es una ley injusta», dijo en referencia a la ley de amnistía el diputado Juan Gil.', 'Es una ley injusta')).toBe('Juan Gil')
    expect(speakerOf('«Estamos trabajando para resolverlo», indicaron a este periódico fuentes del Ministerio de Sanidad.', 'Estamos trabajando')).toBe('fuentes del Ministerio de Sanidad')
  })

  test('a clause joined after the cue, with a subject of its own, leads in to the quote after its colon', () => {
    const text = 'Fuentes de la revista aseguran que recibieron una copia, y el propio Kostas Vaxevanis reivindicó su obligación de divulgarla: «No he hecho otra cosa que lo que un periodista está obligado a hacer».'
    expect(speakerOf(text, 'No he hecho')).toBe('Kostas Vaxevanis')
    expect(speakerOf('Officials said the plan was dead, but Tom Hart insisted otherwise: “We will find the money for the schools in this city.”', 'We will find')).toBe('Tom Hart')
  })

  test('the outlet told, then who spoke: “le comenta a BBC Mundo David Gibson, vicepresidente …” is David Gibson’s, asserted', () => {
    const text = 'El FBI desbloquea el iPhone\n\n«Es poco realista pensar que un aparato así sea inviolable», le comenta a BBC Mundo David Gibson, vicepresidente de la empresa.'
    const [s] = suggestQuotes(text)
    expect([s!.speaker, s!.confident]).toEqual(['David Gibson', true])
    expect(speakerOf('La Tierra y el Sol\n\n«El afelio es el punto más lejano de la órbita», explicó a BBC Mundo Nayra Rodríguez Eugenio, astrofísica.', 'El afelio')).toBe('Nayra Rodríguez Eugenio')
    expect(speakerOf('“We have no plans to change course at all,” Tom Hart told CNN.', 'We have no plans')).toBe('Tom Hart')
  })

  test('“EE.UU.” is part of a body’s name: “señaló el Departamento de Justicia de EE.UU. en la petición”', () => {
    expect(speakerOf('El FBI y Apple\n\n«Hemos logrado acceder a la información», señaló el Departamento de Justicia de EE.UU. en la petición.', 'Hemos logrado')).toBe('Departamento de Justicia de EE.UU.')
  })

  test('a clitic before the verb after a quote is no subject: “«…», le comenta X”, “«…», se quejó el concejal Juan Pérez”', () => {
    expect(speakerOf('Pleno municipal\n\n«Eso no es verdad y usted lo sabe», se quejó el concejal Juan Pérez.', 'Eso no es verdad')).toBe('Juan Pérez')
  })

  test('“tachó de «ridícula»” gives the word to the one who used it; “a quien tachó” has the sentence’s subject, not the one named before', () => {
    expect(speakerOf('El portavoz del PP, Luis Mora, tachó de “ridícula” la propuesta del Gobierno.', 'ridícula')).toBe('Luis Mora')
    const text = 'En una entrevista, Bono cargó contra el exsecretario general del partido, a quien tachó de inculto en unas declaraciones sobre Iglesias: «Era muy amigo suyo, un día le vi abrazándose con él».'
    expect(speakerOf(text, 'Era muy amigo')).toBe('Bono')
  })

  test('“revelar” reports speech: what Ana Ruiz “había revelado” someone offered her is hers to tell', () => {
    const text = 'En medio del debate, Ana Ruiz había revelado a la militancia que Tomás Vidal le ofreció “tres consejerías a cambio de votos”.'
    expect(speakerOf(text, 'tres consejerías')).toBe('Ana Ruiz')
  })

  test('present-tense cues of a profile: “«…», remarca.” and “la doctora expone que «…»”', () => {
    const first = 'La doctora Elsa Mora dirige la clínica desde 2019.\n\n“Lo que falta son médicos con contrato fijo”, remarca.'
    expect(speakerOf(first, 'Lo que falta son médicos')).toBe('Elsa Mora')
    const second = 'La doctora Elsa Mora expone que “nadie quiere trabajar de noche por ese sueldo”.'
    expect(speakerOf(second, 'nadie quiere trabajar')).toBe('Elsa Mora')
  })

  test('“tuiteó” and “proclamó” are speech verbs: “Luis Ferro tuiteó que el cierre es “…””', () => {
    const text = 'Ana Ruiz habló con Tomás Vidal. Luis Ferro tuiteó que el cierre es “otra mala noticia para todos”.'
    expect(speakerOf(text, 'otra mala noticia')).toBe('Luis Ferro')
  })

  test('the body a speaker turned to after a phrase of place is no speaker: “«…», proclamó desde un megáfono a la Guardia”', () => {
    const text = 'La marcha estuvo encabezada por Marta Lozano. “Es vuestra última oportunidad de uniros”, proclamó desde un megáfono a la Guardia.'
    expect(speakerOf(text, 'Es vuestra última')).toBe('Marta Lozano')
  })

  test('an idiom of saying is a cue: “Ferro dejó claro que su país …”, “Ferro hizo hincapié en que …”', () => {
    const first = 'Luis Ferro habló con Ana Ruiz y con la Junta. Ferro dejó claro que su país “no tiene que dar lecciones” a nadie.'
    expect(speakerOf(first, 'no tiene que dar lecciones')).toBe('Luis Ferro')
    const second = 'El ministro Luis Ferro visitó la planta con Ana Ruiz. Ferro hizo hincapié en que “la seguridad es lo primero”.'
    expect(speakerOf(second, 'la seguridad es lo primero')).toBe('Luis Ferro')
  })

  test('the name after “cuyo” and its noun is the subject of the verbs that go on: “…, cuyo concejal Tomás Vidal reconoció …, y acusó …”', () => {
    const text = 'El cierre fue total con el PSE, cuyo concejal Tomás Vidal reconoció el papel de los pescadores como Juan Ortega, y acusó a los liberales de querer “vender el puerto a cualquier precio”.'
    expect(speakerOf(text, 'vender el puerto')).toBe('Tomás Vidal')
  })

  test('what a speaker ended stands between the verb and its subject: “«…», acabó su discurso el concejal de la PRU Tomás Vidal”', () => {
    const text = 'Marta Lozano, del Partido Verde, pidió la palabra.\n\n“¡Que viva la huerta y que viva el mar!”, acabó su discurso el concejal de la PRU Tomás Vidal.'
    expect(speakerOf(text, '¡Que viva la huerta')).toBe('Tomás Vidal')
  })

  test('“su” and a noun after the verb with nothing after them is the subject: “«…», dijo su padre”', () => {
    const text = 'Marta Lozano habló en la plaza.\n\n“Nunca nos rendiremos ante nadie”, dijo su padre.'
    expect(speakerOf(text, 'Nunca nos rendiremos')).toBe('su padre')
  })

  test('the medium someone spoke to before the clause they told it is no speaker: “declaró al medio El Diario que …”', () => {
    const text = 'Leo Vidal, director de Mar Abierto, declaró al medio El Diario que no tenía dudas “de que el puerto cerrará”.'
    expect(speakerOf(text, 'de que el puerto')).toBe('Leo Vidal')
  })

  test('a body asked for something is no speaker: “ha reclamado a la Comisión Europea que apruebe …”', () => {
    const text = 'El ministro Luis Ferro, del Partido Azul, ha reclamado a la Comisión Europea que apruebe “una respuesta común” ya.'
    expect(speakerOf(text, 'una respuesta común')).toBe('Luis Ferro')
  })
})

describe('what is no subject in Spanish: where it was said, a title in a body', () => {
  test('“En su homilía manifestó que …”: the homily is where he said it; he is the one the paragraph is about', () => {
    const text = 'Obispo\n\nEl obispo Antonio González Sánchez generó polémica este domingo.\n\nEn su homilía manifestó que no niega la situación, “yo sé que eso es necesario para todos nosotros”.'
    expect(speakerOf(text, 'yo sé que eso')).toBe('Antonio González Sánchez')
  })

  test('“el Jefe del Ejecutivo reconoció …”: a title in a body, capitalised like a name, is the president named before', () => {
    const text = 'Ejército\n\nEl presidente Enrique Peña Nieto visitó el Campo Militar este lunes.\n\nAllí, el Jefe del Ejecutivo reconoció la labor del Ejército por “su inmediata respuesta ante la emergencia”.'
    expect(speakerOf(text, 'su inmediata respuesta')).toBe('Enrique Peña Nieto')
  })

  test('“le dice a la BBC Farouk Soussa”: the outlet told, with its article, then who spoke', () => {
    expect(speakerOf('"No hay duda de que el desafío fiscal es enorme", le dice a la BBC Farouk Soussa, economista de Citigroup.', 'No hay duda')).toBe('Farouk Soussa')
  })

  test('“llegó a decir Duque”: an idiom of saying before an inverted subject', () => {
    const text = 'Título\n\nIván Duque y Gustavo Petro debatieron en la televisión.\n\n"Uribe será senador y el presidente seré yo", llegó a decir Duque ante los periodistas.'
    expect(speakerOf(text, 'Uribe será senador')).toBe('Iván Duque')
  })

  test('“Respecto de la imposición de un gravamen que …, puntualizó”: what was spoken of is no speaker; the verb’s subject is the one the text is about', () => {
    const text = 'Título\n\nLuis Videgaray habló ante el Senado durante cuatro horas.\n\nRespecto de la imposición de un gravamen a las remesas que envían los migrantes, puntualizó que para México "es un asunto no negociable".'
    expect(speakerOf(text, 'es un asunto')).toBe('Luis Videgaray')
  })

  test('“Al mensaje de Clouthier respondió el exdiputado Fernando Belauzarán:”: a name after a preposition is no subject; the one after the verb is', () => {
    const text = 'Título\n\nTatiana Clouthier publicó un mensaje en Twitter.\n\nAl mensaje de Clouthier respondió el exdiputado perredista Fernando Belauzarán: "Les demuestro que éste renunció al PRI".'
    expect(speakerOf(text, 'Les demuestro')).toBe('Fernando Belauzarán')
  })

  test('“En conversación con BBC Mundo indica que …”: the one spoken with is no speaker; the verb’s subject is the one the text is about', () => {
    const text = 'Título\n\nGonzalo Guillén es periodista y vive en Bogotá.\n\nEn conversación con BBC Mundo indica que "los crímenes de las FARC llevaron a que Uribe se convierta en lo que se convirtió".'
    expect(speakerOf(text, 'los crímenes')).toBe('Gonzalo Guillén')
  })

  test('“adelantó”, “vaticinó”, “defendió” are verbs of saying; “En él, defendió …” after a rally keeps its speaker, not the man named in it', () => {
    expect(speakerOf('Título\n\n"Vamos a ganar en junio", adelantó la ministra Ana Ruiz.', 'Vamos a ganar')).toBe('Ana Ruiz')
    const text = 'Título\n\nBeatriz Gutiérrez habló en un mitin de Andrés Manuel López Obrador a finales de mayo. En él, defendió poner fin a la idea de la primera dama porque "en México no queremos mujeres de primera ni de segunda".'
    expect(speakerOf(text, 'en México no queremos')).toBe('Beatriz Gutiérrez')
  })

  test('“ha asegurado por su parte el abogado …, Viktor Jenkov”: an aside with no commas stands before the subject after the verb', () => {
    const text = 'Título\n\n"Es un día triste", remarca Alonso Cervera, economista jefe.\n\n"Esto no es todavía el final", ha asegurado por su parte el abogado de la asociación, Viktor Jenkov, citado por la agencia Interfax.'
    expect(speakerOf(text, 'Esto no es todavía')).toBe('Viktor Jenkov')
  })

  test('“agrega un analista de mercados …”: someone unnamed after the verb is the speaker, not the one quoted before', () => {
    const text = 'Título\n\n"El mensaje ha sido lo más importante", remarca Alonso Cervera, economista jefe. "Ha sido mucho mejor de lo que esperábamos", agrega un analista de mercados emergentes que prefiere mantenerse en el anonimato.'
    expect(speakerOf(text, 'Ha sido mucho mejor')).toBe('un analista de mercados emergentes')
    const runOn = 'Título\n\n"El mensaje ha sido lo más importante", remarca Alonso Cervera, economista jefe. "Ha sido mucho mejor", agrega un analista de mercados emergentes de una gran institución financiera basado en Nueva York.'
    expect(speakerOf(runOn, 'Ha sido mucho mejor')).toBe('un analista')
  })

  test('“Tal como expresa el profesor Luis Mora, de …, “…”: after “como” the subject follows the verb; “Tal” is no one', () => {
    const text = 'Título\n\nAna Gómez habló primero.\n\nTal como expresa el profesor Luis Mora, de la Universidad de Lima, "esta malinterpretación ha conducido a un error".\n\nComo señaló el ministro Juan Pérez, "esto no puede seguir así".'
    expect(speakerOf(text, 'esta malinterpretación')).toBe('Luis Mora')
    expect(speakerOf(text, 'esto no puede')).toBe('Juan Pérez')
  })

  test('but a clause that goes on after the “como” aside keeps the sentence’s own subject', () => {
    const text = 'Título\n\nEl ministro Badr Abdelatty recordó que el mecanismo no es el habitual, como defendió Pedro Sánchez ante la Liga Árabe, y se mostró confiado en un acuerdo "específico" al respecto.'
    expect(speakerOf(text, 'específico')).not.toBe('Pedro Sánchez')
  })

  test('the imperfect reports speech too: “«…», comentaba Millán”, “decía la alcaldesa”', () => {
    const text = 'Título\n\nCésar Millán llegó a Estados Unidos en 1990. "Fue un viaje largo", dijo Donald Trump en otro acto.\n\n"Morir es más probable que conseguirlo", comentaba Millán, quien con 21 años decidió irse a América.'
    expect(speakerOf(text, 'Morir es más')).toBe('César Millán')
  })

  test('“Hace 30 años que Maradona se alejó de la iglesia: “…”” — a span of time and “que” before the subject, never the speaker “Hace”', () => {
    const text = 'Título\n\nEl futbolista visitó Roma.\n\nHace 30 años que Maradona se alejó de la iglesia: "Entré al Vaticano y vi el techo de oro".'
    expect(speakerOf(text, 'Entré al Vaticano')).toBe('Maradona')
  })

  test('“señaló a través de un comunicado” — the Spanish preposition “a” opens no described speaker: the speaker is the one who spoke before', () => {
    const text = 'Título\n\n"Estamos hablando de un fraude de Estado", señaló Andrés Manuel López Obrador en el evento.\n\n"Se violó el principio de elecciones libres y auténticas", señaló a través de un comunicado.'
    expect(speakerOf(text, 'Se violó')).toBe('Andrés Manuel López Obrador')
  })
})

describe('a described speaker, a sub-heading run in, and the one something was sent to', () => {
  test('a lower-case field after “de” is part of the description before the name: “aseguró la científica de datos Ana Gil”', () => {
    expect(speakerOf('"No nos importaba lo suficiente", aseguró la científica de datos Ana Gil, exempleada de la compañía.', 'No nos importaba')).toBe('Ana Gil')
  })

  test('a participle and its phrase end an apposition, so “la exempleada” later is the woman it described, not the company', () => {
    const text = 'Exempleada de Telefónica denuncia nulas medidas\n\nTelefónica es una herramienta poderosa. Así lo sabe Ana Gil, una extrabajadora de la empresa. "La verdad es que no nos importaba", aseguró la ingeniera Ana Gil, exempleada de Telefónica encargada de la moderación de este tipo de contenidos, en un memorándum interno. Gil se refería a una campaña en Moldavia. Telefónica aún no ha reconocido esta campaña y sus autores están relacionados con el PSRM. No obstante, la exempleada de la red social reconoció "haber cometido errores".'
    expect(speakerOf(text, 'haber cometido')).toBe('Ana Gil')
  })

  test('a name after a participle’s “a” is who it was sent to, not the subject: “en un comunicado remitido a Europa Press aseguró”', () => {
    const text = 'Iberdrola respondió al informe de la auditora, y en un comunicado remitido a Europa Press aseguró haber "cumplido la ley".'
    expect(speakerOf(text, 'cumplido la ley')).toBe('Iberdrola')
  })

  test('a sub-heading run into its paragraph, two spaces after it, is neither the subject nor part of its name', () => {
    const text = 'Ana Gil habló el lunes.\n\nRespuesta de Telefónica  Telefónica respondió al informe de Ana Gil y aseguró haber "cumplido la ley".'
    expect(speakerOf(text, 'cumplido la ley')).toBe('Telefónica')
  })
})

describe('a subordinate clause after a quote', () => {
  test('“a medida que …” after a quote goes on the sentence; the quote is the one the verb before reports', () => {
    expect(speakerOf('La alcaldesa Ana Ruiz dijo el lunes que el plan es «arriesgado» a medida que continúan llegando turistas.', 'arriesgado')).toBe('Ana Ruiz')
  })

  test('a writing after “En” is where it was said, not the subject; a description set off after it is', () => {
    const text = 'Ana Ruiz rompió el silencio para pedir el voto por Pedro Gil.\n\nEn un video que dura menos de cinco minutos, la exalcaldesa, asegura que conoce "la urgencia" del partido.'
    expect(speakerOf(text, 'la urgencia')).toBe('Ana Ruiz')
    expect(speakerOf(text.replace(', la exalcaldesa,', ','), 'la urgencia')).toBe('Ana Ruiz')
  })

  test('“le dijo a la BBC su padre, Li Shuying”: after the outlet told, a possessed noun and its name are the subject', () => {
    const text = 'Intentó alertar a sus colegas. "No creo que haya estado difundiendo rumores", le dijo a la BBC su padre, Li Shuying. "Mi hijo era maravilloso".'
    expect(speakerOf(text, 'No creo que')).toBe('Li Shuying')
    expect(speakerOf(text, 'Mi hijo')).toBe('Li Shuying')
  })

  test('a verb right before “que” and the quote, after another cue, reports the quote: “pero Ruiz diferenció que «…»”', () => {
    const text = 'Pedro Gil los denominó como enemigos por hacer estas denuncias, pero Ruiz diferenció que «no somos enemigos del partido».'
    expect(speakerOf(text, 'no somos enemigos')).toBe('Ruiz')
  })

  test('“Y en la revista Lumen, un politólogo, Pedro Oyelaran, advirtió”: the place after “Y en” is no subject; the name set off after it is', () => {
    const text = 'Y en la revista británica Lumen, un politólogo, Pedro Frank Oyelaran, advirtió de que “odiar a los hombres no hace nada por la liberación de las mujeres”.'
    expect(speakerOf(text, 'odiar a los hombres')).toBe('Pedro Frank Oyelaran')
  })

  test('“Ana Ruiz, de Fundar, Centro de Análisis, refiere que”: the body after where she is from describes it; she is the subject', () => {
    const text = 'Ana Ruiz, de Fundar, Centro de Análisis e Investigación, refiere que no habría destitución porque "el texto de la iniciativa no propone la retroactividad".'
    expect(speakerOf(text, 'el texto de la iniciativa')).toBe('Ana Ruiz')
  })
})

describe('a phrase of place between the quote and the verb', () => {
  test('“«…» en Bikoro, en la provincia de Equateur, afirmó el Ministerio de Sanidad”: the subject follows the verb', () => {
    const text = 'Hubo muertos en el norte.\n\nLas autoridades locales notificaron que se detectaron "21 casos de fiebre y 17 muertos" en Bikoro, en la provincia de Equateur, afirmó el Ministerio de Sanidad en un comunicado.'
    expect(speakerOf(text, '21 casos')).toBe('Ministerio de Sanidad')
  })
})

describe('short quotes before the cue at the end of their sentence', () => {
  test('“El objetivo es “frenar la guerra”, que ha hecho de Gaza “un inmenso cementerio”, seguido de “…”, señaló”: all three are the speaker’s', () => {
    const text = 'Ana Ruiz habló en Madrid.\n\nEl objetivo es “frenar la guerra”, que ha hecho de Gaza “un inmenso cementerio”, seguido de la entrada “masiva y sin obstáculos de ayuda humanitaria”, señaló.'
    expect(speakerOf(text, 'frenar la guerra')).toBe('Ana Ruiz')
    expect(speakerOf(text, 'un inmenso cementerio')).toBe('Ana Ruiz')
  })
})

describe('who a verb with no subject stands for when no one is named before it', () => {
  test('“«…», asegura” under the headline is the person the article then introduces', () => {
    const text = 'El obispo de Córdoba: "Las mujeres jamás podrán ejercer el sacerdocio"\n\n"Se trata de un don, nunca un derecho", asegura\n\nEl obispo de Córdoba, Demetrio Fernández, ha subrayado que el sacerdocio solo lo pueden ejercer los hombres.'
    expect(speakerOf(text, 'Se trata de un don')).toBe('Demetrio Fernández')
  })

  test('an acronym is not the report named after it: “asegura la DEA” after “el Informe de Drogas de la DEA” is the DEA', () => {
    const text = 'Según el último Informe de Drogas de la DEA, ha habido 700 muertes.\n\n"El fentanilo seguirá siendo una amenaza mientras continúe la producción", asegura la DEA en su informe.'
    expect(speakerOf(text, 'El fentanilo')).toBe('DEA')
  })
})

describe('how it was said, between the verb and its subject', () => {
  test('“«…», dice con ironía la actriz en un video”: the actress named before, not the director named last', () => {
    const text = 'A los 30 años Ana Robles recibió una propuesta que definiría su carrera.\n\nEra un filme en el que Fernando de la Peña le ofrecía el papel de una anciana.\n\n"Pedirme a mí que hable de cine", dice con ironía la actriz en un video.'
    expect(speakerOf(text, 'Pedirme a mí')).toBe('Ana Robles')
  })
})

describe('an outlet or a place run into a name', () => {
  test('“le dice emocionada a BBC Mundo Rosa, una joven …”: a first name alone after a two-word outlet is the speaker', () => {
    const text = 'Una familia quedó endeudada.\n\n"Cuando veo a mi papá me siento feliz", le dice emocionada a BBC Mundo Rosa, una joven que trabaja en ventas.\n\n"Mi padre está vivo de milagro", cuenta.'
    expect(speakerOf(text, 'Cuando veo')).toBe('Rosa')
    expect(speakerOf(text, 'Mi padre está')).toBe('Rosa')
  })

  test('“El senador John Ortiz de Texas, dijo …”: the place after “de” is where he is from, no part of his name', () => {
    const text = 'Los republicanos cedieron.\n\nEl senador republicano John Ortiz de Texas, dijo que sería un "grave error" oponerse a los electores.'
    expect(speakerOf(text, 'grave error')).toBe('John Ortiz')
  })
})

describe('a demonstrative before the verb’s subject', () => {
  test('“«…», sostiene este profesor de Informática de la universidad”: the subject after “este” is a description, never the field “Informática”', () => {
    const text = 'El concejal Pawel Nowak vive en Krasnik.\n\n“Esta declaración solo nos ha traído más pérdidas económicas”, sostiene este profesor de Informática de la universidad local.'
    expect(speakerOf(text, 'Esta declaración')).toBe('Pawel Nowak')
  })
})

describe('round 21: Spanish titles and inverted subjects', () => {
  test('“Dra.” is a title before the name, never the speaker: “«…», dijo la Dra. Lucía Ferrer”', () => {
    const text = '«Todos hablamos de ello, y fue como un incendio», dijo la Dra. Lucía Ferrer, jefa de Radiología.'
    expect(speakerOf(text, 'Todos hablamos')).toBe('Lucía Ferrer')
  })

  test('a full name right after a verb in the past that follows a comma is its subject: “… de la prueba PCR, explicó Marcel Dupuy”', () => {
    const text = 'La ciudad está en alerta.\n\nLa alerta llegó sobre pacientes con resultados "a veces" negativos de la prueba PCR, explicó Marcel Dupuy, director de la agencia.'
    expect(speakerOf(text, 'a veces')).toBe('Marcel Dupuy')
  })

  test('a title and the word that ranks it, capitalised like a name, are a role: “Pedro Arrojo, Relator Especial para … de Naciones Unidas, que criticó …” is Pedro Arrojo', () => {
    const text = 'El agua cotiza en bolsa.\n\n"El agua es un derecho”, recordó a DW Pedro Arrojo, Relator Especial para los derechos humanos de Naciones Unidas, que criticó duramente la "operación especulativa” del mercado.'
    expect(speakerOf(text, 'operación especulativa')).toBe('Pedro Arrojo')
  })

  test('“para” and a name right before a quote, after a connective, give the view: “No obstante, para Lucas Ferreyra “…””', () => {
    const text = 'La sequía avanza en el sur. Chile y Brasil tienen mercados de agua. No obstante, para Lucas Ferreyra "hay un gran riesgo para América Latina de quebrar más aún".'
    expect(speakerOf(text, 'hay un gran riesgo')).toBe('Lucas Ferreyra')
  })

  test('“para” and a name after a comma give the view too: “…, para Hugo Prado es “…””', () => {
    const text = 'El agua cotiza en bolsa.\n\n"El mercado no regula nada", dijo Ana Wehr, politóloga.\n\nTeniendo en cuenta esta falta de datos, para Hugo Prado es "difícil que se establezca algo similar a lo que se dio en Estados Unidos".'
    expect(speakerOf(text, 'difícil que')).toBe('Hugo Prado')
  })
})

test('a cleft opening (“Lo que sí es un hecho es que Pizarro va …”) is no subject: “le dice a BBC Mundo” after it is Pizarro’s', () => {
  const text = 'Narco en Chile\n\nClaudia Pizarro es alcaldesa de la comuna.\n\nLo que sí es un hecho es que Pizarro va con protección policial desde que, hace tres años, recibiera amenazas. "Hace poco recibí un impacto de bala en mi oficina", le dice a BBC Mundo.'
  expect(speakerOf(text, 'Hace poco')).toBe('Claudia Pizarro')
})

test('“quien” with no comma after two names joined is the last one’s: “… como Zuria Vega y Alessandra Rosaldo quien le escribió “…””', () => {
  const text = 'Karla\n\nKarla Souza recibió el apoyo de varias actrices como Zuria Vega y Alessandra Rosaldo quien le escribió "Estamos contigo, todo mi respeto y admiración".'
  expect(speakerOf(text, 'Estamos contigo')).toBe('Alessandra Rosaldo')
})

test('“la ministra de Trabajo, Migraciones y Seguridad Social, Magdalena Valerio”: the name after the body’s parts, never the parts', () => {
  const named = '"Las pensiones subirán un 1,6% el próximo año", ha explicado la ministra de Trabajo, Migraciones y Seguridad Social, Magdalena Valerio, en rueda de prensa.'
  expect(speakerOf(named, 'Las pensiones')).toBe('Magdalena Valerio')
  const unnamed = 'Pensiones\n\nLa ministra Magdalena Valerio presentó el plan.\n\n"Las pensiones subirán un 1,6% el próximo año", ha explicado la ministra de Trabajo, Migraciones y Seguridad Social\n\nEl plan sigue.'
  expect(speakerOf(unnamed, 'Las pensiones')).toBe('Magdalena Valerio')
})
