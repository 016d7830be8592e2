/**
 * The quote sheet printed or saved as a PDF: the page is made in core
 * (quoteSheetHtml.ts) from the project as main has it, and handed to the
 * printer main was given: Electron's (src/main/quoteSheetPrinter.ts) in the
 * app, Playwright's Chromium in the end-to-end tests. A PDF goes where the
 * user chooses (the project's folder at first), never over the project file.
 */
import { basename, dirname } from 'node:path'
import type { Handlers } from '../../core/api'
import { quoteSheetHtml } from '../../core/export/quoteSheetHtml'
import { writeFileDurable } from '../durableWrite'
import { describeFsError } from '../fsErrors'
import type { HandlerContext } from './context'
import { safeFileName } from './exportHandlers'
import { resolvePath } from './sharingHandlers'

export function quoteSheetHandlers(ctx: HandlerContext): Pick<Handlers, 'printQuoteSheet'> {
  const { store, settings, dialogs, exclusive, printer } = ctx
  return {
    printQuoteSheet(request) {
      return exclusive(async () => {
        const snap = store.snapshot()
        if (!snap) return { ok: false, error: 'No project is open.' }
        const { html, count } = quoteSheetHtml(snap.project, { now: ctx.now(), exportedBy: settings.author })
        if (count === 0) return { ok: false, error: 'There is nothing for a quote sheet yet: tag some quotes or claims first.' }
        if (!printer) return { ok: false, error: 'Printing needs the Quotemark app; it is not available here.' }
        if (request.output === 'print') {
          const printed = await printer.print(html)
          if (printed.ok) return { ok: true, path: null, count }
          return printed.reason === 'cancelled' ? ({ ok: false, cancelled: true } as const) : { ok: false, error: `The quote sheet was not printed: ${printed.reason ?? 'the printer gave no reason'}.` }
        }
        const suggested = `${safeFileName(`${snap.project.name} – quote sheet`)}.pdf`
        const chosen = await dialogs.chooseExportPath(suggested, settings.lastExportDir ?? dirname(snap.path))
        if (!chosen) return { ok: false, cancelled: true } as const
        if (resolvePath(chosen) === resolvePath(snap.path)) return { ok: false, error: 'The quote sheet cannot be written over the project file itself; choose another name.' }
        try {
          await writeFileDurable(chosen, Buffer.from(await printer.pdf(html)))
        } catch (err) {
          return { ok: false, error: `The quote sheet could not be written to ${basename(chosen)}: ${describeFsError(err, true)}.` }
        }
        await settings.setLastExportDir(dirname(chosen))
        return { ok: true, path: chosen, count }
      })
    }
  }
}
