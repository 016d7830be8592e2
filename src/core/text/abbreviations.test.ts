import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { isTitleWord } from './abbreviations'

describe('titles', () => {
  test('a title written with accents is one however it is cased: “Capitán”, “Monseñor”, “Pontífice”', () => {
    for (const word of ['Capitán', 'capitán', 'Monseñor', 'Pontífice', 'PONTÍFICE']) expect(isTitleWord(word)).toBe(true)
    expect(isTitleWord('Pittet')).toBe(false)
  })

  test('“escribe el Pontífice” points back at the pope named before, never a person called “Pontífice”', () => {
    const text = 'Prólogo\n\nEl Papa Francisco firma el prólogo de un libro escrito por una víctima, Daniel Pittet.\n\n"¿Cómo un cura puede llegar a causar tanto mal? Hemos declarado nuestro deber de actuar", escribe el Pontífice.'
    expect(speakerOf(text, '¿Cómo un cura')).toBe('Francisco')
  })
})
