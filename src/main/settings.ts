/**
 * App settings (not project data): the recent projects and the author name
 * shown on new tags. One JSON file in the app's data folder, written
 * atomically (lowdb's JSONFile → steno: temp file + rename).
 *
 * A settings file that cannot be read is renamed aside
 * (settings.json.broken-<time>) and defaults are used: losing the recent list
 * is better than an app that will not start. Plain Node, no Electron.
 */
import { mkdir, readFile, rename, stat } from 'node:fs/promises'
import { userInfo } from 'node:os'
import { join, resolve } from 'node:path'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import { isTextSize, USUAL_TEXT_SIZE } from '../core/textSize'

export const SETTINGS_FILE = 'settings.json'
export const MAX_RECENT = 10

const SettingsSchema = z.looseObject({
  version: z.literal(1).optional(),
  recent: z.array(z.string().min(1).max(4096)).default([]),
  author: z.string().max(200).optional(),
  lastExportDir: z.string().max(4096).optional(),
  /** The article text's size, a percentage (core/textSize.ts). */
  textSize: z.number().optional()
})
export type SettingsData = z.infer<typeof SettingsSchema>

export function defaultAuthor(): string {
  try {
    const name = userInfo().username
    if (name) return name
  } catch {
    // no passwd entry (containers) or no permission
  }
  return process.env.USER || process.env.USERNAME || 'Reporter'
}

/** Paths compare case-insensitively where the file system usually does. */
function samePath(a: string, b: string): boolean {
  const x = resolve(a)
  const y = resolve(b)
  return process.platform === 'win32' || process.platform === 'darwin' ? x.toLowerCase() === y.toLowerCase() : x === y
}

function timestampForFileName(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

export class Settings {
  private data: SettingsData
  private readonly file: JSONFile<SettingsData>
  private writeChain: Promise<void> = Promise.resolve()

  private constructor(
    readonly dir: string,
    data: SettingsData,
    /** Set when the settings file was broken and set aside. */
    readonly notice?: string
  ) {
    this.data = data
    this.file = new JSONFile<SettingsData>(join(dir, SETTINGS_FILE))
  }

  get path(): string {
    return join(this.dir, SETTINGS_FILE)
  }

  /** Load settings from `dir` (the app's userData folder). Never throws for a missing or broken file. */
  static async load(dir: string): Promise<Settings> {
    const path = join(dir, SETTINGS_FILE)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Settings(dir, { recent: [] })
      return new Settings(dir, { recent: [] }, `Quotemark could not read its settings (${(err as Error).message}); it is using defaults.`)
    }
    let problem: string
    try {
      const parsed = SettingsSchema.safeParse(JSON.parse(text))
      if (parsed.success) return new Settings(dir, parsed.data)
      problem = 'it does not contain valid settings'
    } catch {
      problem = 'it is not valid JSON'
    }
    const aside = `${path}.broken-${timestampForFileName()}`
    try {
      await rename(path, aside)
      return new Settings(dir, { recent: [] }, `Quotemark's settings file was damaged (${problem}); it was set aside as ${aside} and defaults are used.`)
    } catch {
      return new Settings(dir, { recent: [] }, `Quotemark's settings file was damaged (${problem}); defaults are used.`)
    }
  }

  get author(): string {
    return this.data.author?.trim() || defaultAuthor()
  }

  /** Whether the user has said what name their tags carry (they are asked once). */
  get authorConfirmed(): boolean {
    return Boolean(this.data.author?.trim())
  }

  async setAuthor(author: string): Promise<void> {
    this.data = { ...this.data, author: author.trim().slice(0, 200) }
    await this.save()
  }

  /** The folder the last export went to, offered again for the next one. */
  get lastExportDir(): string | null {
    return this.data.lastExportDir ?? null
  }

  async setLastExportDir(dir: string): Promise<void> {
    this.data = { ...this.data, lastExportDir: dir }
    await this.save()
  }

  /** The article text's size (Ctrl+= / Ctrl+-): one of the offered sizes, else the usual one. */
  get textSize(): number {
    return isTextSize(this.data.textSize) ? this.data.textSize : USUAL_TEXT_SIZE
  }

  async setTextSize(size: number): Promise<void> {
    this.data = { ...this.data, textSize: isTextSize(size) ? size : USUAL_TEXT_SIZE }
    await this.save()
  }

  /** The stored list, most recent first, without checking the disk. */
  get recent(): readonly string[] {
    return this.data.recent
  }

  isRecent(path: string): boolean {
    return this.data.recent.some((p) => samePath(p, path))
  }

  /** Recent projects that still exist, most recent first; files that are gone are dropped from the list. */
  async listRecent(): Promise<string[]> {
    const present: string[] = []
    let dropped = false
    for (const path of this.data.recent) {
      try {
        const info = await stat(path)
        if (info.isFile()) present.push(path)
        else dropped = true
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code
        if (code === 'ENOENT' || code === 'ENOTDIR') dropped = true
        else present.push(path) // unreadable now (permissions, a slow drive): keep it
      }
    }
    if (dropped) {
      this.data = { ...this.data, recent: present }
      await this.save()
    }
    return present
  }

  async addRecent(path: string): Promise<void> {
    const abs = resolve(path)
    const recent = [abs, ...this.data.recent.filter((p) => !samePath(p, abs))].slice(0, MAX_RECENT)
    this.data = { ...this.data, recent }
    await this.save()
  }

  async removeRecent(path: string): Promise<void> {
    const recent = this.data.recent.filter((p) => !samePath(p, path))
    if (recent.length === this.data.recent.length) return
    this.data = { ...this.data, recent }
    await this.save()
  }

  /** Writes never throw: settings that cannot be saved are kept in memory for this run. */
  private save(): Promise<void> {
    const data: SettingsData = { ...this.data, version: 1 }
    this.writeChain = this.writeChain.then(async () => {
      try {
        await mkdir(this.dir, { recursive: true })
        await this.file.write(data)
      } catch (err) {
        console.warn(`Quotemark could not save its settings to ${this.path}: ${(err as Error).message}`)
      }
    })
    return this.writeChain
  }
}
