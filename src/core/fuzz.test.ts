import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProject, serializeProject } from './projectFile'
import { ProjectSchema, type Project } from './schema'

/**
 * Thousands of damaged copies of a valid project file through the loader,
 * the same ones every run (a seeded generator): each must either open as
 * valid data or be refused with a sentence naming the file, and none may
 * throw or hang.
 */
const RUNS = 3000
const FILE = 'damaged.quotemark.json'
const root = join(__dirname, '..', '..')

/** mulberry32: small, fast and the same on every machine. */
function generator(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The v2 fixture opened, with an orphan and a conflict, so every kind of record is there to damage. */
function validProject(): Project {
  const opened = parseProject(readFileSync(join(root, 'tests', 'fixtures', 'project-v2.quotemark.json'), 'utf8'), 'fixture')
  if (!opened.ok) throw new Error(opened.message)
  const project = opened.project
  const [first, second] = project.annotations
  return {
    ...project,
    annotations: project.annotations.map((a) => (a === second ? { ...a, orphan: true, target: { ...a.target, start: 90_000, end: 90_020 } } : a)),
    conflicts: [{ id: 'conflict-1', annotationId: first!.id, theirs: { ...first!, note: 'their note', author: 'Bo' }, source: 'colleague.quotemark.json', detectedAt: project.updatedAt }]
  }
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number; path: string }

/** Every value in the document with the place it sits in, so one can be swapped or replaced. */
function slots(value: unknown, path = '', found: Slot[] = []): Slot[] {
  if (typeof value !== 'object' || value === null) return found
  for (const [key, child] of Object.entries(value)) {
    const slot = { parent: value as Record<string, unknown>, key: Array.isArray(value) ? Number(key) : key, path: `${path}/${key}` }
    found.push(slot)
    slots(child, slot.path, found)
  }
  return found
}

const set = (slot: Slot, v: unknown): void => void ((slot.parent as Record<string | number, unknown>)[slot.key] = v)
const get = (slot: Slot): unknown => (slot.parent as Record<string | number, unknown>)[slot.key]

const HUGE = ['1e308', '-1e308', '1e400', '9007199254740993', '-0', '0.5', '-1', '123456789012345678901234567890', '1e-400']
const CHARS = '{}[]",:0123456789-.eEtrfnul \\\n\u0000\u00e9\u201c\ud83d\uFFFD'

function nested(random: () => number): string {
  // Shallow garbage in a field a newer Quotemark might have added is kept; thousands of levels are refused.
  const depth = 1 + Math.floor(random() * (random() < 0.5 ? 60 : 3000))
  const [open, close] = random() < 0.5 ? ['[', ']'] : ['{"x":', '}']
  return open.repeat(depth) + (random() < 0.5 ? '"deep"' : '[]') + close.repeat(depth)
}

type Mutation = (json: string, random: () => number) => string

const pick = <T,>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!
const at = (json: string, random: () => number): number => Math.floor(random() * json.length)

/** Parse, change one value in place, and write it out again. */
const structural =
  (change: (doc: unknown, all: Slot[], random: () => number) => void): Mutation =>
  (json, random) => {
    const doc = JSON.parse(json) as unknown
    change(doc, slots(doc), random)
    return JSON.stringify(doc, null, 2)
  }

const MUTATIONS: Record<string, Mutation> = {
  'flipped characters': (json, random) => {
    let flipped = json
    for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
      const i = at(flipped, random)
      const char = random() < 0.7 ? CHARS[Math.floor(random() * CHARS.length)]! : String.fromCharCode(Math.floor(random() * 0xffff))
      flipped = flipped.slice(0, i) + char + flipped.slice(i + 1)
    }
    return flipped
  },
  truncated: (json, random) => json.slice(0, at(json, random)),
  'deleted characters': (json, random) => {
    const from = at(json, random)
    return json.slice(0, from) + json.slice(from + 1 + Math.floor(random() * 6))
  },
  'duplicated characters': (json, random) => {
    const from = at(json, random)
    const piece = json.slice(from, from + 1 + Math.floor(random() * 40))
    return json.slice(0, from) + piece + json.slice(from)
  },
  'swapped values': structural((_doc, all, random) => {
    const a = pick(all, random)
    const b = pick(all, random)
    // Swapping a value with one inside it would make a cycle; such pairs are left alone.
    if (a.path.startsWith(`${b.path}/`) || b.path.startsWith(`${a.path}/`)) return
    const value = get(a)
    set(a, get(b))
    set(b, value)
  }),
  'huge numbers': (json, random) => {
    const numbers = [...json.matchAll(/-?\d+(\.\d+)?([eE][-+]?\d+)?/g)]
    const m = numbers.length ? pick(numbers, random) : null
    return m ? json.slice(0, m.index) + pick(HUGE, random) + json.slice(m.index + m[0].length) : json
  },
  'wrong types': structural((_doc, all, random) => {
    const values: unknown[] = [null, true, false, 0, -7, 1.5, '', 'text', [], {}, [1, 'a'], { id: 'x' }]
    set(pick(all, random), pick(values, random))
  }),
  'another version': structural((doc, _all, random) => {
    const versions: unknown[] = [0, 1, 2, 4, 99, -1, 2.5, '3', null, 1e308, [3]]
    ;(doc as Record<string, unknown>).version = pick(versions, random)
  }),
  'deleted fields': structural((_doc, all, random) => {
    const slot = pick(all, random)
    if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1)
    else delete slot.parent[slot.key as string]
  }),
  'nested garbage': (json, random) => {
    const doc = JSON.parse(json) as unknown
    const objects = slots(doc).filter((s) => typeof get(s) === 'object' && get(s) !== null && !Array.isArray(get(s)))
    const marker = '"__garbage__"'
    const target = pick(objects, random)
    if (random() < 0.5) set(target, '__garbage__')
    else (get(target) as Record<string, unknown>).extra = '__garbage__'
    // Written without indentation: indenting thousands of levels would take longer than the loader does.
    return JSON.stringify(doc).replace(marker, nested(random))
  }
}

describe('the loader under fuzzing', () => {
  it(`opens or clearly refuses each of ${RUNS} damaged copies of a project file, throwing for none`, () => {
    const valid = serializeProject(validProject())
    expect(parseProject(valid, FILE)).toMatchObject({ ok: true })
    const random = generator(20260112)
    const kinds = Object.keys(MUTATIONS)
    const counts: Record<string, number> = { loaded: 0 }
    const byMutation: Record<string, { loaded: number; refused: number }> = Object.fromEntries(kinds.map((k) => [k, { loaded: 0, refused: 0 }]))
    const problems: string[] = []
    const started = performance.now()

    for (let run = 0; run < RUNS; run++) {
      const kind = kinds[run % kinds.length]!
      let damaged = valid
      for (let n = random() < 0.8 ? 1 : 3; n > 0; n--) {
        try {
          damaged = MUTATIONS[kind]!(damaged, random)
        } catch {
          break // a structural change needs parseable JSON; the last copy that was is used
        }
      }
      let result: ReturnType<typeof parseProject>
      try {
        result = parseProject(damaged, FILE)
      } catch (err) {
        problems.push(`run ${run} (${kind}) threw: ${String(err)}`)
        continue
      }
      if (result.ok) {
        counts.loaded!++
        byMutation[kind]!.loaded++
        // Loaded data must be valid and its references whole: saved, it opens again as it is.
        if (!ProjectSchema.safeParse(result.project).success) problems.push(`run ${run} (${kind}) loaded data that fails the schema`)
        const again = parseProject(serializeProject(result.project), FILE)
        if (!again.ok) problems.push(`run ${run} (${kind}) loaded data that does not open again: ${again.message}`)
        else if (JSON.stringify(again.project) !== JSON.stringify(result.project)) problems.push(`run ${run} (${kind}) loaded data that changes when saved`)
      } else {
        counts[result.code] = (counts[result.code] ?? 0) + 1
        byMutation[kind]!.refused++
        if (!result.message.startsWith(`${FILE} `) || result.message.length < FILE.length + 20) problems.push(`run ${run} (${kind}) gave the message: ${result.message}`)
      }
    }

    const elapsed = performance.now() - started
    console.log(`fuzzed ${RUNS} damaged project files in ${Math.round(elapsed)} ms:`, counts)
    console.table(byMutation)
    expect(problems).toEqual([])
    expect(counts.loaded! + ['not-json', 'truncated', 'not-quotemark', 'newer-version', 'invalid'].reduce((sum, code) => sum + (counts[code] ?? 0), 0)).toBe(RUNS)
    // The damage is varied enough that some copies still load and every kind of refusal happens.
    for (const code of ['loaded', 'not-json', 'truncated', 'not-quotemark', 'newer-version', 'invalid']) expect(counts[code] ?? 0).toBeGreaterThan(0)
    expect(elapsed).toBeLessThan(15_000)
  })
})
