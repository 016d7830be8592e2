/**
 * The sharing handlers: merging a colleague's project, updating an article
 * with a newer version of its text, backups through the window's channels,
 * and the notice the window gets when the open file changes on disk.
 */
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { EventMap, Handlers, ProjectChanged } from '../../src/core/api'
import { createAnnotation } from '../../src/core/annotations'
import { serializeProject } from '../../src/core/projectFile'
import { emptyProject, type Article, type Project } from '../../src/core/schema'
import { createHandlers } from '../../src/main/handlers'
import { ProjectStore } from '../../src/main/projectStore'
import { Settings } from '../../src/main/settings'
import { ScriptedDialogs } from '../support/scriptedDialogs'
import { ARTICLE_TEXT, NOW, removeTempDirs, sampleArticle, tempDir, waitFor, writeAtomically } from './helpers'

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url))
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url))

type Event = { [K in keyof EventMap]: { event: K; payload: EventMap[K] } }[keyof EventMap]
type App = { handlers: Handlers; store: ProjectStore; dialogs: ScriptedDialogs; events: Event[]; userData: string; work: string; path: string; article: Article }

const stores: ProjectStore[] = []

afterEach(async () => {
  for (const store of stores.splice(0)) await store.dispose()
  await removeTempDirs()
})

function tagBy(article: Article, words: string, author: string, id: string) {
  const start = article.text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in the article`)
  return createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + words.length, kind: 'quote', author, now: NOW })
}

/** Ben's project: one article with one of his tags. */
function bensProject(): { project: Project; article: Article } {
  const project = emptyProject('Caracas', 'project-1', NOW)
  const article = sampleArticle('article-1')
  project.articles.push(article)
  project.annotations.push(tagBy(article, 'We will release an important number of prisoners,', 'Ben', 'ben-1'))
  return { project, article }
}

/** The app, started on a data folder, with Ben's project open. */
async function startWithProject(): Promise<App> {
  const userData = await tempDir('quotemark-userdata-')
  const work = await tempDir()
  const { project, article } = bensProject()
  const path = join(work, 'Caracas.quotemark.json')
  await writeFile(path, serializeProject(project))
  const settings = await Settings.load(userData)
  await settings.setAuthor('Ben')
  const store = new ProjectStore({ debounceMs: 20, retryDelaysMs: [50], watch: { debounceMs: 20, pollMs: 0 } })
  stores.push(store)
  const dialogs = new ScriptedDialogs()
  const events: Event[] = []
  const handlers = createHandlers({ store, settings, dialogs, emit: (event, payload) => events.push({ event, payload } as Event), seedsDir, sampleDir: userData })
  dialogs.openPaths.push(path)
  const opened = await handlers.openProject()
  if (!opened.ok) throw new Error(JSON.stringify(opened))
  events.length = 0
  return { handlers, store, dialogs, events, userData, work, path, article }
}

/** Merge…: the preview, then Apply (the preview itself must change nothing). */
async function merge(app: App): Promise<Awaited<ReturnType<Handlers['applyMerge']>>> {
  const revision = app.store.revision
  const preview = await app.handlers.previewMerge()
  if (!preview.ok) return preview
  expect(app.store.revision).toBe(revision)
  return app.handlers.applyMerge(preview.preview.token)
}

const changes = (app: App): ProjectChanged[] => app.events.flatMap((e) => (e.event === 'projectChanged' ? [e.payload] : []))

async function onDisk(path: string): Promise<Project> {
  return JSON.parse(await readFile(path, 'utf8')) as Project
}

describe("merging a colleague's project", () => {
  it('brings in their tags and articles with their authors, applies and saves them, and returns the summary and the command', async () => {
    const app = await startWithProject()
    // Ana's copy: Ben's project as she got it, plus her own tag and an article of hers.
    const { project: anas, article } = bensProject()
    anas.annotations.push(tagBy(article, 'Human rights groups said the releases were a first step.', 'Ana', 'ana-1'))
    anas.articles.push(sampleArticle('article-2', 'Prisoners freed\n\n"It is a first step," said Alfredo Romero.'))
    const theirs = join(app.work, 'Caracas (Ana).quotemark.json')
    await writeFile(theirs, serializeProject(anas))
    const theirBytes = await readFile(theirs)
    app.dialogs.mergePaths.push(theirs)

    const result = await merge(app)
    if (!result.ok) throw new Error(JSON.stringify(result))
    expect(result.summary).toMatchObject({ annotationsAdded: 1, articlesAdded: 1, articlesMatched: 1, conflicts: 0 })
    expect(result.summary.lines.join(' ')).toMatch(/Caracas \(Ana\)\.quotemark\.json/)
    expect(result.command).not.toBeNull()
    expect(result.revision).toBe(app.store.revision)
    expect(changes(app)).toEqual([{ kind: 'command', revision: result.revision, command: result.command, commandId: result.commandId }])
    expect(app.store.project!.annotations.map((a) => `${a.id}:${a.author}`)).toEqual(['ben-1:Ben', 'ana-1:Ana'])

    await app.store.flush()
    const saved = await onDisk(app.path)
    expect(saved.annotations.map((a) => `${a.id}:${a.author}`)).toEqual(['ben-1:Ben', 'ana-1:Ana'])
    expect(saved.articles).toHaveLength(2)
    // Their file is only read.
    expect((await readFile(theirs)).equals(theirBytes)).toBe(true)
  })

  it('merges an older (format 1) file, migrated in memory', async () => {
    const app = await startWithProject()
    const theirs = join(app.work, 'old.quotemark.json')
    await copyFile(join(fixtures, 'project-v1.quotemark.json'), theirs)
    app.dialogs.mergePaths.push(theirs)
    const result = await merge(app)
    if (!result.ok) throw new Error(JSON.stringify(result))
    expect(result.summary.articlesAdded).toBeGreaterThan(0)
  })

  it('says so when nothing new came in, and changes nothing', async () => {
    const app = await startWithProject()
    const theirs = join(app.work, 'same.quotemark.json')
    await writeFile(theirs, serializeProject(bensProject().project))
    app.dialogs.mergePaths.push(theirs)
    const revision = app.store.revision
    const result = await merge(app)
    expect(result).toMatchObject({ ok: true, command: null, revision, summary: { lines: [expect.stringMatching(/^Nothing new came in from same\.quotemark\.json/)] } })
    expect(changes(app)).toEqual([])
    expect(app.store.hasUnsavedChanges).toBe(false)
  })

  it('refuses a broken file with a message naming it, and the open project is unchanged', async () => {
    const app = await startWithProject()
    const theirs = join(app.work, 'Ana.quotemark.json')
    await writeFile(theirs, serializeProject(bensProject().project).slice(0, 300))
    app.dialogs.mergePaths.push(theirs)
    expect(await merge(app)).toEqual({ ok: false, error: expect.stringMatching(/^Ana\.quotemark\.json is empty or cut short/) })
    expect(changes(app)).toEqual([])
    expect(app.store.project!.annotations.map((a) => a.id)).toEqual(['ben-1'])
  })

  it('reports a cancelled dialog as cancelled, and refuses to merge the open file into itself', async () => {
    const app = await startWithProject()
    expect(await merge(app)).toEqual({ ok: false, cancelled: true })
    app.dialogs.mergePaths.push(app.path)
    expect(await merge(app)).toEqual({ ok: false, error: expect.stringMatching(/^Caracas\.quotemark\.json is the project that is open/) })
  })
})

describe("previewing a colleague's project before merging it", () => {
  async function previewAnas(app: App) {
    const { project: anas, article } = bensProject()
    anas.annotations.push(tagBy(article, 'Human rights groups said the releases were a first step.', 'Ana', 'ana-1'))
    const theirs = join(app.work, 'Ana.quotemark.json')
    await writeFile(theirs, serializeProject(anas))
    app.dialogs.mergePaths.push(theirs)
    const preview = await app.handlers.previewMerge()
    if (!preview.ok) throw new Error(JSON.stringify(preview))
    return preview.preview
  }

  it('lists what would come in, each record named, and changes nothing until it is applied', async () => {
    const app = await startWithProject()
    const preview = await previewAnas(app)
    expect(preview).toMatchObject({ source: 'Ana.quotemark.json', revision: app.store.revision })
    expect(preview.summary.items).toEqual([expect.objectContaining({ change: 'new', record: 'tag', id: 'ana-1', articleId: 'article-1' })])
    expect(changes(app)).toEqual([])
    expect(app.store.project!.annotations.map((a) => a.id)).toEqual(['ben-1'])
    const applied = await app.handlers.applyMerge(preview.token)
    expect(applied).toMatchObject({ ok: true, revision: app.store.revision })
    expect(app.store.project!.annotations.map((a) => a.id)).toEqual(['ben-1', 'ana-1'])
    // A preview is applied once.
    expect(await app.handlers.applyMerge(preview.token)).toEqual({ ok: false, error: expect.stringMatching(/no longer waiting.*Merge… again/) })
  })

  it('refuses to apply a preview when the project changed after it, and asks to preview again', async () => {
    const app = await startWithProject()
    const preview = await previewAnas(app)
    const outcome = await app.handlers.applyCommand({ type: 'annotation.update', id: 'ben-1', patch: { note: 'checked' }, updatedAt: NOW, updatedBy: 'Ben' }, 'cmd-1')
    expect(outcome.ok).toBe(true)
    expect(await app.handlers.applyMerge(preview.token)).toEqual({ ok: false, error: expect.stringMatching(/^The project changed after the preview of Ana\.quotemark\.json.*Merge… again/) })
    expect(app.store.project!.annotations.map((a) => a.id)).toEqual(['ben-1'])
  })
})

describe('opening a copy whose article text was edited outside Quotemark', () => {
  it('opens it with the articles whose paragraphs were rebuilt named, and the tags found approximately in the session', async () => {
    const app = await startWithProject()
    const { project, article } = bensProject()
    project.articles = [{ ...article, text: article.text.replace('Ministers meet', 'Ministers met').replace('an important number', 'an importnat number') }]
    const edited = join(app.work, 'Edited.quotemark.json')
    await writeFile(edited, serializeProject(project))
    app.dialogs.openPaths.push(edited)
    const opened = await app.handlers.openProject()
    if (!opened.ok) throw new Error(JSON.stringify(opened))
    expect(opened.session.notice).toMatch(/the text of “.+” was changed outside Quotemark without its paragraphs; its paragraphs were rebuilt/)
    expect(opened.session.notice).toMatch(/1 tag was found again in edited text \(1 approximately/)
    expect(opened.session.fuzzyIds).toEqual(['ben-1'])
  })
})

describe('updating an article with a newer version of its text', () => {
  const edited = ARTICLE_TEXT.replace('Ministers meet in Caracas', 'Ministers meet in Caracas (updated)').replace('"We will release an important number of prisoners," said', 'Jorge Rodríguez told reporters nothing, said')

  it('re-anchors its tags from pasted text, keeps the ones it cannot find as orphans, and says how many', async () => {
    const app = await startWithProject()
    app.store.applyTrusted({ type: 'annotation.add', annotation: tagBy(app.article, 'Human rights groups', 'Ben', 'ben-2') })
    app.events.length = 0 // the window hears of that tag too; only the update matters here
    const result = await app.handlers.updateArticleFromText(app.article.id, { name: 'caracas-v2.txt', content: edited })
    if (!result.ok) throw new Error(JSON.stringify(result))
    expect(result.summary).toEqual({ unchanged: 0, moved: 1, fuzzy: 0, orphaned: 1 })
    expect(changes(app)).toEqual([{ kind: 'command', revision: result.revision, command: result.command, commandId: result.commandId }])
    const project = app.store.project!
    expect(project.articles[0]!.text).toBe(edited)
    expect(project.annotations.find((a) => a.id === 'ben-1')).toMatchObject({ orphan: true })
    const moved = project.annotations.find((a) => a.id === 'ben-2')!
    expect(edited.slice(moved.target.start, moved.target.end)).toBe('Human rights groups')
    await app.store.flush()
    expect((await onDisk(app.path)).annotations.map((a) => `${a.id}:${a.orphan}`)).toEqual(['ben-1:true', 'ben-2:false'])
  })

  it('takes the new version from a file chosen in the dialog, one file only', async () => {
    const app = await startWithProject()
    await writeFile(join(app.work, 'v2.txt'), edited)
    await writeFile(join(app.work, 'v3.txt'), edited)
    app.dialogs.articlePaths.push([join(app.work, 'v2.txt'), join(app.work, 'v3.txt')])
    expect(await app.handlers.updateArticle(app.article.id)).toEqual({ ok: false, error: expect.stringMatching(/^Choose one file/) })
    expect(await app.handlers.updateArticle(app.article.id)).toEqual({ ok: false, cancelled: true })
    app.dialogs.articlePaths.push([join(app.work, 'v2.txt')])
    const result = await app.handlers.updateArticle(app.article.id)
    expect(result).toMatchObject({ ok: true, summary: { orphaned: 1 } })
    expect(app.store.project!.articles[0]!.source).toBe('v2.txt')
  })

  it('changes nothing when the new version has the same words', async () => {
    const app = await startWithProject()
    const revision = app.store.revision
    const result = await app.handlers.updateArticleFromText(app.article.id, { name: 'caracas.txt', content: ARTICLE_TEXT })
    expect(result).toMatchObject({ ok: true, command: null, revision, summary: { unchanged: 1, orphaned: 0 } })
    expect(changes(app)).toEqual([])
    expect(app.store.hasUnsavedChanges).toBe(false)
  })

  it('refuses an unknown article, text that is not text, and input that is not a name and a text', async () => {
    const app = await startWithProject()
    expect(await app.handlers.updateArticleFromText('no-such-article', { name: 'a.txt', content: edited })).toEqual({ ok: false, error: 'That article is no longer in the project.' })
    expect(await app.handlers.updateArticleFromText(app.article.id, { name: 'photo.png', content: 'x' })).toMatchObject({ ok: false, error: expect.stringMatching(/photo\.png cannot update/) })
    expect(await app.handlers.updateArticleFromText(app.article.id, { name: 'a.txt', content: '\u0000\u0001PNG' })).toMatchObject({ ok: false, error: expect.stringMatching(/not a text file/) })
    expect(await app.handlers.updateArticleFromText(app.article.id, { name: 'a.txt' } as unknown as { name: string; content: string })).toMatchObject({ ok: false })
    expect(changes(app)).toEqual([])
    expect(app.store.project!.articles[0]!.text).toBe(ARTICLE_TEXT)
  })
})

describe('backups through the window', () => {
  it('lists backups kept in the data folder and restores one, with a notice; other ids are refused', async () => {
    const app = await startWithProject()
    app.store.applyTrusted({ type: 'annotation.add', annotation: tagBy(app.article, 'Human rights groups', 'Ben', 'ben-2') })
    await app.store.flush()
    const backups = await app.handlers.listBackups()
    expect(backups).toEqual([{ id: expect.any(String), savedAt: expect.any(String), size: expect.any(Number), tags: 1 }])
    const folders = await readdir(join(app.userData, 'backups'))
    expect(folders).toEqual([expect.stringMatching(/^Caracas-[0-9a-f]{16}$/)])

    const restored = await app.handlers.restoreBackup(backups[0]!.id)
    if (!restored.ok) throw new Error(JSON.stringify(restored))
    expect(restored.session.project.annotations.map((a) => a.id)).toEqual(['ben-1'])
    expect(restored.session.notice).toMatch(/^Restored an earlier version of Caracas\.quotemark\.json/)
    expect((await onDisk(app.path)).annotations.map((a) => a.id)).toEqual(['ben-1'])

    expect(await app.handlers.restoreBackup('../../settings')).toEqual({ ok: false, error: 'That is not a backup of this project.' })
    expect(await app.handlers.restoreBackup(42 as unknown as string)).toEqual({ ok: false, error: 'That is not a backup of this project.' })
  })
})

describe('the open file changed on disk', () => {
  it('sends the window the reloaded project with a notice', async () => {
    const app = await startWithProject()
    const { project } = bensProject()
    project.annotations.push(tagBy(app.article, 'Human rights groups', 'Ana', 'ana-1'))
    await writeAtomically(app.path, serializeProject(project))
    await waitFor(() => changes(app).length > 0, 'the reopened event')
    const [change] = changes(app)
    if (change?.kind !== 'reopened' || change.session.status !== 'open') throw new Error(JSON.stringify(change))
    expect(change.session.notice).toBe('Caracas.quotemark.json changed on disk: reloaded.')
    expect(change.session.project.annotations.map((a) => a.id)).toEqual(['ben-1', 'ana-1'])
  })

  it('shows a version it cannot read as a save error, without touching the window’s project', async () => {
    const app = await startWithProject()
    await writeAtomically(app.path, '{"format": "quotemark-project", "vers')
    await waitFor(() => app.events.some((e) => e.event === 'saveStatus' && e.payload.state === 'error'), 'the error status')
    const status = app.events.find((e) => e.event === 'saveStatus' && e.payload.state === 'error')!.payload as { error: string }
    expect(status.error).toMatch(/^Caracas\.quotemark\.json changed on disk, and the new version is empty or cut short/)
    expect(changes(app)).toEqual([])
  })
})
