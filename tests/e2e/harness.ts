/**
 * The end-to-end harness: the built renderer (out/renderer) served over
 * loopback to Chromium, with the real main-side handlers (real files, real
 * lowdb) bridged in as `window.quotemark`, channel for channel as the preload
 * exposes them. Dialogs are scripted: a test says which path the user picks.
 */
import { createReadStream, existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { expect, type Browser, type Page } from '@playwright/test'
import { eventChannels, invokeChannels, type EventMap, type Handlers } from '../../src/core/api'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { workerReader } from '../../src/main/offThread'
import { ProjectStore } from '../../src/main/projectStore'
import { Settings } from '../../src/main/settings'
import { ScriptedDialogs } from '../support/scriptedDialogs'
import { chromiumPrinter } from './chromiumPrinter'

const root = resolve(__dirname, '../..')
const rendererDir = join(root, 'out', 'renderer')
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' }

export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer/index.html is missing: run `npm run build` before the end-to-end tests.')
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '')
    const file = join(rendererDir, path || 'index.html')
    if (!file.startsWith(rendererDir) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((ok) => server.close(() => ok())) }
}

/** Mirrors src/preload/index.ts in the page: one function per channel, events fanned out to listeners. */
function preloadMirror({ invoke, events }: { invoke: Record<string, string>; events: Record<string, string> }): void {
  const listeners: Record<string, Set<(payload: unknown) => void>> = {}
  const w = window as unknown as Record<string, unknown>
  w.__quotemarkEmit = (channel: string, payload: unknown) => {
    for (const listener of listeners[channel] ?? []) listener(payload)
  }
  const on = (channel: string) => (listener: (payload: unknown) => void) => {
    ;(listeners[channel] ??= new Set()).add(listener)
    return () => listeners[channel]!.delete(listener)
  }
  const api: Record<string, unknown> = {}
  const call = w.__quotemarkInvoke as (channel: string, args: unknown[]) => Promise<unknown>
  for (const [key, channel] of Object.entries(invoke)) api[key] = (...args: unknown[]) => call(channel, args)
  // As the preload: a link opens only on a user's gesture.
  const openExternal = api.openExternal as (url: string) => Promise<unknown>
  api.openExternal = (url: string) => (navigator.userActivation?.isActive === true ? openExternal(url) : Promise.resolve(false))
  api.onProjectChanged = on(events.projectChanged!)
  api.onSaveStatus = on(events.saveStatus!)
  api.onMenuCommand = on(events.menuCommand!)
  api.onTeamStatus = on(events.teamStatus!)
  w.quotemark = Object.freeze(api)
}

export type Desk = {
  page: Page
  userData: string
  workDir: string
  dialogs: ScriptedDialogs
  /** Every quote sheet page the app gave its printer (printed or saved as PDF), in order. */
  printed: string[]
  store: ProjectStore
  /** Quit and start the app again on the same data folder: a new main (store, settings, handlers) and a new window. */
  restart: () => Promise<void>
  projectPath: () => string
  readProjectJson: () => Promise<{ annotations: { kind: string; target: { exact: string } }[]; [key: string]: unknown }>
  close: () => Promise<void>
}

/**
 * `askAboutSample`: a first import into the sample project asks whether to
 * start a project instead (tests/e2e/editing.spec.ts); other tests import into
 * the sample as a reporter who has answered "Add to the sample project" once.
 */
export async function openDesk(browser: Browser, options: { userData?: string; askAboutSample?: boolean } = {}): Promise<Desk> {
  const server = await serveRenderer()
  const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'quotemark-e2e-data-')))
  const workDir = await mkdtemp(join(tmpdir(), 'quotemark-e2e-work-'))
  const context = await browser.newContext()
  let page!: Page
  let store!: ProjectStore
  let handlers!: Handlers
  const dialogs = new ScriptedDialogs()
  const printer = chromiumPrinter(browser)
  const channelToKey = new Map<string, keyof Handlers>(Object.entries(invokeChannels).map(([key, channel]) => [channel, key as keyof Handlers]))
  const eventToChannel = eventChannels as Record<keyof EventMap, string>

  await context.exposeBinding('__quotemarkInvoke', async (_source, channel: string, args: unknown[]) => {
    const key = channelToKey.get(channel)
    if (!key) throw new Error(`No handler for channel ${channel}`)
    // The same dispatch main uses: the contract's argument check, then the handler.
    return dispatch(handlers, key, args)
  })
  await context.addInitScript(preloadMirror, { invoke: invokeChannels, events: eventChannels })
  if (!options.askAboutSample) await context.addInitScript(() => localStorage.setItem('quotemark.importIntoSample', 'yes'))

  const start = async () => {
    const settings = await Settings.load(userData)
    // The app's own reader worker from the build, as main uses it: project files and article files are read there.
    const reader = workerReader(join(root, 'out', 'main', 'parseWorker.js'))
    store = new ProjectStore({ debounceMs: 50, retryDelaysMs: [100], parser: reader.parse })
    handlers = createHandlers({
      store,
      importFile: reader.importFile,
      printer,
      settings,
      dialogs,
      seedsDir: join(root, 'seeds'),
      sampleDir: userData,
      emit: (event, payload) => {
        void page
          ?.evaluate(([channel, p]) => (window as unknown as { __quotemarkEmit?: (c: string, p: unknown) => void }).__quotemarkEmit?.(channel, p), [eventToChannel[event], payload] as const)
          .catch(() => undefined)
      }
    })
    page = await context.newPage()
    page.on('pageerror', (err) => console.error('[page error]', err.message))
    await page.goto(server.url)
  }
  await start()

  const desk: Desk = {
    get page() {
      return page
    },
    get store() {
      return store
    },
    userData,
    workDir,
    dialogs,
    printed: printer.pages,
    restart: async () => {
      await store.close()
      await page.close()
      await start()
    },
    projectPath: () => {
      const path = store.snapshot()?.path
      if (!path) throw new Error('No project is open')
      return path
    },
    readProjectJson: async () => JSON.parse(await readFile(desk.projectPath(), 'utf8')),
    close: async () => {
      // A desk working with a team stops its connection first (it would otherwise keep trying).
      await handlers.leaveTeam().catch(() => undefined)
      await store.close().catch(() => undefined)
      await context.close()
      await server.close()
    }
  }
  return desk
}

/** Answer the one-time "Your name on tags" prompt, as a reporter does on a first run, and wait for it to go. */
export async function giveAuthorName(page: Page, name: string): Promise<void> {
  const prompt = page.getByRole('form', { name: 'Your name on tags' })
  await prompt.getByRole('textbox', { name: 'Your name' }).fill(name)
  await prompt.getByRole('button', { name: 'Use this name' }).click()
  await expect(prompt).toHaveCount(0)
}
