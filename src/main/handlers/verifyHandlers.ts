/**
 * Checking quotes against a source document: importing the source (any file
 * an article can be imported from, read by the same importers, added by one
 * command through the store, so it is one undo step) and checking tags'
 * words against it with the pure check of core/verify. A check is only
 * computed here; the window shows it and records what the reporter saves as
 * an ordinary command.
 */
import { basename } from 'node:path'
import type { Handlers, SourceImportResult } from '../../core/api'
import { addSourceEdit } from '../../core/verify/sourceEdits'
import { indexSource, type SourceIndex } from '../../core/verify/align'
import { checkQuote } from '../../core/verify/check'
import { sourceFromArticle } from '../../core/verify/sources'
import type { SourceDocument } from '../../core/schema'
import { ImportFailure, isImportableFile, readImportBytes, IMPORTABLE_FILES } from '../import'
import { droppedBytes, droppedName, DroppedImportSchema } from './articleHandlers'
import { message, type HandlerContext } from './context'

type VerifyHandlers = Pick<Handlers, 'importSource' | 'importDroppedSource' | 'checkQuotes'>

const NO_PROJECT = 'Open or create a project before adding a source.'

export function verifyHandlers(ctx: HandlerContext): VerifyHandlers {
  const { store, dialogs, exclusive } = ctx
  // One index per source document object: checking all of a speaker's quotes, then one more, indexes it once.
  const indexes = new WeakMap<SourceDocument, SourceIndex>()

  async function addSource(name: string, read: () => Promise<Uint8Array>): Promise<SourceImportResult> {
    if (!store.isOpen) return { ok: false, error: NO_PROJECT }
    if (!isImportableFile(name)) return { ok: false, error: `${name}: only ${IMPORTABLE_FILES} can be added as a source.` }
    try {
      const { article } = await ctx.importFile(name, await read(), ctx.now())
      const source = sourceFromArticle(article, name)
      const command = addSourceEdit(source)
      const outcome = store.applyTrusted(command)
      if (!outcome.ok) return { ok: false, error: outcome.error }
      return { ok: true, source, revision: outcome.revision, command, commandId: outcome.commandId }
    } catch (err) {
      return { ok: false, error: `${name}: ${err instanceof ImportFailure ? `${err.message}.` : message(err)}` }
    }
  }

  return {
    importSource() {
      return exclusive(async () => {
        if (!store.isOpen) return { ok: false, error: NO_PROJECT }
        const [path] = await dialogs.chooseArticles()
        if (!path) return { ok: false, cancelled: true } as const
        return addSource(basename(path), () => readImportBytes(path, basename(path)))
      })
    },

    importDroppedSource(file) {
      return exclusive(async () => {
        const parsed = DroppedImportSchema.safeParse(file)
        if (!parsed.success) return { ok: false, error: `That file could not be added: ${parsed.error.issues[0]?.message ?? 'invalid'}.` }
        const name = droppedName(parsed.data.name)
        return addSource(name, async () => droppedBytes(parsed.data, name))
      })
    },

    async checkQuotes(sourceId, tagIds) {
      const snap = store.snapshot()
      if (!snap) return { ok: false, error: 'Open a project first.' }
      const source = snap.project.sources.find((s) => s.id === sourceId)
      if (!source) return { ok: false, error: 'That source document is no longer in the project.' }
      let index = indexes.get(source)
      if (!index) indexes.set(source, (index = indexSource(source.text)))
      const wanted = new Set(tagIds)
      const results = snap.project.annotations.filter((a) => wanted.has(a.id)).map((a) => ({ tagId: a.id, result: checkQuote(index, source.blocks, a.target.exact) }))
      return { ok: true, sourceId, results }
    }
  }
}
