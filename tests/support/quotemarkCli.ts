/**
 * Shared by the `quotemark` command-line tests (tests/cli/quotemark.*.test.ts):
 * the built command (bin/quotemark.js → out/cli/quotemark.js, plain Node) run
 * on a temp folder that holds a tagged copy of the seed sample and the seeds.
 * Each test file calls useCliFolder() once to make (and then remove) its folder.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect } from 'vitest'
import { createAnnotation } from '../../src/core/annotations'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import { createPerson } from '../../src/core/people'
import { buildSampleProject } from '../../src/core/sample'
import type { Annotation, AnnotationKind, Article, Person, Project } from '../../src/core/schema'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const bin = join(root, 'bin', 'quotemark.js')
const bundle = join(root, 'out', 'cli', 'quotemark.js')
const seeds = join(root, 'seeds')
export const NYT = 'nyt-2026-01-09-venezuela-prisoner-release.txt'
export const BBC = 'bbc-2026-01-09-venezuela-prisoner-release.md'
const EPOCH = 1_767_960_000 // 2026-01-09T12:00:00Z
export const NOW = new Date(EPOCH * 1000).toISOString()
export const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

type Result = { code: number; stdout: string; stderr: string }

/** The test file's temp folder (set by useCliFolder's beforeAll). */
export let dir: string

/** Run the built command in `cwd` (the test's temp folder by default). Every run is checked for stack traces. */
export async function quotemark(args: string[], options: { cwd?: string; script?: string } = {}): Promise<Result> {
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
export function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '')
  expect(lines, `expected one line on stderr, got: ${stderr}`).toHaveLength(1)
  return lines[0]!
}

export function readSeed(file: string): string {
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

export let sample: Project
export let samplePath: string

/** Make the temp folder before the file's tests (the tagged sample and both seeds in it) and remove it after them. */
export function useCliFolder(): void {
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
}

/** The project saved as `name` in the temp folder, loaded as the app loads it. */
export async function projectAt(name: string): Promise<Project> {
  const loaded = parseProject(await readFile(join(dir, name), 'utf8'), name)
  if (!loaded.ok) throw new Error(loaded.message)
  return loaded.project
}
