/** Shared by the importer's tests (src/core/importer.*.test.ts): the seeds, their gold spans, and an import that checks its article. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { importArticle, type ImportMeta } from '../../src/core/importer'
import { checkBlocks } from '../../src/core/projectFile'
import { ArticleSchema, type Article, type Block } from '../../src/core/schema'

const root = join(__dirname, '..', '..')
export const NYT = 'nyt-2026-01-09-venezuela-prisoner-release.txt'
export const BBC = 'bbc-2026-01-09-venezuela-prisoner-release.md'
export const seed = (file: string): string => readFileSync(join(root, 'seeds', file), 'utf8')

export type GoldSpan = { file: string; start: number; end: number; exact: string }
export const gold = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-gold.json'), 'utf8')) as {
  quotes: GoldSpan[]
  notQuotes: GoldSpan[]
  claims: GoldSpan[]
}

/** Import and insist on the invariants every article must keep. */
export function load(fileName: string, content: string, meta?: ImportMeta, readHead = false): Article {
  const article = importArticle({ fileName, content, meta, readHead }, '2026-01-10T09:00:00.000Z', 'article-1')
  expect(checkBlocks(article.text, article.blocks)).toBeNull()
  expect(ArticleSchema.parse(article)).toEqual(article)
  return article
}
export const blockText = (article: Article, block: Block): string => article.text.slice(block.start, block.end)
export const marked = (article: Article, block: Block): [string, string, string | undefined][] =>
  block.marks.map((m) => [m.type, blockText(article, block).slice(m.from, m.to), m.href])
export const md = (content: string): Article => load('story.md', content)
