/**
 * Reading an article file from disk: the checks the app and the command
 * line share (a regular file, at most 5 MB, valid UTF-8, not binary data
 * that happens to decode). Plain Node.
 */
import { readFile, stat } from 'node:fs/promises'
import { describeFsError } from './fsErrors'

/** Larger than any news article by far; a bigger file is almost certainly not one. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024

export type ArticleText = { ok: true; text: string } | { ok: false; reason: string }

/**
 * The text of an article file, or the reason it cannot be imported (a few
 * words, without the file name). `keepBom`: offsets the command line prints
 * index the text as Node reads it (readFile 'utf8' keeps a byte-order mark).
 */
export async function readArticleText(path: string, options: { keepBom?: boolean } = {}): Promise<ArticleText> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) return { ok: false, reason: 'it is a folder, not a file' }
    if (!info.isFile()) return { ok: false, reason: 'it is not a file' }
    if (info.size > MAX_ARTICLE_BYTES) return { ok: false, reason: `it is too large for an article (${Math.round(info.size / 1024 / 1024)} MB)` }
    const bytes = await readFile(path)
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: options.keepBom ?? false }).decode(bytes) }
    } catch {
      return { ok: false, reason: 'it is not a text file (it is not UTF-8 text)' }
    }
  } catch (err) {
    return { ok: false, reason: describeFsError(err) }
  }
}

/** Decoded text from a picture or a PDF that happens to be valid UTF-8, or with NUL characters, is not an article. */
export function looksBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, 8192)
  let replacement = 0
  for (const ch of sample) if (ch === '\uFFFD') replacement++
  return replacement > 0 && replacement / Math.max(1, sample.length) > 0.01
}
