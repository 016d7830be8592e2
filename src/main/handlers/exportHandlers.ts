/**
 * Getting tags out: an export file in one of the formats of src/core/export,
 * written where the user chose (never over the project file itself), and a
 * tag's words with their citation on the clipboard.
 */
import { basename, dirname } from 'node:path'
import type { Handlers } from '../../core/api'
import { exportFormats, exportProjectCounted, formatInfo } from '../../core/export'
import { writeFileDurable } from '../durableWrite'
import { describeFsError } from '../fsErrors'
import type { HandlerContext } from './context'
import { resolvePath } from './sharingHandlers'

/** A file name any file system accepts: no separators or reserved characters, not too long. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim()
  return (cleaned || 'Quotemark export').slice(0, 120)
}

export function exportHandlers(ctx: HandlerContext): Pick<Handlers, 'exportAnnotations' | 'copyText'> {
  const { store, settings, dialogs, exclusive } = ctx
  return {
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
        const { text, count, notes } = exportProjectCounted(snap.project, { format: request.format, selection, now: ctx.now(), exportedBy: settings.author })
        try {
          await writeFileDurable(chosen, Buffer.from(text, 'utf8'))
        } catch (err) {
          return { ok: false, error: `The export could not be written to ${basename(chosen)}: ${describeFsError(err, true)}.` }
        }
        await settings.setLastExportDir(dirname(chosen))
        return { ok: true, path: chosen, count, notes }
      })
    },

    async copyText(text) {
      if (typeof text !== 'string' || text.length > 1_000_000) return false
      await ctx.dialogs.writeClipboard(text)
      return true
    }
  }
}
