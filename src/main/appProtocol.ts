/**
 * The page's own origin: the built renderer (out/renderer) is served as
 * quotemark-app://app/… instead of file://, so the page has no file://
 * privileges and the packaged app can turn the grantFileProtocolExtraPrivileges
 * fuse off (electron-builder.yml). The handler serves files under that one
 * folder and nothing else: a path that leaves it, a folder, a file of a type
 * the page does not use, or anything but GET is a 404. Every response carries
 * the app's Content-Security-Policy.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './security'

export const APP_SCHEME = 'quotemark-app'
const APP_HOST = 'app'
/** What the window loads, and the only page whose IPC main answers (isTrustedSenderUrl). */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Registered before `ready` (Electron's rule): standard, so the page has a real
 * origin that 'self' in the CSP names and relative URLs resolve; secure, like
 * https. Not corsEnabled: no other origin can read from it.
 */
export const appSchemePrivileges = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }

/** The types the built page is made of; any other file is not served. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

const notFound = (): Response => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** The file under `rendererDir` a URL of our origin names, or null when it names none (other host, escape, bad encoding). */
export function rendererFileFor(rendererDir: string, url: string): string | null {
  let parsed: URL
  let path: string
  try {
    parsed = new URL(url)
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || path.includes('\0')) return null
  const root = resolve(rendererDir)
  const file = resolve(root, `.${path}`)
  return file.startsWith(root + sep) ? file : null
}

/** Answer one request of the page: the file's bytes with its type and the CSP, or a 404. */
export async function serveRendererFile(rendererDir: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET') return notFound()
  const file = rendererFileFor(rendererDir, request.url)
  const type = file ? MIME_TYPES[extname(file).toLowerCase()] : undefined
  if (!file || !type) return notFound()
  try {
    if (!(await stat(file)).isFile()) return notFound()
    const body = await readFile(file)
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }
    })
  } catch {
    return notFound()
  }
}
