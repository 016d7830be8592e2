import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importUrl } from '../../../src/main/import/url'

const NOW = '2026-03-04T10:00:00.000Z'
const page = readFileSync(join(__dirname, '..', '..', 'fixtures', 'html', 'bbc-1', 'source.html'))
let server: Server
let base: string
const seenCookies: Array<string | undefined> = []

beforeAll(async () => {
  server = createServer((req, res) => {
    seenCookies.push(req.headers.cookie)
    if (req.url === '/story') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'id=1' }).end(page)
    if (req.url === '/moved') return void res.writeHead(302, { location: '/story' }).end()
    if (req.url === '/endless') {
      res.writeHead(200, { 'content-type': 'text/html' })
      const chunk = Buffer.alloc(64 * 1024, 'a')
      const pump = (): void => void (res.write(chunk) ? setImmediate(pump) : res.once('drain', pump))
      return pump()
    }
    if (req.url === '/slow') return void res.writeHead(200, { 'content-type': 'text/html' })
    if (req.url === '/picture') return void res.writeHead(200, { 'content-type': 'image/png' }).end('png')
    res.writeHead(404).end()
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.closeAllConnections()
  server.close()
})

describe('import from a web address', () => {
  it('fetches the page and imports it as a web page, keeping the address it came from and sending no cookies', async () => {
    const { article } = await importUrl(`${base}/moved`, NOW)
    expect(article).toMatchObject({ sourceKind: 'url', source: `${base}/moved`, url: `${base}/story`, title: "Obama admits US gun laws are his 'biggest frustration'", createdAt: NOW })
    await importUrl(`${base}/story`, NOW)
    expect(seenCookies.every((c) => c === undefined)).toBe(true)
  })

  it('refuses other schemes, a server error, something that is not a page, an endless page and one that never arrives', async () => {
    await expect(importUrl('file:///etc/passwd', NOW)).rejects.toThrow('only http and https addresses can be imported')
    await expect(importUrl('javascript:alert(1)', NOW)).rejects.toThrow('only http and https addresses can be imported')
    await expect(importUrl(`${base}/missing`, NOW)).rejects.toThrow('the server answered 404')
    await expect(importUrl(`${base}/picture`, NOW)).rejects.toThrow('it is not a web page (image/png)')
    await expect(importUrl(`${base}/endless`, NOW, { maxBytes: 2 * 1024 * 1024 })).rejects.toThrow('the page is too large to import (more than 2 MB)')
    const started = performance.now()
    await expect(importUrl(`${base}/slow`, NOW, { timeoutMs: 500 })).rejects.toThrow('the page did not arrive within 0.5 s')
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
