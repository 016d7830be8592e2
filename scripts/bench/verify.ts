/**
 * `npm run bench:verify`: checking quotes against a source, and statements
 * across outlets.
 *
 * The first half is timed here: 200 quotes checked against a 10,000-word
 * transcript built deterministically (a seeded generator, tests/support/random.ts: the same text and
 * quotes on every run), indexing included, the median of several runs against
 * the budget of one second. The quotes are made from the transcript with the
 * edits a reporter meets (verbatim, a cut marked by an ellipsis, a dropped
 * "not", a changed number, a bracketed insertion, words not in it at all),
 * and the statuses found are compared with the edits made (VERIFY_VERBOSE=1
 * lists the quotes whose status differs). The second half is
 * runStatementsBench (verifyStatements.ts).
 */
import { performance } from 'node:perf_hooks'
import type { Block, VerificationStatus } from '../../src/core/schema'
import { indexSource } from '../../src/core/verify/align'
import { checkQuote } from '../../src/core/verify/check'
import { prng } from '../../tests/support/random'
import { runStatementsBench } from './verifyStatements'

const WORDS = 10_000
const QUOTES = 200
const RUNS = 7

const VOCABULARY = (
  'we the government will not release prisoners people country assembly president minister said today tomorrow ' +
  'peace war talks agreement number important significant citizens foreign national security rights group hope ' +
  'justice system protect weapon political persecution against dissidents years capital city streets army police ' +
  'never no economy oil prices markets month week year 800 900 five twelve Caracas Madrid Washington Rodríguez Maduro ' +
  'and of to in that is for on with as by this it from at be have are was were our their must should'
).split(' ')

type Built = { text: string; blocks: Block[]; quotes: Array<{ text: string; expected: VerificationStatus }> }

/** The transcript: sentences of 8–20 words in paragraphs of 3–6 sentences, each paragraph a cue 20 s after the last. */
function buildTranscript(random: () => number): { text: string; blocks: Block[] } {
  const paragraphs: string[] = []
  let count = 0
  while (count < WORDS) {
    const sentences: string[] = []
    for (let s = 3 + Math.floor(random() * 4); s > 0 && count < WORDS; s--) {
      const n = 8 + Math.floor(random() * 13)
      const words = Array.from({ length: n }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!)
      words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1)
      sentences.push(`${words.join(' ')}.`)
      count += n
    }
    paragraphs.push(sentences.join(' '))
  }
  const blocks: Block[] = []
  let at = 0
  paragraphs.forEach((p, i) => {
    blocks.push({ type: 'paragraph', start: at, end: at + p.length, marks: [], time: i * 20 })
    at += p.length + 2
  })
  return { text: paragraphs.join('\n\n'), blocks }
}

/** A quote cut from the transcript and edited in one of six ways, with the status that edit should get. */
function makeQuote(text: string, random: () => number, i: number): { text: string; expected: VerificationStatus } {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index)
  const first = Math.floor(random() * (spaces.length - 60))
  const length = 8 + Math.floor(random() * 25)
  const words = text.slice(spaces[first]! + 1, spaces[first + length]!).split(/\s+/)
  const middle = Math.floor(words.length / 2)
  switch (i % 6) {
    case 0:
      return { text: `“${words.join(' ')}”`, expected: 'verbatim' }
    case 1:
      return { text: [...words.slice(0, middle - 2), '…', ...words.slice(middle + 2)].join(' '), expected: 'cut' }
    case 2:
      return { text: [...words.slice(0, middle), 'not', ...words.slice(middle)].join(' '), expected: 'changed' }
    case 3:
      return { text: [...words.slice(0, middle), '4,321', ...words.slice(middle + 1)].join(' '), expected: 'changed' }
    case 4:
      return { text: ['[The minister]', ...words.slice(1)].join(' '), expected: 'verbatim' }
    default:
      return { text: 'Colourless green ideas sleep furiously while the orchestra tunes its lonely bassoons', expected: 'not-found' }
  }
}

function build(): Built {
  const random = prng(17)
  const { text, blocks } = buildTranscript(random)
  return { text, blocks, quotes: Array.from({ length: QUOTES }, (_, i) => makeQuote(text, random, i)) }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function runAlignmentBench(): void {
  const { text, blocks, quotes } = build()
  const times: number[] = []
  const cpu: number[] = []
  let statuses: VerificationStatus[] = []
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    const index = indexSource(text)
    statuses = quotes.map((q) => checkQuote(index, blocks, q.text).status)
    const used = process.cpuUsage(c0)
    times.push(performance.now() - t0)
    cpu.push((used.user + used.system) / 1000)
  }
  const words = text.split(/\s+/).length
  const agree = statuses.filter((s, i) => s === quotes[i]!.expected).length
  if (process.env.VERIFY_VERBOSE) statuses.forEach((s, i) => s !== quotes[i]!.expected && console.log(`  ${s}, made ${quotes[i]!.expected}: ${quotes[i]!.text}`))
  const counts = statuses.reduce<Record<string, number>>((c, s) => ({ ...c, [s]: (c[s] ?? 0) + 1 }), {})
  console.log('Checking quotes against a source')
  console.log(`  ${QUOTES} quotes against a ${words.toLocaleString('en')}-word transcript: median ${median(times).toFixed(0)} ms of ${RUNS} runs, the first ${times[0]!.toFixed(0)} ms (budget 1,000 ms), indexing included`)
  // CPU time is what a busy machine does not inflate (wall time counts the time other processes had the cores).
  console.log(`  CPU time: median ${median(cpu).toFixed(0)} ms, the first ${cpu[0]!.toFixed(0)} ms`)
  console.log(`  statuses: ${Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(', ')}; ${agree} of ${QUOTES} as the edit made (${Math.round((agree / QUOTES) * 100)}%)`)
}

runAlignmentBench()
runStatementsBench()
