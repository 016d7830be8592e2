/**
 * The seed gold as a test: every hand-labelled quote in the two seed articles
 * is suggested, with its speaker, and nothing else is (El Helicoide is a
 * prison's name, not a quote).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { importArticle } from '../importer'
import { suggestQuotes } from './quotes'
import { relocateGold, scoreQuotes, type GoldQuote } from './score'

const root = join(__dirname, '../../..')
type Gold = {
  articles: { file: string }[]
  quotes: (GoldQuote & { file: string })[]
  notQuotes: { file: string; exact: string }[]
  speakers: { name: string; aliases: string[] }[]
}
const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/seed-gold.json'), 'utf8')) as Gold
const aliases = new Map(gold.speakers.map((s) => [s.name, s.aliases] as const))

function article(file: string) {
  const raw = readFileSync(join(root, file), 'utf8')
  const text = file.endsWith('.md') ? importArticle({ fileName: file, content: raw }, '2026-01-09T00:00:00.000Z').text : raw
  return { raw, text, suggestions: suggestQuotes(text) }
}

describe('the seed gold', () => {
  test('has all 18 quotes of the two seed articles', () => {
    expect(gold.quotes).toHaveLength(18)
  })

  for (const { file } of gold.articles) {
    test(`every quote in ${file} is suggested with its words and its speaker, and nothing else`, () => {
      const { raw, text, suggestions } = article(file)
      const expected = relocateGold(gold.quotes.filter((q) => q.file === file), raw, text)
      const score = scoreQuotes(expected, suggestions, aliases)
      expect(score.misses.map((m) => m.exact)).toEqual([])
      expect(score.falsePositives.map((f) => f.text)).toEqual([])
      expect(score.wrongSpeakers.map((w) => [w.gold.exact, w.got.speaker])).toEqual([])
      expect(score.exact.tp).toBe(expected.length)
    })
  }

  test('El Helicoide, a prison’s name in quotation marks, is not a quote', () => {
    const bbc = article(gold.notQuotes[0]!.file)
    expect(gold.notQuotes.map((n) => n.exact)).toContain('El Helicoide')
    expect(bbc.suggestions.some((s) => s.text.includes('El Helicoide'))).toBe(false)
    expect(bbc.text).toContain('"El Helicoide"')
  })
})
