import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

/*
 * Spanish news tells a scene in the imperfect ("replicaba Micco", "le gritaba
 * una joven") and opens headlines with a verb in the present plural
 * ("Condenan …", "Piden …"): the verb is a cue, never a name.
 */

describe('a scene told in the imperfect', () => {
  test('“…”, replicaba X: the imperfect of a speech verb is a cue, so the speaker is given as sure', () => {
    const text = [
      'Increpan a un exdirector en la universidad',
      'Un grupo de estudiantes acusaba al exdirector del instituto, Sergio Micco, de ser cómplice ante el decano Jorge Pérez.',
      '"¡No pueden censurar a nadie, esta es la casa de todos!", replicaba Micco al salir.'
    ].join('\n\n')
    const quote = suggestQuotes(text).find((s) => s.text.startsWith('¡No pueden censurar'))
    expect([quote?.speaker, quote?.cue, quote?.confident]).toEqual(['Sergio Micco', 'replicaba', true])
  })

  test('“…”, le gritaba una joven: so is the imperfect of “gritar”, with an unnamed speaker', () => {
    const text = ['Protesta en la facultad', 'El rector salió al patio. "¡Tiene que irse!", le gritaba una joven desde la escalera.'].join('\n\n')
    expect(speakerOf(text, '¡Tiene que irse!')).toBe('una joven')
  })
})

describe('a headline that opens with a verb', () => {
  test('“Condenan” at the head of a Spanish headline is never the speaker of a quote whose verb the lexicon lacks', () => {
    const text = [
      'Condenan abucheo a Sergio Micco en la facultad: "No solo es inaceptable; es impropio"',
      'El hecho ocurrió ayer en la facultad, luego que un grupo de estudiantes lo increpara y acusara como "cómplice" de la represión.',
      '"¡Cómplice, cómplice!". Esos eran los gritos que se escuchaban ayer. Un grupo de estudiantes acusaba al exdirector del instituto, Sergio Micco, de ser "cómplice" de la represión.',
      '"¡No pueden censurar a nadie, esta es la casa de todos!", contestaba Micco.'
    ].join('\n\n')
    expect(speakerOf(text, '¡No pueden censurar')).toBe('Sergio Micco')
  })

  test('an English demonym that opens its sentences, “Canadian regulators”, is not read as a Spanish verb', () => {
    const text = [
      'Regulators weigh the deal',
      '“We are considering how the transaction might be modified,” President Brad Smith said in a statement.',
      'Canadian regulators are also investigating the transaction and have concluded it is “likely to result” in less competition, according to a letter.'
    ].join('\n\n')
    expect(speakerOf(text, 'likely to result')).not.toBe('Brad Smith')
  })
})

describe('a verb the lexicon lacks, in the perfect, right before “que” and the quote', () => {
  test('“ha celebrado que «…»”, “ha coincidido en que «…»”: each is its own subject’s, not the speaker’s before', () => {
    const text = [
      'Pleno del Ayuntamiento',
      '“Vaya demócrata”, ha afirmado Ortega. La portavoz del PSOE, Mar Espinar, ha celebrado que “por fin la autora reciba el abrazo de Madrid”.',
      'Por parte de Más Madrid, Jorge García Castaño ha coincidido en que “su mérito como escritora es inabarcable”.'
    ].join('\n\n')
    expect(speakerOf(text, 'por fin la autora')).toBe('Mar Espinar')
    expect(speakerOf(text, 'su mérito como escritora')).toBe('Jorge García Castaño')
  })
})

describe('a speaker is a noun phrase, never words run on into a conjunction', () => {
  test('“… el PRO en territorio porteño porque, dijo, «…»”: the verb between commas is the sentence subject’s', () => {
    const text = [
      'Macri y la Ciudad',
      'Mauricio Macri pidió votar a los candidatos del PRO en la Ciudad.',
      'Macri insistió con cuidar lo que ha conseguido el PRO en territorio porteño porque, dijo, "destruir se destruye muy rápido cuando uno improvisa".'
    ].join('\n\n')
    expect(speakerOf(text, 'destruir se destruye')).toBe('Mauricio Macri')
  })

  test('a capitalised run whose first word the article also writes in lower case is a thing’s name, no one who speaks: “Vehículos Eléctricos”', () => {
    const before = 'Ford acelera su plan\n\nFord Motor anunció el lunes su nueva división. Vehículos Eléctricos tendrá sede en Detroit y los vehículos llegarán en 2025.\n\n«Estamos acelerando nuestro desarrollo», afirmó.'
    expect(speakerOf(before, 'Estamos acelerando')).toBe('Ford Motor')
    const only = 'Ford acelera su plan\n\nLa división Vehículos Eléctricos tendrá sede en Detroit, anunció el lunes Ford. Los vehículos llegarán en 2025.\n\n«Estamos acelerando nuestro desarrollo», afirmó.'
    expect(speakerOf(only, 'Estamos acelerando')).not.toBe('Vehículos Eléctricos')
  })
})

describe('the frame of a sentence names its speaker: an aside, a view with “para”, “como”, “al” and a verb in the subjunctive', () => {
  test('a cue set off by commas right after its clause’s subject is an aside with no subject of its own: “El PP, ha remachado, ha mantenido su “…””', () => {
    const text = 'Jiménez critica al PP\n\nEl portavoz socialista Mario Jiménez habló este lunes en Sevilla.\n\nEl PP, ha remachado, ha mantenido su "apuesta por la continuidad, por las malas políticas de estos años".'
    expect(speakerOf(text, 'apuesta por')).toBe('Mario Jiménez')
  })

  test('“A juicio del presidente …, Carlos Margotta, …” gives the sentence’s quote to him, as “a juicio de” does', () => {
    const text = 'Derechos humanos\n\nLa abogada Mirna Villegas sostiene que "no se puede soslayar que muchos casos no fueron investigados".\n\nA juicio del presidente de la Comisión Chilena de Derechos Humanos, Carlos Margotta, la situación termina de configurar un escenario que hace viables acciones internacionales, pues "hay una omisión de entregar justicia de parte de los tribunales".'
    expect(speakerOf(text, 'hay una omisión')).toBe('Carlos Margotta')
  })

  test('a view given with “para” yields to a verb after the quote that names its own subject: “Para la variante bretona, «…», aseguró el lunes la Dirección General de Salud de Francia”', () => {
    const text = 'Nueva cepa\n\nLa alerta llegó de un hospital de Lannion.\n\nPara la variante bretona, "los primeros análisis no permiten concluir ni sobre una gravedad ni una transmisibilidad mayor", aseguró el lunes la Dirección General de Salud de Francia.'
    expect(speakerOf(text, 'los primeros análisis')).toBe('Dirección General de Salud de Francia')
    // …while "para" alone still gives the view when the verb after the quote names no one.
    expect(speakerOf('Nueva cepa\n\nPara Pedro Pérez, "los primeros análisis no permiten concluir nada todavía", aseguró.', 'los primeros análisis')).toBe('Pedro Pérez')
  })

  test('a verb in the past that opens a question is no part of a name: after “¿Celebró México tan fuerte …?”, “el instituto” is no “Celebró México”', () => {
    const text = '¿Creó un sismo la celebración del gol?\n\nEntonces, ¿qué pasó? ¿Celebró México tan fuerte que causó un sismo artificial?\n\nEl evento no fue perceptible, de acuerdo con el Instituto de Investigaciones Geológicas y Atmosféricas.\n\nSolo un "muy pequeño número de sismógrafos" puede medir el evento, que el instituto describió como "microregistros".'
    expect(speakerOf(text, 'microregistros')).toMatch(/^(?:el )?instituto/iu)
  })

  test('“Como señala Jorge Cortés, infectólogo …, la diferencia estriba «…»”: after “como” the subject set off by commas is the quote’s, unless a clause joined with “y” goes on', () => {
    const pre = 'Bulos\n\nEl Instituto Nacional de Genómica lo explica en su web.'
    expect(speakerOf(`${pre} Como señala Jorge Cortés, infectólogo del Hospital Universitario Nacional de Colombia, la diferencia estriba “en su tamaño, genoma y funcionamiento”.`, 'en su tamaño')).toBe('Jorge Cortés')
    expect(speakerOf(`${pre} Como defendió Jorge Cortés ante la Liga, y se mostró confiado en un acuerdo “que llegará pronto a la mesa”.`, 'que llegará')).not.toBe('Jorge Cortés')
  })

  test('“al” and a verb of saying report the quote as a gerund does: “… se desmarcó del presidente al recalcar en la cadena CBS que Kim «…»” is the senator’s', () => {
    const text = 'Trump y Kim\n\nEl conservador Paul Ryan tachó al régimen de "brutal". El senador republicano Lindsey Graham, de Carolina del Sur, también se desmarcó del presidente al recalcar en la cadena CBS que Kim "mata a su propia gente en masa".'
    expect(speakerOf(text, 'mata a su')).toBe('Lindsey Graham')
  })

  test('“Para” and a name give the view after a quote in the same paragraph too: “«…», dijo Guilabert. Para Juan Camilo Herrera, …: «…»”', () => {
    const text = 'Constitución\n\n"Espero que la constitución sea un faro", dijo Aurélien Guilabert. Para Juan Camilo Herrera, profesor de derecho, podría serlo en aquellos lugares: "La inserción de una carta política propia es necesaria".'
    expect(speakerOf(text, 'La inserción')).toBe('Juan Camilo Herrera')
  })

  test('a cue in the past subjunctive reports too: “bastaron unas horas para que el ministro del Interior, Andrés Chadwick, anunciara que «…»”', () => {
    const text = 'Chile\n\nEl Presidente Piñera había asegurado en la radio que estaban “estudiando” invocar la ley. Sin embargo, bastaron unas horas para que el ministro del Interior, Andrés Chadwick, anunciara que “hemos invocado la Ley de Seguridad del Estado para todos los responsables”.'
    expect(speakerOf(text, 'hemos invocado')).toBe('Andrés Chadwick')
    // …but what a request asked for is a term, not a quote: “desde que el FBI le pidiera a Apple una «llave maestra»”.
    expect(suggestQuotes('Apple\n\nLa pelea duró seis semanas desde que el FBI le pidiera a Apple desarrollar una "llave maestra" para el teléfono.').map((q) => q.text)).not.toContain('llave maestra')
  })

  test('idioms of opinion introduce a quote as verbs do: “Andrés Santander es de la idea de que «…»”, “Feijóo … echa en falta «…»”', () => {
    const pre = 'Seguridad\n\n"La presencia de militares puede ser un serio problema", señaló Tomás Hirsch.'
    expect(speakerOf(`${pre} Su timonel, Andrés Santander, es de la idea de que “toda iniciativa que fortalezca al gobierno será valorada”.`, 'toda iniciativa')).toBe('Andrés Santander')
    expect(speakerOf(`${pre} Alberto Núñez Feijóo, que arrolló en las últimas elecciones, echa en falta “políticos que hablen más de lo que preocupa a los españoles”.`, 'políticos que')).toBe('Alberto Núñez Feijóo')
  })

  test('“A” and a name that “le” then stands for open a sentence about that person: “A José María Maravall, ministro …, le suenan …” then “«…», bromea”', () => {
    const pre = 'Política\n\nJuan Carlos Monedero habló primero.'
    expect(speakerOf(`${pre} A José María Maravall, ministro de Educación con Felipe González, le suenan familiares algunas cosas. “No eran recuerdos del 84, eran de la Edad Media”, bromea.`, 'No eran recuerdos')).toBe('José María Maravall')
    // (A name that is the verb's object, "A Errejón lo eligieron", is no topic: the one who spoke before goes on.)
    expect(speakerOf(`${pre} A Íñigo Errejón lo eligieron ayer. “Es un problema grave para la democracia”, añade.`, 'Es un problema')).toBe('Juan Carlos Monedero')
  })
})

describe('a demonstrative before the verb', () => {
  test('“esta vecina del barrio comenta que …: «…»” is the neighbour, never the spokesman who spoke before', () => {
    const text = 'Fiestas en Carabanchel.\n\nUna vecina de La Pradera cuenta que el parque se destroza. «Son daños que perduran», afirma el portavoz de la Asociación.\n\nCon respecto al tráfico, esta vecina del barrio madrileño comenta que la única medida fue poner una valla: «Los vecinos tenían permiso para moverla».'
    expect(speakerOf(text, 'Los vecinos tenían')).not.toBe('el portavoz de la Asociación')
    expect(speakerOf(text, 'Los vecinos tenían')).toMatch(/vecina/u)
  })

  test('“Ese mismo día dijo …” names no one: a demonstrative and a day is when', () => {
    const text = 'La esposa del presidente, Beatriz Gutiérrez Müller, habló en un acto.\n\nEse mismo día dijo que «la historia no se repite».'
    expect(speakerOf(text, 'la historia no se repite')).toBe('Beatriz Gutiérrez Müller')
  })
})

describe('what the words were about, after the verb', () => {
  test('“«…», ha declarado en relación a los enfrentamientos entre los sectores de Podemos”: the sectors are what it was about, not who said it', () => {
    const text = 'Pablo Iglesias habló en la radio.\n\n«Está bien ser transparente, pero hemos pecado de ingenuos», ha declarado en relación a los últimos enfrentamientos públicos entre los distintos sectores de Podemos.'
    expect(speakerOf(text, 'Está bien ser')).toBe('Pablo Iglesias')
  })
})

describe('a verb set off by commas, with no subject before it', () => {
  test('“Ante ello, ha continuado, Podemos debe tener un «…»”: the party is what was said about, the speaker carries on', () => {
    const text = 'Pablo Iglesias habló en la radio.\n\n«Las bases han lanzado un mensaje clarísimo de unidad», ha declarado Iglesias. Ante ello, ha continuado, Podemos debe tener un «liderazgo mucho más coral, no ser un partido de uno o de dos».'
    expect(speakerOf(text, 'liderazgo mucho más coral')).toBe('Pablo Iglesias')
  })

  test('“Los tratamientos, opina, «deben estar disponibles»”: a noun before the aside is no speaker', () => {
    const text = 'Bill Gates habló de la pandemia.\n\nLos tratamientos, opina, «deben estar disponibles y ser asequibles para todos».'
    expect(speakerOf(text, 'deben estar disponibles')).toBe('Bill Gates')
  })
})

describe('a cue inside the quotation', () => {
  test('“«El individualismo primó -acusa Isabel Godoy, convencional colla-. Decían …»”: the one named between the dashes said it', () => {
    const text = 'Convencionales.\n\nOtros convencionales comentan que faltó tiempo.\n\n«El individualismo como cultura primó -acusa Isabel Godoy, convencional colla-. Decían, no me gusta la plurinacionalidad». Otros son más críticos. «La desinformación no fue el motivo -lanza el exconvencional socialista Maximiliano Hurtado-. El problema es otro».'
    expect(speakerOf(text, 'El individualismo')).toBe('Isabel Godoy')
    expect(speakerOf(text, 'La desinformación')).toBe('Maximiliano Hurtado')
  })
})

describe('a sentence about someone, after an opening phrase', () => {
  test('“Ese día, a Giovanna Grandón no paraba de sonarle el celular. … Desde entonces, dice hoy, …”: the one it rang for speaks', () => {
    const text = 'Convencionales.\n\nMalucha Pinto enviaba mensajes de aliento.\n\nEse día, a Giovanna Grandón no paraba de sonarle el celular. Le decían que no bajara los brazos. Desde entonces, dice hoy, los días han sido «uno bueno y uno malo».'
    expect(speakerOf(text, 'uno bueno y uno malo')).toBe('Giovanna Grandón')
  })
})

describe('a group’s view', () => {
  test('“Para los senadores, «…»” is the senators’ view, not the group that spoke before', () => {
    const text = 'Chile debate un indulto.\n\nEn el texto, los congresistas argumentan que las revueltas se explican «por las graves desigualdades».\n\nPara los senadores, «los actos que revisten características de delito son punibles». Pero añaden: «Se ha vivido un proceso distorsionado».'
    expect(speakerOf(text, 'los actos que revisten')).toBe('los senadores')
    expect(speakerOf(text, 'Se ha vivido')).toBe('los senadores')
  })
})

describe('the channel it was said to', () => {
  test('“«…», señaló en una entrevista al canal local Chilevisión”: the channel is no speaker', () => {
    const text = 'Boric habló.\n\nEl presidente Gabriel Boric opinó sobre el plebiscito. «Vamos a tener que prolongar este proceso», señaló en una entrevista al canal local Chilevisión. «Va a tener que discutirse todo de nuevo», sostuvo.'
    expect(speakerOf(text, 'Vamos a tener')).toBe('Gabriel Boric')
    expect(speakerOf(text, 'Va a tener que')).toBe('Gabriel Boric')
  })
})

describe('names listed after a preposition', () => {
  const opening = 'Obras en el puerto.\n\nLa ministra Laura Gómez visitó la obra. «Queremos terminar antes de junio, cueste lo que cueste», dijo Gómez.\n\n'

  test('“Y agradeció el apoyo del FMI, el Banco Mundial y la Cruz Roja, lo que consideró …”: no one listed is the verb’s subject', () => {
    const text = `${opening}Y agradeció el apoyo del FMI, el Banco Mundial y la Cruz Roja, lo que consideró que dará lugar «a una reconstrucción rápida de las casas».`
    expect(speakerOf(text, 'a una reconstrucción rápida')).toBe('Laura Gómez')
  })

  test('“… el apoyo de Cáritas, Manos Unidas y Médicos del Mundo, lo que consideró …”: nor two names joined at the list’s end', () => {
    const text = `${opening}Y agradeció el apoyo de Cáritas, Manos Unidas y Médicos del Mundo, lo que consideró que dará lugar «a una reconstrucción rápida de las casas».`
    expect(speakerOf(text, 'a una reconstrucción rápida')).toBe('Laura Gómez')
  })

  test('“En Madrid, Pedro Ruiz dijo …”: a comma that ends an opening phrase leaves the name after it the subject', () => {
    const text = `${opening}En Madrid, Pedro Ruiz, Eva Gil y Ana Sanz visitaron otra obra. «Aquí vamos más lentos», reconoció.`
    expect(speakerOf(text, 'Aquí vamos más lentos')).toBe('Pedro Ruiz')
  })

  test('“Hizo notar que durante el Desfile Militar … Destacó que «…»”: what happened during an event is no speaker', () => {
    const text = 'Fiestas patrias.\n\nEl gobernador Tomás Ríos habló en la plaza. Hizo notar que durante el Desfile Militar que se realizó por el aniversario, el contingente no estuvo presente, «porque estaban ayudando a las familias».\n\nDestacó que «hoy nos toca reconstruir entre todos» las casas caídas.'
    expect(speakerOf(text, 'hoy nos toca reconstruir')).toBe('Tomás Ríos')
  })
})

describe('a speech verb’s form used as a noun after a preposition', () => {
  test('“… y «jamás» las mujeres, teniendo en cuenta …”: “en cuenta” tells nothing, the bishop who stressed it said it', () => {
    const text = 'El obispo habló\n\nEl obispo de Córdoba, Demetrio Fernández, ha subrayado que el sacerdocio solo lo pueden ejercer los hombres y "jamás" las mujeres, teniendo en cuenta, además, que se trata de "un don, nunca un derecho".'
    expect(speakerOf(text, 'jamás')).toBe('Demetrio Fernández')
    expect(speakerOf(text, 'un don, nunca')).toBe('Demetrio Fernández')
  })
})

describe('speech verbs a scene or a document uses', () => {
  test('“«…», recriminaba uno de los guardas”, “«…», dicta un comunicado del Departamento de Estado”: each names its speaker', () => {
    const text = 'Rescate en el monte\n\nLos montañeros bajaron de noche. "Tenéis que respetar el ecosistema, informaros de dónde vais", recriminaba uno de los guardas.\n\nEl Gobierno habló. “Ahora más que nunca, es esencial la libertad de prensa”, dicta un comunicado del Departamento de Estado.'
    expect(speakerOf(text, 'Tenéis que respetar')).toBe('uno de los guardas')
    expect(speakerOf(text, 'Ahora más que nunca')).toBe('un comunicado del Departamento de Estado')
  })
})

describe('a clitic before the verb, the subject after it', () => {
  test('“Lo describe el arquitecto Iván Soto en su libro Siete Cabezas, crónica del estallido: “…”” is the architect, not the last one quoted', () => {
    const text = 'Estallido\n\nEl expresidente Ricardo Lagos habló de la violencia.\n\nLo describe el arquitecto Iván Soto en su libro Siete Cabezas, crónica urbana del estallido social: “Veintisiete estaciones incendiadas afectaron la movilidad de dos millones de personas”.'
    expect(speakerOf(text, 'Veintisiete')).toBe('Iván Soto')
  })
})

describe('a relative pronoun right after the speaker the quote before named', () => {
  test('““…”, insistió el presidente Javier Milei, quien además reveló que … del ministro de Economía, Luis Caputo: “…”” is Milei’s', () => {
    const text = 'Milei\n\n"Todos los factores llevan al tipo de cambio a la baja", insistió el presidente Javier Milei, quien además reveló que el piso fue por insistencia del ministro de Economía, Luis Caputo: "Yo hubiera puesto la banda más abajo", planteó.'
    expect(speakerOf(text, 'Yo hubiera puesto')).toBe('Javier Milei')
  })
})

describe('the one spoken to after a described speaker', () => {
  test('““…”, le dijo el experto en seguridad a Juan Pablo Toro, ministro” is the expert’s, never the minister’s it was said to', () => {
    const text = 'Seguridad\n\n«Hay que reforzar los controles en la frontera», le dijo el experto en seguridad a Juan Pablo Toro, ministro del Interior.'
    expect(speakerOf(text, 'Hay que reforzar')).not.toBe('Juan Pablo Toro')
  })
})

describe('a name after “tras” in a description', () => {
  test('“añadió el hombre tras Corazones” is the musician quoted before, not the album named after “tras”; nor is the next “dijo el músico”', () => {
    const text = 'Música\n\nEl cantante Jorge Ramos habló con la prensa. "Para eso es la música", aseguró Ramos. "Yo creo que se puede", añadió el hombre tras Corazones. Además, habló del Presidente Sebastián Piñera. "La gente quiere que se vaya", dijo el músico.'
    expect(speakerOf(text, 'Yo creo que se puede')).toBe('Jorge Ramos')
    expect(speakerOf(text, 'La gente quiere')).toBe('Jorge Ramos')
  })
})

describe('“según” and a verb of its own', () => {
  test('“Laura Magallanes … Según entiende, “…”” is hers, not the man quoted before', () => {
    const text = 'Vecinos\n\n"No hay agua", dijo John Kennedy Rodríguez.\n\nLaura Magallanes también es una de las representantes del grupo de vecinos. Según entiende, “no hay perspectiva de que vaya a haber una solución”.'
    expect(speakerOf(text, 'no hay perspectiva')).toBe('Laura Magallanes')
  })
})

describe('an object relative after a preposition', () => {
  test('“Una tesis …, de la que José María Maravall discrepa: “…”” is Maravall’s, not the one quoted before', () => {
    const text = 'Política\n\n“Ahora se ha hecho de la política una carrera profesional”, opina Iñaki Anasagasti. Una tesis muy corriente entre la vieja guardia, de la que José María Maravall discrepa: “Sánchez es el primer presidente sin experiencia”.'
    expect(speakerOf(text, 'Sánchez es el primer')).toBe('José María Maravall')
  })
})

describe('a clause of place after a name', () => {
  test('“Milei brindara una entrevista a FM El Observador donde aseguró que “…”” is Milei’s, not the radio’s', () => {
    const text = 'Elecciones\n\n"Es un error", dijo Mauricio Macri.\n\nLas palabras del ex Presidente llegaron luego de que Javier Milei brindara una entrevista a FM El Observador donde aseguró que “la vuelta del kirchnerismo no va a pasar” en el distrito.'
    expect(speakerOf(text, 'la vuelta del kirchnerismo')).toBe('Javier Milei')
  })
})

describe('a group with no article as the subject', () => {
  test('“A la salida del penal, familiares de los presos políticos denunciaron que … “…””: the relatives, not the deputy quoted before', () => {
    const text = 'Presos\n\nEl diputado Horacio Sosa habló ayer. “Habrá justicia”, señaló.\n\nA la salida del penal, familiares de los presos políticos denunciaron que se han enfrentado a “trabas constantes”.'
    expect(speakerOf(text, 'trabas constantes')).toBe('familiares de los presos políticos')
  })

  test('“Pero esto, insisten los expertos, es algo “…””: the experts set off by commas after the verb, not the doctor quoted before', () => {
    const text = 'Vacunas\n\nJulian Tang habló ayer. “No sirve”, dijo.\n\nPero esto, insisten los expertos, es algo “normal y esperable”.'
    expect(speakerOf(text, 'normal y esperable')).toBe('los expertos')
  })
  test('“Le dijo a la multitud que …”: a clitic that opens the sentence is no surname, though a “Phi Le” was named before', () => {
    const text = 'Bombero\n\nEl médico Phi Le atendió al bombero Dylan Van Iwaarden durante semanas.\n\nVan Iwaarden se someterá a rehabilitación en Irvine. Le dijo a la multitud que estaba "listo para empezar, seguir adelante" y emocionado.'
    expect(speakerOf(text, 'listo para empezar')).toBe('Dylan Van Iwaarden')
  })
  test('“La acusa de “…””: “La” before a verb is the clitic too, no part of “Convenio de La Haya”', () => {
    const text = 'Custodia\n\nEl caso llegó al Convenio de La Haya en marzo.\n\nStuart Dempster niega haber maltratado a su esposa. La acusa de “actuar” ante los jueces.'
    expect(speakerOf(text, 'actuar')).toBe('Stuart Dempster')
  })
  test('“… señalando a sectores de regadío de Chile que “…””: the ones pointed at (“a” before a plural) are never the speaker', () => {
    const text = 'Agua\n\nLa economista Marta Ibáñez habló del agua. “Hay un gran riesgo para los productores agrarios” señalando a sectores de regadío de Argentina y Chile que “pueden quedarse sin agua”.'
    for (const quote of ['Hay un gran riesgo', 'pueden quedarse']) expect(speakerOf(text, quote)).toBe('Marta Ibáñez')
  })
  test('“El DT hizo énfasis en …: “…””: the coach (“director técnico”), a title, points back at the coach named before, never a name “DT”', () => {
    const text = 'Fútbol\n\nEl entrenador Martín Ledesma, por su parte, expresó: "Fue un triunfo importantísimo para todos".\n\nEl DT hizo especial énfasis en el factor anímico: "Es algo que le digo a los muchachos todos los días".'
    expect(speakerOf(text, 'Es algo que le digo')).toBe('Martín Ledesma')
  })
  test('“habló” is a speech verb: “Su compañero Iván Ríos, quien habló con la prensa: “…”” is his, not the actress named before', () => {
    const text = 'Estreno\n\nMarta Salcedo llegó a la premiere de la cinta. Su compañero Iván Ríos, quien habló con la prensa sobre el rodaje: “ahorita me di tiempo para irme a estudiar actuación”.'
    expect(speakerOf(text, 'ahorita me di tiempo')).toBe('Iván Ríos')
  })
  test('the plural of a speech verb is one too: “las autoridades sanitarias precisan que “…”” is theirs, not the doctor quoted before', () => {
    const text = 'Alimentos\n\n“No sirve de nada”, dijo el médico Jaime Ruiz.\n\nDel mismo modo, las autoridades sanitarias españolas precisan que “no hay que tomar precauciones especiales” con los alimentos.'
    expect(speakerOf(text, 'no hay que tomar')).toBe('las autoridades sanitarias españolas')
  })
  test('“narra”, “externó”, “susurró” are verbs of saying: ““…”, narra Eva Ruiz” is hers, not the app’s', () => {
    const text = 'Perros\n\nLa aplicación NetPet conecta a los dueños de perros.\n\n“En un principio serían gratuitas para algunos usuarios”, narra Eva Ruiz, una de sus creadoras.'
    expect(speakerOf(text, 'En un principio')).toBe('Eva Ruiz')
  })
  test('a hyphen ends no name: ““…”, apuntó Ruiz Gómez- al final …” is Fernando Ruiz Gómez’s, never “Ruiz Gómez-”', () => {
    const text = 'Vacunas\n\nFernando Ruiz Gómez, ministro de Salud, presentó el plan.\n\n“Ya tenemos adquiridas muchas de las vacunas”, apuntó Ruiz Gómez- al final de la rueda de prensa.'
    expect(speakerOf(text, 'Ya tenemos adquiridas')).toBe('Fernando Ruiz Gómez')
  })
  test('“valoró el experto … del Imperial College de Londres Joeri Kerr”: after the place that ends the college’s name, the two words left are the person', () => {
    const text = 'Clima\n\n“Es malo para todos”, dijo el analista Lauri Myllyvirta.\n\n“Esto no será visible en las emisiones totales”, valoró el experto en clima del Imperial College de Londres Joeri Kerr.'
    expect(speakerOf(text, 'Esto no será visible')).toBe('Joeri Kerr')
  })
})

test('“Consultada sobre esta desproporción, una fuente de los servicios nos la resumió así: “…””: clitics between the subject and its verb are no part of it', () => {
  const text = 'Mapuche\n\nEl conflicto del Partido de los Trabajadores del Kurdistán con Turquía, liderado por Abdullah Ocalan, costó miles de vidas.\n\nConsultada sobre esta desproporción, una fuente de los servicios nos la resumió así: "La estrategia de la Coordinadora es realizar sabotajes".'
  expect(speakerOf(text, 'La estrategia de la Coordinadora')).toBe('una fuente de los servicios')
})

test('“CIUDAD DE MÉXICO.- La actriz Carmen Ríos dijo …” then “«…», concluyó”: a dateline before the subject leaves her the one the verb goes on with', () => {
  const text = 'Estoy feliz: Carmen Ríos\n\nCIUDAD DE MÉXICO.- La actriz Carmen Ríos dijo estar feliz por su postulación, pero se negó a opinar sobre la casa.\n\n"De eso no opino, porque mi casa también es blanca", concluyó en entrevista al término de la sesión.'
  expect(speakerOf(text, 'De eso no opino')).toBe('Carmen Ríos')
})
