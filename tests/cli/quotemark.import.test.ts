/**
 * `quotemark import`: new and existing projects, files it skips, and a project file it will not write over.
 * The real `quotemark` command (bin/quotemark.js → out/cli/quotemark.js,
 * plain Node) on temp files. Run after `npm run build`, with the shell tests
 * (vitest.shell.config.ts); the shared setup is in tests/support/quotemarkCli.ts.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importArticle } from '../../src/core/importer'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import type { Article, Project } from '../../src/core/schema'
import { BBC, dir, NOW, NYT, oneLine, projectAt, quotemark, readSeed, sample, useCliFolder } from '../support/quotemarkCli'

useCliFolder()

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


function article(project: Project, source: string): Article {
  const found = project.articles.find((a) => a.source === source)
  if (!found) throw new Error(`${source} is not in the project`)
  return found
}
