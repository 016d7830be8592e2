/** The importer on the two seed articles: the New York Times as plain text, the BBC as Markdown, and every gold span found in what they import as. */
import { describe, expect, it } from 'vitest'
import type { Article } from './schema'
import { BBC, blockText, gold, load, marked, NYT, seed, type GoldSpan } from '../../tests/support/importerTesting'

describe('importing the New York Times seed (plain text)', () => {
  const article = load(NYT, seed(NYT), { captionLines: 2, title: 'Venezuela Begins Releasing Political Prisoners' })

  it('makes one block of each of the 23 non-blank lines, the first two of them captions', () => {
    expect(article.blocks).toHaveLength(23)
    expect(article.blocks.map((b) => b.type)).toEqual(['caption', 'caption', ...Array<string>(21).fill('paragraph')])
    expect(blockText(article, article.blocks[1]!)).toBe('Credit: Reuters photo')
    expect(blockText(article, article.blocks[22]!)).toBe('This article originally appeared in The New York Times.')
    expect(article.blocks.every((b) => b.marks.length === 0)).toBe(true)
  })

  it('keeps the words exactly, with double hyphens, straight quotes and accents', () => {
    expect(article.text.startsWith('Family members of detainees')).toBe(true)
    expect(article.text).toContain('"Consider this gesture from the Bolivarian Government -- made with sincere intentions toward peace -- as')
    expect(article.text).toContain("Caracas' prisons")
    expect(article.text).toContain('President Nicolás Maduro on Sunday')
    expect(article.text).toContain('National Assembly President Jorge Rodriguez announced') // the caption has no accent
    expect(article.text.match(/Rodríguez/g)).toHaveLength(4)
    expect(article.text).not.toMatch(/[\u2018\u2019\u201c\u201d\u2013\u2014]/)
  })

  it('moves each raw offset by exactly the line breaks it gains, so gold offsets map one to one', () => {
    const raw = seed(NYT)
    for (const span of [...gold.quotes, ...gold.claims].filter((s) => s.file.endsWith(NYT))) {
      const breaksBefore = raw.slice(0, span.start).split('\n').length - 1
      const start = span.start - 1 + (breaksBefore - 1) // the leading empty line goes; every later break doubles
      expect(article.text.slice(start, start + span.exact.length)).toBe(span.exact)
    }
  })

  it('takes the meta title, or else the first line, cut short', () => {
    expect(article.title).toBe('Venezuela Begins Releasing Political Prisoners')
    const untitled = load(NYT, seed(NYT))
    expect(untitled.title.startsWith('Family members of detainees wait outside the El Rodeo jail')).toBe(true)
    expect(untitled.title.endsWith('…')).toBe(true)
    expect(untitled.title.length).toBeLessThanOrEqual(201)
    expect(untitled.blocks[0]!.type).toBe('paragraph')
  })
})

describe('importing the BBC seed (Markdown)', () => {
  const article = load(BBC, seed(BBC))

  it('makes 30 blocks: the headline, 26 paragraphs and three all-italic captions', () => {
    expect(article.blocks).toHaveLength(30)
    expect(article.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(26)
    expect(article.blocks[0]).toMatchObject({ type: 'heading', level: 1, start: 0, end: 58 })
    expect(article.blocks.flatMap((b, i) => (b.type === 'caption' ? [i] : []))).toEqual([5, 18, 29])
    expect(article.blocks.slice(1, 5).map((b) => blockText(article, b))).toEqual([
      '9 January 2026',
      'Will Grant, Central America correspondent and',
      'Olivia Ireland',
      'EPA'
    ])
  })

  it('takes its title from the first heading', () => {
    expect(article.title).toBe('Venezuelan government begins releasing political prisoners')
    expect(article.text.startsWith('Venezuelan government begins')).toBe(true)
  })

  it('keeps each caption as an em mark over the whole block, without its asterisks', () => {
    const captions = article.blocks.filter((b) => b.type === 'caption')
    expect(captions.map((b) => marked(article, b))).toEqual([
      [['em', 'Protesters in Colombia have been calling for the release of political prisoners in Venezuela', undefined]],
      [['em', 'Watch: BBC reports from outside Venezuela prison "El Helicoide" as detainees released', undefined]],
      [['em', 'Additional reporting by Norberto Paredes.', undefined]]
    ])
    expect(article.text).not.toContain('*')
  })

  it('keeps the four links as link marks with href "#" and drops their brackets', () => {
    const links = article.blocks.flatMap((b) => marked(article, b).filter(([type]) => type === 'link'))
    expect(links).toEqual([
      ['link', "seized Venezuela's President Nicolás Maduro", '#'],
      ['link', 'wrote on Truth Social', '#'],
      ['link', 'involved in a plot to kill the then-president', '#'],
      ['link', "sweeping declarations about the South American nation's future", '#']
    ])
    expect(article.text).not.toMatch(/[[\]]|\(#\)/)
    expect(article.text).toContain("nation's future.")
  })

  it('keeps the words exactly, with single hyphens as dashes, straight quotes and accents', () => {
    expect(article.text).toContain('the release of political prisoners - which has been a long-held US demand - was "a very important and smart gesture" from Venezuela.')
    expect(article.text).toContain('Rocío San Miguel')
    expect(article.text.match(/Rodríguez/g)).toHaveLength(4)
    expect(article.text).not.toMatch(/[\u2018\u2019\u201c\u201d\u2013\u2014]/)
    expect(article.text).not.toContain('\n\n\n')
  })
})

describe('the gold spans of both seeds', () => {
  const articles: Record<string, { raw: string; article: Article }> = {
    [NYT]: { raw: seed(NYT), article: load(NYT, seed(NYT), { captionLines: 2 }) },
    [BBC]: { raw: seed(BBC), article: load(BBC, seed(BBC)) }
  }
  /** Gold `exact` is raw file text; in Markdown a link's brackets and address are not words. */
  const words = (file: string, exact: string): string => (file.endsWith('.md') ? exact.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') : exact)

  /** The occurrence nearest the span's proportional position, for text that occurs more than once. */
  function locate(span: GoldSpan): { start: number; end: number } | null {
    const { raw, article } = articles[span.file.replace(/^seeds\//, '')]!
    const wanted = words(span.file, span.exact)
    const guess = (span.start / raw.length) * article.text.length
    let best: number | null = null
    for (let at = article.text.indexOf(wanted); at >= 0; at = article.text.indexOf(wanted, at + 1)) {
      if (best === null || Math.abs(at - guess) < Math.abs(best - guess)) best = at
    }
    return best === null ? null : { start: best, end: best + wanted.length }
  }

  it('finds every gold quote, claim and non-quote in the imported text, inside one block', () => {
    const spans = [...gold.quotes, ...gold.claims, ...gold.notQuotes]
    expect(spans).toHaveLength(32)
    const missing = spans.filter((span) => {
      const found = locate(span)
      const article = articles[span.file.replace(/^seeds\//, '')]!.article
      return !found || !article.blocks.some((b) => b.start <= found.start && found.end <= b.end)
    })
    expect(missing.map((s) => s.exact)).toEqual([])
  })

  it('puts a repeated phrase at its own occurrence: "El Helicoide" in the BBC caption, not the paragraph after', () => {
    const span = gold.notQuotes[0]!
    const found = locate(span)!
    const { article } = articles[BBC]!
    expect(article.blocks.find((b) => b.start <= found.start && found.end <= b.end)?.type).toBe('caption')
  })

  it('finds the BBC claim whose raw text has a link, with the link mark over the same words', () => {
    const span = gold.claims.find((c) => c.exact.includes('](#)'))!
    const found = locate(span)!
    const { article } = articles[BBC]!
    expect(article.text.slice(found.start, found.end)).toBe("the US seized Venezuela's President Nicolás Maduro in a raid on the capital, Caracas, on Saturday")
    const block = article.blocks.find((b) => b.start <= found.start && found.end <= b.end)!
    const link = block.marks.find((m) => m.type === 'link')!
    expect(article.text.slice(block.start + link.from, block.start + link.to)).toBe("seized Venezuela's President Nicolás Maduro")
  })
})
