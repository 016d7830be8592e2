/**
 * `npm run bench`: performance figures for Quotemark on a synthetic project
 * (see synthetic.ts), each the median and p95 of several runs, beside a
 * baseline measured in the same run, with the ratio and the target from
 * issue 7. Prints a table and writes bench-results.json at the repository root.
 *
 * Bundled by scripts/bench/vite.bench.config.mts into out/bench/bench.cjs
 * (plain Node, CommonJS), so it runs the app's real core and ProjectStore.
 * The CSV export runs the real built command line (node bin/quotemark.js).
 * The browser figures come from scripts/bench/browser.bench.ts, run by
 * Playwright with its own config; BENCH_BROWSER=0 skips them.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import Papa from 'papaparse'
import { exportProject, exportRows, rowColumns } from '../../src/core/export'
import { emptyFilter, facetCounts, filterAnnotations } from '../../src/core/filter'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import type { Project } from '../../src/core/schema'
import { nodeFs, type DurableFs } from '../../src/main/durableWrite'
import { ProjectStore } from '../../src/main/projectStore'
import { importFigures } from './importBench'
import { FILTER_QUERIES, syntheticProject } from './synthetic'
import { figure, type Figure } from './figures'

const root = resolve(__dirname, '../..')

const gc = () => (globalThis as { gc?: () => void }).gc?.()


async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

/** Interleaved runs of a subject and its baseline (after one warm-up each), so drift hits both alike. */
async function paired(runs: number, subject: (i: number) => unknown, baseline: (i: number) => unknown): Promise<[number[], number[]]> {
  await subject(-1)
  await baseline(-1)
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < runs; i++) {
    gc()
    a.push(await time(() => subject(i)))
    gc()
    b.push(await time(() => baseline(i)))
  }
  return [a, b]
}

/** BENCH_ONLY=load,filter runs only those parts (for working on one figure). */
const only = (part: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(part)

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`)
}

async function main(): Promise<void> {
  const started = performance.now()
  const dir = await mkdtemp(join(tmpdir(), 'quotemark-bench-'))
  const projectPath = join(dir, 'bench.quotemark.json')
  const figures: Figure[] = []
  try {
    // ---- the project ------------------------------------------------------
    let t = performance.now()
    const project = syntheticProject()
    const text = serializeProject(project)
    await writeFile(projectPath, text)
    const words = project.articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0)
    log(
      `synthetic project: ${project.articles.length} articles (${Math.round(words / project.articles.length)} words each), ${project.annotations.length} tags, ` +
        `${project.people.length} people, ${project.links.length} links; ${(text.length / 1e6).toFixed(1)} MB; made in ${Math.round(performance.now() - t)} ms`
    )
    const check = parseProject(text, 'bench.quotemark.json')
    if (!check.ok) throw new Error(`the synthetic project does not load: ${check.message}`)
    if (check.reanchored) throw new Error('the synthetic project needed re-anchoring: its targets are wrong')

    // ---- load ---------------------------------------------------------------
    if (only('load')) {
      log('load…')
      const [subject, base] = await paired(
        7,
        async () => {
          const r = parseProject(await readFile(projectPath, 'utf8'), 'bench.quotemark.json')
          if (!r.ok) throw new Error(r.message)
        },
        async () => JSON.parse(await readFile(projectPath, 'utf8'))
      )
      figures.push(figure('load: read + parseProject (migrate, validate, references, anchors) vs JSON.parse(readFile)', subject, base, { ratio: 2 }))
      const store = new ProjectStore({ watch: false })
      const [opened, base2] = await paired(
        7,
        async () => {
          await store.open(projectPath)
        },
        async () => JSON.parse(await readFile(projectPath, 'utf8'))
      )
      await store.close()
      figures.push(figure('load: ProjectStore.open (as the app and CLI do) vs JSON.parse(readFile)', opened, base2, { ratio: 2 }))
    }

    // ---- save ---------------------------------------------------------------
    if (only('save')) {
      log('save…')
      // A copy: the later figures read the project as generated.
      const savePath = join(dir, 'save.quotemark.json')
      await writeFile(savePath, text)
      // The real file system, with the time spent in fsync (the temp file's and the folder's) added up, to say what durability costs.
      let syncMs = 0
      const timedFs: DurableFs = {
        ...nodeFs,
        open: async (path, flags) => {
          const handle = await nodeFs.open(path, flags)
          return {
            write: (...args) => handle.write(...args),
            close: () => handle.close(),
            sync: async () => {
              const t0 = performance.now()
              await handle.sync()
              syncMs += performance.now() - t0
            }
          }
        }
      }
      const store = new ProjectStore({ watch: false, debounceMs: 3_600_000, fs: timedFs })
      await store.open(savePath)
      const ids = store.project!.annotations.filter((_, i) => i % 997 === 0).map((a) => a.id)
      const basePath = join(dir, 'baseline-save.json')
      const change = (i: number) => {
        const outcome = store.applyUntrusted({
          type: 'annotation.update',
          id: ids[(i + ids.length) % ids.length],
          patch: { note: `bench note ${i}` },
          updatedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i + 1)).toISOString(),
          updatedBy: 'Bench'
        })
        if (!outcome.ok) throw new Error(outcome.error)
      }
      const syncs: number[] = []
      const [subject, base] = await paired(
        9,
        async (i) => {
          syncMs = 0
          change(i)
          await store.flush()
          if (i >= 0) syncs.push(syncMs)
        },
        async () => writeFile(basePath, JSON.stringify(store.project))
      )
      figures.push(
        figure('save after one change: ProjectStore apply + flush (temp file, fsync, rename, fsync folder) vs writeFile(JSON.stringify)', subject, base, { ratio: 1.5 })
      )
      figures.push(figure('save: of which fsync (temp file and folder), the price of durability', syncs, null, null))

      // The longest stretch the main thread is blocked while saving (IPC from the window waits that long).
      const blocks: number[] = []
      for (let i = 0; i < 5; i++) {
        gc()
        let last = performance.now()
        let longest = 0
        let done = false
        const tick = () => {
          const now = performance.now()
          longest = Math.max(longest, now - last)
          last = now
          if (!done) setImmediate(tick)
        }
        setImmediate(tick)
        change(100 + i)
        await store.flush()
        done = true
        const now = performance.now()
        longest = Math.max(longest, now - last)
        blocks.push(longest)
      }
      figures.push(figure('save: longest main-process block during apply + flush', blocks, null, null))
      await store.close()

      // The first save after opening: no record's bytes are kept yet, so the whole project is serialised (once).
      const firstPath = join(dir, 'first-save.quotemark.json')
      await writeFile(firstPath, text)
      const firsts: number[] = []
      const firstBase: number[] = []
      for (let i = 0; i < 5; i++) {
        const fresh = new ProjectStore({ watch: false, debounceMs: 3_600_000 })
        await fresh.open(firstPath)
        gc()
        firsts.push(
          await time(async () => {
            const outcome = fresh.applyUntrusted({ type: 'annotation.update', id: ids[i % ids.length]!, patch: { note: `first save ${i}` }, updatedAt: new Date(Date.UTC(2025, 1, 1, 0, 0, i)).toISOString(), updatedBy: 'Bench' })
            if (!outcome.ok) throw new Error(outcome.error)
            await fresh.flush()
          })
        )
        gc()
        firstBase.push(await time(() => writeFile(basePath, JSON.stringify(fresh.project))))
        await fresh.close()
      }
      figures.push(figure('save: the first save after opening (every record serialised, then kept) vs writeFile(JSON.stringify)', firsts, firstBase, null))
    }

    // ---- filter -------------------------------------------------------------
    if (only('filter')) {
      log('filter…')
      const loaded = parseProject(await readFile(projectPath, 'utf8'), 'x')
      if (!loaded.ok) throw new Error(loaded.message)
      const p: Project = loaded.project
      const keystroke = (q: string) => {
        const f = { ...emptyFilter, text: q }
        const list = filterAnnotations(p, f)
        const counts = facetCounts(p, f)
        return list.length + counts.total
      }
      const cold = await time(() => keystroke(FILTER_QUERIES[0]!.slice(0, 1)))
      const samples: number[] = []
      const base: number[] = []
      const naive = (q: string) => p.annotations.filter((a) => a.target.exact.toLowerCase().includes(q) || a.note.toLowerCase().includes(q)).length
      for (let pass = 0; pass < 3; pass++) {
        for (const query of FILTER_QUERIES) {
          for (let n = 1; n <= query.length; n++) {
            const q = query.slice(0, n)
            samples.push(await time(() => keystroke(q)))
            base.push(await time(() => naive(q)))
          }
        }
      }
      figures.push(figure('filter keystroke over 20,000 tags: filterAnnotations + facetCounts (baseline: bare toLowerCase().includes scan)', samples, base, { median: 50 }))
      figures.push(figure('filter: first keystroke (text folding cache cold)', [cold], null, { median: 50 }))
    }

    // ---- CSV export -----------------------------------------------------------
    if (only('export')) {
      log('export…')
      const cli = join(root, 'bin', 'quotemark.js')
      if (!existsSync(join(root, 'out', 'cli', 'quotemark.js'))) throw new Error('out/cli/quotemark.js is missing: run `npm run build` first')
      const csvPath = join(dir, 'export.csv')
      const basePath = join(dir, 'baseline.csv')
      const rowsPath = join(dir, 'rows.json')
      const rows = exportRows(project)
      await writeFile(rowsPath, JSON.stringify({ fields: rowColumns.map((c) => c.label), data: rows.map((row) => rowColumns.map(({ key }) => row[key] ?? '')) }))
      const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' }
      const runNode = (args: string[]) => {
        const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
        if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`)
      }
      const [subject, base] = await paired(
        5,
        () => runNode([cli, 'export', projectPath, '--format', 'csv', '--out', csvPath]),
        () => runNode([join(root, 'scripts', 'bench', 'csvBaseline.cjs'), rowsPath, basePath])
      )
      const same = readFileSync(csvPath, 'utf8') === readFileSync(basePath, 'utf8')
      if (!same) {
        const a = readFileSync(csvPath, 'utf8')
        const b = readFileSync(basePath, 'utf8')
        let i = 0
        while (i < a.length && a[i] === b[i]) i++
        log(`warning: the CLI CSV and the baseline CSV differ at ${i}: ${JSON.stringify(a.slice(i - 40, i + 40))} vs ${JSON.stringify(b.slice(i - 40, i + 40))}`)
      }
      figures.push(figure(`export csv: node bin/quotemark.js export --format csv (20,000 rows) vs a node process writing the same rows with papaparse${same ? '' : ' [outputs differ!]'}`, subject, base, { ratio: 1.5 }))

      // A reference, not the baseline: the baseline process never reads the 20 MB project, which any export must.
      // The same baseline script, told to read and JSON.parse the project first, and nothing more.
      const floorPath = join(dir, 'floor.csv')
      const [floor, base2] = await paired(
        5,
        () => runNode([join(root, 'scripts', 'bench', 'csvBaseline.cjs'), rowsPath, floorPath, projectPath]),
        () => runNode([join(root, 'scripts', 'bench', 'csvBaseline.cjs'), rowsPath, basePath])
      )
      figures.push(figure('export csv, reference: the baseline process that also reads and JSON.parses the project (no validation, no rows) vs the baseline', floor, base2, null))

      // The command line against a node process that only reads and JSON.parses the project (issue 11's baseline).
      const readOnly = ['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(projectPath)}, 'utf8'))`]
      const [validated, parsedOnly] = await paired(5, () => runNode([cli, 'validate', projectPath]), () => runNode(readOnly))
      figures.push(figure('cli: quotemark validate (20,000 tags) vs node -e reading and JSON.parsing the file', validated, parsedOnly, { ratio: 2 }))
      const [exported, parsedOnly2] = await paired(5, () => runNode([cli, 'export', projectPath, '--format', 'csv', '--out', csvPath]), () => runNode(readOnly))
      figures.push(figure('cli: quotemark export --format csv (20,000 rows) vs node -e reading and JSON.parsing the file', exported, parsedOnly2, { ratio: 3 }))

      // In process, to see where the time goes (no process start, no file read).
      const loaded = parseProject(await readFile(projectPath, 'utf8'), 'x')
      if (!loaded.ok) throw new Error(loaded.message)
      // The baseline is the CSV library alone, as in the command-line figure (our own writer is what is measured).
      const fields = rowColumns.map((c) => c.label)
      const data = rows.map((row) => rowColumns.map((c) => row[c.key]))
      const [inProc, papaOnly] = await paired(
        5,
        () => exportProject(loaded.project, { format: 'csv', now: '2024-01-01T00:00:00.000Z' }),
        () => `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/, header: true })}\r\n`
      )
      figures.push(figure('export csv in process: exportProject (rows + CSV) vs Papa Parse writing the precomputed rows', inProc, papaOnly, { ratio: 1.5 }))
    }

    // ---- import (web pages, PDFs, hostile files) ---------------------------------
    if (only('import')) {
      log('import…')
      for (const f of await importFigures(root, paired, time, log)) figures.push(f)
    }

    // ---- browser --------------------------------------------------------------
    const browserConfig = join(root, 'scripts', 'bench', 'playwright.bench.config.ts')
    if (only('browser') && process.env.BENCH_BROWSER !== '0' && !existsSync(browserConfig)) log('browser figures: not written yet (no scripts/bench/playwright.bench.config.ts)')
    else if (only('browser') && process.env.BENCH_BROWSER !== '0') {
      log('browser (Playwright + Chromium)…')
      const browserOut = join(dir, 'browser-results.json')
      const r = spawnSync(process.execPath, [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '-c', browserConfig], {
        cwd: root,
        env: { ...process.env, BENCH_PROJECT: projectPath, BENCH_OUT: browserOut },
        stdio: ['ignore', 'inherit', 'inherit']
      })
      if (existsSync(browserOut)) figures.push(...(JSON.parse(readFileSync(browserOut, 'utf8')) as Figure[]))
      else log(`browser figures missing (playwright exited ${r.status})`)
    }
  } finally {
    // BENCH_KEEP=1 keeps the temp folder (the synthetic project, the CSVs) for profiling, e.g.
    // node --cpu-prof bin/quotemark.js export <dir>/bench.quotemark.json --format csv --out x.csv
    if (process.env.BENCH_KEEP === '1') log(`kept ${dir} (BENCH_KEEP=1)`)
    else await rm(dir, { recursive: true, force: true })
  }

  printTable(figures)
  await writeFile(join(root, 'bench-results.json'), JSON.stringify(figures, null, 2) + '\n')
  log(`wrote bench-results.json (${figures.length} figures) in ${Math.round((performance.now() - started) / 1000)} s; node ${process.version}`)
}

function printTable(figures: readonly Figure[]): void {
  const cell = (x: number | null, suffix = '') => (x === null ? '—' : `${x}${suffix}`)
  const rows = figures.map((f) => [f.name, f.unit, cell(f.median), cell(f.p95), cell(f.baseline), cell(f.ratio, '×'), f.target ?? '—', f.pass === null ? '' : f.pass ? 'ok' : 'MISS'])
  const head = ['figure', 'unit', 'median', 'p95', 'baseline', 'ratio', 'target', '']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  process.stdout.write(`${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`)
}

main().catch((err) => {
  process.stderr.write(`[bench] failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exitCode = 1
})
