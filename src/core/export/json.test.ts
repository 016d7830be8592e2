import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSampleProject } from '../sample'
import { deepFreeze } from '../../../tests/support/projectTesting'
import { exportFormats, exportProject, formatInfo, isExportFormat, type ExportFormat } from '.'
import { CHECKER, tagSample, TAGGED_SAMPLE_NOW, type SeedGold } from './taggedSample'

const root = join(__dirname, '..', '..', '..')
const read = (...parts: string[]): string => readFileSync(join(root, ...parts), 'utf8')
const sample = buildSampleProject(read('seeds', 'manifest.json'), (f) => read('seeds', f), '2026-01-10T08:00:00.000Z')
const project = deepFreeze(tagSample(sample, JSON.parse(read('tests', 'fixtures', 'seed-gold.json')) as SeedGold))

type Exported = { annotations: Array<Record<string, unknown> & { id: string; text: string; links: Array<{ type: string; to: string }> }> } & Record<string, unknown>
const json = (selection?: Parameters<typeof exportProject>[1]['selection']): Exported =>
  JSON.parse(exportProject(project, { format: 'json', now: TAGGED_SAMPLE_NOW, exportedBy: CHECKER, selection })) as Exported

describe('the JSON export', () => {
  const doc = json()
  const find = (start: string) => doc.annotations.find((a) => a.text.startsWith(start))!

  it('has the documented top-level shape, keys in order', () => {
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'exportedBy', 'project', 'annotations'])
    expect(doc).toMatchObject({ format: 'quotemark-export', version: 1, exportedAt: TAGGED_SAMPLE_NOW, exportedBy: 'Sam Okafor', project: { id: project.id, name: project.name } })
    expect(doc.annotations).toHaveLength(project.annotations.length)
  })

  it('writes every annotation with the same keys in the same order', () => {
    const keys = ['id', 'kind', 'text', 'article', 'speaker', 'attribution', 'status', 'note', 'evidence', 'links', 'verification', 'target', 'paragraph', 'sentence', 'author', 'updatedBy', 'createdAt', 'updatedAt']
    for (const a of doc.annotations) expect(Object.keys(a)).toEqual(keys)
    expect(Object.keys(find('an important number').article as object)).toEqual(['id', 'title', 'outlet', 'byline', 'publishedAt', 'url'])
  })

  it('carries a quote’s check against its source, with the source named, and null for a tag never checked', () => {
    expect(find('an important number').verification).toMatchObject({ status: 'verbatim', source: { title: 'Rodríguez statement (illustrative)', kind: 'transcript' }, time: 754, differences: [], flags: [] })
    expect(find('a significant number').verification).toBeNull()
  })

  it('carries the article, the speaker found through the attribution, and the place in the text', () => {
    const consider = find('Consider this gesture')
    expect(consider.article).toEqual({ id: project.articles[0]!.id, title: 'Venezuela Begins Releasing Political Prisoners', outlet: 'The New York Times', byline: '', publishedAt: '2026-01-09', url: '' })
    expect(consider.speaker).toMatchObject({ name: 'Jorge Rodríguez', role: "President of Venezuela's National Assembly", affiliation: '', kind: 'person' })
    expect(consider.attribution).toMatchObject({ text: 'said Rodríguez' })
    expect(consider).toMatchObject({ kind: 'quote', status: null, paragraph: 5, author: 'Ana Pérez' })
    const stored = project.annotations.find((a) => a.id === consider.id)!
    expect(consider.target).toEqual(stored.target)
    expect(find('the United States captured')).toMatchObject({ status: 'disputed', speaker: null, attribution: null, updatedBy: 'Sam Okafor' })
  })

  it('lists a link on both of its tags, each pointing at the other', () => {
    const [contradicts] = project.links
    expect(doc.annotations.find((a) => a.id === contradicts!.from)!.links).toEqual([{ type: 'contradicts', to: contradicts!.to, note: 'Sunday vs Saturday' }])
    expect(doc.annotations.find((a) => a.id === contradicts!.to)!.links).toEqual([{ type: 'contradicts', to: contradicts!.from, note: 'Sunday vs Saturday' }])
  })

  it('exports only the selection', () => {
    expect(json({ kinds: ['claim'] }).annotations.map((a) => a.kind)).toEqual(['claim', 'claim', 'claim', 'claim', 'claim'])
  })
})

describe('the export formats', () => {
  it('are the five the app and the command line offer, each with a label, an extension and a MIME type', () => {
    expect(exportFormats).toEqual(['csv', 'md', 'json', 'w3c', 'claimreview'])
    expect(Object.fromEntries(exportFormats.map((f) => [f, formatInfo[f].extension]))).toEqual({ csv: '.csv', md: '.md', json: '.json', w3c: '.jsonld', claimreview: '.jsonld' })
    expect(formatInfo.csv.label).toBe('CSV for Excel, Sheets, LibreOffice')
    expect(formatInfo.md.mime).toBe('text/markdown')
    expect(isExportFormat('md')).toBe(true)
    expect(isExportFormat('xlsx')).toBe(false)
  })

  it('refuses a format it does not know, naming the ones it does', () => {
    expect(() => exportProject(project, { format: 'xlsx' as ExportFormat, now: TAGGED_SAMPLE_NOW })).toThrow('"xlsx" is not an export format; use one of csv, md, json, w3c, claimreview.')
  })

  it('read the time only from `now`, and leave the project untouched (it is frozen here)', () => {
    for (const format of exportFormats) {
      const a = exportProject(project, { format, now: '2030-05-06T07:08:09.000Z', exportedBy: 'X' })
      const b = exportProject(project, { format, now: '2030-05-06T07:08:09.000Z', exportedBy: 'X' })
      expect(a).toBe(b)
    }
    expect(exportProject(project, { format: 'json', now: '2030-05-06T07:08:09.000Z' })).toContain('"exportedAt": "2030-05-06T07:08:09.000Z"')
    expect(exportProject(project, { format: 'claimreview', now: '2030-05-06T07:08:09.000Z' })).toContain('"datePublished": "2030-05-06"')
  })
})
