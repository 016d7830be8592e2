/**
 * `quotemark import` of web pages, Word files, PDFs and subtitles, through
 * the built command (out/cli/quotemark.js: run `npm run build` first).
 */
import { execFile } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseProject } from '../../src/core/projectFile'
import { makePdf } from '../unit/import/makePdf'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(root, 'bin', 'quotemark.js')
const fixtures = join(root, 'tests', 'fixtures')
let dir: string

type Result = { code: number; stdout: string; stderr: string }

function quotemark(args: string[]): Promise<Result> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr })
    )
  })
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotemark-cli-import-'))
  await copyFile(join(fixtures, 'html', 'bbc-1', 'source.html'), join(dir, 'story.html'))
  await copyFile(join(fixtures, 'docx', 'interview.docx'), join(dir, 'interview.docx'))
  await copyFile(join(fixtures, 'vtt', 'interview.vtt'), join(dir, 'clip.vtt'))
  await copyFile(join(fixtures, 'docx', 'bomb.docx'), join(dir, 'bomb.docx'))
  await writeFile(join(dir, 'report.pdf'), await makePdf([{ heading: 'Budget', paragraphs: [['The council voted.']] }, { paragraphs: [['The mayor agreed.']] }]))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('quotemark import of richer formats', () => {
  it('imports a web page, a PDF, a Word transcript and subtitles into a new project, adding the transcript’s speakers to the people', async () => {
    const result = await quotemark(['import', 'project.quotemark.json', 'story.html', 'report.pdf', 'interview.docx', 'clip.vtt'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toBe('Added 1 speaker to the people: Jorge Rodríguez.\nCreated project.quotemark.json with 4 articles.\n')
    const opened = parseProject(await readFile(join(dir, 'project.quotemark.json'), 'utf8'), 'project.quotemark.json')
    if (!opened.ok) throw new Error(opened.message)
    expect(opened.project.people.map((p) => p.name)).toEqual(['Jorge Rodríguez'])
    const [page, pdf, docx, vtt] = opened.project.articles
    expect(page).toMatchObject({ sourceKind: 'html', title: "Obama admits US gun laws are his 'biggest frustration'", outlet: 'BBC News' })
    expect(pdf!.blocks.map((b) => b.page)).toEqual([1, 1, 2])
    expect(docx!.sourceKind).toBe('docx')
    expect(vtt!.blocks[2]!.time).toBe(754)
  })

  it('skips a zip bomb with one line saying so and exit 1', async () => {
    const result = await quotemark(['import', 'project.quotemark.json', 'bomb.docx'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^Skipped bomb\.docx: it unpacks to more than 100 MB, far more than any Word document \(it may be a zip bomb\)\.\n$/)
  })
})

describe('quotemark import of a web address', () => {
  it('fetches an http page and imports it with the address it came from; a file: address is refused', async () => {
    const page = readFileSync(join(fixtures, 'html', 'cnn', 'source.html'))
    const server = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page))
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/money/story.html`
    try {
      const result = await quotemark(['import', 'web.quotemark.json', url, 'file:///etc/hosts'])
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('Created web.quotemark.json with 1 article.\n')
      expect(result.stderr).toBe('Skipped hosts: only plain text (.txt), Markdown (.md), web pages (.html), Word (.docx), PDF (.pdf) and subtitle (.vtt, .srt) files can be imported.\n')
      const opened = parseProject(await readFile(join(dir, 'web.quotemark.json'), 'utf8'), 'web.quotemark.json')
      if (!opened.ok) throw new Error(opened.message)
      expect(opened.project.articles[0]).toMatchObject({ sourceKind: 'url', source: url, url, title: "The 'birth lottery' and economic mobility" })
    } finally {
      server.close()
    }
  })
})
