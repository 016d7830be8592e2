/** Shared fixtures for the main-side unit tests: temp folders, articles, tags. */
import { mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { createAnnotation } from '../../src/core/annotations'
import type { Command } from '../../src/core/commands'
import { importArticle } from '../../src/core/importer'
import type { AnnotationKind, Article } from '../../src/core/schema'

export const NOW = '2026-01-10T09:00:00.000Z'

export const ARTICLE_TEXT = [
  'Ministers meet in Caracas',
  '"We will release an important number of prisoners," said Jorge Rodríguez on Thursday.',
  'Human rights groups said the releases were a first step.'
].join('\n\n')

const made: string[] = []

export async function tempDir(prefix = 'quotemark-unit-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  // A save already writing when its store was disposed may land a file while the folder is removed (ENOTEMPTY): retry.
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })))
}

export function sampleArticle(id?: string, text = ARTICLE_TEXT): Article {
  return importArticle({ fileName: 'caracas.txt', content: text }, NOW, id)
}

let counter = 0

/** An `annotation.add` command tagging `exact` (its first occurrence) in the article. */
export function tagCommand(article: Article, exact: string, kind: AnnotationKind = 'quote', id = `ann-${++counter}`): Command {
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`"${exact}" is not in the article`)
  return {
    type: 'annotation.add',
    annotation: createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: 'tester', now: NOW })
  }
}

export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((ok) => setTimeout(ok, 10))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

export const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms))

/** Write a file the way sync clients and editors do: a temp file beside it, renamed over it. */
export async function writeAtomically(path: string, text: string | Buffer): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.sync-tmp`)
  await writeFile(temp, text)
  await rename(temp, path)
}

/** The bytes and modification time of a file, to show it was not written. */
export async function fileState(path: string): Promise<{ bytes: Buffer; mtimeMs: number }> {
  const [bytes, info] = await Promise.all([readFile(path), stat(path)])
  return { bytes, mtimeMs: info.mtimeMs }
}
