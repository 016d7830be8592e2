import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { buildSampleProject } from '../sample'
import { emptyProject, type Project } from '../schema'
import { exportProject, selectAnnotations } from '.'
import { codePointOffset, derivedUuid, urnFor } from './w3c'
import { CHECKER, tagSample, TAGGED_SAMPLE_NOW, type SeedGold } from './taggedSample'

const root = join(__dirname, '..', '..', '..')
const read = (...parts: string[]): string => readFileSync(join(root, ...parts), 'utf8')
const sample = buildSampleProject(read('seeds', 'manifest.json'), (f) => read('seeds', f), '2026-01-10T08:00:00.000Z')
const project = tagSample(sample, JSON.parse(read('tests', 'fixtures', 'seed-gold.json')) as SeedGold)

type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }
type Item = {
  id: string
  type: string
  motivation: string
  body: Array<string | { type: string; purpose: string; value?: string; source?: string }>
  target: string | { source: string; selector: Selector[] }
  creator?: { type: string; name: string }
  created: string
  modified: string
}
type Collection = { '@context': string; id: string; type: string; label: string; total: number; first: { id: string; type: string; partOf: string; startIndex: number; items: Item[] } }

const w3c = (p: Project, selection?: Parameters<typeof exportProject>[1]['selection']): Collection =>
  JSON.parse(exportProject(p, { format: 'w3c', now: TAGGED_SAMPLE_NOW, exportedBy: CHECKER, selection })) as Collection
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('the W3C Web Annotation export', () => {
  const doc = w3c(project)
  const items = doc.first.items
  const tags = items.filter((i) => i.motivation === 'tagging')
  const links = items.filter((i) => i.motivation === 'linking')

  it('is an AnnotationCollection with the anno.jsonld context and one embedded page', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(doc.type).toBe('AnnotationCollection')
    expect(doc.id).toBe(`urn:uuid:${project.id}`)
    expect(doc.label).toBe(project.name)
    expect(doc.first).toMatchObject({ type: 'AnnotationPage', partOf: doc.id, startIndex: 0 })
    expect(doc.first.id).toMatch(URN_UUID)
    expect(doc.total).toBe(items.length)
  })

  it('gives every annotation the model\'s required fields and a unique urn:uuid id', () => {
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item.id).toMatch(URN_UUID)
      expect(item.type).toBe('Annotation')
      expect(['tagging', 'linking']).toContain(item.motivation)
      expect(item.target).toBeTruthy()
      expect(item.body.length).toBeGreaterThan(0)
      expect(item.created).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(item.modified).toMatch(/^\d{4}-\d\d-\d\dT/)
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    // The tags come first, in export order; the linking annotations follow.
    expect(items.slice(0, tags.length)).toEqual(tags)
    expect(tags.map((t) => t.id)).toEqual(selectAnnotations(project).map((a) => urnFor(a.id)))
  })

  it('targets each tag\'s article with quote and position selectors that agree with the article text', () => {
    for (const tag of tags) {
      const target = tag.target as { source: string; selector: Selector[] }
      const article = project.articles.find((a) => target.source === `urn:uuid:${a.id}`)!
      expect(article).toBeDefined()
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector')!
      const position = target.selector.find((s) => s.type === 'TextPositionSelector')!
      expect(quote.exact).toBe(article.text.slice(position.start, position.end))
      expect(article.text.slice(0, position.start).endsWith(quote.prefix!)).toBe(true)
      expect(article.text.slice(position.end).startsWith(quote.suffix!)).toBe(true)
    }
  })

  it('tags with the kind, names the speaker, assesses a claim and its check against a source, and carries the note and creator', () => {
    const consider = tags.find((t) => (t.target as { selector: Selector[] }).selector[0]!.exact!.startsWith('Consider this gesture'))!
    expect(consider.creator).toEqual({ type: 'Person', name: 'Ana Pérez' })
    expect(consider.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
      { type: 'TextualBody', purpose: 'describing', value: 'Jorge Rodríguez' },
      {
        type: 'TextualBody',
        purpose: 'assessing',
        value: 'Checked: words changed against the transcript “Rodríguez statement (illustrative)” at 12:51. Differences: added: “and striving for prosperity”.',
        format: 'text/plain'
      },
      { type: 'TextualBody', purpose: 'commenting', value: 'Check against the state TV transcript: *not* verbatim, [translated] by the NYT.', format: 'text/plain' }
    ])
    const attribution = tags.find((t) => t.body.some((b) => typeof b !== 'string' && b.value === 'attribution'))!
    expect(attribution.body).toContainEqual({ type: 'TextualBody', purpose: 'identifying', value: 'Jorge Rodríguez' })
    const sunday = tags.find((t) => (t.target as { selector: Selector[] }).selector[0]!.exact!.endsWith('on Sunday'))!
    expect(sunday.body).toContainEqual({ type: 'TextualBody', purpose: 'assessing', value: 'disputed' })
  })

  it('links each attributed quote to its attribution tag, and writes each project link', () => {
    const byId = new Map(project.annotations.map((a) => [urnFor(a.id), a]))
    const attributionLinks = links.filter((l) => l.body.some((b) => typeof b !== 'string' && b.value === 'attribution'))
    expect(attributionLinks).toHaveLength(project.annotations.filter((a) => a.attributionId).length)
    for (const link of attributionLinks) {
      const quote = byId.get(link.target as string)!
      expect(byId.get(link.body[0] as string)!.id).toBe(quote.attributionId)
    }
    const contradicts = links.find((l) => l.body.some((b) => typeof b !== 'string' && b.value === 'contradicts'))!
    const [projectLink] = project.links
    expect(contradicts).toMatchObject({ id: urnFor(projectLink!.id), target: urnFor(projectLink!.from) })
    expect(contradicts.body[0]).toBe(urnFor(projectLink!.to))
    expect(links).toHaveLength(attributionLinks.length + project.links.length)
  })

  it('writes a linking annotation only when both of its tags are exported', () => {
    // Quotes only: no attribution tags, so no attribution links; the quote-to-quote link stays.
    const quotesOnly = w3c(project, { kinds: ['quote'] }).first.items.filter((i) => i.motivation === 'linking')
    expect(quotesOnly.map((l) => l.body[1])).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'same-statement' }])
    const bothEnds = w3c(project, { annotationIds: [project.links[1]!.from, project.links[1]!.to] })
    expect(bothEnds.first.items.map((i) => i.motivation)).toEqual(['tagging', 'tagging', 'linking'])
  })

  it('uses the article address as the source when it has one', () => {
    const withUrl = { ...project, articles: project.articles.map((a, i) => (i === 1 ? { ...a, url: 'https://www.bbc.com/news/articles/x' } : a)) }
    const sources = new Set(w3c(withUrl).first.items.flatMap((i) => (typeof i.target === 'string' ? [] : [i.target.source])))
    expect(sources).toEqual(new Set([`urn:uuid:${project.articles[0]!.id}`, 'https://www.bbc.com/news/articles/x']))
  })

  it('counts positions in code points, as the model requires, when the text has characters beyond 16 bits', () => {
    const now = TAGGED_SAMPLE_NOW
    const article = importArticle({ fileName: 'e.txt', content: 'Fans 🎉🎉 cheered: "We won," said Núñez.' }, now, 'a1')
    const start = article.text.indexOf('We won')
    const ann = createAnnotation({ articleId: 'a1', text: article.text, start, end: start + 6, kind: 'quote', author: '', now, id: 'q1' })
    const doc = w3c({ ...emptyProject('E', 'p', now), articles: [article], annotations: [ann] })
    const [quote, position] = (doc.first.items[0]!.target as { selector: Selector[] }).selector
    expect(ann.target.start - position!.start!).toBe(2)
    expect([...article.text].slice(position!.start, position!.end).join('')).toBe(quote!.exact)
    expect(doc.first.items[0]!.creator).toBeUndefined()
  })
})

describe('ids', () => {
  it('keeps a UUID id as is and derives a stable v8 UUID for any other', () => {
    expect(urnFor('00000000-0000-4000-8000-00000000002A')).toBe('urn:uuid:00000000-0000-4000-8000-00000000002a')
    expect(urnFor('legacy id 7')).toMatch(URN_UUID)
    expect(urnFor('legacy id 7')).toBe(urnFor('legacy id 7'))
    expect(urnFor('legacy id 7')).not.toBe(urnFor('legacy id 8'))
    expect(derivedUuid('x')[14]).toBe('8')
  })

  it('counts a surrogate pair as one code point', () => {
    expect(codePointOffset('a🎉b', 3)).toBe(2)
    expect(codePointOffset('abc', 2)).toBe(2)
  })
})
