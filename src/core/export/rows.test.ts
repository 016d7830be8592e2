import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { buildSampleProject } from '../sample'
import { emptyProject, type Annotation, type Project } from '../schema'
import { exportProject } from '.'
import { CSV_BOM, exportRows, FORMULA_START, rowColumns, type ExportRow } from './rows'
import { CHECKER, tagSample, TAGGED_SAMPLE_NOW, type SeedGold } from './taggedSample'

const root = join(__dirname, '..', '..', '..')
const read = (...parts: string[]): string => readFileSync(join(root, ...parts), 'utf8')
const sample = buildSampleProject(read('seeds', 'manifest.json'), (f) => read('seeds', f), '2026-01-10T08:00:00.000Z')
const tagged = tagSample(sample, JSON.parse(read('tests', 'fixtures', 'seed-gold.json')) as SeedGold)
const NOW = TAGGED_SAMPLE_NOW

/** The CSV's records as Papa Parse reads them back, BOM removed, header first. */
function parseCsv(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true)
  const parsed = Papa.parse<string[]>(csv.slice(CSV_BOM.length), { skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** A cell as written: the row's value, with the apostrophe that neutralises a formula. */
const cellFor = (value: ExportRow[keyof ExportRow]): string => {
  const text = value === null ? '' : String(value)
  return FORMULA_START.test(text) ? `'${text}` : text
}
/** A cell as read: the apostrophe taken off again where the export put one. */
const valueOf = (cell: string): string => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell)

/** A one-article project with tags on the given words (each found once in the text). */
function projectWith(fileName: string, content: string, tags: Array<{ exact: string; note?: string; kind?: Annotation['kind'] }>): Project {
  const project = emptyProject('Round trip', 'p1', NOW)
  const article = importArticle({ fileName, content, meta: { outlet: 'El País', publishedAt: '9 de enero de 2026' } }, NOW, 'a1')
  project.articles.push(article)
  tags.forEach((t, i) => {
    const start = article.text.indexOf(t.exact)
    if (start < 0) throw new Error(`not in the text: ${t.exact}`)
    const ann = createAnnotation({ articleId: 'a1', text: article.text, start, end: start + t.exact.length, kind: t.kind ?? 'quote', author: 'Ana Pérez', now: NOW, id: `t${i}` })
    project.annotations.push({ ...ann, note: t.note ?? '' })
  })
  return project
}

describe('the CSV export', () => {
  const csv = exportProject(tagged, { format: 'csv', now: NOW, exportedBy: CHECKER })
  const rows = exportRows(tagged)

  it('starts with a UTF-8 byte-order mark and a header row of human column names', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'Kind,Text,Speaker,Speaker role,Attribution,Claim status,Evidence,Note,Links,Article,Outlet,Date,URL,Paragraph,Page,Time,Sentence,Tagged by,Last changed by,Created,Updated,Checked against source,Differences from source,Meaning flags,Checked by,Checked'
    )
  })

  it('ends every record with CRLF, as RFC 4180 has it', () => {
    expect(csv.endsWith('\r\n')).toBe(true)
    // Outside quoted cells every line end is CRLF; a bare LF appears only inside a quoted note.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '')
    expect(unquoted.match(/(?<!\r)\n/g)).toBeNull()
  })

  it('parses back with Papa Parse to the same values, formula apostrophes aside', () => {
    const [header, ...records] = parseCsv(csv)
    // The sample has a note starting "+1", so the apostrophe path is exercised here too.
    expect(records.some((r) => r[7]!.startsWith("'+1 — asked"))).toBe(true)
    expect(header).toEqual(rowColumns.map((c) => c.label))
    expect(records).toHaveLength(rows.length)
    records.forEach((record, i) => {
      const row = rows[i]!
      expect(record).toEqual(rowColumns.map(({ key }) => cellFor(row[key])))
      expect(record.map(valueOf)).toEqual(rowColumns.map(({ key }) => (row[key] === null ? '' : String(row[key]))))
    })
  })

  it('has one row per tag with its speaker, role, attribution and place in the article', () => {
    expect(rows).toHaveLength(tagged.annotations.length)
    const consider = rows.find((r) => r.text.startsWith('Consider this gesture'))!
    expect(consider).toMatchObject({
      kind: 'quote',
      speaker: 'Jorge Rodríguez',
      speakerRole: "President of Venezuela's National Assembly",
      attribution: 'said Rodríguez',
      claimStatus: '',
      articleTitle: 'Venezuela Begins Releasing Political Prisoners',
      outlet: 'The New York Times',
      date: '2026-01-09',
      url: '',
      paragraph: 5,
      author: 'Ana Pérez'
    })
    expect(consider.sentence).toMatch(/^"Consider this gesture .* said Rodríguez, who is also the brother of Venezuela's interim leader, Delcy Rodríguez\.$/)
    const sunday = rows.find((r) => r.text.endsWith('on Sunday'))!
    expect(sunday).toMatchObject({ kind: 'claim', claimStatus: 'disputed', speaker: '', updatedBy: CHECKER, paragraph: 3 })
  })

  it('keeps the article\'s words exactly: accents, dashes, straight and curly quotes', () => {
    expect(csv).toContain('Consider this gesture from the Bolivarian Government -- made with sincere intentions toward peace --')
    expect(csv).toContain('President Nicolás Maduro on Sunday')
    expect(csv).toContain('""an important number""')
  })

  it('round-trips a quote with commas, quotes, a line break and accents', () => {
    const text = 'Dijo: “Sí, señor, ‘ya’ — \"basta\", de verdad,\nañadió Núñez.” Y se fue.'
    const exact = 'Sí, señor, ‘ya’ — "basta", de verdad,\nañadió Núñez.'
    const project = projectWith('nota.md', text, [{ exact, note: 'Ojo: "comillas", comas, y\r\nsaltos' }])
    const [, record] = parseCsv(exportProject(project, { format: 'csv', now: NOW }))
    const column = (label: string): string => record![rowColumns.findIndex((c) => c.label === label)]!
    expect(column('Text')).toBe(exact)
    expect(column('Note')).toBe('Ojo: "comillas", comas, y\r\nsaltos')
    expect(column('Outlet')).toBe('El País')
    expect(column('Date')).toBe('9 de enero de 2026')
    // The sentence ends at the closing quotation mark; "Y se fue." is the next one.
    expect(column('Sentence')).toBe('Dijo: “Sí, señor, ‘ya’ — "basta", de verdad,\nañadió Núñez.”')
  })

  it('neutralises every cell a spreadsheet would run as a formula, even one with a line break', () => {
    const text = '=SUM(A1:A9) is not a quote. +44 20 7946 0000 is a number. -- made with care -- he said. @everyone listen.'
    const project = projectWith('formulas.txt', text, [
      { exact: '=SUM(A1:A9)', note: '=HYPERLINK("http://evil.example","click")' },
      { exact: '+44 20 7946 0000', note: '=1+1\nsecond line' },
      { exact: '-- made with care --', note: '\tTabbed' },
      { exact: '@everyone', note: '\rCarriage return' }
    ])
    const csv = exportProject(project, { format: 'csv', now: NOW })
    const [, ...records] = parseCsv(csv)
    const texts = records.map((r) => r[1])
    const notes = records.map((r) => r[7])
    expect(texts).toEqual(["'=SUM(A1:A9)", "'+44 20 7946 0000", "'-- made with care --", "'@everyone"])
    expect(notes).toEqual(['\'=HYPERLINK("http://evil.example","click")', "'=1+1\nsecond line", "'\tTabbed", "'\rCarriage return"])
    // Nothing that reaches a spreadsheet cell starts a formula.
    for (const record of records) for (const cell of record) expect(FORMULA_START.test(cell)).toBe(false)
  })

  it('leaves a dash or sign inside a cell alone: only the first character matters', () => {
    const project = projectWith('inside.txt', 'Prices rose 5% - or +5 - said Ruiz.', [{ exact: 'Prices rose 5% - or +5', note: 'a=b' }])
    const [, record] = parseCsv(exportProject(project, { format: 'csv', now: NOW }))
    expect(record![1]).toBe('Prices rose 5% - or +5')
    expect(record![7]).toBe('a=b')
  })

  it('is a header row alone when nothing is selected', () => {
    const csv = exportProject(tagged, { format: 'csv', now: NOW, selection: { annotationIds: [] } })
    expect(parseCsv(csv)).toEqual([rowColumns.map((c) => c.label)])
  })
})
