/**
 * `quotemark suggest` through the real built command (bin/quotemark.js), on
 * the seed articles and on temp files: the same suggestions as the app's
 * core, offsets into the file as read, and clear failures.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importArticle } from '../../src/core/importer'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(root, 'bin', 'quotemark.js')
const NYT = join(root, 'seeds', 'nyt-2026-01-09-venezuela-prisoner-release.txt')
const BBC = join(root, 'seeds', 'bbc-2026-01-09-venezuela-prisoner-release.md')

type Result = { code: number; stdout: string; stderr: string }
type Row = {
  kind: string
  start: number
  end: number
  text: string
  speaker: string | null
  cue: string | null
  confidence: number
  speakerConfidence: number
  confident: boolean
  candidates: string[]
}

function quotemark(args: string[], cwd = root): Promise<Result> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotemark-suggest-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('quotemark suggest', () => {
  it('prints every quote of a .txt article as JSON, its offsets into the file exactly as read', async () => {
    const result = await quotemark(['suggest', NYT, '--json'])
    expect(result.code).toBe(0)
    const rows = JSON.parse(result.stdout) as Row[]
    const text = readFileSync(NYT, 'utf8')
    expect(rows).toHaveLength(9)
    for (const row of rows) {
      expect(row.kind).toBe('quote')
      expect(text.slice(row.start, row.end)).toBe(row.text)
    }
    expect(rows[1]).toMatchObject({ speaker: 'Jorge Rodríguez', cue: 'said' })
    expect(rows.find((r) => r.text.startsWith('What we want'))).toMatchObject({ speaker: 'Donald Trump', cue: 'added' })
  })

  it('reads a pasted interview as the app does: the answers are offered as quotes by the one who answers, never the questions', async () => {
    const path = join(dir, 'interview.txt')
    await writeFile(path, ['Tom Hart: Why did you cut the library budget?', 'Jane Roe: We had no choice this year.', 'Q: Will the libraries reopen?', 'A: I hope so, at least four of them.'].join('\n\n') + '\n')
    const rows = JSON.parse((await quotemark(['suggest', path, '--json'])).stdout) as Row[]
    expect(rows.map((r) => [r.text, r.speaker])).toEqual([
      ['We had no choice this year.', 'Jane Roe'],
      ['I hope so, at least four of them.', 'Jane Roe']
    ])
  })

  it('gives each speaker a confidence: a name beside its cue is confident, a quote nothing names a speaker for is a guess below it, with the people named before it', async () => {
    const path = join(dir, 'confidence.txt')
    await writeFile(path, '"We will not negotiate," said Diosdado Cabello.\n\nAna Ruiz and Juan Pérez met on Monday.\n\n"This is the end of an era and we all know it."\n')
    const rows = JSON.parse((await quotemark(['suggest', path, '--json'])).stdout) as Row[]
    expect(rows[0]).toMatchObject({ speaker: 'Diosdado Cabello', confident: true, candidates: [] })
    expect(rows[0]!.speakerConfidence).toBeGreaterThanOrEqual(0.85)
    for (const row of rows) expect(row.speakerConfidence).toBeGreaterThanOrEqual(0)
    const unsure = rows.find((r) => r.text.startsWith('This is the end'))
    expect(unsure).toMatchObject({ confident: false })
    expect(unsure!.speaker).toContain('Juan Pérez')
    expect(unsure!.speakerConfidence).toBeLessThan(0.85)
    expect(unsure!.candidates).toEqual(expect.arrayContaining(['Juan Pérez', 'Ana Ruiz']))
    const nyt = JSON.parse((await quotemark(['suggest', NYT, '--json'])).stdout) as Row[]
    expect(nyt.every((r) => typeof r.speakerConfidence === 'number' && r.speakerConfidence >= 0 && r.speakerConfidence <= 1)).toBe(true)
  })

  it('gives a Markdown article’s offsets into its plain text after import', async () => {
    const rows = JSON.parse((await quotemark(['suggest', BBC, '--json'])).stdout) as Row[]
    const plain = importArticle({ fileName: 'bbc.md', content: readFileSync(BBC, 'utf8') }, '2026-01-09T00:00:00.000Z').text
    expect(rows.map((r) => plain.slice(r.start, r.end))).toEqual(rows.map((r) => r.text))
    expect(rows.some((r) => r.text === 'El Helicoide')).toBe(false)
    expect(rows.find((r) => r.text === 'enforced disappearance')?.speaker).toBe('UN Human Rights Office')
  })

  it('lists the quotes readably without --json', async () => {
    const result = await quotemark(['suggest', NYT])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('9 quotes in nyt-2026-01-09-venezuela-prisoner-release.txt:')
    expect(result.stdout).toContain('“Let us hope that this is indeed the beginning of the dismantling of a repressive system in Venezuela,”')
    expect(result.stdout).toContain('Alfredo Romero (said; 95%)')
  })

  it('counts a byte-order mark and Windows line endings in a .txt file’s offsets, as Node reads the file', async () => {
    const path = join(dir, 'crlf.txt')
    await writeFile(path, '\uFEFFThe minister spoke on Friday.\r\n\r\n"We will not negotiate," said Diosdado Cabello.\r\n')
    const [row] = JSON.parse((await quotemark(['suggest', path, '--json'])).stdout) as Row[]
    expect(readFileSync(path, 'utf8').slice(row!.start, row!.end)).toBe('We will not negotiate,')
    expect(row!.speaker).toBe('Diosdado Cabello')
  })

  it('says so, and succeeds, when an article has no quotes', async () => {
    const path = join(dir, 'plain.txt')
    await writeFile(path, 'The prisons were emptied on Thursday.\n')
    expect((await quotemark(['suggest', path])).stdout).toBe('No quotes found in plain.txt.\n')
    expect(JSON.parse((await quotemark(['suggest', path, '--json'])).stdout)).toEqual([])
  })

  it('names the file and the problem when it cannot read it', async () => {
    const missing = await quotemark(['suggest', join(dir, 'nowhere.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^Could not read nowhere\.txt: .+\.\n$/)
    const pdf = join(dir, 'scan.pdf')
    await writeFile(pdf, '%PDF-1.7')
    expect((await quotemark(['suggest', pdf])).stderr).toBe('scan.pdf is not an article file: quotemark suggest reads plain text (.txt) and Markdown (.md).\n')
    const usage = await quotemark(['suggest'])
    expect(usage.code).toBe(2)
  })

  it('documents what the offsets index in --help', async () => {
    const help = (await quotemark(['suggest', '--help'])).stdout
    expect(help).toContain('for a .txt file, into its text exactly as read from disk')
    expect(help).toContain('for a .md file, into the')
  })
})
