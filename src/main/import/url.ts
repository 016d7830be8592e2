/**
 * Import from a web address: the page fetched by main (never by the window),
 * http and https only, no cookies or credentials sent, at most MAX_URL_BYTES
 * read (the download is cancelled past that) and URL_TIMEOUT_MS for the
 * whole fetch; then imported as a saved web page, or as a PDF when the server
 * says it is one. The article's address is the one the page was finally
 * fetched from (after redirects), its source the address asked for, its kind
 * "url", and its creation time the time of the fetch.
 */
import type { Article } from '../../core/schema'
import { importHtml, MAX_HTML_BYTES } from './html'
import { ImportFailure, type ImportedFile } from './importFailure'
import { importPdf } from './pdf'

export const MAX_URL_BYTES = MAX_HTML_BYTES
export const URL_TIMEOUT_MS = 15_000

/** The address as a URL when it is http(s), else an ImportFailure. */
export function webUrl(address: string): URL {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    throw new ImportFailure('it is not a web address')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ImportFailure('only http and https addresses can be imported')
  if (url.username || url.password) throw new ImportFailure('an address with a user name or password cannot be imported')
  return url
}

/** The body, read until it ends or passes `limit` bytes. */
async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'))
  if (declared > limit) throw new ImportFailure(`the page is too large to import (more than ${limit / 1024 / 1024} MB)`)
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new ImportFailure(`the page is too large to import (more than ${limit / 1024 / 1024} MB)`)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}

export async function importUrl(address: string, now: string, options: { timeoutMs?: number; maxBytes?: number } = {}): Promise<ImportedFile> {
  const url = webUrl(address)
  const timeoutMs = options.timeoutMs ?? URL_TIMEOUT_MS
  const signal = AbortSignal.timeout(timeoutMs)
  let response: Response
  let bytes: Uint8Array
  try {
    response = await fetch(url, { signal, credentials: 'omit', redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9' } })
    if (!response.ok) throw new ImportFailure(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`)
    webUrl(response.url || url.href)
    bytes = await readCapped(response, options.maxBytes ?? MAX_URL_BYTES)
  } catch (err) {
    if (err instanceof ImportFailure) throw err
    if (signal.aborted) throw new ImportFailure(`the page did not arrive within ${timeoutMs / 1000} s`)
    throw new ImportFailure(`the page could not be fetched (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message})`)
  }
  const finalUrl = response.url || url.href
  const type = response.headers.get('content-type')?.toLowerCase() ?? ''
  const label = url.href
  if (type.includes('application/pdf')) {
    const { article } = await importPdf({ fileName: label, bytes }, now)
    return { article: asFetched(article, finalUrl), speakers: [] }
  }
  if (type && !type.includes('html') && !type.includes('xml') && !type.startsWith('text/')) throw new ImportFailure(`it is not a web page (${type.split(';')[0]})`)
  const charset = /charset=([\w-]+)/.exec(type)?.[1]
  let html: string
  try {
    html = new TextDecoder(charset ?? 'utf-8').decode(bytes)
  } catch {
    html = new TextDecoder('utf-8').decode(bytes)
  }
  return { article: importHtml({ fileName: label, html, kind: 'url', url: finalUrl }, now), speakers: [] }
}

function asFetched(article: Article, url: string): Article {
  return { ...article, sourceKind: 'url', url }
}
