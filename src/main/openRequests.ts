/**
 * Project files the system asks Quotemark to open, rather than the window:
 * a path on the command line (what the `.quotemark.json` file association
 * runs, `Quotemark <file>`, and what a second launch hands on to the running
 * one) and macOS's `open-file` event. The user chose that file (they
 * double-clicked it, or named it), so it is opened like a recent project:
 * read and validated like any other project file, and put at the top of the
 * recent list only once it has opened (a file that freezes or crashes the
 * app is never what the next launch opens). A file that cannot be opened is
 * not put on the list, and the user is told why.
 *
 * Before the window has asked for its first session, a request is kept: the
 * first session opens it (or says why it could not, and starts as usual with
 * the most recent project or the sample).
 *
 * Plain Node, no Electron: index.ts connects it to the app's events.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emit, Handlers, OpenResult, Session } from '../core/api'
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
  settings: Pick<Settings, 'isRecent'>
  /** The project open now, or null. */
  openPath: () => string | null
  /** Open a file the user chose outside the window; it joins the recent list only once it has opened. */
  openFile: (path: string) => Promise<OpenResult>
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
  /** Asked for before the first session: the last one is what the first session opens. */
  private forStart: string | null = null
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
      this.forStart = abs
      return
    }
    this.enqueue(() => this.openNow(deps, abs))
  }

  /**
   * Connect to the handlers once settings are loaded. Returns the handlers to
   * register, the same except that the first `getSession` opens the file asked
   * for at launch, if any, before the usual start (most recent, or the sample).
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
        const first = this.chain.then(() => this.startWith(deps, handlers))
        this.firstSession = first
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

  /** The first session: the file asked for at launch; if it cannot be opened, the usual start, with the reason. */
  private async startWith(deps: OpenRequestDeps, handlers: Handlers): Promise<Session> {
    const path = this.forStart
    this.forStart = null
    const opened = path ? await deps.openFile(path) : null
    const session = await handlers.getSession()
    if (!opened || opened.ok || opened.cancelled) return session
    return { ...session, notice: [opened.error, session.notice].filter(Boolean).join(' ') }
  }

  private async openNow(deps: Attached, path: string): Promise<void> {
    const open = deps.openPath()
    if (open && samePath(open, path)) return // already the open project: the window shows it
    const result = await deps.openFile(path)
    if (result.ok) {
      deps.emit('projectChanged', { kind: 'reopened', session: result.session })
      return
    }
    if (!result.cancelled) deps.report(path, result.error)
  }
}
