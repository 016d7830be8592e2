/**
 * The real `quotemark` command (bin/quotemark.js → out/cli/quotemark.js,
 * plain Node) on temp files. Run after `npm run build`, with the shell tests
 * (vitest.shell.config.ts).
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../src/core/annotations'
import { exportFormats, exportProject } from '../../src/core/export'
import { importArticle } from '../../src/core/importer'
import { applyMerge, mergeProjects } from '../../src/core/merge'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import { createPerson } from '../../src/core/people'
import { buildSampleProject } from '../../src/core/sample'
import { PROJECT_VERSION, type Annotation, type AnnotationKind, type Article, type Person, type Project } from '../../src/core/schema'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(root, 'bin', 'quotemark.js')
const bundle = join(root, 'out', 'cli', 'quotemark.js')
const seeds = join(root, 'seeds')
const NYT = 'nyt-2026-01-09-venezuela-prisoner-release.txt'
const BBC = 'bbc-2026-01-09-venezuela-prisoner-release.md'
const EPOCH = 1_767_960_000 // 2026-01-09T12:00:00Z
const NOW = new Date(EPOCH * 1000).toISOString()
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

type Result = { code: number; stdout: string; stderr: string }

let dir: string

/** Run the built command in `cwd` (the test's temp folder by default). Every run is checked for stack traces. */
async function quotemark(args: string[], options: { cwd?: string; script?: string } = {}): Promise<Result> {
  const result = await new Promise<Result>((done) => {
    execFile(
      process.execPath,
      [options.script ?? bin, ...args],
      { cwd: options.cwd ?? dir, env: { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH) }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr })
    )
  })
  expect(result.stderr, `quotemark ${args.join(' ')} printed a stack trace`).not.toContain('    at ')
  return result
}

/** stderr is exactly one line: one sentence naming the problem. */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '')
  expect(lines, `expected one line on stderr, got: ${stderr}`).toHaveLength(1)
  return lines[0]!
}

function readSeed(file: string): string {
  return readFileSync(join(seeds, file), 'utf8')
}

/** The seed sample with some of the gold quotes, an attribution and two claims tagged, and their speakers. */
function taggedSample(): Project {
  const project = buildSampleProject(readSeed('manifest.json'), readSeed, NOW)
  const nyt = project.articles.find((a) => a.source === NYT)!
  const people: Record<string, Person> = {}
  for (const name of ['Jorge Rodríguez', 'Alfredo Romero', 'Donald Trump']) people[name] = createPerson(name, NOW)
  people['Alfredo Romero']!.role = 'Director, Foro Penal'
  const tag = (article: Article, exact: string, kind: AnnotationKind, extra: Partial<Annotation> = {}): Annotation => {
    const start = article.text.indexOf(exact)
    if (start < 0) throw new Error(`"${exact}" is not in ${article.source}`)
    return { ...createAnnotation({ articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: 'Test Reporter', now: NOW }), ...extra }
  }
  const romeroCue = tag(nyt, 'said Alfredo Romero', 'attribution', { speakerId: people['Alfredo Romero']!.id })
  project.people = Object.values(people)
  project.annotations = [
    tag(nyt, 'an important number', 'quote', { speakerId: people['Jorge Rodríguez']!.id }),
    tag(nyt, 'Let us hope that this is indeed the beginning of the dismantling of a repressive system in Venezuela,', 'quote', { attributionId: romeroCue.id }),
    romeroCue,
    tag(nyt, 'May the justice system work to protect citizens, and not as a weapon of political persecution against dissidents.', 'quote', {
      speakerId: people['Alfredo Romero']!.id
    }),
    tag(nyt, "We haven't gotten to that yet.", 'quote', { speakerId: people['Donald Trump']!.id }),
    tag(nyt, 'the United States captured President Nicolás Maduro on Sunday', 'claim', { status: 'disputed', note: 'The BBC says Saturday.' }),
    tag(nyt, 'between 800 and 900 political prisoners are incarcerated in Venezuela', 'claim', { status: 'verified' })
  ]
  const checked = parseProject(serializeProject(project), 'tagged sample')
  if (!checked.ok) throw new Error(checked.message)
  return checked.project
}

let sample: Project
let samplePath: string

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` before the CLI tests.`)
  dir = await mkdtemp(join(tmpdir(), 'quotemark-cli-'))
  sample = taggedSample()
  samplePath = join(dir, 'sample.quotemark.json')
  await writeFile(samplePath, serializeProject(sample))
  await copyFile(join(seeds, NYT), join(dir, NYT))
  await copyFile(join(seeds, BBC), join(dir, BBC))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe.concurrent('quotemark export', () => {
  it.each(exportFormats)('writes %s to stdout, byte for byte what the core export makes for the app', async (format) => {
    const result = await quotemark(['export', 'sample.quotemark.json', '--format', format])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(exportProject(sample, { format, now: NOW }))
  })

  it('writes CSV that parses back to the tagged words, accents and all', async () => {
    const { stdout } = await quotemark(['export', 'sample.quotemark.json', '--format', 'csv'])
    const cells = Papa.parse<string[]>(stdout.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat()
    expect(cells).toContain('an important number')
    expect(cells).toContain('the United States captured President Nicolás Maduro on Sunday')
    expect(cells.join('\n')).toContain('Jorge Rodríguez')
  })

  it('writes JSON-LD and JSON that parse, naming the claim under review', async () => {
    for (const format of ['json', 'w3c', 'claimreview'] as const) {
      const { stdout } = await quotemark(['export', 'sample.quotemark.json', '-f', format])
      expect(() => JSON.parse(stdout), `${format} output is JSON`).not.toThrow()
    }
    const claims = await quotemark(['export', 'sample.quotemark.json', '-f', 'claimreview'])
    expect(claims.stdout).toContain('the United States captured President Nicolás Maduro on Sunday')
    expect(claims.stdout).not.toContain('an important number')
  })

  it('writes --out to the file (atomically, no temp file left) and keeps stdout free of the data', async () => {
    const result = await quotemark(['export', 'sample.quotemark.json', '--format', 'md', '--out', 'sheet.md'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(await readFile(join(dir, 'sheet.md'), 'utf8')).toBe(exportProject(sample, { format: 'md', now: NOW }))
    expect(result.stdout).toBe('Wrote 7 tags from sample.quotemark.json to sheet.md (md).\n')
    expect(result.stdout).not.toContain('an important number')
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])

    // An existing file is replaced whole.
    await writeFile(join(dir, 'quotes.csv'), 'old contents that are longer than nothing at all')
    expect((await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '-o', 'quotes.csv'])).code).toBe(0)
    expect(await readFile(join(dir, 'quotes.csv'), 'utf8')).toBe(exportProject(sample, { format: 'csv', now: NOW }))
  })

  it('never writes the export over the project file, and says so in one sentence', async () => {
    const before = await readFile(samplePath)
    for (const out of ['sample.quotemark.json', join(dir, 'sample.quotemark.json'), './sub/../sample.quotemark.json']) {
      const result = await quotemark(['export', 'sample.quotemark.json', '-f', 'json', '--out', out])
      expect(result.code).toBe(2)
      expect(oneLine(result.stderr)).toContain('sample.quotemark.json')
      expect(await readFile(samplePath)).toEqual(before)
    }
  })

  it('reports an output it cannot write in one sentence naming it, with exit 1', async () => {
    const result = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '--out', join('no-such-folder', 'quotes.csv')])
    expect(result.code).toBe(1)
    expect(oneLine(result.stderr)).toMatch(/quotes\.csv.*folder does not exist/)
  })

  it('keeps only the kinds asked for, with --kind repeated or comma-separated', async () => {
    const expected = exportProject(sample, { format: 'csv', selection: { kinds: ['quote', 'claim'] }, now: NOW })
    const repeated = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '--kind', 'quote', '--kind', 'claim'])
    const commas = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '--kind=quote,claim'])
    expect(repeated.code).toBe(0)
    expect(repeated.stdout).toBe(expected)
    expect(commas.stdout).toBe(expected)

    const claimsOnly = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '-k', 'claim'])
    expect(claimsOnly.stdout).toBe(exportProject(sample, { format: 'csv', selection: { kinds: ['claim'] }, now: NOW }))
    expect(claimsOnly.stdout).toContain('Nicolás Maduro')
    expect(claimsOnly.stdout).not.toContain('an important number')
    expect(claimsOnly.stdout).not.toContain('said Alfredo Romero')
  })

  it("keeps only one speaker's tags with --speaker, including those attributed to them", async () => {
    const result = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '--kind', 'quote', '--speaker', 'Alfredo Romero'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(exportProject(sample, { format: 'csv', selection: { kinds: ['quote'], speaker: 'Alfredo Romero' }, now: NOW }))
    expect(result.stdout).toContain('Let us hope that this is indeed the beginning')
    expect(result.stdout).toContain('May the justice system work to protect citizens')
    expect(result.stdout).not.toContain('an important number')
    expect(result.stdout).not.toContain("We haven't gotten to that yet.")
  })

  it('exits 0 when nothing matches: an empty export is not an error, but an unknown speaker is pointed out', async () => {
    const result = await quotemark(['export', 'sample.quotemark.json', '-f', 'md', '--speaker', 'Nobody Atall'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(exportProject(sample, { format: 'md', selection: { speaker: 'Nobody Atall' }, now: NOW }))
    expect(oneLine(result.stderr)).toBe('No one in sample.quotemark.json is called "Nobody Atall", so the export has no tags.')

    const noClaimsByTrump = await quotemark(['export', 'sample.quotemark.json', '-f', 'claimreview', '--kind', 'claim', '--speaker', 'Donald Trump'])
    expect(noClaimsByTrump.code).toBe(0)
    expect(noClaimsByTrump.stderr).toBe('')
    expect(noClaimsByTrump.stdout).toBe(exportProject(sample, { format: 'claimreview', selection: { kinds: ['claim'], speaker: 'Donald Trump' }, now: NOW }))
  })

  it('reports a project that cannot be read in one sentence naming it, with exit 1 and nothing on stdout', async () => {
    const result = await quotemark(['export', 'missing.quotemark.json', '-f', 'csv'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(oneLine(result.stderr)).toBe('missing.quotemark.json cannot be opened: the file does not exist (it may have been moved or deleted).')
  })
})

describe('quotemark import', () => {
  it('creates a project from the seed articles, named after its file, with their words exactly as the files have them', async () => {
    const result = await quotemark(['import', 'seeded.quotemark.json', NYT, BBC])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('Created seeded.quotemark.json with 2 articles.\n')
    const loaded = parseProject(await readFile(join(dir, 'seeded.quotemark.json'), 'utf8'), 'seeded')
    if (!loaded.ok) throw new Error(loaded.message)
    expect(loaded.project.name).toBe('seeded')
    expect(loaded.project.articles.map((a) => a.source)).toEqual([NYT, BBC])
    for (const article of loaded.project.articles) {
      // As the app imports a file: its headline (and the date line under it) become the title and date (issue 15, item 5).
      expect(article.text).toBe(importArticle({ fileName: article.source, content: readSeed(article.source), readHead: true }, NOW).text)
    }
    expect(article(loaded.project, NYT).text).toContain('Nicolás Maduro')
    expect(article(loaded.project, BBC)).toMatchObject({ title: 'Venezuelan government begins releasing political prisoners', publishedAt: '2026-01-09' })
  })

  it('adds to an existing project, keeping what it had, and does not add the same file twice', async () => {
    expect((await quotemark(['import', 'growing.quotemark.json', NYT])).code).toBe(0)
    const first = await projectAt('growing.quotemark.json')

    const more = await quotemark(['import', 'growing.quotemark.json', BBC])
    expect(more.code).toBe(0)
    expect(more.stdout).toBe('Added 1 article to growing.quotemark.json; it now has 2 articles.\n')
    const second = await projectAt('growing.quotemark.json')
    expect(second.id).toBe(first.id)
    expect(second.articles[0]).toEqual(first.articles[0])
    expect(second.articles.map((a) => a.source)).toEqual([NYT, BBC])

    const again = await quotemark(['import', 'growing.quotemark.json', NYT])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`${NYT} is already in growing.quotemark.json`)
    expect((await projectAt('growing.quotemark.json')).articles).toHaveLength(2)
  })

  it('skips a binary file with one line naming it and exit 1, and still imports the good ones', async () => {
    await writeFile(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x00, 0xc3, 0x28]))
    await writeFile(join(dir, 'notes.odt'), 'not an article')
    const result = await quotemark(['import', 'mixed.quotemark.json', 'photo.txt', NYT, 'notes.odt', 'absent.md'])
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^Skipped photo\.txt: it is not a text file/)
    expect(lines[1]).toMatch(/^Skipped notes\.odt: only plain text/)
    expect(lines[2]).toBe('Skipped absent.md: the file does not exist.')
    expect((await projectAt('mixed.quotemark.json')).articles.map((a) => a.source)).toEqual([NYT])
  })

  it('creates no project when no file could be imported', async () => {
    const result = await quotemark(['import', 'never.quotemark.json', 'photo.txt'])
    expect(result.code).toBe(1)
    expect(existsSync(join(dir, 'never.quotemark.json'))).toBe(false)
  })

  it('never writes a project file that fails to load', async () => {
    const whole = serializeProject(sample)
    await writeFile(join(dir, 'cut.quotemark.json'), whole.slice(0, whole.length / 2))
    const before = await readFile(join(dir, 'cut.quotemark.json'))
    const result = await quotemark(['import', 'cut.quotemark.json', BBC])
    expect(result.code).toBe(1)
    expect(oneLine(result.stderr)).toMatch(/^cut\.quotemark\.json is empty or cut short/)
    expect(await readFile(join(dir, 'cut.quotemark.json'))).toEqual(before)
    expect((await readdir(dir)).filter((name) => name.startsWith('.cut'))).toEqual([])
  })
})

describe('quotemark merge', () => {
  /** Ana's copy of the sample: everything Ben had, plus a tag of hers and an article only she imported. */
  function anasCopy(): Project {
    const copy = structuredClone(sample)
    const nyt = copy.articles.find((a) => a.source === NYT)!
    const exact = 'Venezuela\'s government began to release political prisoners'
    const start = nyt.text.indexOf(exact)
    copy.annotations.push({ ...createAnnotation({ articleId: nyt.id, text: nyt.text, start, end: start + exact.length, kind: 'claim', author: 'Ana', now: NOW }), id: 'ana-claim' })
    copy.articles.push(importArticle({ fileName: 'ana-notes.txt', content: 'Notes from Caracas\n\nThe releases began on Thursday, said a relative.' }, NOW, 'ana-article'))
    const checked = parseProject(serializeProject(copy), 'Ana')
    if (!checked.ok) throw new Error(checked.message)
    return checked.project
  }

  async function pair(name: string): Promise<{ mine: string; theirs: string; theirsProject: Project }> {
    const mine = join(dir, `${name}.quotemark.json`)
    const theirs = join(dir, `${name} (Ana).quotemark.json`)
    const theirsProject = anasCopy()
    await writeFile(mine, serializeProject(sample))
    await writeFile(theirs, serializeProject(theirsProject))
    return { mine, theirs, theirsProject }
  }

  it('merges THEIRS into MINE in place, prints what came in, and leaves THEIRS as it was', async () => {
    const { mine, theirs, theirsProject } = await pair('inplace')
    const theirBytes = await readFile(theirs)
    const result = await quotemark(['merge', 'inplace.quotemark.json', 'inplace (Ana).quotemark.json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const expected = applyMerge(sample, theirsProject, { source: 'inplace (Ana).quotemark.json', now: NOW })
    expect(result.stdout).toBe(`Merged inplace (Ana).quotemark.json into inplace.quotemark.json:\n${expected.summary.lines.map((l) => `  ${l}\n`).join('')}`)
    expect(result.stdout).toMatch(/1 new tag was added, with its author/)
    expect(await readFile(mine, 'utf8')).toBe(serializeProject({ ...expected.project, updatedAt: NOW }))
    const merged = await projectAt('inplace.quotemark.json')
    expect(merged.annotations.find((a) => a.id === 'ana-claim')).toMatchObject({ author: 'Ana' })
    expect(merged.annotations).toHaveLength(sample.annotations.length + 1)
    expect(merged.articles.map((a) => a.id)).toContain('ana-article')
    expect(await readFile(theirs)).toEqual(theirBytes)
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('writes nothing when nothing new came in, and says so', async () => {
    const mine = join(dir, 'same.quotemark.json')
    await writeFile(mine, serializeProject(sample))
    await writeFile(join(dir, 'same-copy.quotemark.json'), serializeProject(sample))
    const before = await readFile(mine)
    const { mtimeMs } = await stat(mine)
    const result = await quotemark(['merge', 'same.quotemark.json', 'same-copy.quotemark.json'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('Nothing new in same-copy.quotemark.json: same.quotemark.json is unchanged.\n')
    expect(await readFile(mine)).toEqual(before)
    expect((await stat(mine)).mtimeMs).toBe(mtimeMs)
  })

  it('writes the merge to --out and leaves MINE as it was', async () => {
    const { mine, theirsProject } = await pair('outmode')
    const before = await readFile(mine)
    const result = await quotemark(['merge', 'outmode.quotemark.json', 'outmode (Ana).quotemark.json', '--out', 'combined.quotemark.json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe('Merged outmode (Ana).quotemark.json into outmode.quotemark.json and wrote the result to combined.quotemark.json:')
    const expected = applyMerge(sample, theirsProject, { source: 'outmode (Ana).quotemark.json', now: NOW })
    expect(await readFile(join(dir, 'combined.quotemark.json'), 'utf8')).toBe(serializeProject({ ...expected.project, updatedAt: NOW }))
    expect(await readFile(mine)).toEqual(before)
    const check = await quotemark(['validate', 'combined.quotemark.json'])
    expect(check.code).toBe(0)
  })

  it('reports a colleague file that cannot be read in one sentence naming it, with exit 1, and MINE untouched', async () => {
    const mine = join(dir, 'keep.quotemark.json')
    await writeFile(mine, serializeProject(sample))
    await writeFile(join(dir, 'cut (Ana).quotemark.json'), serializeProject(anasCopy()).slice(0, 700))
    const before = await readFile(mine)
    const result = await quotemark(['merge', 'keep.quotemark.json', 'cut (Ana).quotemark.json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(oneLine(result.stderr)).toMatch(/^cut \(Ana\)\.quotemark\.json is empty or cut short/)
    expect(await readFile(mine)).toEqual(before)

    const missing = await quotemark(['merge', 'absent.quotemark.json', 'keep.quotemark.json'])
    expect(missing.code).toBe(1)
    expect(oneLine(missing.stderr)).toMatch(/^absent\.quotemark\.json cannot be opened: the file does not exist/)
  })

  it('keeps both versions of a tag both people changed, as a conflict', async () => {
    const mine = join(dir, 'both.quotemark.json')
    const changed = structuredClone(sample)
    changed.annotations[0] = { ...changed.annotations[0]!, note: 'Ana: check the number.', updatedBy: 'Ana', updatedAt: '2026-01-10T10:00:00.000Z' }
    await writeFile(mine, serializeProject(sample))
    await writeFile(join(dir, 'both (Ana).quotemark.json'), serializeProject(changed))
    const expected = mergeProjects(sample, changed, { source: 'both (Ana).quotemark.json', now: NOW })
    expect(expected.summary.conflicts).toBe(1)
    const result = await quotemark(['merge', 'both.quotemark.json', 'both (Ana).quotemark.json'])
    expect(result.code).toBe(0)
    const merged = await projectAt('both.quotemark.json')
    expect(merged.conflicts).toHaveLength(1)
    expect(merged.conflicts[0]).toMatchObject({ annotationId: sample.annotations[0]!.id, theirs: { note: 'Ana: check the number.' } })
    expect(merged.annotations[0]!.note).toBe(sample.annotations[0]!.note)
  })
})

describe('quotemark validate', () => {
  it('prints a one-line summary of a good project and exits 0', async () => {
    const result = await quotemark(['validate', 'sample.quotemark.json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`OK: ${sample.name}: 2 articles, 7 tags, 3 people, 0 links (file format ${PROJECT_VERSION})\n`)
  })

  it('says when a file is an older format it can open', async () => {
    const result = await quotemark(['validate', join(root, 'tests', 'fixtures', 'project-v1.quotemark.json')])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(new RegExp(`^OK: .*\\(file format 1; Quotemark saves it as format ${PROJECT_VERSION}\\)\\n$`))
  })

  const whole = (): string => serializeProject(sample)
  const badFiles: [string, () => string][] = [
    ['cut short', () => whole().slice(0, 500)],
    ['not JSON', () => 'quote,speaker\n"an important number",Jorge Rodríguez\n'],
    ['from a newer Quotemark', () => whole().replace(`"version": ${PROJECT_VERSION}`, `"version": ${PROJECT_VERSION + 1}`)]
  ]
  it.each(badFiles)('rejects a file %s with the loader’s message on stderr, exit 1 and the file untouched', async (_label, contents) => {
    const path = join(dir, 'bad.quotemark.json')
    await writeFile(path, contents())
    const before = await readFile(path)
    const expected = parseProject(contents(), 'bad.quotemark.json')
    if (expected.ok) throw new Error('the bad file loaded')
    const result = await quotemark(['validate', 'bad.quotemark.json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(oneLine(result.stderr)).toBe(expected.message)
    expect(await readFile(path)).toEqual(before)
  })
})

describe.concurrent('usage', () => {
  const usageErrors: [string[], RegExp][] = [
    [[], /^Missing command/],
    [['frobnicate'], /^Unknown command "frobnicate"/],
    [['--frob'], /^Unknown option --frob/],
    [['export'], /^Missing the project file/],
    [['export', 'sample.quotemark.json'], /^Missing --format: choose one of csv, md, json, w3c, claimreview/],
    [['export', 'sample.quotemark.json', '--format', 'pdf'], /^Unknown export format "pdf"/],
    [['export', 'sample.quotemark.json', '--format'], /^Option --format needs a value/],
    [['export', 'sample.quotemark.json', '--format', '--kind', 'quote'], /^Option --format needs a value/],
    [['export', 'sample.quotemark.json', '-f', 'csv', '--kind', 'quotes'], /^Unknown tag kind "quotes"/],
    [['export', 'sample.quotemark.json', '-f', 'csv', '--colour'], /^Unknown option --colour for quotemark export/],
    [['export', 'sample.quotemark.json', '-f', 'csv', '-f', 'md'], /^Option --format can be given only once/],
    [['export', 'a.quotemark.json', 'b.quotemark.json', '-f', 'csv'], /^Too many arguments/],
    [['import', 'only.quotemark.json'], /^Missing the articles to import/],
    [['import', NYT, BBC], /^The first argument must be the project file/],
    [['import', 'story', NYT], /^story does not exist, and a new project's file name must end in \.json/],
    [['merge'], /^Missing the two project files/],
    [['merge', 'sample.quotemark.json'], /^Missing the project to merge in/],
    [['merge', 'sample.quotemark.json', 'sample.quotemark.json'], /^sample\.quotemark\.json and sample\.quotemark\.json are the same file/],
    [['merge', 'sample.quotemark.json', './sub/../sample.quotemark.json'], /are the same file/],
    [['merge', 'a.quotemark.json', 'sample.quotemark.json', '--out', 'sample.quotemark.json'], /^The merge is never written over sample\.quotemark\.json/],
    [['merge', 'a.quotemark.json', 'b.quotemark.json', 'c.quotemark.json'], /^Too many arguments/],
    [['merge', 'a.quotemark.json', 'b.quotemark.json', '--in', 'x'], /^Unknown option --in for quotemark merge/],
    [['validate'], /^Missing the project file/],
    [['validate', 'sample.quotemark.json', '--strict'], /^Unknown option --strict for quotemark validate/]
  ]
  it.each(usageErrors)('quotemark %j is a usage error: exit 2, one sentence on stderr, nothing on stdout', async (args, message) => {
    const result = await quotemark(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(oneLine(result.stderr)).toMatch(message)
    expect(result.stderr.trim()).toMatch(/\.$/)
  })

  it('prints the tool help with every command and the exit codes, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await quotemark([flag])
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain('Usage:')
      for (const command of ['export', 'import', 'merge', 'validate']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
      expect(result.stdout).toMatch(/^ {2}2 {2}usage/m)
    }
  })

  it.each([['export'], ['import'], ['validate']])('prints help for %s with --help, -h and `help`, and exits 0', async (command) => {
    const runs = [await quotemark([command, '--help']), await quotemark([command, '-h']), await quotemark(['help', command]), await quotemark([command, 'x', '--bogus', '--help'])]
    for (const result of runs) {
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout).toMatch(new RegExp(`^Usage: quotemark ${command} PROJECT`))
      expect(result.stdout).toContain('Exit codes:')
      expect(result.stdout).toBe(runs[0]!.stdout)
    }
  })

  it('prints help for merge with --help, -h and `help`, and exits 0', async () => {
    const runs = [await quotemark(['merge', '--help']), await quotemark(['merge', '-h']), await quotemark(['help', 'merge']), await quotemark(['merge', 'x', '--bogus', '--help'])]
    for (const result of runs) {
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout).toMatch(/^Usage: quotemark merge MINE THEIRS \[--out FILE\]/)
      expect(result.stdout).toContain('Exit codes:')
      expect(result.stdout).toBe(runs[0]!.stdout)
    }
  })

  it('prints the version from package.json', async () => {
    const result = await quotemark(['--version'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  it('asks for `npm run build`, in one sentence with exit 2, when the bundle is missing', async () => {
    const unbuilt = join(dir, 'unbuilt')
    await mkdir(join(unbuilt, 'bin'), { recursive: true })
    await copyFile(bin, join(unbuilt, 'bin', 'quotemark.js'))
    await chmod(join(unbuilt, 'bin', 'quotemark.js'), 0o755)
    const result = await quotemark(['--help'], { script: join(unbuilt, 'bin', 'quotemark.js') })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(oneLine(result.stderr)).toMatch(/run `npm run build`/)
  })
})

function article(project: Project, source: string): Article {
  const found = project.articles.find((a) => a.source === source)
  if (!found) throw new Error(`${source} is not in the project`)
  return found
}

async function projectAt(name: string): Promise<Project> {
  const loaded = parseProject(await readFile(join(dir, name), 'utf8'), name)
  if (!loaded.ok) throw new Error(loaded.message)
  return loaded.project
}
