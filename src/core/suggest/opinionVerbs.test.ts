import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { suggestQuotes } from './quotes'

const quoted = (text: string) => suggestQuotes(text).map((s) => text.slice(s.start, s.end))

describe('a verb of belief reports a view as its holder’s', () => {
  const text = [
    'Juicio',
    'El juez Juan Carlos Peinado citó a declarar a Begoña Gómez.',
    'Fuentes jurídicas consultadas por este periódico creen que «el recurso no prosperará».',
    'Los abogados de la defensa creen que «no prosperará».',
    'Peinado cree que hubo «indicios suficientes».'
  ].join('\n\n')

  test('“Fuentes jurídicas consultadas por este periódico creen que «…»”: the sources, never the paper that consulted them', () => {
    expect(speakerOf(text, 'el recurso no prosperará')).toBe('Fuentes jurídicas')
  })

  test('“Los abogados … creen que «no prosperará»”, “Peinado cree que hubo «indicios suficientes»”: short words a belief is given in are offered, with its holder', () => {
    expect(quoted(text)).toContain('no prosperará')
    expect(speakerOf(text, 'no prosperará')).toBe('Los abogados de la defensa')
    expect(speakerOf(text, 'indicios suficientes')).toBe('Juan Carlos Peinado')
  })

  test('“conocidos en la comunidad científica como «contrails»”: a name given a thing is still no quote, however far “conocidos” stands from “como”', () => {
    const named = 'Cielo\n\nLos científicos creen que los rastros, conocidos en la comunidad científica como «contrails», son inocuos.'
    expect(quoted(named)).not.toContain('contrails')
  })
})

describe('a verb of confiding', () => {
  test('“Según le confió un investigador a este diario, «…»”: a clitic between “según” and its verb; the investigator, never the judge named before', () => {
    const text = 'Crimen\n\nEl juez Manuel García instruye la causa desde octubre.\n\nSegún le confió un investigador a este diario, «la pista es sólida».\n\n«No hay prisa», le confió a Efe una fuente del caso.'
    expect(speakerOf(text, 'la pista es sólida')).toBe('un investigador')
    expect(speakerOf(text, 'No hay prisa')).toBe('una fuente del caso')
  })
})

describe('verbs of praise and blame report the words they quote', () => {
  test('“praised the decision as “common sense””, “condemned the attack as “deplorable thuggery””: short quotes offered, with who praised or condemned', () => {
    const text = 'Veto\n\nGov. Kathy Hochul vetoed a rent bill on Tuesday.\n\nA spokesperson for the Real Estate Board of New York praised the decision as "common sense."\n\nMayor Eric Adams condemned the protest as "deplorable thuggery."'
    expect(speakerOf(text, 'common sense')).toBe('A spokesperson for the Real Estate Board of New York')
    expect(speakerOf(text, 'deplorable thuggery')).toBe('Eric Adams')
  })
})

describe('the same in Spanish', () => {
  test('“La presidenta del PSOE, Cristina Narbona, celebró “el firme compromiso …””, “condenó el ataque como «un acto cobarde»”: who celebrated or condemned', () => {
    const text = 'Mensaje\n\nEl Rey pronunció su mensaje de Navidad ante el PSOE y el PP.\n\nLa presidenta del PSOE, Cristina Narbona, celebró "el firme compromiso del Rey con los valores éticos".\n\nEl alcalde, José Luis Martínez-Almeida, condenó el ataque como «un acto cobarde».'
    expect(speakerOf(text, 'el firme compromiso')).toBe('Cristina Narbona')
    expect(speakerOf(text, 'un acto cobarde')).toBe('José Luis Martínez-Almeida')
  })
})

describe('verbs that characterise what they quote', () => {
  test('“dismissed the claims as “guilt by association””, “welcomed the “fresh start””: short quotes offered, with who dismissed or welcomed', () => {
    const text = 'Election\n\nCatherine Connolly and Heather Humphreys debated on Tuesday.\n\nConnolly dismissed the claims as "guilt by association."\n\nHumphreys welcomed the "fresh start" for the party.'
    expect(speakerOf(text, 'guilt by association')).toBe('Catherine Connolly')
    expect(speakerOf(text, 'fresh start')).toBe('Heather Humphreys')
  })
})
