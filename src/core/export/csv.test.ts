/**
 * The CSV serialiser (rows.ts: csvText, rowsToCsv) against Papa Parse's
 * unparse, which wrote the CSV export before it: for thousands of seeded
 * random rows of nasty cells, the two must give the same string, byte for
 * byte. A failure prints the seed and the first differing record.
 */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { prng } from '../../../tests/support/random'
import { CSV_BOM, csvText, FORMULA_START, rowColumns, rowsToCsv, type ExportRow } from './rows'

const OPTIONS = { newline: '\r\n', escapeFormulae: FORMULA_START, header: true } as const

/** What the CSV export wrote with Papa Parse: the reference. */
function papaCsv(fields: readonly unknown[], data: unknown[][]): string {
  return `${CSV_BOM}${Papa.unparse({ fields: fields as string[], data }, OPTIONS)}\r\n`
}

/** The same, from export rows, exactly as rows.ts called Papa Parse. */
function papaRowsCsv(rows: readonly ExportRow[]): string {
  return papaCsv(
    rowColumns.map((c) => c.label),
    rows.map((row) => rowColumns.map(({ key }) => row[key] ?? ''))
  )
}

/** Where two CSVs part, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (i === a.length && i === b.length) return 'same'
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`
}

/** Pieces a nasty cell is made of: everything Papa Parse's quoting and formula rules look at, and things they should not. */
const PIECES = [
  'a', 'word', 'Rodríguez', 'Foro Penal', '"', '""', ',', ', ', ';', '\t', '\r', '\n', '\r\n', '\n\r', ' ', '  ', "'", '=', '+', '-', '@',
  '=1+1', '=HYPERLINK("http://x")', '+1', '-- made', '@SUM(A1)', '\uFEFF', '\u00A0', '\u2028', '\u0085', '“quoted”', '‘single’', '–', '—',
  '日本語', '😀', '\uD83D', '\uDE00', 'é', 'e\u0301', '\\', '\\"', '|', '\x00', '\x0B', '\x0C', '0', '-1', '1e3', 'null', 'undefined', 'true'
]

/** A formula start, a space or a quote first or last: the places the rules look. */
const EDGES = ['=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', "'", ',', '\uFEFF', '']

function randomString(rand: () => number): string {
  const roll = rand()
  if (roll < 0.08) return ''
  if (roll < 0.1) return EDGES[Math.floor(rand() * EDGES.length)]!
  if (roll < 0.12) {
    // Very long: thousands of characters, a few specials somewhere inside.
    const base = 'lorem ipsum dolor sit amet '.repeat(50 + Math.floor(rand() * 200))
    const at = Math.floor(rand() * base.length)
    return base.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)]! + base.slice(at)
  }
  let text = ''
  const n = 1 + Math.floor(rand() * 8)
  for (let i = 0; i < n; i++) text += rand() < 0.5 ? PIECES[Math.floor(rand() * PIECES.length)]! : String.fromCharCode(Math.floor(rand() * 0x3000))
  if (rand() < 0.25) text = EDGES[Math.floor(rand() * EDGES.length)]! + text
  if (rand() < 0.25) text += EDGES[Math.floor(rand() * EDGES.length)]!
  return text
}

/** Any cell value Papa Parse takes: strings mostly, and numbers, null, undefined, booleans, bigints, Dates and objects. */
function randomValue(rand: () => number): unknown {
  const roll = rand()
  if (roll < 0.7) return randomString(rand)
  if (roll < 0.75) return null
  if (roll < 0.78) return undefined
  if (roll < 0.88) {
    const numbers = [0, -0, 1, -1, 42, -3.5, 1e21, -1e-7, Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER]
    return rand() < 0.5 ? numbers[Math.floor(rand() * numbers.length)] : Math.floor((rand() - 0.5) * 1e6)
  }
  if (roll < 0.9) return rand() < 0.5
  if (roll < 0.92) return BigInt(Math.floor((rand() - 0.5) * 1e6))
  if (roll < 0.95) return rand() < 0.2 ? new Date(Number.NaN) : new Date(Math.floor(rand() * 4e12) - 1e12)
  if (roll < 0.97) {
    const text = randomString(rand)
    return { toString: () => text }
  }
  if (roll < 0.98) return [randomString(rand), randomString(rand)]
  return new Number((rand() - 0.5) * 100)
}

function randomRow(rand: () => number): ExportRow {
  const text = () => randomString(rand)
  return {
    kind: (['quote', 'attribution', 'claim'] as const)[Math.floor(rand() * 3)]!,
    text: text(),
    speaker: text(),
    speakerRole: text(),
    attribution: text(),
    claimStatus: text(),
    evidence: text(),
    note: text(),
    links: text(),
    articleTitle: text(),
    outlet: text(),
    date: text(),
    url: text(),
    paragraph: rand() < 0.2 ? null : Math.floor(rand() * 400) - (rand() < 0.05 ? 1000 : 0),
    page: rand() < 0.5 ? null : Math.floor(rand() * 900) + 1,
    time: text(),
    sentence: text(),
    author: text(),
    updatedBy: text(),
    createdAt: text(),
    updatedAt: text(),
    check: text(),
    checkDifferences: text(),
    checkFlags: text(),
    checkedBy: text(),
    checkedAt: text()
  }
}

describe('the CSV serialiser', () => {
  it('writes export rows byte for byte as Papa Parse did, for thousands of random rows of nasty cells', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const rand = prng(seed)
      const rows = Array.from({ length: 500 }, () => randomRow(rand))
      const ours = rowsToCsv(rows)
      const papa = papaRowsCsv(rows)
      if (ours !== papa) expect.fail(`seed ${seed}: ${firstDifference(ours, papa)}`)
    }
  })

  it('writes each row alone as Papa Parse does (so a difference cannot hide behind a neighbour)', () => {
    const rand = prng(99)
    for (let i = 0; i < 2000; i++) {
      const row = randomRow(rand)
      const ours = rowsToCsv([row])
      const papa = papaRowsCsv([row])
      if (ours !== papa) expect.fail(`row ${i} ${JSON.stringify(row)}: ${firstDifference(ours, papa)}`)
    }
  })

  it('writes any values (numbers, null, undefined, booleans, bigints, Dates, objects) and any header as Papa Parse does', () => {
    for (const seed of [11, 12, 13, 14, 15]) {
      const rand = prng(seed)
      const width = 1 + Math.floor(rand() * 12)
      const header = Array.from({ length: width }, () => randomValue(rand))
      // Records of the header's width, and some shorter, longer or empty.
      const data = Array.from({ length: 400 }, () => {
        const roll = rand()
        const n = roll < 0.8 ? width : roll < 0.97 ? Math.floor(rand() * (width + 3)) : 0
        return Array.from({ length: n }, () => randomValue(rand))
      })
      const ours = csvText(header, data)
      const papa = papaCsv(header, data)
      if (ours !== papa) expect.fail(`seed ${seed}: ${firstDifference(ours, papa)}`)
    }
  })

  it('quotes, doubles and escapes each rule’s cases as Papa Parse does', () => {
    const cells = [
      '', ' ', 'plain', 'a,b', 'say "hi"', '"', 'line\nbreak', 'cr\rhere', 'crlf\r\nhere', ' lead', 'trail ', '\tlead tab', 'trail tab\t',
      '=1+1', '+1 — asked', '-- made with sincere intentions --', '@user', '\ttab', '\rcr', '=1+1\nmore', '="x"', "'=not", 'a\uFEFFb', '\uFEFF',
      'Nicolás “Maduro”', '😀', 'x'.repeat(100_000)
    ]
    for (const cell of cells) {
      expect(csvText(['Cell'], [[cell]])).toBe(papaCsv(['Cell'], [[cell]]))
      expect(csvText([cell], [['x']])).toBe(papaCsv([cell], [['x']]))
    }
    expect(csvText(['n'], [[-1], [0], [1.5], [null], [undefined], [true], [new Date(0)], [new Date(Number.NaN)]])).toBe(
      papaCsv(['n'], [[-1], [0], [1.5], [null], [undefined], [true], [new Date(0)], [new Date(Number.NaN)]])
    )
  })

  it('writes any number of rows as Papa Parse does (the lines are joined in chunks of a few hundred)', () => {
    const rand = prng(7)
    const rows = Array.from({ length: 1001 }, () => randomRow(rand))
    for (const n of [1, 2, 198, 199, 200, 201, 399, 400, 401, 599, 600, 1001]) {
      const some = rows.slice(0, n)
      const ours = rowsToCsv(some)
      const papa = papaRowsCsv(some)
      if (ours !== papa) expect.fail(`${n} rows: ${firstDifference(ours, papa)}`)
      const records = some.map((row) => rowColumns.map(({ key }) => row[key]))
      expect(csvText(rowColumns.map((c) => c.label), records)).toBe(papa)
    }
  })

  it('writes no rows as Papa Parse did: the header, then an empty line', () => {
    expect(rowsToCsv([])).toBe(papaRowsCsv([]))
    expect(rowsToCsv([])).toBe(`${CSV_BOM}${rowColumns.map((c) => c.label).join(',')}\r\n\r\n`)
    expect(csvText(['a', 'b'], [])).toBe(papaCsv(['a', 'b'], []))
    expect(csvText(['a', 'b'], [[], ['x', 'y'], []])).toBe(papaCsv(['a', 'b'], [[], ['x', 'y'], []]))
  })
})
