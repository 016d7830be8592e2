/**
 * One plain function per channel of the IPC contract (src/core/api.ts).
 * No Electron import: the shell registers these with ipcMain, and the
 * end-to-end harness calls the very same functions from a browser page.
 *
 * Everything arriving here comes from the renderer and is treated as
 * untrusted: arguments are checked before use.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { TextFile } from 'lowdb/node'
import { z } from 'zod'
import type { ArticleUpdateResult, DroppedFile, Emit, Handlers, ImportResult, MergeResult, OpenSession, Session } from '../core/api'
import { articleUpdateEdit } from '../core/reanchor'
import { exportFormats, exportProject, formatInfo, selectAnnotations } from '../core/export'
import { nowIso } from '../core/ids'
import { ImportError, importArticle, isImportable } from '../core/importer'
import { mergeProjects } from '../core/merge'
import { buildSampleProject } from '../core/sample'
import type { Article } from '../core/schema'
import { PROJECT_EXTENSION } from '../core/schema'
import { BACKUPS_FOLDER } from './backups'
import type { Dialogs } from './dialogs'
import { ProjectStore, ProjectStoreError, readProjectFile, type StoreSnapshot } from './projectStore'
import type { Settings } from './settings'

export type { Dialogs } from './dialogs'

export const SAMPLE_FILE_NAME = 'Sample.quotemark.json'
export const SEED_MANIFEST = 'manifest.json'
/** Larger than any news article by far; a bigger file is almost certainly not one. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_FILES = 200

export type HandlerDeps = {
  store: ProjectStore
  settings: Settings
  dialogs: Dialogs
  emit: Emit
  /** Folder holding seeds/manifest.json and the seed articles (read only). */
  seedsDir: string
  /** Folder the sample project is copied to (the app's data folder). */
  sampleDir: string
  /**
   * Where backups of saved projects go: <sampleDir>/backups unless given;
   * null keeps none. Ignored when the store was made with its own folder.
   */
  backupsDir?: string | null
  now?: () => string
}

const DroppedFileSchema = z.object({ name: z.string().min(1).max(1000), content: z.string().max(MAX_IMPORT_BYTES * 2) })
const DroppedFilesSchema = z.array(DroppedFileSchema).max(MAX_IMPORT_FILES)
const ArticleIdSchema = z.string().min(1).max(200)

/** An OpenResult that was not cancelled. */
type Opened = { ok: true; session: OpenSession } | { ok: false; error: string }

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** New projects get our extension even if the user typed a bare name. */
export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith('.json') ? path : path + PROJECT_EXTENSION
}

/** Text that decoded badly or contains NUL characters is not an article. */
function looksBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, 8192)
  let replacement = 0
  for (const ch of sample) if (ch === '\uFFFD') replacement++
  return replacement > 0 && replacement / Math.max(1, sample.length) > 0.01
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { store, settings, dialogs, emit, seedsDir, sampleDir } = deps
  const now = deps.now ?? nowIso

  store.onStatus((status) => emit('saveStatus', status))
  // Someone else changed the open file: the window gets the project as it now is, with a notice saying
  // what happened. (A version that cannot be read is reported through the save status instead: nothing
  // in the window changes, and saving waits until the file can be read again.)
  store.onDiskChange((change) => {
    if (change.kind === 'unreadable') return
    emit('projectChanged', { kind: 'reopened', session: currentSession(change.notice) })
  })
  if (!store.keepsBackups && deps.backupsDir !== null) store.useBackupsFolder(deps.backupsDir ?? join(sampleDir, BACKUPS_FOLDER))

  /** Project switches run one at a time (a double-clicked menu, a renderer that asks twice at start). */
  let queue: Promise<unknown> = Promise.resolve()
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn, fn)
    queue = run.catch(() => undefined)
    return run
  }

  let started = false
  let startup: Promise<Session> | null = null

  function openSession(snap: StoreSnapshot, notice?: string): OpenSession {
    const session: OpenSession = { status: 'open', path: snap.path, project: snap.project, revision: snap.revision, save: snap.save, author: settings.author, authorConfirmed: settings.authorConfirmed }
    if (notice) session.notice = notice
    if (snap.readOnly) session.readOnly = snap.readOnly
    return session
  }

  function currentSession(notice?: string): Session {
    const snap = store.snapshot()
    if (snap) return openSession(snap, notice)
    const none = { status: 'none', author: settings.author, authorConfirmed: settings.authorConfirmed } as const
    return notice ? { ...none, notice } : none
  }

  async function opened(snap: StoreSnapshot): Promise<Opened> {
    await settings.addRecent(snap.path)
    return { ok: true, session: openSession(snap, snap.notice) }
  }

  function failure(err: unknown): Opened {
    return { ok: false, error: message(err) }
  }

  async function openPath(path: string): Promise<Opened> {
    try {
      return await opened(await store.open(path))
    } catch (err) {
      return failure(err)
    }
  }

  /** Open the sample from the data folder, creating it from the seeds the first time. */
  async function openSampleNow(): Promise<Opened> {
    const path = join(sampleDir, SAMPLE_FILE_NAME)
    try {
      if (existsSync(path)) return await opened(await store.open(path))
      const manifest = readFileSync(join(seedsDir, SEED_MANIFEST), 'utf8')
      const root = resolve(seedsDir)
      const readSeed = (file: string): string => {
        const seed = resolve(root, file)
        if (!seed.startsWith(root + sep)) throw new Error(`The sample manifest names a file outside the seeds folder: ${file}.`)
        return readFileSync(seed, 'utf8')
      }
      const project = buildSampleProject(manifest, readSeed, now())
      await mkdir(sampleDir, { recursive: true })
      return await opened(await store.createFrom(path, project))
    } catch (err) {
      return { ok: false, error: err instanceof ProjectStoreError ? err.message : `The sample project could not be opened: ${message(err)}` }
    }
  }

  async function start(): Promise<Session> {
    const notices: string[] = []
    if (settings.notice) notices.push(settings.notice)
    const [mostRecent] = await settings.listRecent()
    if (mostRecent) {
      const result = await openPath(mostRecent)
      if (result.ok) return currentSession(notices.join(' ') || undefined)
      notices.push(result.error)
    }
    const sample = await openSampleNow()
    if (!sample.ok) notices.push(sample.error)
    if (sample.ok && mostRecent) notices.push('The sample project is open instead.')
    return currentSession(notices.join(' ') || undefined)
  }

  async function importFiles(files: { name: string; read: () => Promise<string> }[]): Promise<ImportResult> {
    if (!store.isOpen) return { ok: false, error: 'Open or create a project before importing articles.' }
    const articles: Article[] = []
    const skipped: string[] = []
    for (const file of files) {
      const name = file.name
      if (!isImportable(name)) {
        skipped.push(`${name}: only plain text (.txt) and Markdown (.md) files can be imported.`)
        continue
      }
      let content: string
      try {
        content = await file.read()
      } catch (err) {
        skipped.push(`${name}: ${message(err)}`)
        continue
      }
      if (looksBinaryText(content)) {
        skipped.push(`${name}: it is not a text file (it contains binary data).`)
        continue
      }
      try {
        articles.push(importArticle({ fileName: name, content }, now()))
      } catch (err) {
        skipped.push(err instanceof Error && err.message.includes(name) ? err.message : `${name}: ${message(err)}`)
      }
    }
    if (articles.length === 0) return { ok: true, articles, revision: store.revision, skipped }
    let revision: number
    try {
      revision = store.addArticles(articles)
    } catch (err) {
      return { ok: false, error: message(err) }
    }
    emit('projectChanged', { kind: 'articles-added', revision, articles })
    return { ok: true, articles, revision, skipped }
  }

  async function readArticleFile(path: string): Promise<string> {
    const info = await stat(path)
    if (!info.isFile()) throw new Error('it is not a file.')
    if (info.size > MAX_IMPORT_BYTES) throw new Error(`it is too large for an article (${Math.round(info.size / 1024 / 1024)} MB).`)
    const bytes = await readFile(path)
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new Error('it is not a text file (it is not UTF-8 text).')
    }
  }

  /** Replace an article's text with a newer version of it, re-anchoring its tags. */
  function updateArticleWith(articleId: unknown, fileName: string, content: string): ArticleUpdateResult {
    const project = store.project
    if (!project) return { ok: false, error: 'No project is open.' }
    const parsedId = ArticleIdSchema.safeParse(articleId)
    const current = parsedId.success ? project.articles.find((a) => a.id === parsedId.data) : undefined
    if (!current) return { ok: false, error: 'That article is no longer in the project.' }
    const name = basename(fileName.replace(/\\/g, '/'))
    if (!isImportable(name)) return { ok: false, error: `${name} cannot update "${current.title}": only plain text (.txt) and Markdown (.md) can.` }
    if (looksBinaryText(content)) return { ok: false, error: `${name} cannot update "${current.title}": it is not a text file (it contains binary data).` }
    let article: Article
    try {
      article = importArticle({ fileName: name, content }, now())
    } catch (err) {
      return { ok: false, error: err instanceof ImportError ? err.message : `${name} cannot update "${current.title}": ${message(err)}` }
    }
    const { command, summary } = articleUpdateEdit(project, current.id, { text: article.text, blocks: article.blocks, source: name }, now(), settings.author)
    // The same words and layout: nothing to change (and nothing to undo).
    const same = article.text === current.text && JSON.stringify(article.blocks) === JSON.stringify(current.blocks)
    if (same) return { ok: true, summary, revision: store.revision, command: null }
    const outcome = store.applyInternal(command)
    if (!outcome.ok) return { ok: false, error: `"${current.title}" could not be updated: ${outcome.error}` }
    emit('projectChanged', { kind: 'command', revision: outcome.revision, command })
    return { ok: true, summary, revision: outcome.revision, command }
  }

  return {
    getSession() {
      if (store.isOpen || started) return Promise.resolve(currentSession())
      startup ??= exclusive(start).finally(() => {
        started = true
      })
      return startup
    },

    newProject() {
      return exclusive(async () => {
        const chosen = await dialogs.chooseNewProjectPath()
        if (!chosen) return { ok: false, cancelled: true } as const
        try {
          return await opened(await store.create(withProjectExtension(chosen)))
        } catch (err) {
          return failure(err)
        }
      })
    },

    openProject() {
      return exclusive(async () => {
        const chosen = await dialogs.chooseProjectToOpen()
        if (!chosen) return { ok: false, cancelled: true } as const
        return openPath(chosen)
      })
    },

    openRecent(path) {
      return exclusive(async () => {
        if (typeof path !== 'string' || !settings.isRecent(path)) {
          return { ok: false, error: 'That project is not in the list of recent projects.' }
        }
        return openPath(path)
      })
    },

    openSample() {
      return exclusive(openSampleNow)
    },

    saveProjectAs() {
      return exclusive(async () => {
        if (!store.isOpen) return { ok: false, error: 'No project is open.' }
        const chosen = await dialogs.chooseSaveAsPath()
        if (!chosen) return { ok: false, cancelled: true } as const
        try {
          return await opened(await store.saveAs(withProjectExtension(chosen)))
        } catch (err) {
          return failure(err)
        }
      })
    },

    closeProject() {
      return exclusive(async () => {
        started = true
        try {
          await store.close()
          return currentSession()
        } catch (err) {
          return currentSession(message(err))
        }
      })
    },

    listRecent() {
      return settings.listRecent()
    },

    applyCommand(command) {
      const outcome = store.apply(command)
      if (!outcome.ok) return Promise.resolve(outcome)
      emit('projectChanged', { kind: 'command', revision: outcome.revision, command: outcome.command })
      return Promise.resolve({ ok: true, revision: outcome.revision })
    },

    importArticles() {
      return exclusive(async () => {
        if (!store.isOpen) return { ok: false, error: 'Open or create a project before importing articles.' }
        const paths = await dialogs.chooseArticles()
        if (paths.length === 0) return { ok: false, cancelled: true } as const
        return importFiles(paths.map((path) => ({ name: basename(path), read: () => readArticleFile(path) })))
      })
    },

    importDroppedFiles(files) {
      return exclusive(async () => {
        const parsed = DroppedFilesSchema.safeParse(files)
        if (!parsed.success) return { ok: false, error: `Those files could not be imported: ${parsed.error.issues[0]?.message ?? 'invalid'}.` }
        const dropped: DroppedFile[] = parsed.data
        return importFiles(
          dropped.map((file) => ({
            // A name, never a path: the renderer does not get to name files on disk.
            name: basename(file.name.replace(/\\/g, '/')),
            read: () => Promise.resolve(file.content)
          }))
        )
      })
    },

    async openExternal(url) {
      if (typeof url !== 'string') return false
      let parsed: URL
      try {
        parsed = new URL(url)
      } catch {
        return false
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false
      try {
        await dialogs.openExternal(parsed.href)
        return true
      } catch {
        return false
      }
    },

    exportAnnotations(request) {
      return exclusive(async () => {
        const snap = store.snapshot()
        if (!snap) return { ok: false, error: 'No project is open.' }
        if (!request || typeof request !== 'object' || !(exportFormats as readonly string[]).includes(request.format)) {
          return { ok: false, error: 'That export format is not one Quotemark knows.' }
        }
        const ids = Array.isArray(request.annotationIds) ? request.annotationIds.filter((id): id is string => typeof id === 'string') : undefined
        const scope = typeof request.scopeLabel === 'string' && request.scopeLabel.trim() ? ` – ${request.scopeLabel.trim()}` : ''
        const suggested = safeFileName(`${snap.project.name}${scope}`) + formatInfo[request.format].extension
        const chosen = await dialogs.chooseExportPath(suggested, settings.lastExportDir)
        if (!chosen) return { ok: false, cancelled: true } as const
        if (resolvePath(chosen) === resolvePath(snap.path)) return { ok: false, error: 'An export cannot be written over the project file itself; choose another name.' }
        const selection = ids ? { annotationIds: ids } : undefined
        const text = exportProject(snap.project, { format: request.format, selection, now: now(), exportedBy: settings.author })
        try {
          // lowdb's TextFile writes through steno: a temp file beside the target, then a rename.
          await new TextFile(chosen).write(text)
        } catch (err) {
          return { ok: false, error: `The export could not be written to ${basename(chosen)}: ${(err as Error).message}` }
        }
        await settings.setLastExportDir(dirname(chosen))
        return { ok: true, path: chosen, count: selectAnnotations(snap.project, selection).length }
      })
    },

    async copyText(text) {
      if (typeof text !== 'string' || text.length > 1_000_000) return false
      await dialogs.writeClipboard(text)
      return true
    },

    async listBackups() {
      if (!store.isOpen) return []
      try {
        return (await store.listBackups()).map(({ id, savedAt, size, tags }) => ({ id, savedAt, size, tags }))
      } catch {
        return []
      }
    },

    restoreBackup(id) {
      return exclusive(async () => {
        if (!store.isOpen) return { ok: false, error: 'No project is open.' }
        try {
          const snap = await store.restoreBackup(id)
          const name = basename(snap.path)
          return {
            ok: true,
            session: openSession(snap, `Restored an earlier version of ${name}. The version you had open is now the newest backup: restore it to undo this.`)
          } as const
        } catch (err) {
          return failure(err)
        }
      })
    },

    mergeProject() {
      return exclusive(async (): Promise<MergeResult> => {
        const mine = store.snapshot()
        if (!mine) return { ok: false, error: 'Open a project before merging a colleague’s project into it.' }
        const chosen = await dialogs.chooseProjectToMerge()
        if (!chosen) return { ok: false, cancelled: true }
        const name = basename(chosen)
        if (resolvePath(chosen) === resolvePath(mine.path)) return { ok: false, error: `${name} is the project that is open; choose a colleague’s copy to merge into it.` }
        let theirs
        try {
          theirs = await readProjectFile(chosen, { maxBytes: store.maxProjectBytes })
        } catch (err) {
          return { ok: false, error: message(err) }
        }
        const current = store.project
        if (!current) return { ok: false, error: 'No project is open.' }
        const { command, summary } = mergeProjects(current, theirs, { source: name, now: now() })
        if (!command) return { ok: true, summary, revision: store.revision, command: null }
        const outcome = store.applyInternal(command)
        if (!outcome.ok) return { ok: false, error: `${name} could not be merged: ${outcome.error}` }
        emit('projectChanged', { kind: 'command', revision: outcome.revision, command })
        return { ok: true, summary, revision: outcome.revision, command }
      })
    },

    updateArticle(articleId) {
      return exclusive(async (): Promise<ArticleUpdateResult> => {
        const project = store.project
        if (!project) return { ok: false, error: 'No project is open.' }
        if (typeof articleId !== 'string' || !project.articles.some((a) => a.id === articleId)) return { ok: false, error: 'That article is no longer in the project.' }
        const paths = await dialogs.chooseArticles()
        if (paths.length === 0) return { ok: false, cancelled: true }
        if (paths.length > 1) return { ok: false, error: 'Choose one file: an article is updated from one text or Markdown file.' }
        const path = paths[0]!
        const name = basename(path)
        if (!isImportable(name)) return { ok: false, error: `${name} cannot update an article: only plain text (.txt) and Markdown (.md) can.` }
        let content: string
        try {
          content = await readArticleFile(path)
        } catch (err) {
          return { ok: false, error: `${name} cannot update an article: ${message(err)}` }
        }
        return updateArticleWith(articleId, name, content)
      })
    },

    updateArticleFromText(articleId, file) {
      return exclusive(async (): Promise<ArticleUpdateResult> => {
        const parsed = DroppedFileSchema.safeParse(file)
        if (!parsed.success) return { ok: false, error: `That text cannot update the article: ${parsed.error.issues[0]?.message ?? 'invalid'}.` }
        return updateArticleWith(articleId, parsed.data.name, parsed.data.content)
      })
    },

    async setAuthor(name) {
      const trimmed = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : ''
      if (!trimmed) return { ok: false, error: 'Type the name your tags should carry.' }
      if (trimmed.length > 200) return { ok: false, error: 'That name is too long (200 characters at most).' }
      await settings.setAuthor(trimmed)
      return { ok: true, author: settings.author }
    }
  }
}

/** A file name any file system accepts: no separators or reserved characters, not too long. */
function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim()
  return (cleaned || 'Quotemark export').slice(0, 120)
}

function resolvePath(path: string): string {
  const full = resolve(path)
  return process.platform === 'win32' || process.platform === 'darwin' ? full.toLowerCase() : full
}
