import { describe, expect, it } from 'vitest'
import { CONTEXT_LENGTH, makeTarget, targetMatches, trimRange } from './anchoring'

/** 100 distinct-looking characters so an off-by-one shows in the slice. */
const LONG = Array.from({ length: 100 }, (_, i) => String.fromCharCode(65 + (i % 26)) + (i % 10)).join('').slice(0, 100)

describe('makeTarget', () => {
  it('takes 32 characters of context either side in the middle of a text', () => {
    expect(CONTEXT_LENGTH).toBe(32)
    const target = makeTarget(LONG, 40, 50)
    expect(target).toEqual({ start: 40, end: 50, exact: LONG.slice(40, 50), prefix: LONG.slice(8, 40), suffix: LONG.slice(50, 82) })
    expect([target.prefix.length, target.suffix.length]).toEqual([CONTEXT_LENGTH, CONTEXT_LENGTH])
  })

  it('has no prefix at the start of the text and no suffix at its end', () => {
    expect(makeTarget(LONG, 0, 5)).toEqual({ start: 0, end: 5, exact: LONG.slice(0, 5), prefix: '', suffix: LONG.slice(5, 37) })
    expect(makeTarget(LONG, 95, 100)).toEqual({ start: 95, end: 100, exact: LONG.slice(95), prefix: LONG.slice(63, 95), suffix: '' })
  })

  it('takes what there is near the edges', () => {
    expect(makeTarget(LONG, 5, 90)).toMatchObject({ prefix: LONG.slice(0, 5), suffix: LONG.slice(90) })
    expect(makeTarget(LONG, 32, 68)).toMatchObject({ prefix: LONG.slice(0, 32), suffix: LONG.slice(68, 100) })
  })

  it('covers a whole short text with empty context', () => {
    expect(makeTarget('"Yes," she said.', 0, 16)).toEqual({ start: 0, end: 16, exact: '"Yes," she said.', prefix: '', suffix: '' })
  })

  it('counts in JavaScript string indices, so accents and emoji keep their offsets', () => {
    const text = 'Rodríguez 🇻🇪 said "sí".'
    const start = text.indexOf('"sí"')
    const target = makeTarget(text, start, start + 4)
    expect(target).toEqual({ start: 20, end: 24, exact: '"sí"', prefix: 'Rodríguez 🇻🇪 said ', suffix: '.' })
  })
})

describe('trimRange', () => {
  const text = 'Intro.\n\n  "We will not stop," she said.\t\n\nNext.'

  it('drops spaces, tabs and line breaks at either end of a selection', () => {
    const start = text.indexOf('\n\n')
    const end = text.indexOf('Next')
    const trimmed = trimRange(text, start, end)
    expect(trimmed).toEqual({ start: text.indexOf('"We'), end: text.indexOf('said.') + 5 })
    expect(text.slice(trimmed!.start, trimmed!.end)).toBe('"We will not stop," she said.')
  })

  it('keeps a selection that is already tight, and the spaces inside it', () => {
    const start = text.indexOf('"We')
    expect(trimRange(text, start, start + 19)).toEqual({ start, end: start + 19 })
  })

  it('accepts a selection made backwards', () => {
    const start = text.indexOf('"We') - 2
    const end = text.indexOf('said.') + 7
    expect(trimRange(text, end, start)).toEqual(trimRange(text, start, end))
    expect(trimRange(text, end, start)).toEqual({ start: start + 2, end: end - 2 })
  })

  it('keeps a selection inside the text', () => {
    expect(trimRange('  word  ', -5, 50)).toEqual({ start: 2, end: 6 })
    expect(trimRange('word', 2, 99)).toEqual({ start: 2, end: 4 })
  })

  it('returns null for nothing but white space, or nothing at all', () => {
    const blank = text.indexOf('\t\n\n')
    expect(trimRange(text, blank, blank + 3)).toBeNull()
    expect(trimRange(text, 6, 8)).toBeNull()
    expect(trimRange(text, 3, 3)).toBeNull()
    expect(trimRange('', 0, 0)).toBeNull()
    expect(trimRange('   \u00a0\n', 0, 5)).toBeNull()
  })
})

describe('targetMatches', () => {
  const text = 'The minister said "we will free them all" on Thursday.'
  const target = makeTarget(text, 18, 41)

  it('holds for the text a target was made from', () => {
    expect(target.exact).toBe('"we will free them all"')
    expect(targetMatches(text, target)).toBe(true)
  })

  it('holds for a target ending exactly at the end of the text', () => {
    expect(targetMatches(text, makeTarget(text, 45, text.length))).toBe(true)
  })

  it('looks only at the tagged characters, not the context around them', () => {
    const edited = text.replace('The minister', 'A spokesman').replace('Thursday', 'Friday')
    const moved = { ...target, start: target.start - 1, end: target.end - 1 }
    expect(targetMatches(edited, moved)).toBe(true)
  })

  it('fails when the characters at the range differ', () => {
    expect(targetMatches(text.replace('free', 'FREE'), target)).toBe(false)
    expect(targetMatches(text, { ...target, start: target.start + 1 })).toBe(false)
    expect(targetMatches('X' + text, target)).toBe(false)
  })

  it('fails for an empty or reversed range, or one past the end of the text', () => {
    expect(targetMatches(text, { ...target, end: target.start, exact: '' })).toBe(false)
    expect(targetMatches(text, { ...target, start: 41, end: 18 })).toBe(false)
    expect(targetMatches(text.slice(0, 30), target)).toBe(false)
    expect(targetMatches(text, { ...makeTarget(text, 45, text.length), end: text.length + 1 })).toBe(false)
  })
})
