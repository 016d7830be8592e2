/**
 * Bringing articles in: from files chosen in a dialog or dropped on the
 * window. Each file is checked (kind, size, text), imported by the core
 * importer, and all of them are added by one command through the store, so
 * an import is one undo step like any other change.
 */
import { basename } from 'node:path'
import { z } from 'zod'
import type { DroppedFile, Handlers, ImportResult } from '../../core/api'
import { addArticlesEdit } from '../../core/edits'
import { importArticle, isImportable } from '../../core/importer'
import type { Article } from '../../core/schema'
import { looksBinaryText, MAX_ARTICLE_BYTES, readArticleText } from '../articleFiles'
import { message, type HandlerContext } from './context'

export const MAX_IMPORT_FILES = 200

export const DroppedFileSchema = z.object({ name: z.string().min(1).max(1000), content: z.string().max(MAX_ARTICLE_BYTES * 2) })
const DroppedFilesSchema = z.array(DroppedFileSchema).max(MAX_IMPORT_FILES)

type ArticleFile = { name: string; read: () => Promise<string> }

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

export function articleHandlers(ctx: HandlerContext): Pick<Handlers, 'importArticles' | 'importDroppedFiles'> {
  const { store, dialogs, exclusive } = ctx

  /** One file to an article, or the reason it was skipped. */
  async function importOne(file: ArticleFile): Promise<Article | string> {
    const name = file.name
    if (!isImportable(name)) return `${name}: only plain text (.txt) and Markdown (.md) files can be imported.`
    let content: string
    try {
      content = await file.read()
    } catch (err) {
      return `${name}: ${message(err)}`
    }
    if (looksBinaryText(content)) return `${name}: it is not a text file (it contains binary data).`
    try {
      return importArticle({ fileName: name, content }, ctx.now())
    } catch (err) {
      return err instanceof Error && err.message.includes(name) ? err.message : `${name}: ${message(err)}`
    }
  }

  async function importFiles(files: ArticleFile[]): Promise<ImportResult> {
    if (!store.isOpen) return { ok: false, error: 'Open or create a project before importing articles.' }
    const articles: Article[] = []
    const skipped: string[] = []
    for (const file of files) {
      const result = await importOne(file)
      if (typeof result === 'string') skipped.push(result)
      else articles.push(result)
    }
    if (articles.length === 0) return { ok: true, articles, revision: store.revision, skipped, command: null, commandId: null }
    const command = addArticlesEdit(articles)
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
        return importFiles(paths.map((path) => ({ name: basename(path), read: () => readArticleFile(path) })))
      })
    },

    importDroppedFiles(files) {
      return exclusive(async () => {
        const parsed = DroppedFilesSchema.safeParse(files)
        if (!parsed.success) return { ok: false, error: `Those files could not be imported: ${parsed.error.issues[0]?.message ?? 'invalid'}.` }
        const dropped: DroppedFile[] = parsed.data
        return importFiles(dropped.map((file) => ({ name: droppedName(file.name), read: () => Promise.resolve(file.content) })))
      })
    }
  }
}
