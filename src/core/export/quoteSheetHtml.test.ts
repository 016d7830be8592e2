import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { buildSampleProject } from '../sample'
import { emptyProject, type Project } from '../schema'
import { inlineHtml, quoteSheetHtml, sheetMarkdownToHtml } from './quoteSheetHtml'
import { CHECKER, tagSample, TAGGED_SAMPLE_NOW, type SeedGold } from './taggedSample'

const root = join(__dirname, '..', '..', '..')
const read = (...parts: string[]): string => readFileSync(join(root, ...parts), 'utf8')
const NOW = TAGGED_SAMPLE_NOW

/** A project whose every field a hostile file could fill tries to add markup, a script or a link. */
function hostileProject(): Project {
  const content = 'Intro.\n<script>alert(1)</script> "<img src=x onerror=alert(2)>" & more, said **the** [mayor](javascript:alert(3)).'
  const article = importArticle({ fileName: 'a.txt', content, meta: { title: '<b>Rates</b> & "rise"', outlet: 'The <i>Ledger</i>', publishedAt: '2026-03-03', url: 'javascript:alert(4)' } }, NOW, 'a1')
  const exact = article.text.slice(article.text.indexOf('<script>'), article.text.indexOf(' said'))
  const start = article.text.indexOf(exact)
  const quote = createAnnotation({ articleId: 'a1', text: article.text, start, end: start + exact.length, kind: 'claim', author: 'Ana', now: NOW, id: 't1' })
  const claim = {
    ...quote,
    note: '</p><script>alert(5)</script> <https://evil.example/x>',
    evidence: [
      { url: 'javascript:alert(6)', note: 'hostile' },
      { url: 'https://example.org/a?b=1&c="2"', note: 'fine' }
    ]
  }
  return { ...emptyProject('Desk <Monday> & co', 'p1', NOW), articles: [article], annotations: [claim] }
}

describe('the quote sheet as a page to print', () => {
  it('escapes every word a project file gives, so none becomes markup or a script', () => {
    const { html, count } = quoteSheetHtml(hostileProject(), { now: NOW, exportedBy: 'Ana <x>' })
    expect(count).toBe(1)
    const body = html.slice(html.indexOf('<body>'))
    // The words are all there, as words: no element but the sheet's own, no attribute from the file.
    expect(body).not.toMatch(/<(script|img|i|b)[\s>]|<[^>]*onerror|href="javascript/i)
    const sheetTags = new Set(['<a', '<blockquote', '<body', '<br', '<em', '<h1', '<h2', '<h3', '<li', '<p', '<strong', '<ul'])
    expect(body.match(/<[a-z0-9]+/g)!.filter((tag) => !sheetTags.has(tag))).toEqual([])
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(body).toContain('Desk &lt;Monday&gt; &amp; co')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
  })

  it('links only web addresses, written safely in the attribute', () => {
    const { html } = quoteSheetHtml(hostileProject(), { now: NOW })
    const links = [...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1])
    expect(links).toEqual(['https://example.org/a?b=1&amp;c=&quot;2&quot;'])
    // An address typed into a note stays words, not a link.
    expect(html).toContain('&lt;https://evil.example/x&gt;')
  })

  it('reads the sheet’s headings, quotes, lists, emphasis and escapes', () => {
    expect(sheetMarkdownToHtml('# Quote sheet: A\n\n## Quotes\n\n> “one”\n\n*The Ledger*, 2026 · **Verified**\n\n- <https://a.example/> — note\n- two')).toBe(
      '<h1>Quote sheet: A</h1>\n<h2>Quotes</h2>\n<blockquote><p>“one”</p></blockquote>\n<p><em>The Ledger</em>, 2026 · <strong>Verified</strong></p>\n<ul><li><a href="https://a.example/">https://a.example/</a> — note</li><li>two</li></ul>'
    )
    expect(inlineHtml('\\*not em\\* and \\[x\\] *open')).toBe('*not em* and [x] <em>open</em>')
  })

  it('prints the tagged sample: every quote and claim of the Markdown sheet, grouped under its speaker', () => {
    const sample = buildSampleProject(read('seeds', 'manifest.json'), (f) => read('seeds', f), '2026-01-10T08:00:00.000Z')
    const project = tagSample(sample, JSON.parse(read('tests', 'fixtures', 'seed-gold.json')) as SeedGold)
    const { html, count } = quoteSheetHtml(project, { now: NOW, exportedBy: CHECKER })
    expect(count).toBe(project.annotations.length)
    expect(html.match(/<blockquote>/g)?.length).toBeGreaterThanOrEqual(23)
    expect(html).toContain('<h3>Jorge Rodríguez, President of Venezuela&#39;s National Assembly</h3>')
    expect(html).toContain('@page { size: A4;')
  })
})
