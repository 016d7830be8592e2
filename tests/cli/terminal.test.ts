/**
 * What `quotemark` prints to a terminal cannot drive the terminal (issue 18):
 * a project's name, a file name or a speaker's words may hold escape
 * sequences (OSC 52 writes the clipboard, OSC 0 sets the window title),
 * other control characters or bidi overrides. Messages, summaries and
 * listings are cleaned of them; an export's data is written byte for byte
 * to a file (--out) or a pipe, and cleaned only when stdout is a terminal.
 * Runs `run` in process, so a test can say whether stdout is a terminal.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../src/core/annotations'
import { exportProject } from '../../src/core/export'
import { importArticle } from '../../src/core/importer'
import { serializeProject } from '../../src/core/projectFile'
import { emptyProject } from '../../src/core/schema'
import { run } from '../../src/cli/main'
import { terminalText } from '../../src/cli/io'

const EPOCH = 1_767_960_000
const NOW = new Date(EPOCH * 1000).toISOString()
const CLIPBOARD = '\u001b]52;c;ZWNobyBwd25lZA==\u0007'
const TITLE = '\u001b]0;pwned\u001b\\'
const RED = '\u001b[31m'
const C1_CSI = '\u009b2J'
const BIDI = '\u202egnp.exe\u202c'
const HOSTILE = `Desk${CLIPBOARD}${TITLE}${RED} story${C1_CSI}${BIDI}\u0007\u0008\r`

/** Anything a terminal would act on rather than show. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

let dir: string
let projectPath: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotemark-terminal-'))
  const project = emptyProject(HOSTILE, 'project-1', NOW)
  const article = importArticle({ fileName: 'story.txt', content: `“We will release them,” ${HOSTILE} said.` }, NOW, 'article-1')
  article.url = 'javascript:alert(1)'
  project.articles.push(article)
  const tag = createAnnotation({ articleId: article.id, text: article.text, start: 0, end: article.text.length, kind: 'quote', author: 'A', now: NOW, id: 'tag-1' })
  project.annotations.push({ ...tag, note: HOSTILE })
  projectPath = join(dir, 'story.quotemark.json')
  await writeFile(projectPath, serializeProject(project))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

type Captured = { code: number; stdout: string; stderr: string }

async function quotemark(args: string[], options: { tty?: boolean } = {}): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text), ...(options.tty ? { isTTY: true } : {}) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: String(EPOCH) }
  })
  return { code, stdout, stderr }
}

describe('terminalText', () => {
  it('drops escape sequences whole, control characters and bidi overrides, and keeps the words, line breaks and tabs', () => {
    expect(terminalText(`a${CLIPBOARD}b${TITLE}c${RED}d${C1_CSI}e${BIDI}\tf\ng\u0000\u007f\u0085h`)).toBe('abcdegnp.exe\tf\ngh')
    expect(terminalText('Plain “words”, accents é and emoji \u{1F600} stay.')).toBe('Plain “words”, accents é and emoji \u{1F600} stay.')
  })
})

describe('what quotemark prints', () => {
  it('validate: the project name is shown without the escapes it carries', async () => {
    const result = await quotemark(['validate', 'story.quotemark.json'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^OK: Desk story(gnp\.exe)?: 1 article, 1 tag/)
    expect(result.stdout).not.toMatch(CONTROLS)
  })

  it('an error naming a file shows the name without its escapes', async () => {
    const result = await quotemark(['validate', `missing${CLIPBOARD}.quotemark.json`])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('missing')
    expect(result.stderr).not.toMatch(CONTROLS)
  })

  it('export --out writes the data byte for byte, prints a clean summary, and notes the address it left out', async () => {
    const out = join(dir, 'quotes.csv')
    const result = await quotemark(['export', 'story.quotemark.json', '--format', 'csv', '--out', 'quotes.csv'])
    expect(result.code).toBe(0)
    expect(await readFile(out, 'utf8')).toBe(exportProject(JSON.parse(await readFile(projectPath, 'utf8')), { format: 'csv', now: NOW }))
    expect(await readFile(out, 'utf8')).toContain(CLIPBOARD)
    expect(result.stdout).toBe('Wrote 1 tag from story.quotemark.json to quotes.csv (csv).\n')
    expect(result.stderr).toBe('Left out 1 address that is not a web (http or https) link.\n')
  })

  it('export to a pipe is the data byte for byte; to a terminal, the same text without the escapes', async () => {
    const expected = exportProject(JSON.parse(await readFile(projectPath, 'utf8')), { format: 'md', now: NOW })
    const piped = await quotemark(['export', 'story.quotemark.json', '--format', 'md'])
    expect(piped.stdout).toBe(expected)
    expect(piped.stdout).toContain('\u001b')
    const shown = await quotemark(['export', 'story.quotemark.json', '--format', 'md'], { tty: true })
    expect(shown.stdout).toBe(terminalText(expected))
    expect(shown.stdout).not.toMatch(CONTROLS)
  })
})
