import { describe, expect, it } from 'vitest'
import { numberOf } from './numbers'

describe('numbers', () => {
  it('reads digits with thousands commas and a decimal point as the number they write', () => {
    expect(numberOf('2,000')).toBe(2000)
    expect(numberOf('5.8')).toBe(5.8)
  })

  it('reads English and Spanish number words as the same number as their digits', () => {
    expect(numberOf('five')).toBe(5)
    expect(numberOf('cinco')).toBe(5)
    expect(numberOf('forty')).toBe(40)
  })

  it('takes a scale word alone for its number only when asked, and never a Spanish article', () => {
    expect(numberOf('thousand')).toBeNull()
    expect(numberOf('thousand', true)).toBe(1000)
    expect(numberOf('una', true)).toBeNull()
    expect(numberOf('bridge', true)).toBeNull()
  })
})
