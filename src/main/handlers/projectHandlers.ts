/**
 * The project's channels: which file is open (start, new, open, recent,
 * sample, Save As, close), and its earlier versions (backups).
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import type { Handlers, Session } from '../../core/api'
import { buildSampleProject } from '../../core/sample'
import { PROJECT_EXTENSION } from '../../core/schema'
import { ProjectStoreError } from '../projectStore'
import { failure, message, type HandlerContext, type Opened } from './context'

export const SAMPLE_FILE_NAME = 'Sample.quotemark.json'
export const SEED_MANIFEST = 'manifest.json'

type ProjectHandlers = Pick<Handlers, 'getSession' | 'newProject' | 'openProject' | 'openRecent' | 'openSample' | 'saveProjectAs' | 'closeProject' | 'listRecent' | 'listBackups' | 'restoreBackup'>

/** New projects get our extension even if the user typed a bare name. */
export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith('.json') ? path : path + PROJECT_EXTENSION
}

/** Open a project file; it joins the recent list only once it has opened. */
export async function openProjectFile(ctx: HandlerContext, path: string): Promise<Opened> {
  try {
    return await ctx.opened(await ctx.store.open(path))
  } catch (err) {
    return failure(err)
  }
}

export function projectHandlers(ctx: HandlerContext): ProjectHandlers {
  const { store, settings, dialogs, exclusive } = ctx
  let started = false
  let startup: Promise<Session> | null = null
  const openPath = (path: string): Promise<Opened> => openProjectFile(ctx, path)

  /** Open the sample from the data folder, creating it from the seeds the first time. */
  async function openSampleNow(): Promise<Opened> {
    const path = join(ctx.sampleDir, SAMPLE_FILE_NAME)
    try {
      if (existsSync(path)) return await ctx.opened(await store.open(path))
      const manifest = readFileSync(join(ctx.seedsDir, SEED_MANIFEST), 'utf8')
      const root = resolve(ctx.seedsDir)
      const readSeed = (file: string): string => {
        const seed = resolve(root, file)
        if (!seed.startsWith(root + sep)) throw new Error(`The sample manifest names a file outside the seeds folder: ${file}.`)
        return readFileSync(seed, 'utf8')
      }
      const project = buildSampleProject(manifest, readSeed, ctx.now())
      await mkdir(ctx.sampleDir, { recursive: true })
      return await ctx.opened(await store.createFrom(path, project))
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
      if (result.ok) return ctx.currentSession(notices.join(' ') || undefined)
      notices.push(result.error)
    }
    const sample = await openSampleNow()
    if (!sample.ok) notices.push(sample.error)
    if (sample.ok && mostRecent) notices.push('The sample project is open instead.')
    return ctx.currentSession(notices.join(' ') || undefined)
  }

  return {
    getSession() {
      if (store.isOpen || started) return Promise.resolve(ctx.currentSession())
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
          return await ctx.opened(await store.create(withProjectExtension(chosen)))
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
        if (typeof path !== 'string' || !settings.isRecent(path)) return { ok: false, error: 'That project is not in the list of recent projects.' }
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
          return await ctx.opened(await store.saveAs(withProjectExtension(chosen)))
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
          return ctx.currentSession()
        } catch (err) {
          return ctx.currentSession(message(err))
        }
      })
    },

    listRecent() {
      return settings.listRecent()
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
          const name = snap.path.split(/[\\/]/).pop()
          return { ok: true, session: ctx.openSession(snap, `Restored an earlier version of ${name}. The version you had open is now the newest backup: restore it to undo this.`) } as const
        } catch (err) {
          return failure(err)
        }
      })
    }
  }
}
