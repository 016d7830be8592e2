/**
 * `quotemark statements` through the real built command (bin/quotemark.js),
 * on the sample project with the seed gold's quotes and claims tagged: the
 * Rodríguez statement and the Saturday/Sunday contradiction, as JSON and as
 * a listing, one speaker's offers alone, and clear failures.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeProject } from '../../src/core/projectFile'
import { runQuotemark } from '../support/cliRun'
import { taggedSample } from '../support/seedsTagged'

const root = fileURLToPath(new URL('../..', import.meta.url))

type Tag = { id: string; outlet: string; text: string }
type Output = {
  groups: { confidence: string; speaker: string | null; tags: Tag[]; onlyA: string[]; onlyB: string[] }[]
  contradictions: { confidence: string; on: string; values: string[][]; tags: Tag[] }[]
}

const quotemark = (args: string[]) => runQuotemark(root, args)

let dir: string
let projectPath: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotemark-statements-'))
  projectPath = join(dir, 'sample.quotemark.json')
  await writeFile(projectPath, serializeProject(taggedSample()))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('quotemark statements', () => {
  it('prints the Rodríguez statement and the Saturday/Sunday contradiction as JSON, with tag ids, articles and differences', async () => {
    const result = await quotemark(['statements', projectPath, '--json'])
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout) as Output
    const group = out.groups.find((g) => g.confidence === 'high')!
    expect(group.speaker).toBe('Jorge Rodríguez')
    expect(group.tags.map((t) => [t.outlet, t.text])).toEqual([
      ['The New York Times', 'an important number'],
      ['BBC News', 'a significant number']
    ])
    expect([group.onlyA, group.onlyB]).toEqual([['important'], ['significant']])
    const high = out.contradictions.filter((c) => c.confidence === 'high')
    expect(high.map((c) => [c.on, c.values])).toEqual([['date', [['Sunday'], ['Saturday']]]])
    expect(high[0]!.tags.every((t) => t.id.length > 0)).toBe(true)
  })

  it('lists them for a person to read', async () => {
    const result = await quotemark(['statements', projectPath])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Same statement:')
    expect(result.stdout).toContain('[high] on a date: Sunday / Saturday')
    expect(result.stdout).toContain('only in The New York Times: important')
  })

  it('with --speaker, lists only offers involving that person', async () => {
    const result = await quotemark(['statements', projectPath, '--speaker', 'Rodriguez', '--json'])
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout) as Output
    expect(out.groups.map((g) => g.tags.map((t) => t.text))).toEqual([['an important number', 'a significant number']])
    expect(out.contradictions).toEqual([])
  })

  it('fails with exit 1 for a missing project or an unknown speaker, and 2 without a project', async () => {
    expect((await quotemark(['statements', join(dir, 'none.quotemark.json')])).code).toBe(1)
    const unknown = await quotemark(['statements', projectPath, '--speaker', 'Nobody Here'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('Nobody Here')
    expect((await quotemark(['statements'])).code).toBe(2)
  })
})
