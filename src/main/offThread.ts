/**
 * The work a file can make long, off main's thread: a project file's text
 * read into a project (a 20 MB project, thousands of tags to find again in
 * edited text) and an article file imported (a web page through Readability,
 * a PDF, a Word file). In a worker the window stays responsive meanwhile, and
 * a worker that dies (out of memory on a hostile file) is a file that cannot
 * be opened or imported, not a crashed app. Without a worker file (unit
 * tests, the command line) the same work runs in the calling thread.
 */
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { parseProject, type LoadResult } from '../core/projectFile'
import { importBytes } from './import'
import { ImportFailure, type ImportedFile } from './import/importFailure'

export type ParseOptions = { allowNewer?: boolean }
export type ParseRequest = { task?: 'parse'; id: number; text: string; fileName: string; options: ParseOptions }
export type ParseReply = { id: number; ok: true; result: LoadResult } | { id: number; ok: false; error: string }
export type ImportRequest = { task: 'import'; id: number; fileName: string; bytes: Uint8Array; now: string }
export type ImportReply = { id: number; ok: true; imported: ImportedFile } | { id: number; ok: false; error: string; importFailure: boolean }

/** Text → project, somewhere. */
export type ProjectParser = (text: string, fileName: string, options?: ParseOptions) => Promise<LoadResult>
/** An article file's bytes → an article (and the speakers it names), somewhere; fails with an ImportFailure. */
export type FileImporter = (fileName: string, bytes: Uint8Array, now: string) => Promise<ImportedFile>

export const parseInThread: ProjectParser = (text, fileName, options = {}) => Promise.resolve(parseProject(text, fileName, undefined, options))
export const importInThread: FileImporter = (fileName, bytes, now) => importBytes(fileName, bytes, now)

type Pending = { settle: (reply: ParseReply | ImportReply | null, why?: string) => void }

/**
 * One worker started on first use from `workerFile` (out/main/parseWorker.js)
 * and restarted after a crash, doing both kinds of work; in-thread when the
 * file is not there.
 */
export function workerReader(workerFile: string): { parse: ProjectParser; importFile: FileImporter } {
  if (!existsSync(workerFile)) return { parse: parseInThread, importFile: importInThread }
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()
  const failAll = (why: string): void => {
    for (const [id, { settle }] of pending) {
      pending.delete(id)
      settle(null, why)
    }
    worker = null
  }
  const start = (): Worker => {
    const started = new Worker(workerFile)
    started.unref()
    started.on('message', (reply: ParseReply | ImportReply) => {
      const waiting = pending.get(reply.id)
      pending.delete(reply.id)
      waiting?.settle(reply)
    })
    started.on('error', (err) => failAll(`failed (${err.message})`))
    started.on('exit', (code) => {
      if (worker === started) failAll(`stopped Quotemark's reader (exit code ${code}); it may need more memory than a file like this should`)
    })
    return started
  }
  const send = (request: Omit<ParseRequest, 'id'> | Omit<ImportRequest, 'id'>, settle: Pending['settle'], transfer: ArrayBuffer[] = []): void => {
    worker ??= start()
    const id = nextId++
    pending.set(id, { settle })
    worker.postMessage({ ...request, id }, transfer)
  }
  const parse: ProjectParser = (text, fileName, options = {}) =>
    new Promise<LoadResult>((resolve) =>
      send({ text, fileName, options }, (reply, why) => {
        if (reply?.ok && 'result' in reply) return resolve(reply.result)
        const reason = reply && !reply.ok ? reply.error : `reading it ${why}`
        resolve({ ok: false, code: 'invalid', message: `${fileName} cannot be opened: ${reason}.`.replace(/\.\.$/, '.') })
      })
    )
  const importFile: FileImporter = (fileName, bytes, now) =>
    new Promise<ImportedFile>((resolve, reject) => {
      // A copy the worker owns: the caller's buffer may be a view into something larger.
      const copy = bytes.slice()
      send(
        { task: 'import', fileName, bytes: copy, now },
        (reply, why) => {
          if (reply?.ok && 'imported' in reply) return resolve(reply.imported)
          if (reply && !reply.ok && 'importFailure' in reply && !reply.importFailure) return reject(new Error(reply.error))
          reject(new ImportFailure(reply && !reply.ok ? reply.error : `reading it ${why}`))
        },
        [copy.buffer as ArrayBuffer]
      )
    })
  return { parse, importFile }
}

/** The parser half of workerReader (the store reads project files with it). */
export function workerParser(workerFile: string): ProjectParser {
  return workerReader(workerFile).parse
}
