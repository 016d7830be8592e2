/**
 * A worker thread that turns a project file's text into a validated project
 * (parse, migrations, validation, re-anchoring of moved tags), so that the
 * window never waits on it: main hands over the text and gets the result.
 * Built as out/main/parseWorker.js beside main's bundle; the end-to-end
 * harness starts the same file. See offThread.ts for the calling side.
 */
import { parentPort } from 'node:worker_threads'
import { parseProject } from '../core/projectFile'
import type { ParseRequest, ParseReply } from './offThread'

parentPort?.on('message', (request: ParseRequest) => {
  let reply: ParseReply
  try {
    reply = { id: request.id, ok: true, result: parseProject(request.text, request.fileName, undefined, request.options) }
  } catch (err) {
    reply = { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) }
  }
  parentPort?.postMessage(reply)
})
