/**
 * `quotemark check` through the real built command (bin/quotemark.js), on
 * the sample project with the seed gold's quotes tagged, against a subtitle
 * file of what Romero and Trump said: verbatim quotes with their time, a
 * negation the report added, words not in the source, one speaker's quotes
 * alone, as JSON and as a listing, and clear failures.
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
const quotemark = (args: string[]) => runQuotemark(root, args)

const SUBTITLES = `WEBVTT

00:01:00.000 --> 00:01:06.000
Let us hope that this is indeed the beginning of the dismantling of a repressive system in Venezuela.

00:01:10.000 --> 00:01:16.000
May the justice system work to protect citizens, and as a weapon of political persecution against dissidents.

00:02:30.000 --> 00:02:33.000
We have not gotten to that yet.
`

type Result = { id: string; speaker: string | null; text: string; status: string; time: number | null; sourceText: string; differences: unknown[]; flags: unknown[]; closest: unknown[] }
type Output = { source: { fileName: string; kind: string }; counts: { verbatim: number; cut: number; changed: number; 'not-found': number }; results: Result[] }

let dir: string
let projectPath: string
let sourcePath: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotemark-check-'))
  projectPath = join(dir, 'sample.quotemark.json')
  sourcePath = join(dir, 'press-conference.vtt')
  await writeFile(projectPath, serializeProject(taggedSample()))
  await writeFile(sourcePath, SUBTITLES)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('quotemark check', () => {
  it('prints each quote’s status, source span and time, differences and meaning flags as JSON', async () => {
    const result = await quotemark(['check', projectPath, '--source', sourcePath, '--json'])
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout) as Output
    expect(out.source).toMatchObject({ fileName: 'press-conference.vtt', kind: 'transcript' })
    const byText = (start: string) => out.results.find((r) => r.text.startsWith(start))!
    expect(byText('Let us hope')).toMatchObject({ status: 'verbatim', time: 60, speaker: 'Alfredo Romero' })
    expect(byText('May the justice system')).toMatchObject({
      status: 'changed',
      differences: [{ kind: 'added', quote: 'not', source: '' }],
      flags: [{ kind: 'negation', quote: 'not', source: '' }]
    })
    expect(byText("We haven't gotten")).toMatchObject({ status: 'changed', time: 150, flags: [] })
    expect(byText('an important number')).toMatchObject({ status: 'not-found' })
    expect(out.counts.verbatim + out.counts.cut + out.counts.changed + out.counts['not-found']).toBe(out.results.length)
  })

  it('lists one speaker’s quotes for a person to read', async () => {
    const result = await quotemark(['check', projectPath, '--source', sourcePath, '--speaker', 'Alfredo Romero'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Checked 2 quotes of')
    expect(result.stdout).toContain('verbatim against the transcript “press conference” at 1:00')
    expect(result.stdout).toContain('check the meaning: a negation added (nothing in the source, “not” in the quote)')
  })

  it('fails clearly without a source, with a source it cannot read, or for someone not in the project', async () => {
    expect((await quotemark(['check', projectPath])).code).toBe(2)
    const unreadable = await quotemark(['check', projectPath, '--source', join(dir, 'notes.odt')])
    expect(unreadable.code).toBe(1)
    expect(unreadable.stderr).toContain('notes.odt cannot be a source')
    const nobody = await quotemark(['check', projectPath, '--source', sourcePath, '--speaker', 'Nobody Here'])
    expect(nobody.code).toBe(1)
    expect(nobody.stderr).toContain('No one in')
  })
})
