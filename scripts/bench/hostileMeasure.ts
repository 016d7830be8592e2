/**
 * How the hostile-input bench (hostile.ts) measures a path: run it on inputs
 * of doubling size, time each size, and report how much longer each doubling
 * takes. Linear work doubles the time, n·log n a little more, quadratic work
 * quadruples it; the bound is 2.5× per doubling.
 *
 * Time is the process's CPU time (user and system, all its threads), not
 * the wall clock: on a machine others share, a path descheduled for a while
 * would otherwise look slower at whatever size it happened to run.
 *
 * A size is timed as the best of a few runs (each repeated until it has run
 * for at least MIN_SAMPLE_MS, so a run of a fraction of a millisecond is not
 * all timer noise), after a garbage collection when Node runs with
 * --expose-gc. Sizes stop doubling once a run takes SIZE_CAP_MS, so a
 * quadratic path shows its growth without taking an hour.
 *
 * The verdict is the median growth of the last three doublings: one
 * doubling alone can jump 3× or more on a machine others share, or when the
 * garbage collector moves to another regime (a path that allocates a
 * hundred thousand blocks), then go back to 2×; a quadratic path grows
 * about 4× at every step, and its median shows it.
 */
/** Milliseconds of CPU this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export const GROWTH_BOUND = 2.5
const MIN_SAMPLE_MS = 20
const BEST_OF = 3
const SIZE_CAP_MS = 4_000

export type Measured = {
  name: string
  sizes: number[]
  /** Milliseconds of CPU per run, one per size. */
  ms: number[]
  /** ms[i] / ms[i - 1]: how much longer each doubling took. */
  growth: number[]
  /** The growth per doubling the verdict rests on: the median of the last three doublings. */
  verdict: number
  ok: boolean
  /** Set when the path threw: the message, and the size it threw at. */
  error?: string
}

/** Milliseconds one run of `run(input)` takes (best of BEST_OF samples). */
const collect = (globalThis as { gc?: () => void }).gc

function timeRun<T>(input: T, run: (input: T) => unknown): number {
  let best = Number.POSITIVE_INFINITY
  for (let sample = 0; sample < BEST_OF; sample++) {
    collect?.()
    let runs = 0
    const start = cpuMs()
    let elapsed = 0
    do {
      run(input)
      runs++
      elapsed = cpuMs() - start
    } while (elapsed < MIN_SAMPLE_MS)
    best = Math.min(best, elapsed / runs)
    if (elapsed > SIZE_CAP_MS) break
  }
  return best
}

/** The sizes: `first`, doubled `count - 1` times. */
export function doubling(first: number, count = 6): number[] {
  return Array.from({ length: count }, (_, i) => first * 2 ** i)
}

/**
 * Time `run` on `makeInput(size)` for each size (the input is made outside
 * the timing), and judge the growth per doubling against GROWTH_BOUND.
 */
export function measurePath<T>(name: string, makeInput: (size: number) => T, run: (input: T) => unknown, sizes: number[] = doubling(50_000)): Measured {
  const done: number[] = []
  const ms: number[] = []
  let error: string | undefined
  run(makeInput(sizes[0]!)) // warm up: compile the code before the first timing
  for (const size of sizes) {
    try {
      ms.push(timeRun(makeInput(size), run))
      done.push(size)
    } catch (err) {
      error = `${(err as Error).message.split('\n')[0]} (at size ${size.toLocaleString('en')})`
      break
    }
    if (ms[ms.length - 1]! > SIZE_CAP_MS) break
  }
  const growth = ms.slice(1).map((t, i) => t / ms[i]!)
  const verdict = median(growth.slice(-3))
  return { name, sizes: done, ms, growth, verdict, ok: !error && verdict <= GROWTH_BOUND, ...(error ? { error } : {}) }
}

/** The middle value (the mean of the two middle ones for an even count); 1 for none. */
function median(xs: readonly number[]): number {
  if (xs.length === 0) return 1
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const fmtMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2))
const fmtSize = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${n / 1_000}k` : String(n))

/** A plain-text table: one row per path, the time at each size, the growth per doubling, and the verdict. */
export function printTable(results: readonly Measured[]): string {
  const nameWidth = Math.max(4, ...results.map((r) => r.name.length))
  const lines = [`${'path'.padEnd(nameWidth)}  sizes → CPU ms per run (growth per doubling)                                   verdict`]
  for (const r of results) {
    const cells = r.sizes.map((size, i) => `${fmtSize(size)}: ${fmtMs(r.ms[i]!)}${i > 0 ? ` (${r.growth[i - 1]!.toFixed(1)}×)` : ''}`)
    const verdict = r.error ? `FAIL: ${r.error}` : `${r.verdict.toFixed(2)}× ${r.ok ? 'ok' : `FAIL (> ${GROWTH_BOUND}×)`}`
    lines.push(`${r.name.padEnd(nameWidth)}  ${cells.join('  ').padEnd(75)}  ${verdict}`)
  }
  return `${lines.join('\n')}\n`
}
