import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { importHtml } from '../../../src/main/import/html'

const fixtures = join(__dirname, '..', '..', 'fixtures', 'html')
const NOW = '2026-03-04T10:00:00.000Z'
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean)

type Expected = { title: string; byline: string; publishedTime: string | null; lang?: string; siteName: string | null }

describe('a saved news page from Readability’s test corpus', () => {
  for (const page of ['nytimes-1', 'bbc-1', 'guardian-1', 'cnn', 'seattletimes-1']) {
    const html = readFileSync(join(fixtures, page, 'source.html'), 'utf8')
    const expected = JSON.parse(readFileSync(join(fixtures, page, 'expected-metadata.json'), 'utf8')) as Expected
    const article = importHtml({ fileName: `${page}.html`, html }, NOW, 'a1')

    it(`${page}: has the expected title, byline, date and outlet`, () => {
      expect(article.title).toBe(expected.title)
      expect(article.byline).toBe(expected.byline)
      if (expected.publishedTime) expect(article.publishedAt).toBe(expected.publishedTime)
      if (expected.siteName) expect(article.outlet).toBe(expected.siteName)
      if (expected.lang) expect(article.language).toBe(expected.lang)
      expect(article.sourceKind).toBe('html')
      expect(article.url).toMatch(/^https?:\/\//)
    })

    it(`${page}: has the expected story's words, in order, paragraph by paragraph`, () => {
      const { document } = parseHTML(readFileSync(join(fixtures, page, 'expected.html'), 'utf8'))
      const want = words(document.documentElement.textContent ?? '')
      const got = words(article.text)
      // Readability's expected text was made with JSDOM; the same story through linkedom may differ by a caption or credit.
      let shared = 0
      const pool = new Map<string, number>()
      for (const w of want) pool.set(w, (pool.get(w) ?? 0) + 1)
      for (const w of got) if ((pool.get(w) ?? 0) > 0) pool.set(w, pool.get(w)! - 1), shared++
      expect(shared / want.length).toBeGreaterThan(0.97)
      expect(shared / got.length).toBeGreaterThan(0.97)
      expect(article.blocks.length).toBeGreaterThan(10)
      for (const block of article.blocks) expect(article.text.slice(block.start, block.end).trim()).toBe(article.text.slice(block.start, block.end))
    })
  }
})

describe('a web page’s structure and marks', () => {
  const page = `<html lang="es"><head><title>T</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"El titular","author":[{"@type":"Person","name":"Ana Pérez"}],"datePublished":"2026-01-09","publisher":{"@type":"Organization","name":"El Diario"}}]}</script>
    <link rel="canonical" href="https://example.org/nota"></head>
    <body><article><h1>El titular</h1><p>Primer párrafo con <em>énfasis</em> y <strong>fuerza</strong>, y bastante texto para que Readability lo tome por un artículo de verdad, con varias frases largas.</p>
    <blockquote><p>Una cita larga de alguien importante que habla en la nota.</p></blockquote>
    <ul><li>Un punto de la lista</li><li>Otro punto</li></ul>
    <p>Otro párrafo<br>con salto de línea, y más palabras para pasar el umbral de la extracción de texto de Readability sin problemas.</p>
    <p>${'Relleno de texto. '.repeat(40)}</p></article></body></html>`
  const article = importHtml({ fileName: 'nota.html', html: page }, NOW, 'a1')
  const blockTexts = article.blocks.map((b) => [b.type, article.text.slice(b.start, b.end)])

  it('takes headline, byline, outlet, date, address and language from JSON-LD and the page', () => {
    expect(article).toMatchObject({ title: 'El titular', byline: 'Ana Pérez', outlet: 'El Diario', publishedAt: '2026-01-09', url: 'https://example.org/nota', language: 'es' })
  })

  it('keeps paragraphs, the block quote, list items and line breaks, with emphasis and strong as marks', () => {
    expect(blockTexts).toContainEqual(['blockquote', 'Una cita larga de alguien importante que habla en la nota.'])
    expect(blockTexts).toContainEqual(['paragraph', 'Un punto de la lista'])
    expect(blockTexts.some(([, t]) => t!.startsWith('Otro párrafo\ncon salto'))).toBe(true)
    const first = article.blocks.find((b) => article.text.slice(b.start, b.end).startsWith('Primer'))!
    const marked = first.marks.map((m) => [m.type, article.text.slice(first.start + m.from, first.start + m.to)])
    expect(marked).toEqual([
      ['em', 'énfasis'],
      ['strong', 'fuerza']
    ])
  })
})

describe('a hostile web page', () => {
  const story = `<p>${'The council met on Tuesday and voted on the budget. '.repeat(20)}</p>`

  it('gives only the words: no script, frame, form, picture or link address reaches the article', () => {
    const html = `<html><head><script>window.x = 1</script><meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head><body onload="alert(1)">
      <article>${story}<p>Read <a href="javascript:alert(2)">this link</a> now.</p><iframe src="https://evil.example/"></iframe>
      <img src="data:image/png;base64,${'A'.repeat(8 * 1024 * 1024)}" onerror="alert(3)"><form action="https://evil.example/"><input value="secret"></form>
      <style>p { color: red }</style><svg><script>alert(4)</script></svg></article></body></html>`
    const article = importHtml({ fileName: 'evil.html', html }, NOW)
    expect(article.text).toContain('Read this link now.')
    expect(JSON.stringify(article)).not.toMatch(/javascript|alert|evil\.example|secret|color: red|AAAAAAAA/)
    expect(article.blocks.flatMap((b) => b.marks)).toEqual([])
  })

  it('refuses 50 MB of nested divs at once, and a page of more elements than any article within its size limit, without a hang', () => {
    const deep = '<div>'.repeat(10 * 1024 * 1024)
    let started = performance.now()
    expect(() => importHtml({ fileName: 'deep.html', html: deep }, NOW)).toThrow(/too large for a web page \(50 MB; the limit is 10 MB\)/)
    expect(performance.now() - started).toBeLessThan(1000)
    started = performance.now()
    expect(() => importHtml({ fileName: 'deep.html', html: '<div>'.repeat(1_500_000) + story }, NOW)).toThrow(/more than 150,000 elements/)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('reads a page nested 400 deep, and refuses one nested 20,000 deep quickly instead of working on it for seconds', () => {
    const nested = (depth: number): string => `<html><body>${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}</body></html>`
    expect(importHtml({ fileName: 'nested.html', html: nested(400) }, NOW).text).toContain('The council met on Tuesday')
    const started = performance.now()
    expect(() => importHtml({ fileName: 'nested.html', html: nested(20_000) }, NOW)).toThrow('its elements are nested more than 500 deep, far deeper than any article')
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
