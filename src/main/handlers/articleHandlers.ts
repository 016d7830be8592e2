/**
 * Bringing articles in: from files chosen in a dialog or dropped on the
 * window, or from a web address (fetched here in main, never by the window). Each file is imported by its kind's importer (src/main/import:
 * text, Markdown, web pages, Word, PDF, subtitles; the same ones the command line
 * uses) and all of them, with the speakers a transcript names who are not
 * yet among the project's people, are added by one command through the
 * store, so an import is one undo step like any other change.
 */
import { basename } from 'node:path'
import { z } from 'zod'
import type { Handlers, ImportResult } from '../../core/api'
import { MAX_ARTICLE_BYTES, readArticleText } from '../articleFiles'
import { ImportFailure, isBinaryFormat, isImportableFile, readImportBytes, IMPORTABLE_FILES, type ImportedFile } from '../import'
import { importEdit } from '../import/importEdit'
import { importUrl } from '../import/url'
import { MAX_PDF_BYTES } from '../import/pdf'
import { message, type HandlerContext } from './context'

export const MAX_IMPORT_FILES = 200

/** A dropped file: its name and its text (the window sends a PDF or Word file as a base64 data: URL). */
export const DroppedFileSchema = z.object({ name: z.string().min(1).max(1000), content: z.string().max(MAX_ARTICLE_BYTES * 2) })
/** Dropped files to import: the same, with room for a PDF or Word file's bytes in base64. */
export const DroppedImportSchema = z.object({ name: z.string().min(1).max(1000), content: z.string().max(Math.ceil((MAX_PDF_BYTES * 4) / 3) + 100) })
const DroppedFilesSchema = z.array(DroppedImportSchema).max(MAX_IMPORT_FILES)

const DATA_URL = /^data:[^,;]*(?:;[^,;]*)*;base64,/

type ArticleFile = { name: string; read: () => Promise<ImportedFile> }

/** The text of an article file on disk, or an Error with the reason in a few words. */
export async function readArticleFile(path: string): Promise<string> {
  const read = await readArticleText(path)
  if (!read.ok) throw new Error(`${read.reason}.`)
  return read.text
}

/** A name, never a path: the window does not get to name files on disk. */
export function droppedName(name: string): string {
  return basename(name.replace(/\\/g, '/'))
}

/** A dropped file's article: text kinds from their text, Word files and PDFs from the bytes of their data: URL. */
export function droppedBytes(file: z.infer<typeof DroppedImportSchema>, name: string): Uint8Array {
  if (!isBinaryFormat(name)) return Buffer.from(file.content, 'utf8')
  const prefix = DATA_URL.exec(file.content)
  if (!prefix) throw new ImportFailure('its contents did not come with the drop (a PDF or Word file over 30 MB is not sent); use Import… to add it')
  return Buffer.from(file.content.slice(prefix[0].length), 'base64')
}

export function articleHandlers(ctx: HandlerContext): Pick<Handlers, 'importArticles' | 'importDroppedFiles' | 'importUrl'> {
  const { store, dialogs, exclusive } = ctx

  /** One file to an article (and the speakers it names), or the reason it was skipped. */
  async function importOne(file: ArticleFile): Promise<ImportedFile | string> {
    const name = file.name
    if (!isImportableFile(name)) return `${name}: only ${IMPORTABLE_FILES} can be imported.`
    try {
      return await file.read()
    } catch (err) {
      return `${name}: ${err instanceof ImportFailure ? `${err.message}.` : message(err)}`
    }
  }

  async function importFiles(files: ArticleFile[]): Promise<ImportResult> {
    if (!store.isOpen) return { ok: false, error: 'Open or create a project before importing articles.' }
    const imported: ImportedFile[] = []
    const skipped: string[] = []
    for (const file of files) {
      const result = await importOne(file)
      if (typeof result === 'string') skipped.push(result)
      else imported.push(result)
    }
    return addImported(imported, skipped)
  }

  /** The imported articles (and their new speakers) added to the project by one command. */
  function addImported(imported: ImportedFile[], skipped: string[]): ImportResult {
    const articles = imported.map((f) => f.article)
    if (articles.length === 0) return { ok: true, articles, revision: store.revision, skipped, command: null, commandId: null }
    const { command } = importEdit(imported, store.project?.people ?? [], ctx.now())
    const outcome = store.applyTrusted(command)
    if (!outcome.ok) return { ok: false, error: outcome.error }
    return { ok: true, articles, revision: outcome.revision, skipped, command, commandId: outcome.commandId }
  }

  return {
    importArticles() {
      return exclusive(async () => {
        if (!store.isOpen) return { ok: false, error: 'Open or create a project before importing articles.' }
        const paths = await dialogs.chooseArticles()
        if (paths.length === 0) return { ok: false, cancelled: true } as const
        // Read here, turned into an article in the reader worker: a web page or a PDF can take a while.
        return importFiles(paths.map((path) => ({ name: basename(path), read: async () => ctx.importFile(basename(path), await readImportBytes(path, basename(path)), ctx.now()) })))
      })
    },

    importDroppedFiles(files) {
      return exclusive(async () => {
        const parsed = DroppedFilesSchema.safeParse(files)
        if (!parsed.success) return { ok: false, error: `Those files could not be imported: ${parsed.error.issues[0]?.message ?? 'invalid'}.` }
        return importFiles(parsed.data.map((file) => ({ name: droppedName(file.name), read: async () => ctx.importFile(droppedName(file.name), droppedBytes(file, droppedName(file.name)), ctx.now()) })))
      })
    },

    importUrl(url) {
      return exclusive(async () => {
        if (!store.isOpen) return { ok: false, error: 'Open or create a project before importing articles.' }
        const address = typeof url === 'string' ? url.trim() : ''
        try {
          return addImported([await importUrl(address, ctx.now())], [])
        } catch (err) {
          // The reason goes back to the address box, where the reporter can correct it.
          return { ok: false, error: `${address.slice(0, 200) || 'That address'} could not be imported: ${err instanceof ImportFailure ? `${err.message}.` : message(err)}` }
        }
      })
    }
  }
}
