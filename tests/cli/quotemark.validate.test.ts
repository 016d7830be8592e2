/**
 * `quotemark validate`: a good project, an older format, and files it rejects.
 * The real `quotemark` command (bin/quotemark.js → out/cli/quotemark.js,
 * plain Node) on temp files. Run after `npm run build`, with the shell tests
 * (vitest.shell.config.ts); the shared setup is in tests/support/quotemarkCli.ts.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import { PROJECT_VERSION } from '../../src/core/schema'
import { dir, oneLine, quotemark, root, sample, useCliFolder } from '../support/quotemarkCli'

useCliFolder()

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
