import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importArticle } from '../../../core/importer'
import { articleToDoc, offsetToPos, posToOffset } from './articleDoc'

type GoldSpan = { file: string; start: number; end: number; exact: string }
const gold = JSON.parse(readFileSync('tests/fixtures/seed-gold.json', 'utf8')) as { quotes: GoldSpan[]; claims: GoldSpan[] }
const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { articles: { file: string; captionLines?: number }[] }

function imported(file: string) {
  const name = file.replace(/^seeds\//, '')
  const meta = manifest.articles.find((a) => a.file === name)
  return importArticle({ fileName: name, content: readFileSync(`seeds/${name}`, 'utf8'), meta: { captionLines: meta?.captionLines } }, '2026-01-09T00:00:00Z')
}

/** The gold offsets are into the raw file; Markdown link syntax is not part of the article's words. */
const words = (exact: string) => exact.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')

describe('the editor document of a seed article', () => {
  for (const file of ['seeds/nyt-2026-01-09-venezuela-prisoner-release.txt', 'seeds/bbc-2026-01-09-venezuela-prisoner-release.md']) {
    const article = imported(file)
    const { doc, index } = articleToDoc(article)

    it(`covers exactly the words of every gold quote and claim in ${file.slice(6, 9).toUpperCase()} with its editor range`, () => {
      const spans = [...gold.quotes, ...gold.claims].filter((q) => q.file === file)
      expect(spans.length).toBeGreaterThan(5)
      for (const span of spans) {
        const exact = words(span.exact)
        const start = article.text.indexOf(exact)
        expect(start, exact).toBeGreaterThanOrEqual(0)
        const from = offsetToPos(index, start)
        const to = offsetToPos(index, start + exact.length)
        expect(doc.textBetween(from, to, '\n\n')).toBe(exact)
        expect([posToOffset(index, from), posToOffset(index, to)]).toEqual([start, start + exact.length])
      }
    })

    it(`has the same plain text as the stored article for ${file.slice(6, 9).toUpperCase()}, block for block`, () => {
      expect(doc.childCount).toBe(article.blocks.length)
      expect(doc.textBetween(0, doc.content.size, '\n\n')).toBe(article.text)
    })
  }
})
