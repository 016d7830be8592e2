/**
 * `quotemark merge`: in place and to --out, nothing new, a colleague file it cannot read, and conflicts.
 * The real `quotemark` command (bin/quotemark.js → out/cli/quotemark.js,
 * plain Node) on temp files. Run after `npm run build`, with the shell tests
 * (vitest.shell.config.ts); the shared setup is in tests/support/quotemarkCli.ts.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../../src/core/annotations'
import { importArticle } from '../../src/core/importer'
import { applyMerge, mergeProjects } from '../../src/core/merge'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import type { Project } from '../../src/core/schema'
import { dir, NOW, NYT, oneLine, projectAt, quotemark, sample, useCliFolder } from '../support/quotemarkCli'

useCliFolder()

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
