/**
 * `quotemark export`: every format, --out, --kind and --speaker, and a project it cannot read.
 * The real `quotemark` command (bin/quotemark.js → out/cli/quotemark.js,
 * plain Node) on temp files. Run after `npm run build`, with the shell tests
 * (vitest.shell.config.ts); the shared setup is in tests/support/quotemarkCli.ts.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { exportFormats, exportProject } from '../../src/core/export'
import { dir, NOW, oneLine, quotemark, sample, samplePath, useCliFolder } from '../support/quotemarkCli'

useCliFolder()

describe.concurrent('quotemark export', () => {
  it.each(exportFormats)('writes %s to stdout, byte for byte what the core export makes for the app', async (format) => {
    const result = await quotemark(['export', 'sample.quotemark.json', '--format', format])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(exportProject(sample, { format, now: NOW }))
  })

  it('writes CSV that parses back to the tagged words, accents and all', async () => {
    const { stdout } = await quotemark(['export', 'sample.quotemark.json', '--format', 'csv'])
    const cells = Papa.parse<string[]>(stdout.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat()
    expect(cells).toContain('an important number')
    expect(cells).toContain('the United States captured President Nicolás Maduro on Sunday')
    expect(cells.join('\n')).toContain('Jorge Rodríguez')
  })

  it('writes JSON-LD and JSON that parse, naming the claim under review', async () => {
    for (const format of ['json', 'w3c', 'claimreview'] as const) {
      const { stdout } = await quotemark(['export', 'sample.quotemark.json', '-f', format])
      expect(() => JSON.parse(stdout), `${format} output is JSON`).not.toThrow()
    }
    const claims = await quotemark(['export', 'sample.quotemark.json', '-f', 'claimreview'])
    expect(claims.stdout).toContain('the United States captured President Nicolás Maduro on Sunday')
    expect(claims.stdout).not.toContain('an important number')
  })

  it('writes --out to the file (atomically, no temp file left) and keeps stdout free of the data', async () => {
    const result = await quotemark(['export', 'sample.quotemark.json', '--format', 'md', '--out', 'sheet.md'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(await readFile(join(dir, 'sheet.md'), 'utf8')).toBe(exportProject(sample, { format: 'md', now: NOW }))
    expect(result.stdout).toBe('Wrote 7 tags from sample.quotemark.json to sheet.md (md).\n')
    expect(result.stdout).not.toContain('an important number')
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])

    // An existing file is replaced whole.
    await writeFile(join(dir, 'quotes.csv'), 'old contents that are longer than nothing at all')
    expect((await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '-o', 'quotes.csv'])).code).toBe(0)
    expect(await readFile(join(dir, 'quotes.csv'), 'utf8')).toBe(exportProject(sample, { format: 'csv', now: NOW }))
  })

  it('never writes the export over the project file, and says so in one sentence', async () => {
    const before = await readFile(samplePath)
    for (const out of ['sample.quotemark.json', join(dir, 'sample.quotemark.json'), './sub/../sample.quotemark.json']) {
      const result = await quotemark(['export', 'sample.quotemark.json', '-f', 'json', '--out', out])
      expect(result.code).toBe(2)
      expect(oneLine(result.stderr)).toContain('sample.quotemark.json')
      expect(await readFile(samplePath)).toEqual(before)
    }
  })

  it('reports an output it cannot write in one sentence naming it, with exit 1', async () => {
    const result = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '--out', join('no-such-folder', 'quotes.csv')])
    expect(result.code).toBe(1)
    expect(oneLine(result.stderr)).toMatch(/quotes\.csv.*folder does not exist/)
  })

  it('keeps only the kinds asked for, with --kind repeated or comma-separated', async () => {
    const expected = exportProject(sample, { format: 'csv', selection: { kinds: ['quote', 'claim'] }, now: NOW })
    const repeated = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '--kind', 'quote', '--kind', 'claim'])
    const commas = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '--kind=quote,claim'])
    expect(repeated.code).toBe(0)
    expect(repeated.stdout).toBe(expected)
    expect(commas.stdout).toBe(expected)

    const claimsOnly = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '-k', 'claim'])
    expect(claimsOnly.stdout).toBe(exportProject(sample, { format: 'csv', selection: { kinds: ['claim'] }, now: NOW }))
    expect(claimsOnly.stdout).toContain('Nicolás Maduro')
    expect(claimsOnly.stdout).not.toContain('an important number')
    expect(claimsOnly.stdout).not.toContain('said Alfredo Romero')
  })

  it("keeps only one speaker's tags with --speaker, including those attributed to them", async () => {
    const result = await quotemark(['export', 'sample.quotemark.json', '-f', 'csv', '--kind', 'quote', '--speaker', 'Alfredo Romero'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(exportProject(sample, { format: 'csv', selection: { kinds: ['quote'], speaker: 'Alfredo Romero' }, now: NOW }))
    expect(result.stdout).toContain('Let us hope that this is indeed the beginning')
    expect(result.stdout).toContain('May the justice system work to protect citizens')
    expect(result.stdout).not.toContain('an important number')
    expect(result.stdout).not.toContain("We haven't gotten to that yet.")
  })

  it('exits 0 when nothing matches: an empty export is not an error, but an unknown speaker is pointed out', async () => {
    const result = await quotemark(['export', 'sample.quotemark.json', '-f', 'md', '--speaker', 'Nobody Atall'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(exportProject(sample, { format: 'md', selection: { speaker: 'Nobody Atall' }, now: NOW }))
    expect(oneLine(result.stderr)).toBe('No one in sample.quotemark.json is called "Nobody Atall", so the export has no tags.')

    const noClaimsByTrump = await quotemark(['export', 'sample.quotemark.json', '-f', 'claimreview', '--kind', 'claim', '--speaker', 'Donald Trump'])
    expect(noClaimsByTrump.code).toBe(0)
    expect(noClaimsByTrump.stderr).toBe('')
    expect(noClaimsByTrump.stdout).toBe(exportProject(sample, { format: 'claimreview', selection: { kinds: ['claim'], speaker: 'Donald Trump' }, now: NOW }))
  })

  it('reports a project that cannot be read in one sentence naming it, with exit 1 and nothing on stdout', async () => {
    const result = await quotemark(['export', 'missing.quotemark.json', '-f', 'csv'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(oneLine(result.stderr)).toBe('missing.quotemark.json cannot be opened: the file does not exist (it may have been moved or deleted).')
  })
})
