import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocx } from '../../../src/main/import/docx'

const fixtures = join(__dirname, '..', '..', 'fixtures', 'docx')
const NOW = '2026-03-04T10:00:00.000Z'
const bytes = (name: string): Uint8Array => readFileSync(join(fixtures, name))

describe('a Word transcript as an article', () => {
  it('keeps headings and paragraphs, each labelled turn its own paragraph starting with its label, and bold as a mark', async () => {
    const { article } = await importDocx({ fileName: 'interview.docx', bytes: bytes('interview.docx') }, NOW, 'a1')
    const blocks = article.blocks.map((b) => [b.type, article.text.slice(b.start, b.end)])
    expect(blocks).toEqual([
      ['heading', 'Interview with the Assembly President'],
      ['paragraph', 'Recorded in Caracas on 9 January 2026.'],
      ['paragraph', 'REPORTER: When will the prisoners be released?'],
      ['paragraph', 'Jorge Rodríguez: Today, and more of them next week.'],
      ['paragraph', 'Q: Who decided it?'],
      ['paragraph', 'A: The new government, with the support of the Assembly.'],
      ['paragraph', 'Jorge Rodríguez: It is a gesture of peace.']
    ])
    const turn = article.blocks[3]!
    expect(turn.marks.map((m) => [m.type, article.text.slice(turn.start + m.from, turn.start + m.to)])).toEqual([['strong', 'Today']])
    expect(article).toMatchObject({ title: 'interview', sourceKind: 'docx', source: 'interview.docx' })
  })

  it('offers the named speakers as people, but not roles such as REPORTER, Q or A', async () => {
    const { speakers } = await importDocx({ fileName: 'interview.docx', bytes: bytes('interview.docx') }, NOW)
    expect(speakers).toEqual(['Jorge Rodríguez'])
  })

  it('refuses a zip bomb without inflating it, and a damaged file, with a clear message', async () => {
    const started = performance.now()
    await expect(importDocx({ fileName: 'bomb.docx', bytes: bytes('bomb.docx') }, NOW)).rejects.toThrow(/unpacks to more than 100 MB.*zip bomb/)
    expect(performance.now() - started).toBeLessThan(5000)
    await expect(importDocx({ fileName: 'broken.docx', bytes: bytes('broken.docx') }, NOW)).rejects.toThrow('it is not a Word (.docx) file, or it is damaged')
    await expect(importDocx({ fileName: 'text.docx', bytes: Buffer.from('just text') }, NOW)).rejects.toThrow('it is not a Word (.docx) file, or it is damaged')
  })
})
