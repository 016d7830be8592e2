/**
 * The CLI's own disk work: reading article files and writing an export
 * atomically. Project files are read and written only through ProjectStore /
 * readProjectFile, exactly as the app does.
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import { writeFileDurable } from '../main/durableWrite'
import { describeFsError } from '../main/fsErrors'

/** Same limit as importing in the app. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024


/**
 * The text of an article file, or the reason it cannot be imported (a few
 * words, without the file name). The checks are the app's: a regular file,
 * at most 5 MB, valid UTF-8.
 */
export async function readArticleText(path: string, options: { keepBom?: boolean } = {}): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) return { ok: false, reason: 'it is a folder, not a file' }
    if (!info.isFile()) return { ok: false, reason: 'it is not a file' }
    if (info.size > MAX_ARTICLE_BYTES) return { ok: false, reason: `it is too large for an article (${Math.round(info.size / 1024 / 1024)} MB)` }
    const bytes = await readFile(path)
    try {
      // keepBom: offsets a command prints must index the text as Node reads it (readFile 'utf8' keeps a byte-order mark).
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: options.keepBom ?? false }).decode(bytes) }
    } catch {
      return { ok: false, reason: 'it is not a text file (it is not UTF-8 text)' }
    }
  } catch (err) {
    return { ok: false, reason: describeFsError(err) }
  }
}

/** Decoded text from a picture or a PDF that happens to be valid UTF-8 (the app's test). */
export function looksBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, 8192)
  let replacement = 0
  for (const ch of sample) if (ch === '\uFFFD') replacement++
  return replacement > 0 && replacement / Math.max(1, sample.length) > 0.01
}

/** Whether two paths name the same file on disk (through links too); false if either does not exist. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)])
    if (sa.dev === sb.dev && sa.ino === sb.ino) return true
    return (await realpath(a)) === (await realpath(b))
  } catch {
    return false
  }
}

/**
 * Write `text` to `path` as the app saves a project (writeFileDurable: a temp
 * file of a random name beside it, fsynced, renamed over it, the folder
 * fsynced): a reader never sees half a file and a failure leaves the old file
 * as it was. Throws an Error whose message is the reason in a few words.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  try {
    // One buffer, written in one go (writeFile would hand a 10 MB export to the disk in 512 KB turns).
    await writeFileDurable(path, Buffer.from(text, 'utf8'))
  } catch (err) {
    throw new Error(describeFsError(err, true))
  }
}
