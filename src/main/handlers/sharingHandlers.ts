/**
 * Others' versions coming in: a colleague's project merged into the open one
 * (first previewed: the merge is computed and kept here under a token until
 * the window applies it, or refused then if the project changed meanwhile),
 * and a newer version of an article's text replacing its old one (its tags
 * re-anchored). Both are one command main builds and applies through the
 * store, returned to the window so it can record it for undo.
 */
import { basename, resolve } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { ArticleUpdateResult, Handlers, MergePreviewResult, MergeResult } from '../../core/api'
import type { Command } from '../../core/commands'
import { importArticle, ImportError, isImportable } from '../../core/importer'
import { mergeProjects, type MergeSummary } from '../../core/merge'
import { articleUpdateEdit } from '../../core/edits'
import { z } from 'zod'
import type { Article } from '../../core/schema'
import { looksBinaryText } from '../articleFiles'
import { readProjectFile } from '../projectReader'
import { DroppedFileSchema, readArticleFile } from './articleHandlers'
import { message, type HandlerContext } from './context'

const ArticleIdSchema = z.string().min(1).max(200)

/** Paths compared as the file system compares them. */
export function resolvePath(path: string): string {
  const full = resolve(path)
  return process.platform === 'win32' || process.platform === 'darwin' ? full.toLowerCase() : full
}

/** A previewed merge waiting for the window's Apply: computed against `revision` of the project at `path`. */
type PendingMerge = { token: string; path: string; revision: number; source: string; command: Command | null; summary: MergeSummary }

export function sharingHandlers(ctx: HandlerContext): Pick<Handlers, 'previewMerge' | 'applyMerge' | 'updateArticle' | 'updateArticleFromText'> {
  const { store, dialogs, settings, exclusive } = ctx
  let pending: PendingMerge | null = null

  /** Replace an article's text with a newer version of it, re-anchoring its tags. */
  function updateArticleWith(articleId: unknown, fileName: string, content: string): ArticleUpdateResult {
    const project = store.project
    if (!project) return { ok: false, error: 'No project is open.' }
    const parsedId = ArticleIdSchema.safeParse(articleId)
    const current = parsedId.success ? project.articles.find((a) => a.id === parsedId.data) : undefined
    if (!current) return { ok: false, error: 'That article is no longer in the project.' }
    const name = basename(fileName.replace(/\\/g, '/'))
    if (!isImportable(name)) return { ok: false, error: `${name} cannot update "${current.title}": only plain text (.txt) and Markdown (.md) can.` }
    if (looksBinaryText(content)) return { ok: false, error: `${name} cannot update "${current.title}": it is not a text file (it contains binary data).` }
    let article: Article
    try {
      article = importArticle({ fileName: name, content }, ctx.now())
    } catch (err) {
      return { ok: false, error: err instanceof ImportError ? err.message : `${name} cannot update "${current.title}": ${message(err)}` }
    }
    const { command, summary } = articleUpdateEdit(project, current.id, { text: article.text, blocks: article.blocks, source: name }, ctx.now(), settings.author)
    // The same words and layout: nothing to change (and nothing to undo).
    const same = article.text === current.text && JSON.stringify(article.blocks) === JSON.stringify(current.blocks)
    if (same) return { ok: true, summary, revision: store.revision, command: null, commandId: null }
    const outcome = store.applyTrusted(command)
    if (!outcome.ok) return { ok: false, error: `"${current.title}" could not be updated: ${outcome.error}` }
    return { ok: true, summary, revision: outcome.revision, command, commandId: outcome.commandId }
  }

  return {
    previewMerge() {
      return exclusive(async (): Promise<MergePreviewResult> => {
        const mine = store.snapshot()
        if (!mine) return { ok: false, error: 'Open a project before merging a colleague’s project into it.' }
        const chosen = await dialogs.chooseProjectToMerge()
        if (!chosen) return { ok: false, cancelled: true }
        const name = basename(chosen)
        if (resolvePath(chosen) === resolvePath(mine.path)) return { ok: false, error: `${name} is the project that is open; choose a colleague’s copy to merge into it.` }
        let theirs
        try {
          theirs = await readProjectFile(chosen, { maxBytes: store.maxProjectBytes, parser: store.parser })
        } catch (err) {
          return { ok: false, error: message(err) }
        }
        const current = store.project
        if (!current || store.path !== mine.path) return { ok: false, error: 'No project is open.' }
        const { command, summary } = mergeProjects(current, theirs, { source: name, now: ctx.now() })
        // One merge waits at a time: a new preview replaces the one before.
        pending = { token: randomUUID(), path: mine.path, revision: store.revision, source: name, command, summary }
        return { ok: true, preview: { token: pending.token, source: name, revision: pending.revision, summary } }
      })
    },

    applyMerge(token) {
      return exclusive(async (): Promise<MergeResult> => {
        const waiting = pending
        if (!waiting || waiting.token !== token) return { ok: false, error: 'That merge is no longer waiting to be applied: choose Merge… again to see what it would change.' }
        pending = null
        if (store.path !== waiting.path || !store.project) return { ok: false, error: `${waiting.source} was previewed for another project: choose Merge… again.` }
        if (store.revision !== waiting.revision) {
          return { ok: false, error: `The project changed after the preview of ${waiting.source}, so it was not merged: choose Merge… again to see what it would change now.` }
        }
        const { command, summary } = waiting
        if (!command) return { ok: true, summary, revision: store.revision, command: null, commandId: null }
        const outcome = store.applyTrusted(command)
        if (!outcome.ok) return { ok: false, error: `${waiting.source} could not be merged: ${outcome.error}` }
        return { ok: true, summary, revision: outcome.revision, command, commandId: outcome.commandId }
      })
    },

    updateArticle(articleId) {
      return exclusive(async (): Promise<ArticleUpdateResult> => {
        const project = store.project
        if (!project) return { ok: false, error: 'No project is open.' }
        if (typeof articleId !== 'string' || !project.articles.some((a) => a.id === articleId)) return { ok: false, error: 'That article is no longer in the project.' }
        const paths = await dialogs.chooseArticles()
        if (paths.length === 0) return { ok: false, cancelled: true }
        if (paths.length > 1) return { ok: false, error: 'Choose one file: an article is updated from one text or Markdown file.' }
        const path = paths[0]!
        const name = basename(path)
        if (!isImportable(name)) return { ok: false, error: `${name} cannot update an article: only plain text (.txt) and Markdown (.md) can.` }
        let content: string
        try {
          content = await readArticleFile(path)
        } catch (err) {
          return { ok: false, error: `${name} cannot update an article: ${message(err)}` }
        }
        return updateArticleWith(articleId, name, content)
      })
    },

    updateArticleFromText(articleId, file) {
      return exclusive(async (): Promise<ArticleUpdateResult> => {
        const parsed = DroppedFileSchema.safeParse(file)
        if (!parsed.success) return { ok: false, error: `That text cannot update the article: ${parsed.error.issues[0]?.message ?? 'invalid'}.` }
        return updateArticleWith(articleId, parsed.data.name, parsed.data.content)
      })
    }
  }
}
