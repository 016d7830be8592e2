import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isHttpUrl, isTrustedSenderUrl } from '../../src/main/security'

const page = pathToFileURL('/opt/Quotemark/resources/app/out/renderer/index.html').href

describe('isTrustedSenderUrl', () => {
  it('trusts our built page, whatever its hash or query', () => {
    expect(isTrustedSenderUrl(page, page)).toBe(true)
    expect(isTrustedSenderUrl(`${page}#/article/1`, page)).toBe(true)
    expect(isTrustedSenderUrl(`${page}?a=1`, page)).toBe(true)
  })

  it('does not trust another local file, a web page, or a missing frame', () => {
    expect(isTrustedSenderUrl(pathToFileURL('/tmp/index.html').href, page)).toBe(false)
    expect(isTrustedSenderUrl(pathToFileURL('/opt/Quotemark/resources/app/out/renderer/other.html').href, page)).toBe(false)
    expect(isTrustedSenderUrl('https://evil.example/out/renderer/index.html', page)).toBe(false)
    expect(isTrustedSenderUrl(undefined, page)).toBe(false)
    expect(isTrustedSenderUrl('not a url', page)).toBe(false)
  })

  it('trusts the development server only when one is in use, and only its own origin', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', page)).toBe(false)
    expect(isTrustedSenderUrl('http://localhost:5173/index.html', page, 'http://localhost:5173')).toBe(true)
    expect(isTrustedSenderUrl('http://localhost:5174/', page, 'http://localhost:5173')).toBe(false)
    expect(isTrustedSenderUrl('http://evil.example/', page, 'http://localhost:5173')).toBe(false)
  })
})

describe('isHttpUrl', () => {
  it('accepts http and https and nothing else', () => {
    expect(isHttpUrl('https://www.bbc.co.uk/news')).toBe(true)
    expect(isHttpUrl('http://example.com')).toBe(true)
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'mailto:a@b.c', 'data:text/html,x', 'ftp://x', '']) expect(isHttpUrl(url), url).toBe(false)
  })
})
