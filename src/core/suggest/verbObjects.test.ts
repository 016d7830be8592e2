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
