/**
 * Golden files: every export format of the sample project with the gold
 * quotes, attributions, claims and links tagged (taggedSample.ts), at a fixed
 * time, compared byte for byte with tests/fixtures/export/sample.*.
 *
 * After a deliberate change to an export, rewrite the goldens with
 *
 *     UPDATE_GOLDEN=1 npx vitest run src/core/export
 *
 * and read the diff (above all sample.md: reporters paste it into drafts)
 * before keeping it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProject, serializeProject } from '../projectFile'
import { buildSampleProject } from '../sample'
import { deepFreeze } from '../../../tests/support/projectTesting'
import { exportFormats, exportProject, type ExportFormat } from '.'
import { CHECKER, tagSample, TAGGED_SAMPLE_NOW, type SeedGold } from './taggedSample'

const root = join(__dirname, '..', '..', '..')
const seeds = join(root, 'seeds')
const goldens = join(root, 'tests', 'fixtures', 'export')
const updating = process.env.UPDATE_GOLDEN === '1'

const sample = buildSampleProject(readFileSync(join(seeds, 'manifest.json'), 'utf8'), (f) => readFileSync(join(seeds, f), 'utf8'), '2026-01-10T08:00:00.000Z')
const gold = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-gold.json'), 'utf8')) as SeedGold
const project = deepFreeze(tagSample(sample, gold))

const goldenNames: Record<ExportFormat, string> = {
  csv: 'sample.csv',
  md: 'sample.md',
  json: 'sample.json',
  w3c: 'sample.w3c.jsonld',
  claimreview: 'sample.claimreview.jsonld'
}

describe('the tagged sample the goldens are made from', () => {
  it('is a project Quotemark would open, with every gold quote tagged once', () => {
    const reopened = parseProject(serializeProject(project), 'sample.quotemark.json')
    expect(reopened.ok).toBe(true)
    expect(project.annotations.filter((a) => a.kind === 'quote')).toHaveLength(gold.quotes.length)
    expect(project.annotations.filter((a) => a.kind === 'quote').map((a) => a.target.exact)).toEqual(gold.quotes.map((q) => q.exact))
  })

  it('has attributions, claims with verdicts and links to export', () => {
    expect(project.annotations.filter((a) => a.kind === 'attribution').map((a) => a.target.exact)).toEqual([
      'said Rodríguez',
      'said Alfredo Romero, director of Foro Penal',
      'US President Donald Trump wrote on Truth Social'
    ])
    expect(project.annotations.filter((a) => a.kind === 'claim').map((a) => a.status)).toEqual(['unverified', 'disputed', 'verified', 'disputed', 'unverified'])
    expect(project.links.map((l) => l.type)).toEqual(['contradicts', 'same-statement'])
  })
})

describe('golden export files', () => {
  for (const format of exportFormats) {
    it(`${format} of the tagged sample is byte for byte tests/fixtures/export/${goldenNames[format]}`, () => {
      const text = exportProject(project, { format, now: TAGGED_SAMPLE_NOW, exportedBy: CHECKER })
      const file = join(goldens, goldenNames[format])
      if (updating) writeFileSync(file, text, 'utf8')
      expect(existsSync(file), `${file} is missing; run with UPDATE_GOLDEN=1 to write it`).toBe(true)
      // The string comparison shows a readable diff; the byte comparison also catches a lost BOM or CRLF.
      expect(text).toBe(readFileSync(file, 'utf8'))
      expect(Buffer.from(text, 'utf8').equals(readFileSync(file))).toBe(true)
    })
  }

  it('come out the same on a second run, so a golden can only change when the code does', () => {
    for (const format of exportFormats) {
      const again = exportProject(structuredClone(project), { format, now: TAGGED_SAMPLE_NOW, exportedBy: CHECKER })
      expect(again).toBe(exportProject(project, { format, now: TAGGED_SAMPLE_NOW, exportedBy: CHECKER }))
    }
  })
})
