import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { Handlers, Session } from '../../src/core/api'
import { createHandlers } from '../../src/main/handlers'
import type { QuoteSheetPrinter } from '../../src/main/quoteSheetPrinting'
import { ProjectStore } from '../../src/main/projectStore'
import { Settings } from '../../src/main/settings'
import { ScriptedDialogs } from '../support/scriptedDialogs'
import { removeTempDirs, tagCommand, tempDir } from './helpers'

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url))
const stores: ProjectStore[] = []

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close()
  await removeTempDirs()
})

/** The sample project open, with one quote tagged, and a printer that records what it was given. */
async function deskWith(printer: (QuoteSheetPrinter & { pages: string[] }) | undefined) {
  const dataDir = await tempDir('quotemark-sheet-')
  const store = new ProjectStore({ debounceMs: 20, retryDelaysMs: [50] })
  stores.push(store)
  const dialogs = new ScriptedDialogs()
  const settings = await Settings.load(dataDir)
  const handlers: Handlers = createHandlers({ store, settings, dialogs, emit: () => undefined, seedsDir, sampleDir: dataDir, ...(printer ? { printer } : {}) })
  const session: Session = await handlers.getSession()
  if (session.status !== 'open') throw new Error('the sample did not open')
  await handlers.applyCommand(tagCommand(session.project.articles[0]!, 'an important number'), 'c1')
  return { handlers, dialogs, path: session.path, dataDir }
}

function recordingPrinter(print: { ok: boolean; reason?: string } = { ok: true }): QuoteSheetPrinter & { pages: string[] } {
  const pages: string[] = []
  return {
    pages,
    pdf: async (html) => (pages.push(html), new TextEncoder().encode(`%PDF-1.7 ${html.length}`)),
    print: async (html) => (pages.push(html), print)
  }
}

describe('the printed quote sheet (main)', () => {
  it('writes the printer’s PDF where the user chose, offering the project’s folder and a name after the project', async () => {
    const printer = recordingPrinter()
    const desk = await deskWith(printer)
    const target = join(desk.dataDir, 'sheet.pdf')
    desk.dialogs.exportPaths.push(target)
    expect(await desk.handlers.printQuoteSheet({ output: 'pdf' })).toEqual({ ok: true, path: target, count: 1 })
    expect((await readFile(target, 'latin1')).startsWith('%PDF-1.7')).toBe(true)
    expect(printer.pages[0]).toContain('“an important number”')
    expect(desk.dialogs.exportRequests[0]).toEqual({ suggestedName: 'Sample Venezuela prisoner release (9 Jan 2026) – quote sheet.pdf', folder: desk.dataDir })
  })

  it('never writes over the project file, and a closed dialog writes nothing', async () => {
    const printer = recordingPrinter()
    const desk = await deskWith(printer)
    desk.dialogs.exportPaths.push(desk.path, null)
    expect(await desk.handlers.printQuoteSheet({ output: 'pdf' })).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be written over the project file/) })
    expect(await desk.handlers.printQuoteSheet({ output: 'pdf' })).toEqual({ ok: false, cancelled: true })
    expect(printer.pages).toEqual([])
  })

  it('prints through the system dialog: a closed dialog is no error, a failure says why', async () => {
    expect(await (await deskWith(recordingPrinter())).handlers.printQuoteSheet({ output: 'print' })).toEqual({ ok: true, path: null, count: 1 })
    expect(await (await deskWith(recordingPrinter({ ok: false, reason: 'cancelled' }))).handlers.printQuoteSheet({ output: 'print' })).toEqual({ ok: false, cancelled: true })
    expect(await (await deskWith(recordingPrinter({ ok: false, reason: 'no printer' }))).handlers.printQuoteSheet({ output: 'print' })).toEqual({ ok: false, error: 'The quote sheet was not printed: no printer.' })
  })

  it('says so where there is no printer', async () => {
    const desk = await deskWith(undefined)
    expect(await desk.handlers.printQuoteSheet({ output: 'pdf' })).toEqual({ ok: false, error: 'Printing needs the Quotemark app; it is not available here.' })
  })
})
