/**
 * The CLI's own disk work: comparing paths and writing an export atomically.
 * Article files are read by the app's own reader (src/main/articleFiles.ts);
 * project files only through ProjectStore / readProjectFile, as the app does.
 */
import { realpath, stat } from 'node:fs/promises'
import { writeFileDurable } from '../main/durableWrite'
import { describeFsError } from '../main/fsErrors'

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
