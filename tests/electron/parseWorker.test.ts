import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { workerParser, workerReader } from '../../src/main/offThread'
import { ProjectStore } from '../../src/main/projectStore'
import { emptyProject } from '../../src/core/schema'
import { serializeProject } from '../../src/core/projectFile'

const built = resolve(__dirname, '../../out/main/parseWorker.js')

describe('the built reader worker', () => {
  it('is built beside main’s bundle, where main starts it', () => {
    expect(existsSync(built)).toBe(true)
  })

  it('opens a project through the worker, and names the file and its problem when it cannot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quotemark-worker-'))
    const good = join(dir, 'Good.quotemark.json')
    const bad = join(dir, 'Bad.quotemark.json')
    await writeFile(good, serializeProject(emptyProject('Good', 'project-1', '2026-01-10T09:00:00.000Z')))
    await writeFile(bad, '{ "format": "quotemark-project", "version": 4, "articles": [')
    const store = new ProjectStore({ watch: false, parser: workerParser(built) })
    try {
      const opened = await store.open(good)
      expect(opened.project.name).toBe('Good')
      await expect(store.open(bad)).rejects.toThrow(/^Bad\.quotemark\.json is empty or cut short/)
      expect(store.path).toBe(good)
    } finally {
      await store.close()
      await store.dispose()
    }
  })
})

describe('articles imported in the built reader worker', () => {
  it('turns a saved web page into an article there, and says why a damaged PDF cannot be imported', async () => {
    const { importFile } = workerReader(built)
    const html = Buffer.from('<html><head><title>Council votes</title><meta property="og:site_name" content="Town Post"></head><body><article><h1>Council votes</h1><p>“We will rebuild the bridge,” said Mayor Denise Okonkwo on Tuesday, after a long debate in the council chamber about the budget.</p><p>The vote was five to two, and work starts in the spring, the council said in a statement released that evening.</p></article><script>alert(1)</script></body></html>', 'utf8')
    const page = await importFile('council.html', html, '2026-01-10T09:00:00.000Z')
    expect(page.article.title).toBe('Council votes')
    expect(page.article.text).toContain('We will rebuild the bridge')
    expect(page.article.text).not.toContain('alert')
    await expect(importFile('broken.pdf', Buffer.from('%PDF-1.7 this is not really a PDF'), '2026-01-10T09:00:00.000Z')).rejects.toMatchObject({ name: 'ImportFailure' })
  })
})
