import { describe, expect, it } from 'vitest'
import { checkDateField, checkUrlField, findDate, readHeadLine } from './articleDetails'

describe('dates as people write them', () => {
  it('reads month-day-year, day-month-year and ISO dates as ISO', () => {
    expect(findDate('March 4, 2026')?.iso).toBe('2026-03-04')
    expect(findDate('Mar. 4 2026')?.iso).toBe('2026-03-04')
    expect(findDate('4th March, 2026')?.iso).toBe('2026-03-04')
    expect(findDate('Updated 2026-03-04T10:00:00Z')?.iso).toBe('2026-03-04')
  })

  it('finds no date that does not exist', () => {
    expect(findDate('February 30, 2026')).toBeNull()
    expect(findDate('2026-13-01')).toBeNull()
    expect(findDate('no date here')).toBeNull()
  })
})

describe('the Date field of an article', () => {
  it('keeps an ISO date (with a time or not) or nothing as it is', () => {
    expect(checkDateField('2026-03-04')).toEqual({ ok: true, value: '2026-03-04' })
    expect(checkDateField('2026-03-04T09:30:00.000Z')).toEqual({ ok: true, value: '2026-03-04T09:30:00.000Z' })
    expect(checkDateField('  ')).toEqual({ ok: true, value: '' })
  })

  it('saves "March 4, 2026" as 2026-03-04 and says so', () => {
    const check = checkDateField('March 4, 2026')
    expect(check).toMatchObject({ ok: true, value: '2026-03-04' })
    expect(check.ok && check.message).toContain('saved as 2026-03-04')
  })

  it('refuses what is not a date, saying how to write one', () => {
    const check = checkDateField('last Tuesday')
    expect(check.ok).toBe(false)
    expect(!check.ok && check.error).toContain('year-month-day, for example 2026-03-04')
    expect(checkDateField('4/3/2026').ok).toBe(false)
    expect(checkDateField('2026-02-30').ok).toBe(false)
    expect(checkDateField('March 4, 2026 was a Wednesday').ok).toBe(false)
  })
})

describe('the URL field of an article', () => {
  it('keeps an address with its scheme, or nothing', () => {
    expect(checkUrlField('https://example.com/story')).toEqual({ ok: true, value: 'https://example.com/story' })
    expect(checkUrlField('')).toEqual({ ok: true, value: '' })
  })

  it('refuses an address without a scheme, offering it with https://', () => {
    const check = checkUrlField('example.com/story')
    expect(check.ok).toBe(false)
    expect(!check.ok && check.error).toContain('Start it with https://')
    expect(check.suggestion).toBe('https://example.com/story')
    expect(checkUrlField('news story')).toMatchObject({ ok: false })
    expect(checkUrlField('news story').suggestion).toBeUndefined()
  })
})

describe('the byline and date line under a headline', () => {
  it('reads who wrote it and when', () => {
    expect(readHeadLine('By Jane Doe')).toEqual({ byline: 'Jane Doe' })
    expect(readHeadLine('By Jane Doe and X | March 4, 2026')).toEqual({ byline: 'Jane Doe and X', publishedAt: '2026-03-04' })
    expect(readHeadLine('BY JANE DOE · 4 March 2026')).toEqual({ byline: 'JANE DOE', publishedAt: '2026-03-04' })
    expect(readHeadLine('Published 4 March 2026')).toEqual({ publishedAt: '2026-03-04' })
    expect(readHeadLine('Updated: Wednesday, March 4, 2026, 10:32 AM ET')).toEqual({ publishedAt: '2026-03-04' })
    expect(readHeadLine('9 January 2026')).toEqual({ publishedAt: '2026-01-09' })
  })

  it('leaves a sentence of the story alone', () => {
    expect(readHeadLine('By noon the bridge was full.')).toBeNull()
    expect(readHeadLine('by the river, crowds gathered')).toBeNull()
    expect(readHeadLine('On March 4, 2026 the mayor opened the bridge.')).toBeNull()
    expect(readHeadLine('Published reports say 4 March 2026 was chosen')).toBeNull()
  })
})
