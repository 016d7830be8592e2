/**
 * `quotemark merge` with revisions, as two reporters use it: Carla and Ben
 * each have a copy of one project; Ben changes a person's role and corrects
 * the article's text, Carla adds a note. Runs the built command (after
 * `npm run build` or `npm run test:cli`).
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../src/core/annotations'
import { blocksFromText } from '../../src/core/blocks'
import { applyCommand, type Command } from '../../src/core/commands'
import { articleUpdateEdit } from '../../src/core/edits'
import { importArticle } from '../../src/core/importer'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import { withRevisions } from '../../src/core/revisions'
import { emptyProject, type Project } from '../../src/core/schema'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(root, 'bin', 'quotemark.js')
const bundle = join(root, 'out', 'cli', 'quotemark.js')
const EPOCH = 1_767_960_000
const NOW = '2026-01-09T12:00:00.000Z'
const LATER = '2026-01-10T09:00:00.000Z'

const TEXT = [
  'City Hall approved the budget on Thursay after a long debate.',
  '"We finally have a plan for the river park," said Tom Reyes, who chairs the finance committee.',
  'Opponents said the vote came too fast.'
].join('\n\n')
const CORRECTED = TEXT.replace('Thursay', 'Thursday')

type Result = { code: number; stdout: string; stderr: string }
let dir: string

async function quotemark(args: string[]): Promise<Result> {
  return new Promise<Result>((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH) }, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr })
    )
  })
}

function applied(project: Project, command: Command): Project {
  const result = applyCommand(project, command)
  if (!result.ok) throw new Error(result.error)
  return result.project
}

/** The project both started from: the article, Tom Reyes and a quote of his; with revisions, as a saved file has them. */
function base(): Project {
  const article = importArticle({ fileName: 'budget.txt', content: TEXT, meta: { title: 'Budget passes' } }, NOW, 'budget')
  const quote = '"We finally have a plan for the river park,"'
  const start = article.text.indexOf(quote)
  const tag = { ...createAnnotation({ id: 'park-quote', articleId: 'budget', text: article.text, start, end: start + quote.length, kind: 'quote', author: 'Carla', now: NOW }), speakerId: 'tom' }
  const person = { id: 'tom', kind: 'person' as const, name: 'Tom Reyes', aliases: [], role: 'Council candidate', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
  return withRevisions({ ...emptyProject('Budget', 'budget-project', NOW), articles: [article], people: [person], annotations: [tag] })
}

function bens(from: Project): Project {
  const role = applied(from, { type: 'person.update', id: 'tom', patch: { role: 'City councilman' }, updatedAt: LATER })
  return applied(role, articleUpdateEdit(role, 'budget', { text: CORRECTED, blocks: blocksFromText(CORRECTED) }, LATER, 'Ben').command)
}

const carlas = (from: Project, note = 'Check the park budget figure.'): Project =>
  applied(from, { type: 'annotation.update', id: 'park-quote', patch: { note }, updatedAt: LATER, updatedBy: 'Carla' })

async function save(name: string, project: Project): Promise<void> {
  await writeFile(join(dir, name), serializeProject(project))
}

async function open(name: string): Promise<Project> {
  const result = parseProject(await readFile(join(dir, name), 'utf8'), name)
  if (!result.ok) throw new Error(result.message)
  return result.project
}

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` before the CLI tests.`)
  dir = await mkdtemp(join(tmpdir(), 'quotemark-merge-'))
  const start = base()
  await save('base.quotemark.json', start)
  await save('carla.quotemark.json', carlas(start))
  await save('ben.quotemark.json', bens(start))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('quotemark merge, Carla and Ben', () => {
  it('with --dry-run prints what Ben’s copy would bring, by name, and writes nothing', async () => {
    const before = await readFile(join(dir, 'carla.quotemark.json'))
    const result = await quotemark(['merge', 'carla.quotemark.json', 'ben.quotemark.json', '--dry-run'])
    expect([result.code, result.stderr]).toEqual([0, ''])
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('Merging ben.quotemark.json into carla.quotemark.json would do this (nothing was written):')
    expect(lines).toContain('  The person “Tom Reyes” was updated from theirs (role).')
    expect(lines).toContain('  The article “Budget passes” was updated from theirs (text).')
    expect(result.stdout).not.toMatch(/conflict|both sides/)
    expect(await readFile(join(dir, 'carla.quotemark.json'))).toEqual(before)
  })

  it('brings in Ben’s role and corrected text, keeps Carla’s note on her tag, found again in the new words', async () => {
    const result = await quotemark(['merge', 'carla.quotemark.json', 'ben.quotemark.json', '--out', 'merged.quotemark.json'])
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(result.stdout.split('\n')[0]).toBe('Merged ben.quotemark.json into carla.quotemark.json and wrote the result to merged.quotemark.json:')
    const merged = await open('merged.quotemark.json')
    expect(merged.people[0]).toMatchObject({ name: 'Tom Reyes', role: 'City councilman' })
    expect(merged.articles[0]!.text).toBe(CORRECTED)
    const tag = merged.annotations[0]!
    expect(tag).toMatchObject({ note: 'Check the park budget figure.', orphan: false, speakerId: 'tom' })
    expect(CORRECTED.slice(tag.target.start, tag.target.end)).toBe('"We finally have a plan for the river park,"')
    expect(merged.conflicts).toEqual([])
  })

  it('changes nothing and raises no conflict when an older, unchanged copy is merged', async () => {
    const result = await quotemark(['merge', 'merged.quotemark.json', 'base.quotemark.json'])
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(result.stdout).toBe('Nothing new in base.quotemark.json: merged.quotemark.json is unchanged.\n')
    const again = await quotemark(['merge', 'merged.quotemark.json', 'ben.quotemark.json', '--dry-run'])
    expect(again.stdout).toBe('Nothing new in ben.quotemark.json; nothing was written.\n')
  })

  it('names the tag both changed, by kind, words and article, and keeps Ben’s version beside Carla’s', async () => {
    await save('ben-note.quotemark.json', carlas(bens(base()), 'Ben: the park costs 2 million.'))
    await save('carla-note.quotemark.json', carlas(base()))
    const result = await quotemark(['merge', 'carla-note.quotemark.json', 'ben-note.quotemark.json'])
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(result.stdout).toContain(
      '  The quote “"We finally have a plan for the river park,"” in “Budget passes” was changed on both sides (note): yours is kept, theirs is shown beside it until you choose.\n'
    )
    const merged = await open('carla-note.quotemark.json')
    expect(merged.annotations[0]!.note).toBe('Check the park budget figure.')
    expect(merged.conflicts).toEqual([expect.objectContaining({ annotationId: 'park-quote', theirs: expect.objectContaining({ note: 'Ben: the park costs 2 million.' }) })])
    expect(merged.people[0]!.role).toBe('City councilman')
  })
})
