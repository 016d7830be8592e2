/**
 * The shell's security rules, kept apart so they read as a list. Only types
 * come from Electron here; the calls are made by index.ts and window.ts.
 */
import type { Session, WebContents } from 'electron'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * Is an IPC message from our own page? The frame must show `rendererUrl`, the
 * page main loaded (APP_INDEX_URL, quotemark-app://app/index.html, served by
 * appProtocol.ts), with any hash or query, or, in development only, a page of
 * the dev server. So no file:// page is trusted, not even our own index.html.
 */
export function isTrustedSenderUrl(frameUrl: string | undefined | null, rendererUrl: string, devServerUrl?: string): boolean {
  if (!frameUrl) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (devServerUrl) {
    try {
      if (url.origin === new URL(devServerUrl).origin && url.protocol.startsWith('http')) return true
    } catch {
      // a malformed dev URL trusts nothing
    }
  }
  url.hash = ''
  url.search = ''
  return url.href === new URL(rendererUrl).href
}

const hardened = new WeakSet<WebContents>()

/**
 * No navigation away from the app, no new windows: web links go to the user's
 * browser. Safe to call twice for the same contents (the window does it, and
 * app 'web-contents-created' does it for any other): only the first installs.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  if (hardened.has(contents)) return
  hardened.add(contents)
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    if (isHttpUrl(url)) openExternal(url)
  })
  contents.on('will-redirect', (event) => {
    event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isHttpUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
}

/**
 * Deny every permission (camera, notifications, …) and add the CSP header to
 * every response. The header is left out for the development server, whose
 * hot reload needs an inline script and a websocket.
 */
export function hardenSession(ses: Session, options: { csp: boolean } = { csp: true }): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  if (!options.csp) return
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
      }
    })
  })
}
