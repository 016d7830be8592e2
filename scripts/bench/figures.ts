/** Figures the benchmarks print: a median and p95 of samples, next to a baseline measured in the same run. */

export type Figure = {
  name: string
  unit: string
  median: number | null
  p95: number | null
  baseline: number | null
  ratio: number | null
  target: string | null
  pass: boolean | null
  runs?: number
}

export const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!
}
export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
export const round = (x: number | null, digits = 2) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits)

/** One figure: its median and p95, the baseline's median, their ratio, and whether the target is met. */
export function figure(name: string, samples: number[], baselineSamples: number[] | null, target: { ratio?: number; median?: number; p95?: number } | null, unit = 'ms'): Figure {
  const med = median(samples)
  const base = baselineSamples ? median(baselineSamples) : null
  const ratio = base ? med / base : null
  let pass: boolean | null = null
  let targetText: string | null = null
  if (target?.ratio !== undefined) {
    targetText = `ratio ≤ ${target.ratio}×`
    pass = ratio !== null && ratio <= target.ratio
  } else if (target?.p95 !== undefined) {
    targetText = `p95 < ${target.p95} ${unit}`
    pass = quantile(samples, 0.95) < target.p95
  } else if (target?.median !== undefined) {
    targetText = `median < ${target.median} ${unit}`
    pass = med < target.median
  }
  return { name, unit, median: round(med), p95: round(quantile(samples, 0.95)), baseline: round(base), ratio: round(ratio), target: targetText, pass, runs: samples.length }
}
