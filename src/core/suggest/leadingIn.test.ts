import { describe, expect, test } from 'vitest'
import { suggestQuotes } from './quotes'
import { pairs, speakerOf } from '../../../tests/support/suggestedSpeakers'

const quoteWith = (text: string, words: string) => suggestQuotes(text).find((s) => s.text.includes(words))

describe('a quote with no cue in a sentence about a person', () => {
  test('“Marval is optimistic about the coalition, because “…”” is Marval’s, as a guess, not the one quoted before', () => {
    const text = 'Politics\n\n"It is a mistake," said Juan Monedo.\n\nJoseph Marval is optimistic about the coalition, because “that is the most common kind of government in the world”.'
    const quote = quoteWith(text, 'the most common kind')
    expect(quote?.speaker).toBe('Joseph Marval')
    expect(quote?.confident).toBe(false)
  })

  test('in Spanish too: “José María Marval es optimista con el Ejecutivo, porque “…””', () => {
    const text = 'Política\n\n"Es un error", dijo Juan Carlos Monedo.\n\nJosé María Marval es optimista con el Ejecutivo, porque “ese es el tipo de Gobierno más habitual en el mundo”.'
    expect(quoteWith(text, 'el tipo de Gobierno')?.speaker).toBe('José María Marval')
  })

  test('never a word that opens the sentence (“De acuerdo al autor, “…””), an opening gerund’s object or two people named together', () => {
    const place = 'Chile\n\n"Es grave", dijo Pedro Soto Rey en Santiago de Chile.\n\nDe acuerdo al autor, “los ataques no respetaron credos ni ideologías”.'
    expect(quoteWith(place, 'los ataques')?.speaker).not.toBe('Santiago de Chile')
    const gerund = 'Union\n\n"We should stay close," said the historian Andrew Robb.\n\nChannelling Winston Churchill, he decreed that the union would form the “third pillar” of the West.'
    expect(quoteWith(gerund, 'third pillar')?.speaker).not.toBe('Winston Churchill')
    const pair = 'Familia\n\n"Fue un día triste", dijo Ana Ruiz.\n\nMauricio Ossola y Yolanda Torres viajaron a Córdoba, donde “todo empezó”.'
    expect(quoteWith(pair, 'todo empezó')?.speaker).not.toBe('Mauricio Ossola y Yolanda Torres')
  })
})

describe('a label line before a colon is no speaker', () => {
  test('“Pre-emptive self-exoneration: “…””, “Reference to …: “…””: a label’s first word, capitalised only there, is no one', () => {
    const text = [
      'Bike lanes',
      'John Cassidy wrote a blog post yesterday. His post includes all the tactics. These include:',
      'Pre-emptive self-exoneration: “I don’t have anything against bikes.”',
      'Reference to ominous encroachment of cycling: “the bicycle lobby pursues its agenda.”'
    ].join('\n\n')
    expect(quoteWith(text, 'anything against bikes')?.speaker).not.toBe('Pre-emptive')
    expect(quoteWith(text, 'bicycle lobby')?.speaker).not.toBe('Reference')
  })

  test('one name that opens a line with a speech verb before the colon still speaks (“Madonna introduced the video by saying: “…””)', () => {
    const text = 'Band Aid\n\nThe single is out on Monday.\n\nMadonna introduced the video by saying: "Twenty years ago, I performed at Live Aid."'
    expect(quoteWith(text, 'Twenty years ago')?.speaker).toBe('Madonna')
  })

  test('a surname that leads in with a colon still does (“Alverson summed up the journey: “…””)', () => {
    const text = 'Rowing\n\nTim Alverson crossed the Atlantic in May. Alverson summed up the journey: “It was the hardest thing I have ever done.”'
    expect(quoteWith(text, 'the hardest thing')?.speaker).toBe('Tim Alverson')
  })
})

describe('the person a quote leads in from', () => {
  test('a sentence that leads into the quote with a colon gives it to its subject, as a question', () => {
    const text = 'Nora Baines summed up forty years at sea in one line: “The boat changed, the fish did not.”'
    const [s] = suggestQuotes(text)
    expect([s!.speaker, s!.confident]).toEqual(['Nora Baines', false])
  })

  test('a pronoun, or the owner of the words, before the colon leads in too: “She put it this way:”, “Her message was simple:”, “Su mensaje fue claro:”, “The mayor’s verdict:”', () => {
    const lee = 'Mayor Ann Lee opened the meeting. '
    for (const lead of ['She put it this way:', 'Her message was simple:', 'The mayor’s verdict:']) expect(speakerOf(`${lee}${lead} “We are not going to let this city fall apart.”`, 'We are not going')).toBe('Ann Lee')
    expect(speakerOf('Ana Ruiz abrió la sesión. Su mensaje fue claro: «No vamos a permitir que esta ciudad se hunda».', 'No vamos a permitir')).toBe('Ana Ruiz')
  })

  test('a quote that opens a sentence after one about a named person is theirs, as a question', () => {
    const text = 'Hal Brandt, the former budget chief, once put the danger in a single image. “It is not the wolf at the door but the termites in the walls.”'
    const [s] = suggestQuotes(text)
    expect([s!.speaker, s!.confident]).toEqual(['Hal Brandt', false])
  })

  test('a name that is its own description (“said Ana Ruiz who is County Public Works Director”) stays the name', () => {
    expect(pairs('“We are not locked in,” said Ana Ruiz who is County Public Works Director.')).toEqual([['We are not locked in,', 'Ana Ruiz']])
  })

  test('“the man” heard on a video is someone unnamed, not the last person named', () => {
    const text = 'The owner, Omar Haddad, runs the shop now.\n\n"I am waiting for my wife," the man could be heard saying.'
    expect(speakerOf(text, 'I am waiting')).toBe('the man')
  })
})

describe('the words that lead into a name', () => {
  test('“los comentarios del papa Francisco”: “del” holds the article, so “el papa dice” is Francisco, not the bishop quoted before', () => {
    const text = 'Iglesia\n\nEl obispo Tomás Reyes dijo que apoya las palabras del papa Francisco.\n\n"Estoy muy de acuerdo", dijo Reyes, un amigo cercano al papa Francisco.\n\nEn la película, el papa dice "todos tienen derecho a una familia y a una ley".'
    expect(speakerOf(text, 'todos tienen derecho')).toBe('Francisco')
  })
  test('“Snopes fact checker and staff writer Dana Ruiz posted to Twitter asking “…””: two titles joined before the name, and a name after “to” is where, not who', () => {
    const text = 'Snopes\n\nSnopes fact checker and staff writer Dana Ruiz posted to Twitter asking if there were “any calm supporters around here?”'
    expect(speakerOf(text, 'any calm supporters')).toBe('Dana Ruiz')
  })
  test('“El líder de Podemos, Pablo Ruiz,” opening a sentence gives him his office, so “El líder de Podemos ha insistido en que “…”” is his', () => {
    const text = 'Listas\n\nEl líder de Podemos, Pablo Ruiz, presentó ayer su lista. Tomás Vela, su secretario de Organización, figuraría el tercero.\n\n“Las listas se presentaron juntas”, defienden las fuentes consultadas. El líder de Podemos ha insistido en que “hay que feminizar la política”.'
    expect(speakerOf(text, 'hay que feminizar')).toBe('Pablo Ruiz')
  })
  test('“As Gaiman put it, “…””: “put it” is an idiom of saying, so the words are Gaiman’s, not the editor’s quoted before', () => {
    const text = 'Ford\n\nThe editor Patrick Hayden praised the book. "It is great," he said.\n\nAs Gaiman put it, “Had he taken that road and written more like it, he would have been famous.”'
    expect(speakerOf(text, 'Had he taken')).toBe('Gaiman')
  })
  test('a song’s words are the singer’s: “On the album Swift makes references to football, singing, “…”” is Swift’s', () => {
    const text = 'Album\n\n“She is a great girl,” said his mother, Donna Kelce.\n\nOn the new album Taylor Swift makes several references to football, singing, “So when I touch down, call the amateurs and cut them from the team.”'
    expect(speakerOf(text, 'So when I touch')).toBe('Taylor Swift')
  })
  test('“In the book’s final pages Klein implores his readers “…””: “implores” is a verb of saying, the words are Klein’s', () => {
    const text = 'Review\n\n“I will win,” Donald Trump said at the rally.\n\nIn the book’s final pages Klein implores his readers “to become more aware of the ways that politicians manipulate us”.'
    expect(speakerOf(text, 'to become more aware')).toBe('Klein')
  })
})


describe('a lead-in opened by its speech verb', () => {
  test('“Cuenta Noor Haddad, portavoz …, y quien lleva años …:” leads into the quote after it: hers, and never “Cuenta Noor Haddad”', () => {
    const text = 'Barrio\n\nCuenta Noor Haddad, portavoz de la asociación de vecinos del barrio, y quien lleva años pidiendo un centro de salud para la zona:\n\n"Aquí las ambulancias tardan más de media hora en llegar y nadie nos escucha."'
    expect(speakerOf(text, 'Aquí las ambulancias')).toBe('Noor Haddad')
    expect(speakerOf(text.replace(', y quien lleva años pidiendo un centro de salud para la zona', ''), 'Aquí las ambulancias')).toBe('Noor Haddad')
  })
})

describe('a cue after the quote that reports a clause of its own', () => {
  test('“… “…”, y vecinas como Ana Pizarro alertan que, poco a poco, …”: “que” and a comma report what follows, so the quote is the mayor’s', () => {
    const text = 'Barrio\n\nEl alcalde Juan Toledo reclama "una visión integrada de la seguridad", y vecinas como Ana Pizarro alertan que, poco a poco, los narcos ocupan las plazas.'
    expect(speakerOf(text, 'una visión integrada')).toBe('Juan Toledo')
  })
})

describe('a view given as someone’s, by a pronoun', () => {
  test('“Para ella, se trata de “…”” after “La senadora Paloma Valencia … no estuvo de acuerdo”: the senator, not the minister named first', () => {
    const text = 'Reforma\n\nEl ministro de Hacienda, Ricardo Bonilla, defendió ayer la reforma tributaria ante el Congreso.\n\nLa senadora Paloma Valencia, del Centro Democrático, no estuvo de acuerdo. Para ella, se trata de "un golpe al bolsillo de los colombianos".'
    expect(speakerOf(text, 'un golpe al bolsillo')).toBe('Paloma Valencia')
  })
})

describe('an adverb between the verb and the subject after it', () => {
  test('“Lo resumió bien el alcalde de Barcelona, Jaume Collboni: «…»”: the mayor named after the adverb, not the last person named before', () => {
    const text = 'Vivienda\n\nLa ministra de Vivienda, Isabel Rodríguez, presentó el plan en Madrid. El economista José García lo vio venir.\n\nLo resumió bien el alcalde de Barcelona, Jaume Collboni: «Sin vivienda no hay ciudad».'
    expect(speakerOf(text, 'Sin vivienda no hay ciudad')).toBe('Jaume Collboni')
  })
})

describe('a phrase opened by “Del” or “De” before the subject', () => {
  test('“Del lado tricolor, el técnico Martín Lasarte fue autocrítico: «…»”: the coach, never “Del” nor a name in the paragraph before', () => {
    const text = 'Clásico\n\nPeñarol venció 2-1 a Nacional en el Campeón del Siglo.\n\nDel lado tricolor, el técnico Martín Lasarte fue autocrítico: "No estuvimos a la altura".\n\nDe la misma manera, el capitán Nicolás Lodeiro fue tajante: "Hay que levantar la cabeza".'
    expect(speakerOf(text, 'No estuvimos a la altura')).toBe('Martín Lasarte')
    expect(speakerOf(text, 'Hay que levantar')).toBe('Nicolás Lodeiro')
  })
})

describe('a one-word name set off by a person’s description', () => {
  test('“Koke, capitán rojiblanco, coincidió con su entrenador: «…»”: the captain, named once, never the coach quoted before', () => {
    const text = 'El Atlético cae\n\nDiego Pablo Simeone compareció muy serio en la sala de prensa.\n\n«No hemos estado bien», admitió el técnico argentino.\n\nKoke, capitán rojiblanco, coincidió con su entrenador: «Nos ha faltado intensidad».'
    expect(speakerOf(text, 'Nos ha faltado intensidad')).toBe('Koke')
  })
})

describe('a subject put last before the colon', () => {
  test('“La última palabra la tuvo la presidenta de la Cámara, Karol Cariola: “…””: the speaker of the chamber, never the senator quoted before', () => {
    const text = 'Polémica\n\nEl senador Manuel José Ossandón aseguró que "esto se veía venir".\n\nLa última palabra la tuvo la presidenta de la Cámara, Karol Cariola: "Aquí nadie está por sobre la ley".'
    expect(speakerOf(text, 'Aquí nadie está')).toBe('Karol Cariola')
  })
})

test('“Su testimonio prescinde de todo comentario:” as a paragraph of its own, then the quote: the owner of the testimony, as in one paragraph', () => {
  const text = 'Alepo\n\nEl fotógrafo Karam al-Masri envió varios mensajes a sus colegas.\n\nKaram hizo llegar a sus compañeros una breve crónica del caos de su existencia.\n\nSu testimonio prescinde de todo comentario:\n\n"Cuando estalló la revuelta yo tenía casi veinte años. Dos o tres meses más tarde fui detenido por el régimen."'
  expect(speakerOf(text, 'Cuando estalló la revuelta')).toBe('Karam al-Masri')
})

test('“Michael Howard has said a claim by Peter Hain that the Tory leader is acting like an “…” shows Labour is “…””: the claim’s words are Hain’s, the rest Howard’s', () => {
  const text = 'Howard hits back\n\nMichael Howard has said a claim by Peter Hain that the Tory leader is acting like an "attack mongrel" shows Labour is "rattled".'
  expect(speakerOf(text, 'attack mongrel')).toBe('Peter Hain')
  expect(speakerOf(text, 'rattled')).toBe('Michael Howard')
})

test('“Un informe de 2019 de la Dirección General de la Policía en torno a la OID señala …«…»”, “A 2019 police report on the OID says …“…””: the report speaks, never what it is about', () => {
  const es = 'Rifas\n\nLa ONCE denunció las rifas ilegales. Los compradores «no tienen ninguna garantía». Un informe de 2019 de la Dirección General de la Policía en torno a la OID señala que sus actividades «suponen una estafa al jugador».'
  expect(speakerOf(es, 'suponen una estafa')).toBe('Un informe de 2019 de la Dirección General de la Policía')
  expect(speakerOf('Raffles\n\nThe charity condemned the raffles.\n\nA 2019 police report on the OID says its activities "are a scam".', 'are a scam')).toBe('A 2019 police report')
})
