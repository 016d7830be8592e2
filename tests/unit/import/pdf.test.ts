import { describe, expect, it } from 'vitest'
import { importPdf } from '../../../src/main/import/pdf'
import type { Article } from '../../../src/core/schema'
import { makePdf, reportPage } from './makePdf'

const NOW = '2026-03-04T10:00:00.000Z'
const blocks = (a: Article) => a.blocks.map((b) => [b.type, a.text.slice(b.start, b.end), b.page])

describe('a PDF as an article', () => {
  it('rebuilds paragraphs from lines, joins words hyphenated at a line end, drops running headers and page numbers, and keeps each paragraph’s page', async () => {
    const bytes = await makePdf(
      [
        { heading: 'Report on the Budget', paragraphs: [['The council met on Tuesday to vote on the', 'budget for the coming year.'], ['The mayor said the govern-', 'ment would keep its promises.']] },
        { paragraphs: [['The opposition disagreed and asked for an', 'independent audit of the accounts.'], ['The vote was postponed']] },
        { paragraphs: [['until next week.'], ['Nothing else was decided.']] }
      ],
      { header: 'CITY COUNCIL REPORT · 2026', pageNumbers: true, info: { Title: 'Budget report', Author: 'City Clerk', CreationDate: new Date(Date.UTC(2026, 0, 9)) } }
    )
    const { article } = await importPdf({ fileName: 'report.pdf', bytes }, NOW, 'a1')
    expect(blocks(article)).toEqual([
      ['heading', 'Report on the Budget', 1],
      ['paragraph', 'The council met on Tuesday to vote on the budget for the coming year.', 1],
      ['paragraph', 'The mayor said the government would keep its promises.', 1],
      ['paragraph', 'The opposition disagreed and asked for an independent audit of the accounts.', 2],
      ['paragraph', 'The vote was postponed until next week.', 2],
      ['paragraph', 'Nothing else was decided.', 3]
    ])
    expect(article).toMatchObject({ title: 'Budget report', byline: 'City Clerk', publishedAt: '2026-01-09', sourceKind: 'pdf', source: 'report.pdf' })
  })

  it('says a scanned PDF has no text layer, a password-protected one needs an unprotected copy, and a damaged one is damaged', async () => {
    const scanned = await makePdf([], { blankPages: 2 })
    await expect(importPdf({ fileName: 'scan.pdf', bytes: scanned }, NOW)).rejects.toThrow('it has no text layer (it is probably a scanned image)')
    const locked = await makePdf([reportPage(1)], { userPassword: 'secret' })
    await expect(importPdf({ fileName: 'locked.pdf', bytes: locked }, NOW)).rejects.toThrow('it is protected by a password')
    const whole = await makePdf([reportPage(1)])
    await expect(importPdf({ fileName: 'cut.pdf', bytes: whole.subarray(0, 200) }, NOW)).rejects.toThrow('it is not a PDF file, or it is damaged')
    await expect(importPdf({ fileName: 'fake.pdf', bytes: Buffer.from('%PDF-1.7 not really') }, NOW)).rejects.toThrow('it is not a PDF file, or it is damaged')
  })

  it('refuses a 2,000-page PDF with its page count, quickly', async () => {
    const long = await makePdf(Array.from({ length: 2000 }, (_, i) => ({ paragraphs: [[`Page ${i + 1}.`]] })))
    const started = performance.now()
    await expect(importPdf({ fileName: 'long.pdf', bytes: long }, NOW)).rejects.toThrow('it has 2,000 pages; at most 1,000 can be imported as one article')
    expect(performance.now() - started).toBeLessThan(5000)
  }, 60_000)

  it('imports a 100-page report without stalling, every paragraph with its page', async () => {
    const bytes = await makePdf(Array.from({ length: 100 }, (_, i) => reportPage(i + 1)), { header: 'ANNUAL REPORT', pageNumbers: true })
    const started = performance.now()
    const { article } = await importPdf({ fileName: 'annual.pdf', bytes }, NOW)
    const elapsed = performance.now() - started
    expect(article.blocks).toHaveLength(600)
    expect(article.blocks.map((b) => b.page)).toEqual(Array.from({ length: 600 }, (_, i) => Math.floor(i / 6) + 1))
    expect(article.text).not.toMatch(/ANNUAL REPORT/)
    // A guard against a hang, not a speed target: ten times what it takes on a loaded machine.
    expect(elapsed).toBeLessThan(20_000)
  }, 60_000)
})
