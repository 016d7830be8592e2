/**
 * A worker thread for the work a file can make long: a project file's text
 * turned into a validated project (parse, migrations, validation,
 * re-anchoring of moved tags), and an article file turned into an article
 * (web pages through Readability, PDFs, Word files, subtitles, text), so the
 * window never waits on either: main hands over the text or the bytes and
 * gets the result. Built as out/main/parseWorker.js beside main's bundle; the
 * end-to-end harness starts the same file. See offThread.ts for the calling side.
 */
import { parentPort } from 'node:worker_threads'
import { parseProject } from '../core/projectFile'
import { importBytes } from './import'
import { ImportFailure } from './import/importFailure'
import type { ImportReply, ImportRequest, ParseReply, ParseRequest } from './offThread'

async function answer(request: ParseRequest | ImportRequest): Promise<ParseReply | ImportReply> {
  if (request.task === 'import') {
    try {
      return { id: request.id, ok: true, imported: await importBytes(request.fileName, request.bytes, request.now) }
    } catch (err) {
      return { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err), importFailure: err instanceof ImportFailure }
    }
  }
  try {
    return { id: request.id, ok: true, result: parseProject(request.text, request.fileName, undefined, request.options) }
  } catch (err) {
    return { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) }
  }
}

parentPort?.on('message', (request: ParseRequest | ImportRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply))
})
