/**
 * Reading a project file's text into a project off main's thread. A file can
 * hold a great deal of work (a 20 MB project, thousands of tags to find again
 * in edited text); in a worker, the window stays responsive meanwhile, and a
 * worker that dies (out of memory on a hostile file) is a file that cannot be
 * opened, not a crashed app. Without a worker file (unit tests, the command
 * line) the same parse runs in the calling thread.
 */
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { parseProject, type LoadResult } from '../core/projectFile'

export type ParseOptions = { allowNewer?: boolean }
export type ParseRequest = { id: number; text: string; fileName: string; options: ParseOptions }
export type ParseReply = { id: number; ok: true; result: LoadResult } | { id: number; ok: false; error: string }

/** Text → project, somewhere. */
export type ProjectParser = (text: string, fileName: string, options?: ParseOptions) => Promise<LoadResult>

export const parseInThread: ProjectParser = (text, fileName, options = {}) => Promise.resolve(parseProject(text, fileName, undefined, options))

type Pending = { resolve: (result: LoadResult) => void; fileName: string }

/**
 * A parser backed by one worker started on first use from `workerFile`
 * (out/main/parseWorker.js), restarted after a crash; in-thread when the file
 * is not there.
 */
export function workerParser(workerFile: string): ProjectParser {
  if (!existsSync(workerFile)) return parseInThread
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()
  const failAll = (why: string): void => {
    for (const [id, { resolve, fileName }] of pending) {
      pending.delete(id)
      resolve({ ok: false, code: 'invalid', message: `${fileName} cannot be opened: reading it ${why}.` })
    }
    worker = null
  }
  const start = (): Worker => {
    const started = new Worker(workerFile)
    started.unref()
    started.on('message', (reply: ParseReply) => {
      const waiting = pending.get(reply.id)
      if (!waiting) return
      pending.delete(reply.id)
      waiting.resolve(reply.ok ? reply.result : { ok: false, code: 'invalid', message: `${waiting.fileName} cannot be opened: ${reply.error}` })
    })
    started.on('error', (err) => failAll(`failed (${err.message})`))
    started.on('exit', (code) => {
      if (worker === started) failAll(`stopped Quotemark's reader (exit code ${code}); it may need more memory than a project file should`)
    })
    return started
  }
  return (text, fileName, options = {}) =>
    new Promise<LoadResult>((resolve) => {
      worker ??= start()
      const id = nextId++
      pending.set(id, { resolve, fileName })
      worker.postMessage({ id, text, fileName, options } satisfies ParseRequest)
    })
}
