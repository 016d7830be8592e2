/**
 * Exports of a hostile project (issue 18): the JSON-LD a fact-checker pastes
 * into a page inside <script type="application/ld+json"> cannot close that
 * script, no export writes an address that is not a web link, and the
 * exports of big projects take work in proportion to their size.
 */
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { emptyProject, type Annotation, type Person, type Project } from '../schema'
import { exportFormats, exportProject, exportProjectCounted } from '.'
import { sentenceSpansForTest } from './context'
import { codePointCounter, codePointOffset } from './w3c'

const NOW = '2026-01-12T10:00:00.000Z'
const SCRIPT = '</script><script>alert(document.cookie)</script>'

function project(text: string, fileName = 'story.txt'): Project {
  const p = emptyProject('Story', 'project-1', NOW)
  p.articles.push(importArticle({ fileName, content: text }, NOW, 'article-1'))
  return p
}

function tag(p: Project, start: number, end: number, kind: Annotation['kind'], id: string): Annotation {
  const ann = createAnnotation({ articleId: 'article-1', text: p.articles[0]!.text, start, end, kind, author: 'A', now: NOW, id })
  p.annotations.push(ann)
  return ann
}

function person(id: string, name: string): Person {
  return { id, kind: 'person', name, aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
}

/** A claim with a verdict whose words, note, speaker and evidence carry a closing script tag. */
function hostileClaim(url: string): Project {
  const p = project(`He said ${SCRIPT} & more\u2028and\u2029on.`)
  p.people.push(person('person-1', `Mallory ${SCRIPT}`))
  p.articles[0]!.url = url
  p.articles[0]!.title = SCRIPT
  const claim = tag(p, 0, p.articles[0]!.text.length, 'claim', 'claim-1')
  Object.assign(claim, { status: 'false', note: SCRIPT, speakerId: 'person-1', evidence: [{ url, note: SCRIPT }] })
  return p
}

describe('JSON-LD exports (ClaimReview, W3C)', () => {
  for (const format of ['claimreview', 'w3c'] as const) {
    it(`${format}: no <, >, & or line separators in the text, and it parses to the very same words`, () => {
      const p = hostileClaim('https://example.org/a?b=1&c=<2>')
      const text = exportProject(p, { format, now: NOW, exportedBy: `Eve ${SCRIPT}` })
      expect(text).not.toMatch(/[<>&\u2028\u2029]/)
      expect(text).toContain('\\u003c/script\\u003e')
      const words = JSON.stringify(JSON.parse(text))
      expect(words).toContain(SCRIPT)
      expect(words).toContain('& more\u2028and\u2029on.')
      expect(words).toContain('https://example.org/a?b=1&c=<2>')
    })
  }
})

describe('addresses in every export', () => {
  const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', '//evil.example/x']

  for (const format of exportFormats) {
    it(`${format}: writes only http(s) addresses, and says how many it left out`, () => {
      for (const url of hostile) {
        const result = exportProjectCounted(hostileClaim(url), { format, now: NOW })
        expect(result.text.toLowerCase()).not.toContain(url.trim().toLowerCase().slice(0, 12))
        expect(result.droppedUrls).toBe(1)
        expect(result.notes).toEqual(['Left out 1 address that is not a web (http or https) link.'])
      }
      const safe = exportProjectCounted(hostileClaim('https://example.org/story'), { format, now: NOW })
      expect(safe.text).toContain('https://example.org/story')
      expect(safe.droppedUrls).toBe(0)
      expect(safe.notes).toEqual([])
    })
  }
})

/** One article of `n` one-line paragraphs, a tag on each, all said by one person. */
function manyTags(n: number, kind: Annotation['kind'] = 'quote', prefix = ''): Project {
  const p = project(prefix + Array.from({ length: n }, (_, i) => `Line ${i} was said.`).join('\n'))
  p.people.push(person('person-1', 'Ana'))
  for (const block of p.articles[0]!.blocks) {
    if (block.start < prefix.length) continue
    tag(p, block.start, block.end, kind, `t${block.start}`).speakerId = 'person-1'
  }
  return p
}

describe('big exports', () => {
  it('writes a Markdown sheet of 40,000 quotes by one speaker (no call with every entry as arguments)', () => {
    const p = manyTags(40_000)
    const text = exportProject(p, { format: 'md', now: NOW })
    expect(text.match(/^> “Line \d+ was said\.”$/gm)).toHaveLength(40_000)
  }, 20_000)

  it('counts W3C positions once per article, not once per tag: 2,000 tags after 2 MB of emoji', () => {
    // Counting from the start of the text for every tag was 2,000 × 2 × 2 M steps: many seconds.
    const p = manyTags(2_000, 'quote', `${'\u{1F600}'.repeat(1_000_000)}\n`)
    const doc = JSON.parse(exportProject(p, { format: 'w3c', now: NOW })) as { first: { items: Array<{ target: { selector: Array<{ start?: number; end?: number }> } }> } }
    expect(doc.first.items[0]!.target.selector[1]).toMatchObject({ start: 1_000_002, end: 1_000_002 + 'Line 0 was said.'.length })
  }, 5_000)

  it('reads the project\'s links once per export, not once per tag (JSON, Markdown, W3C)', () => {
    const p = manyTags(2_000, 'claim')
    const ids = p.annotations.map((a) => a.id)
    const links: Project['links'] = []
    for (let i = 1; i < ids.length; i++) links.push({ id: `link-${i}`, type: 'corroborates', from: ids[i - 1]!, to: ids[i]!, note: '', createdAt: NOW, updatedAt: NOW })
    let reads = 0
    p.links = new Proxy(links, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++
        return Reflect.get(target, key, receiver) as unknown
      }
    })
    const json = JSON.parse(exportProject(p, { format: 'json', now: NOW })) as { annotations: Array<{ links: unknown[] }> }
    expect(json.annotations[1]!.links).toHaveLength(2)
    expect(exportProject(p, { format: 'md', now: NOW })).toContain('Corroborated by “Line 0 was said.”')
    expect(exportProject(p, { format: 'w3c', now: NOW })).toContain('"corroborates"')
    expect(reads).toBeLessThanOrEqual(3 * 2 * links.length)
  })
})

describe('code point offsets for the W3C export', () => {
  it('are the same counted once per article as counted from the start each time', () => {
    const pieces = ['a', '\u{1F600}', '\uD83D', '\uDE00', 'é', '\n']
    let seed = 7
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (const length of [0, 1, 1023, 1024, 1025, 2048, 5000]) {
      let text = ''
      while (text.length < length) text += pieces[next(pieces.length)]
      text = text.slice(0, length)
      const count = codePointCounter(text)
      for (const index of [0, 1, 1023, 1024, 1025, 2047, 2048, 4999, text.length, text.length + 3, next(length + 1)]) {
        expect(count(index), `${length} @ ${index}`).toBe(codePointOffset(text, index))
      }
    }
  })
})

describe('sentences around tags in one huge paragraph', () => {
  it('finds the same sentence boundaries a window at a time as in the whole text at once', () => {
    const pieces = ['Mr. Smith said. ', 'A. ', '"Yes." ', 'he said. ', 'U.S. ', '123. ', '... ', '?! ', 'Word ', '\u2029', 'é. ', '(Ok.) ', ' ', 'x', '“Quote.” ', 'no end ']
    let seed = 11
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let t = 0; t < 60; t++) {
      let text = ''
      const length = 500 + next(8_000)
      while (text.length < length) text += pieces[next(pieces.length)]
      expect(sentenceSpansForTest.icuWindowed(text)).toEqual(sentenceSpansForTest.icuWhole(text))
    }
    const long = `${'word '.repeat(3_000)}end. Next one.`
    expect(sentenceSpansForTest.icuWindowed(long)).toEqual(sentenceSpansForTest.icuWhole(long))
  })

  it('gives each of 20,000 tags in one paragraph of 20,000 sentences its sentence (the segmenter was quadratic)', () => {
    const p = project('One sentence here. '.repeat(20_000).trim())
    for (let i = 0; i < 20_000; i++) tag(p, i * 19, i * 19 + 12, 'quote', `t${i}`)
    const rows = exportProject(p, { format: 'csv', now: NOW }).split('\r\n')
    expect(rows[20_000]).toContain(',One sentence here.,')
  }, 5_000)
})

describe('the Markdown sheet on long runs of one character', () => {
  it('compares a tag with its sentence in one pass: 30 tags in sentences with 40,000 spaces each', () => {
    const p = project(Array.from({ length: 30 }, (_, i) => `“Words ${i}${' '.repeat(40_000)}end,” she said.`).join('\n'))
    for (const block of p.articles[0]!.blocks) tag(p, block.start + 1, block.start + 8, 'quote', `q${block.start}`)
    const sheet = exportProject(p, { format: 'md', now: NOW })
    expect(sheet.match(/^Context: /gm)).toHaveLength(30)
  }, 5_000)

  it('escapes a closing run of "#" in 3,000 speaker headings in one pass each', () => {
    const p = project('Words.')
    for (let i = 0; i < 3_000; i++) {
      p.people.push({ ...person(`person-${i}`, `Name ${i}`), role: `${'#'.repeat(999)}x` })
      tag(p, 0, 5, 'quote', `q${i}`).speakerId = `person-${i}`
    }
    const sheet = exportProject(p, { format: 'md', now: NOW })
    expect(sheet.match(/^### Name \d+, #{999}x$/gm)).toHaveLength(3_000)
    p.people[0]!.role = 'Editor ##'
    expect(exportProject(p, { format: 'md', now: NOW })).toContain('### Name 0, Editor \\##')
  }, 5_000)
})

describe('evidence notes in the Markdown sheet', () => {
  it('puts each of 50 evidence notes of 10,000 characters, mostly spaces, on one line in one pass', () => {
    const p = project('A claim was made.')
    const claim = tag(p, 0, 5, 'claim', 'c1')
    Object.assign(claim, { status: 'false', evidence: Array.from({ length: 50 }, (_, i) => ({ url: '', note: `Note ${i}${' '.repeat(9_970)}x\n end` })) })
    const sheet = exportProject(p, { format: 'md', now: NOW })
    expect(sheet.match(/^- Note \d+ +x end$/gm)).toHaveLength(50)
  }, 5_000)
})
