import { describe, expect, it } from 'vitest'
import { foldChars, foldText } from './fold'

describe('foldChars', () => {
  it('folds without changing the length, so offsets carry over', () => {
    const s = 'Rocío “dijo” — it’s\u00a0DONE\n'
    expect(foldChars(s)).toBe('rocio "dijo" - it\'s done ')
    expect(foldChars(s)).toHaveLength(s.length)
    expect(foldChars('😊 İ')).toHaveLength('😊 İ'.length)
  })

  it('makes guillemets, primes and every dash plain', () => {
    expect(foldChars('«Sí» – 5′ ‐ −1')).toBe('"si" - 5\' - -1')
  })
})

describe('foldText', () => {
  it('drops accents and case, so Rodríguez and RODRIGUEZ fold alike', () => {
    expect(foldText('Rodríguez')).toBe('rodriguez')
    expect(foldText('RODRIGUEZ')).toBe('rodriguez')
    expect(foldText('Rodri\u0301guez')).toBe('rodriguez')
  })

  it('finds a hyphenated word typed with an en dash', () => {
    expect(foldText('Covid–19')).toBe(foldText('covid-19'))
  })

  it('is foldChars without combining marks, with white space collapsed and trimmed', () => {
    const samples = ['  Jorge \n\t Rodríguez  ', 'Venezuela’s “interim” leader ‘Delcy’', 'Ça va, naïve — «Sí», Señora', 'Rodri\u0301guez ŞİŞLİ 😊', '—Hola —dijo él—.', '']
    for (const s of samples) expect(foldText(s)).toBe(foldChars(s.normalize('NFD').replace(/\p{M}/gu, '')).replace(/\s+/g, ' ').trim())
  })
})
