/**
 * Project files the system asks Quotemark to open, rather than the window:
 * a path on the command line (what the `.quotemark.json` file association
 * runs, `Quotemark <file>`, and what a second launch hands on to the running
 * one) and macOS's `open-file` event. The user chose that file (they
 * double-clicked it, or named it), so it is opened the way an entry of the
 * recent list is: put at the top of that list, then opened by the
 * `openRecent` handler, which reads and validates it like any other project
 * file. A file that cannot be opened is taken off the list again (unless it
 * was on it before) and the user is told why.
 *
 * Before the window has asked for its first session, a request only puts the
 * file at the top of the recent list: the first session opens the most
 * recent project, so it opens this one (or says why it could not, and opens
 * the sample instead, as for any recent project).
 *
 * Plain Node, no Electron: index.ts connects it to the app's events.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emit, Handlers, Session } from '../core/api'
import { PROJECT_EXTENSION } from '../core/schema'
import type { Settings } from './settings'

/**
 * The project file a command-line argument names, as an absolute path; null
 * for anything else. Only names ending in `.quotemark.json` count (the
 * command line also carries switches and, in development, the app folder);
 * a `file:` URL to one counts too (Linux desktops pass `%U`).
 */
export function projectPathFromArg(arg: string, cwd: string): string | null {
  if (!arg || arg.startsWith('-')) return null
  let path = arg
  if (/^file:/i.test(arg)) {
    try {
      path = fileURLToPath(arg)
    } catch {
      return null
    }
  } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
    return null // some other URL: not a file
  }
  if (!path.toLowerCase().endsWith(PROJECT_EXTENSION)) return null
  return resolve(cwd, path)
}

/** The project file a command line asks for: the last argument naming one (argv[0] is the program). */
export function projectPathInArgv(argv: readonly string[], cwd: string): string | null {
  let found: string | null = null
  for (const arg of argv.slice(1)) found = projectPathFromArg(arg, cwd) ?? found
  return found
}

/** Paths compare case-insensitively where the file system usually does (as in settings.ts). */
function samePath(a: string, b: string): boolean {
  const x = resolve(a)
  const y = resolve(b)
  return process.platform === 'win32' || process.platform === 'darwin' ? x.toLowerCase() === y.toLowerCase() : x === y
}

export type OpenRequestDeps = {
  settings: Pick<Settings, 'addRecent' | 'isRecent' | 'removeRecent'>
  /** The project open now, or null. */
  openPath: () => string | null
  emit: Emit
  /** Tell the user that a requested file could not be opened, and why (main shows a dialog). */
  report: (path: string, error: string) => void
}

type Attached = OpenRequestDeps & { handlers: Handlers }

export class OpenRequests {
  private attached: Attached | null = null
  /** Requests made before the handlers existed (the command line at launch, an early `open-file`). */
  private waiting: string[] = []
  /** Set when the window first asks for its session. */
  private firstSession: Promise<Session> | null = null
  /** Put on the recent list for the first session, and not on it before. */
  private addedForStart: string[] = []
  private chain: Promise<void> = Promise.resolve()

  /** Open `path` (a file the user chose outside the window) as soon as it can be. */
  request(path: string): void {
    const abs = resolve(path)
    const deps = this.attached
    if (!deps) {
      this.waiting.push(abs)
      return
    }
    if (!this.firstSession) {
      if (!deps.settings.isRecent(abs) && !this.addedForStart.some((p) => samePath(p, abs))) this.addedForStart.push(abs)
      this.enqueue(() => deps.settings.addRecent(abs))
      return
    }
    this.enqueue(() => this.openNow(deps, abs))
  }

  /**
   * Connect to the handlers once settings are loaded. Returns the handlers to
   * register, the same except that the first `getSession` waits for requests
   * made so far to reach the recent list.
   */
  attach(handlers: Handlers, deps: OpenRequestDeps): Handlers {
    this.attached = { ...deps, handlers }
    for (const path of this.waiting.splice(0)) this.request(path)
    return {
      ...handlers,
      getSession: () => {
        // Later calls (a reload) come after the first one, whatever became of it.
        if (this.firstSession) {
          const again = (): Promise<Session> => handlers.getSession()
          return this.firstSession.then(again, again)
        }
        const first = this.chain.then(() => handlers.getSession())
        this.firstSession = first
        this.enqueue(async () => this.forgetUnopened(deps, await first))
        return first
      }
    }
  }

  /** Settles when every request made so far has been dealt with (for tests). */
  idle(): Promise<void> {
    return this.chain
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((err: unknown) => {
      console.warn(`Quotemark could not open a requested project: ${err instanceof Error ? err.message : String(err)}`)
    })
  }

  /** Files put on the list for the first session that it did not open leave the list again (the session says why). */
  private async forgetUnopened(deps: OpenRequestDeps, session: Session): Promise<void> {
    for (const path of this.addedForStart.splice(0)) {
      if (session.status === 'open' && samePath(session.path, path)) continue
      await deps.settings.removeRecent(path)
    }
  }

  private async openNow(deps: Attached, path: string): Promise<void> {
    const open = deps.openPath()
    if (open && samePath(open, path)) return // already the open project: the window shows it
    const wasRecent = deps.settings.isRecent(path)
    await deps.settings.addRecent(path)
    const result = await deps.handlers.openRecent(path)
    if (result.ok) {
      deps.emit('projectChanged', { kind: 'reopened', session: result.session })
      return
    }
    if (!wasRecent) await deps.settings.removeRecent(path)
    if (!result.cancelled) deps.report(path, result.error)
  }
}
