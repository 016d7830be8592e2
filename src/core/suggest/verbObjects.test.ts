import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

describe('what follows the verb is its object when the subject stands before it', () => {
  test('“El portavoz del PP, Miguel Tellado, acusó al Gobierno de «…»”: the one who accused, never “al Gobierno”', () => {
    const text = [
      'Reforma fiscal',
      'El ministro de Economía, Carlos Cuerpo, defendió este lunes la reforma fiscal ante el Gobierno.',
      'La oposición no tardó en responder. El portavoz del PP, Miguel Tellado, acusó al Gobierno de «mentir a los españoles».',
      'La ministra, Pilar Alegría, acusó al PP de «mentir sin descanso».'
    ].join('\n\n')
    expect(speakerOf(text, 'mentir a los españoles')).toBe('Miguel Tellado')
    expect(speakerOf(text, 'mentir sin descanso')).toBe('Pilar Alegría')
  })
})

describe('what someone was asked about is never who answered', () => {
  const text = [
    'Jorge González',
    'El exlíder de Los Prisioneros, Jorge González, habló con este diario desde Berlín.',
    'Consultado por su hijo Marco, quien también es músico, dice que «tiene mucho talento».',
    'Asked about his son Marco, who is also a musician, he said he was "very proud of him".',
    'Preguntado por Marco, Jorge González respondió: «Es un genio».'
  ].join('\n\n')

  test('“Consultado por su hijo Marco, quien también es músico, dice que «…»”: the one asked, never the son asked about', () => {
    expect(speakerOf(text, 'tiene mucho talento')).toBe('Jorge González')
  })

  test('“Asked about his son Marco, who is also a musician, he said …”: “he” is the one asked', () => {
    expect(speakerOf(text, 'very proud of him')).toBe('Jorge González')
  })

  test('“Preguntado por Marco, Jorge González respondió:”: a subject named after the phrase is still the subject', () => {
    expect(speakerOf(text, 'Es un genio')).toBe('Jorge González')
  })
})

describe('a clause after a quote, with a subject and a verb of its own, is a new statement', () => {
  test('“Sen. Chris Murphy, D-Conn., called the bill “…,” while Sen. Jeanne Shaheen, D-N.H., said she voted yes “…”: each senator’s own', () => {
    const text = 'Bill\n\nDemocrats were split. Sen. Chris Murphy, D-Conn., called the bill "a blank check for chaos," while Sen. Jeanne Shaheen, D-N.H., said she voted yes "to keep the lights on."'
    expect(speakerOf(text, 'a blank check for chaos')).toBe('Chris Murphy')
    expect(speakerOf(text, 'to keep the lights on')).toBe('Jeanne Shaheen')
  })

  test('“Murphy called the bill “…,” and Shaheen said …”, “… but Shaheen said …”: the quote is Murphy’s, never Shaheen’s', () => {
    const text = 'Bill\n\nSen. Chris Murphy and Sen. Jeanne Shaheen spoke after the vote.\n\nMurphy called the bill "a blank check for all," and Shaheen said she voted "to keep it on."\n\nMurphy called it "a blank check for us" but Shaheen said she voted "to keep it on later."'
    expect(speakerOf(text, 'a blank check for all')).toBe('Chris Murphy')
    expect(speakerOf(text, 'a blank check for us')).toBe('Chris Murphy')
    expect(speakerOf(text, 'to keep it on later')).toBe('Jeanne Shaheen')
  })
})

describe('the network or account something was posted on is no speaker', () => {
  test('“Trump, por su parte, insistió en su red Truth Social en que México «…»”: Trump, never Truth Social; “indicó por su cuenta la AFA” still the AFA', () => {
    const text = 'Aranceles\n\nLa presidenta Claudia Sheinbaum respondió a Donald Trump. "México se respeta", afirmó la mandataria.\n\nTrump, por su parte, insistió en su red Truth Social en que México "debe hacer mucho más".\n\n"No hubo falta grave", indicó por su cuenta la AFA a través de un boletín.'
    expect(speakerOf(text, 'debe hacer mucho más')).toBe('Donald Trump')
    expect(speakerOf(text, 'No hubo falta grave')).toBe('AFA')
  })
})

describe('the one told, then someone unnamed after it', () => {
  test('“Según explicó a este periódico un portavoz de los bomberos, «…»”: the spokesman, never the mayor named before', () => {
    const text = 'Incendio\n\nEl alcalde, María José Catalá, aseguró que «se hará todo lo posible».\n\nSegún explicó a este periódico un portavoz de los bomberos, «el fuego se propagó por la fachada».'
    expect(speakerOf(text, 'el fuego se propagó')).toBe('un portavoz de los bomberos')
  })
})

describe('the one spoken to in an opening phrase is never the speaker', () => {
  test('“Speaking to the BBC’s Andrew Marr, the prime minister said: “…””: the prime minister the text is about, never the interviewer', () => {
    const text = 'Brexit\n\nBoris Johnson has rejected calls for a second referendum.\n\nSpeaking to the BBC\'s Andrew Marr, the prime minister said: "We will leave on 31 October."'
    expect(speakerOf(text, 'We will leave')).toBe('Boris Johnson')
  })
})

describe('where something was said, after the verb, is no speaker', () => {
  test('“«Madrid no se rinde», proclamó en la Asamblea.”: the president the text is about, never the assembly; “detalló del Pópolo” still names del Pópolo', () => {
    const text = 'Ayuso\n\nLa presidenta madrileña, Isabel Díaz Ayuso, respondió ayer al Gobierno.\n\n«Madrid no se rinde», proclamó en la Asamblea.\n\n«El operativo tiene dos momentos», detalló del Pópolo.'
    expect(speakerOf(text, 'Madrid no se rinde')).toBe('Isabel Díaz Ayuso')
    expect(speakerOf(text, 'El operativo tiene')).toMatch(/Pópolo$/)
  })
})

describe('a name set off after the noun of an opening topic is what was spoken about', () => {
  test('“Sobre el postulante de La Libertad Avanza, Manuel Adorni, sostuvo que …”: the one the text is about, never the candidate spoken of', () => {
    const text = 'Macri y Milei\n\nMauricio Macri habló ayer en una entrevista radial sobre la alianza con Javier Milei.\n\nSobre el postulante de La Libertad Avanza para la legislatura, Manuel Adorni, sostuvo que le gusta "mucho más como vocero".\n\nSobre la crisis, Patricia Bullrich, ministra de Seguridad, dijo que "no hay margen".'
    expect(speakerOf(text, 'mucho más como vocero')).toBe('Mauricio Macri')
    // (A name with a description of its own, then the verb, is the subject.)
    expect(speakerOf(text, 'no hay margen')).toBe('Patricia Bullrich')
  })
})

describe('a body named in what was said is its object, not its speaker', () => {
  test('“No obstante, también aclaró que la OEA está en contra de una “utilización política”…”: the one who spoke before, never the body after “aclaró que”', () => {
    const text = 'OEA\n\nEl secretario general de la OEA, Luis Almagro, habló en Madrid. "Todos deben estar bajo el escrutinio", dijo Almagro.\n\nNo obstante, también aclaró que la OEA está en contra de que haya una "utilización política de la Procuraduría en plena campaña".'
    expect(speakerOf(text, 'utilización política')).toBe('Luis Almagro')
  })
})

test('“dijo otro consumidor a la revista Macleans de Canadá”: the one spoken to ends an unnamed subject; it never speaks', () => {
  const text = 'Fentanilo\n\nLa droga se vende cada vez más barata en las calles de Vancouver.\n\n"Es mejor que la heroína", dijo otro consumidor a la revista Macleans de Canadá.'
  expect(speakerOf(text, 'Es mejor que')).toBe('otro consumidor')
})

test('“… as promoting “pious baloney,” branded President Obama “the food stamp president””: a verb that names its object never inverts; Obama was named, he did not speak', () => {
  const inverted = 'Campaign\n\nThe candidate, Tom Hart, spoke on Monday. He has tried to cut down Ann Cole as promoting “pious nonsense,” branded Mayor Bob Lee “the parking-ticket mayor” and left.'
  expect(speakerOf(inverted, 'pious nonsense')).not.toBe('Bob Lee')
  expect(speakerOf(inverted, 'the parking-ticket mayor')).toBe('Tom Hart')
})

test('“It is a view shared by Tom Hart, who believes “…””: a cue in “-ed” with “by” after it is passive; the one after “by” spoke, never the view', () => {
  const text = 'Cup tie\n\nCoach Ann Cole said her side had a chance. It is a view shared by Tom Hart, who believes "if we get past them, we can win it".'
  expect(speakerOf(text, 'if we get past them')).toBe('Tom Hart')
})

test('“… of the past five years" Asked about waiting lists, she said …”: a phrase after “about” is what was asked, never a speaker', () => {
  const text = 'Wales\n\nMeanwhile Ms Ann Cole said she hoped "that the people of Wales would benefit from my five years" Asked about waiting lists, she said they were "only 10% of the agenda".'
  expect(speakerOf(text, 'that the people of Wales')).toBe('Ann Cole')
})

test('““…,” says the guy, a retailer representing Hart’s firm”: after a word for anyone, the apposition says who spoke; never the owner named in it', () => {
  const text = 'Bazaar\n\nTom Hart drives into the market. One man with a trimmed beard leans in to chat.\n\n“I have bought 100 cards but no one buys,” says the guy, a retailer representing Hart’s firm. Hart tells him to be patient.'
  expect(speakerOf(text, 'I have bought 100')).toBe('a retailer representing Hart’s firm')
})

test('“the report described the impacts as “devastating,” stating, “…”” and “para Ruiz “…”, señalando …”: a participle after the quote has no subject; the one before it spoke', () => {
  const en = 'Warming\n\nClimatologist Gavin Holt spoke to reporters.\n\nThe report described the impacts at 7.2 degrees as "devastating," stating, "there is also no certainty that adaptation is possible."'
  expect(speakerOf(en, 'devastating')).toBe('The report')
  expect(speakerOf(en, 'there is also no certainty')).toBe('The report')
  const es = 'Agua\n\nEl experto Luis Contreras y la analista Marta Ruiz hablaron con DW.\n\n“El índice no tiene una implicación directa en el precio”, aseguró Contreras. No obstante, para Ruiz “hay un gran riesgo para América Latina”, señalando a sectores de regadío.'
  expect(speakerOf(es, 'hay un gran riesgo')).toBe('Marta Ruiz')
})
