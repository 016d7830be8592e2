/**
 * Crash-proof saves (issue 7): a child process saves a project through the
 * real ProjectStore (src/main/durableWrite.ts: write `.<name>.tmp` beside the
 * file, fsync it, rename it over the file, fsync the folder) change after
 * change, and is killed with SIGKILL at random (seeded) moments, hundreds of
 * times. After every kill the project file must parse and be exactly the
 * last version the child finished saving (old) or the one it was saving
 * (new), and temp files must not pile up: the temp name is fixed per file
 * (steno's), so a kill between the write and the rename leaves at most one,
 * which the next save reuses and renames away.
 *
 * Not covered here: a power cut. A process kill keeps the page cache, so this
 * test cannot tell whether the fsyncs happen; tests/unit/durableWrite.test.ts
 * checks that they do, in the right order.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { nodeBundleConfig } from '../../scripts/nodeBundle.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import { createPerson } from '../../src/core/people'
import { buildSampleProject } from '../../src/core/sample'
import { NOW, removeTempDirs, tempDir } from './helpers'
import { prng } from '../support/random'

const root = resolve(__dirname, '../..')
const seeds = join(root, 'seeds')
/**
 * 300 kills, as many at a time as WORKERS, within a time budget: starting
 * Node takes ~50 ms on a quiet machine (300 kills in a few seconds) but can
 * take ten times that on a loaded one, where the test stops at the budget
 * (never below MIN_KILLS) and says how many it did. QUOTEMARK_CRASH_KILLS=n
 * demands exactly n kills, however long they take.
 */
const EXACT = process.env.QUOTEMARK_CRASH_KILLS ? Number(process.env.QUOTEMARK_CRASH_KILLS) : null
const KILLS = EXACT ?? 300
const MIN_KILLS = Math.min(KILLS, 40)
const BUDGET_MS = EXACT ? Number.POSITIVE_INFINITY : 12_000
const WORKERS = Math.max(4, Math.min(8, availableParallelism() * 2))
const FILE_NAME = 'Story.quotemark.json'
/** A save's temp file: `.<name>.<16 random hex digits>.tmp` (durableWrite.ts). */
const TEMP_PATTERN = new RegExp(`^\\.${FILE_NAME.replace(/\./g, '\\.')}\\.[0-9a-f]{16}\\.tmp$`)

let childScript = ''


const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

beforeAll(async () => {
  // Plain Node cannot import TypeScript: bundle the child (ProjectStore, lowdb, zod) into one .mjs.
  const outDir = await tempDir('quotemark-crash-child-')
  await build(nodeBundleConfig({ root, entry: join(root, 'tests/unit/support/saveChild.ts'), outDir, fileName: 'saveChild.mjs', format: 'es', logLevel: 'silent' }))
  childScript = join(outDir, 'saveChild.mjs')
}, 60_000)

afterAll(removeTempDirs)

type Run = { hung: boolean; last: { k: number; hash: string } | null; inFlight: { k: number; hash: string } | null; ready: boolean; stderr: string; code: number | null; signal: string | null }

/**
 * Start a child on `path`; kill it `delayMs` after it has opened the project, or after its first save has started
 * (`afterSave`: on a loaded machine a child is slow to reach its first save, and kills timed from the opening alone
 * would seldom land inside one) — or let it run `saves` saves and exit.
 */
function runChild(path: string, personId: string, seed: number, opts: { delayMs?: number; afterSave?: boolean; saves?: number }): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childScript, path, personId, String(seed), ...(opts.saves ? [String(opts.saves)] : [])], { stdio: ['ignore', 'pipe', 'pipe'] })
    const run: Run = { hung: false, last: null, inFlight: null, ready: false, stderr: '', code: null, signal: null }
    let buffer = ''
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (d: string) => (run.stderr += d))
    child.stdout.on('data', (d: string) => {
      buffer += d
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const [word, k, hash] = buffer.slice(0, nl).split(' ')
        buffer = buffer.slice(nl + 1)
        if (word === 'ready') {
          run.ready = true
          if (opts.delayMs !== undefined && !opts.afterSave) setTimeout(() => child.kill('SIGKILL'), opts.delayMs)
        } else if (word === 'about') {
          if (opts.delayMs !== undefined && opts.afterSave && !run.last && !run.inFlight) setTimeout(() => child.kill('SIGKILL'), opts.delayMs)
          run.inFlight = { k: Number(k), hash: hash! }
        } else if (word === 'done') {
          if (run.inFlight?.k !== Number(k)) fail(new Error(`done ${k} without about`))
          run.last = run.inFlight
          run.inFlight = null
        }
      }
    })
    // A child that neither finishes nor gets to its kill is a failure, not a hang.
    const watchdog = setTimeout(() => ((run.hung = true), child.kill('SIGKILL')), 10_000)
    child.on('error', fail)
    child.on('close', (code, signal) => {
      clearTimeout(watchdog)
      run.code = code
      run.signal = signal
      done(run)
    })
  })
}

async function strayFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name !== FILE_NAME)
}

describe('saving survives the process being killed at any moment', () => {
  it(`keeps the file whole (old or new version) through up to ${KILLS} SIGKILLs, and leaves at most one temp file`, async () => {
    const base = buildSampleProject(readFileSync(join(seeds, 'manifest.json'), 'utf8'), (f) => readFileSync(join(seeds, f), 'utf8'), NOW)
    const person = createPerson('Jorge Rodríguez', NOW, { role: 'President of the National Assembly' })
    base.people.push(person)
    const counts = { kills: 0, old: 0, new: 0, midSave: 0, strayTemp: 0, killedBeforeOpen: 0, saves: 0 }

    const deadline = Date.now() + BUDGET_MS
    let started = 0
    // Claim the next kill: none past KILLS, none past the budget once MIN_KILLS are started.
    const claim = () => (started < KILLS && (started < MIN_KILLS || Date.now() < deadline) ? ++started : 0)
    const worker = async (w: number) => {
      const dir = await tempDir('quotemark-crash-')
      const path = join(dir, FILE_NAME)
      const rand = prng(20260110 + w)
      const initial = serializeProject(base)
      await writeFile(path, initial)
      let onDisk = sha256(initial)
      let tempBefore = false
      let i = 0
      for (; claim(); i++) {
        // Mostly within the first saves, sometimes later; 0 ms kills right after opening. Half are timed from the first
        // save's start instead, so that kills land inside saves however slow the machine is.
        const delayMs = Math.floor(rand() < 0.7 ? rand() * 12 : rand() * 60)
        const afterSave = rand() < 0.5
        const run = await runChild(path, person.id, w * 10_000 + i, { delayMs: afterSave ? Math.min(delayMs, 3) : delayMs, afterSave })
        const where = `worker ${w}, kill ${i} ${afterSave ? 'after the first save began' : `after ${delayMs} ms`} (last done ${run.last?.k ?? 'none'}, in flight ${run.inFlight?.k ?? 'none'})`
        expect(run.hung, `${where}: the child hung`).toBe(false)
        expect(run.stderr, where).toBe('')
        expect(run.signal, where).toBe('SIGKILL')
        counts.kills++
        if (!run.ready) counts.killedBeforeOpen++
        counts.saves += run.last?.k ?? 0

        const bytes = await readFile(path)
        const parsed = parseProject(bytes.toString('utf8'), FILE_NAME)
        expect(parsed.ok ? 'parses' : parsed.message, where).toBe('parses')
        const old = run.last?.hash ?? onDisk
        const hash = sha256(bytes)
        if (run.inFlight) counts.midSave++
        if (hash === old) counts.old++
        else if (run.inFlight && hash === run.inFlight.hash) counts.new++
        else expect.fail(`${where}: the file is neither the old nor the new version`)
        onDisk = hash

        const stray = await strayFiles(dir)
        // At most one temp file, of a save's own random name, and only while a save was cut between its write and
        // its rename (the next process's first save clears it before writing its own).
        expect(stray.length <= 1 && stray.every((name) => TEMP_PATTERN.test(name)), `${where}: ${stray.join(', ')}`).toBe(true)
        if (stray.length) {
          counts.strayTemp++
          // Left by this save, or by an earlier kill and not yet reused (this child died before saving).
          expect(run.inFlight !== null || tempBefore, `${where}: a temp file with no save in flight`).toBe(true)
        }
        tempBefore = stray.length > 0
      }
      // A save that runs to completion takes the stray temp file with it.
      const final = await runChild(path, person.id, w * 10_000 + i, { saves: 2 })
      expect(final.hung, 'the final child hung').toBe(false)
      expect(final.code, final.stderr).toBe(0)
      expect(await strayFiles(dir)).toEqual([])
      const after = parseProject(await readFile(path, 'utf8'), FILE_NAME)
      expect(after.ok).toBe(true)
      if (after.ok) expect(sha256(serializeProject(after.project))).toBe(final.last!.hash)
    }

    const t0 = Date.now()
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)))
    console.log(
      `crash-safe saves: ${counts.kills} kills in ${((Date.now() - t0) / 1000).toFixed(1)} s (${WORKERS} at a time), ${counts.saves} saves completed before them; ` +
        `file afterwards: ${counts.old} old version, ${counts.new} new version; ${counts.midSave} kills with a save in flight, ` +
        `${counts.strayTemp} left a temp file, ${counts.killedBeforeOpen} before the project was open`
    )
    expect(counts.kills).toBe(started)
    expect(counts.kills).toBeGreaterThanOrEqual(EXACT ?? MIN_KILLS)
    expect(counts.old + counts.new).toBe(counts.kills)
    // The seeded delays must actually hit saves in flight, or the test proves nothing.
    expect(counts.midSave).toBeGreaterThan(counts.kills / 10)
  }, EXACT ? EXACT * 5_000 : 90_000)
})
