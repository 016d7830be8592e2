/**
 * The Electron glue of the printed quote sheet: the page (an HTML document
 * made by src/core/export/quoteSheetHtml.ts) is loaded into a hidden window
 * that runs no script, in a session of its own kept in memory only, from a
 * temporary file; then either Chromium's PDF of it (`webContents.printToPDF`)
 * or the system's print dialog (`webContents.print`). The handlers see only
 * the `QuoteSheetPrinter` shape, which the end-to-end harness gives with
 * Playwright's `page.pdf()` of the same page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow, session } from 'electron'
import type { QuoteSheetPrinter } from './quoteSheetPrinting'

const PARTITION = 'quotemark-print'

async function withSheetWindow<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'quotemark-sheet-'))
  const ses = session.fromPartition(PARTITION)
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { partition: PARTITION, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' }
  })
  try {
    const file = join(dir, 'quote-sheet.html')
    await writeFile(file, html, 'utf8')
    await win.loadFile(file)
    return await use(win)
  } finally {
    win.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}

export function electronQuoteSheetPrinter(): QuoteSheetPrinter {
  return {
    pdf: (html) => withSheetWindow(html, (win) => win.webContents.printToPDF({ printBackground: true, pageSize: 'A4', generateDocumentOutline: true })),
    print: (html) =>
      withSheetWindow(
        html,
        (win) =>
          new Promise<{ ok: boolean; reason?: string }>((done) =>
            win.webContents.print({ silent: false, printBackground: true }, (success, reason) => done(success ? { ok: true } : { ok: false, reason }))
          )
      )
  }
}
