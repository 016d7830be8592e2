import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { emptyProject, type Annotation, type Link, type Person, type Project } from '../schema'
import { exportProject } from '.'
import { citationFor, quoted } from './citation'
import { CSV_BOM, rowColumns } from './rows'
import Papa from 'papaparse'

const NOW = '2026-03-04T09:00:00.000Z'
const STORY = [
  '“We will rebuild this city street by street,” Mayor Denise Okonkwo said on Tuesday. “Nobody will be left behind.”',
  '“It is not enough,” said Rodríguez. Residents said the water rose in under an hour.'
].join('\n\n')

function person(id: string, name: string): Person {
  return { id, kind: 'person', name, aliases: [], role: 'Mayor', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
}

/** The story with Okonkwo's two quotes sharing one attribution, Rodríguez's quote, a claim with evidence, and a link. */
function story(): Project {
  const article = importArticle({ fileName: 'story.txt', content: STORY, meta: { title: 'Rebuilding', outlet: 'The Ledger', publishedAt: '4 March 2026' } }, NOW, 'a1')
  const tag = (id: string, kind: Annotation['kind'], exact: string, extra: Partial<Annotation> = {}): Annotation => {
    const start = article.text.indexOf(exact)
    return { ...createAnnotation({ id, articleId: 'a1', text: article.text, start, end: start + exact.length, kind, author: 'Ana', now: NOW }), ...extra }
  }
  const link: Link = { id: 'l1', type: 'contradicts', from: 'claim', to: 'q3', note: '', createdAt: NOW, updatedAt: NOW }
  return {
    ...emptyProject('Desk', 'p1', NOW),
    articles: [article],
    people: [person('denise', 'Denise Okonkwo')],
    annotations: [
      tag('attr', 'attribution', 'Mayor Denise Okonkwo said', { speakerId: 'denise' }),
      tag('q1', 'quote', '“We will rebuild this city street by street,”', { attributionId: 'attr' }),
      tag('q2', 'quote', '“Nobody will be left behind.”', { attributionId: 'attr' }),
      tag('q3', 'quote', '“It is not enough,”'),
      tag('claim', 'claim', 'the water rose in under an hour', { evidence: [{ url: 'https://example.org/gauge', note: 'River gauge log' }, { url: '', note: 'Called the fire service' }] })
    ],
    links: [link]
  }
}

describe('a quote in an export ends where the speaker’s words end', () => {
  it('loses the comma that belongs to the sentence around it, in Copy with citation', () => {
    expect(citationFor(story(), 'q1')).toBe('“We will rebuild this city street by street” — Denise Okonkwo, Mayor (The Ledger, 4 March 2026)')
  })

  it('loses it in the quote sheet too, and keeps a question mark or full stop', () => {
    const md = exportProject(story(), { format: 'md', now: NOW })
    expect(md).toContain('> “We will rebuild this city street by street”\n')
    expect(md).toContain('> “Nobody will be left behind.”\n')
    expect(quoted('Why not?')).toBe('“Why not?”')
    expect(quoted('street by street;')).toBe('“street by street”')
    expect(quoted(',')).toBe('“,”')
  })
})

describe('a continuation quote in the quote sheet', () => {
  const md = exportProject(story(), { format: 'md', now: NOW })

  it('has a context line with the sentence before it, which says who is speaking', () => {
    const entry = md.slice(md.indexOf('> “Nobody will be left behind.”'))
    const lines = entry.split('\n\n')
    expect(lines[2]).toBe('Context: “We will rebuild this city street by street,” Mayor Denise Okonkwo said on Tuesday. “Nobody will be left behind.”')
  })

  it('gives the quote that opens the attribution only its own sentence', () => {
    const entry = md.slice(md.indexOf('> “We will rebuild'), md.indexOf('> “Nobody'))
    expect(entry).toContain('Context: “We will rebuild this city street by street,” Mayor Denise Okonkwo said on Tuesday.\n')
  })
})

describe('the CSV', () => {
  const [header, ...records] = Papa.parse<string[]>(exportProject(story(), { format: 'csv', now: NOW }).slice(CSV_BOM.length), { skipEmptyLines: true }).data
  const cell = (id: number, label: string): string => records[id]![header!.indexOf(label)]!

  it('has a claim’s evidence, one item a line', () => {
    expect(rowColumns.map((c) => c.label)).toContain('Evidence')
    expect(cell(4, 'Evidence')).toBe('https://example.org/gauge — River gauge log\nCalled the fire service')
    expect(cell(1, 'Evidence')).toBe('')
  })

  it('has each tag’s links, from either end', () => {
    expect(cell(4, 'Links')).toBe('Contradicts “It is not enough” (The Ledger, 4 March 2026)')
    expect(cell(3, 'Links')).toBe('Contradicted by “the water rose in under an hour” (The Ledger, 4 March 2026)')
  })
})
