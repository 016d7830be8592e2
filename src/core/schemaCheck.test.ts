import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { prng } from '../../tests/support/random'
import { parseProject, validateProject } from './projectFile'
import { compileChecker, UNSURE, type Checker } from './schemaCheck'
import { ProjectSchema, type Project } from './schema'

/**
 * The checker in front of zod must never say "valid" where zod says
 * "invalid", and when it says "valid" it must give exactly what zod gives
 * (same values, same key order: the file is written back from it).
 */
const root = join(__dirname, '..', '..')

function fixture(): Project {
  const opened = parseProject(readFileSync(join(root, 'tests', 'fixtures', 'project-v2.quotemark.json'), 'utf8'), 'fixture')
  if (!opened.ok) throw new Error(opened.message)
  const project = opened.project
  const [first] = project.annotations
  return {
    ...project,
    conflicts: [{ id: 'conflict-1', annotationId: first!.id, theirs: { ...first!, note: 'their note' }, source: 'colleague.quotemark.json', detectedAt: project.updatedAt }]
  }
}

const checker = compileChecker(ProjectSchema) as Checker

/** The checker's verdict against zod's: UNSURE is always allowed; anything else must be zod's output, key order and all. */
function expectAgrees(doc: unknown, label: string): 'fast' | 'zod' {
  const zod = ProjectSchema.safeParse(doc)
  const fast = checker(doc)
  if (fast === UNSURE) return 'zod'
  expect(zod.success, `${label}: the checker passed what zod refuses: ${zod.success ? '' : JSON.stringify(zod.error.issues[0])}`).toBe(true)
  expect(JSON.stringify(fast), label).toBe(JSON.stringify(zod.data))
  expect(fast, label).toStrictEqual(zod.data)
  return 'fast'
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number }
function slots(value: unknown, found: Slot[] = []): Slot[] {
  if (typeof value !== 'object' || value === null) return found
  for (const key of Object.keys(value)) {
    found.push({ parent: value as Record<string, unknown>, key: Array.isArray(value) ? Number(key) : key })
    slots((value as Record<string, unknown>)[key], found)
  }
  return found
}

describe('the checker compiled from ProjectSchema', () => {
  it('compiles (so loading a valid project does not go through zod)', () => {
    expect(checker).toBeTypeOf('function')
  })

  it('returns a valid project as it is, the very same object, when its keys are in the schema order', () => {
    const doc = JSON.parse(JSON.stringify(fixture())) as unknown
    expect(checker(doc)).toBe(doc)
    expectAgrees(doc, 'fixture')
  })

  it('puts keys in zod’s order (the schema’s, then unknown ones) and keeps unknown fields, like zod', () => {
    const project = fixture()
    const [a, ...rest] = project.annotations
    const { id, kind, ...others } = a!
    const reordered = { futureField: { nested: [1, { deep: true }] }, ...others, kind, '7': 'integer-like', id }
    const doc = JSON.parse(JSON.stringify({ extra: 1, ...project, annotations: [reordered, ...rest] })) as Record<string, unknown>
    expect(expectAgrees(doc, 'reordered')).toBe('fast')
    const out = checker(doc) as Record<string, unknown>
    expect(out).not.toBe(doc)
    expect((out.annotations as unknown[])[1]).toBe((doc.annotations as unknown[])[1])
  })

  it('counts string lengths in code points, as zod does, and leaves an own "__proto__" to zod', () => {
    const project = fixture()
    const emoji = '\u{1F600}'.repeat(500) // 1,000 UTF-16 units, 500 code points: a person's name may have 500
    const named = { ...project, people: [{ ...project.people[0]!, name: emoji }, ...project.people.slice(1)] }
    expect(expectAgrees(JSON.parse(JSON.stringify(named)), 'emoji name')).toBe('fast')
    const tooLong = { ...project, people: [{ ...project.people[0]!, name: `${emoji}x` }, ...project.people.slice(1)] }
    expect(checker(JSON.parse(JSON.stringify(tooLong)))).toBe(UNSURE)
    const proto = JSON.parse(JSON.stringify(project).replace('"format":', '"__proto__": {"polluted": true}, "format":')) as unknown
    expect(checker(proto)).toBe(UNSURE)
    expect(validateProject(proto).success).toBe(true)
  })

  it('agrees with zod on thousands of damaged projects', () => {
    const random = prng(20240607)
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
    const values: unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 53, -0, '', 'x', 'quote', 'attribution', 'orphan', 'a'.repeat(201), 'a'.repeat(5000), [], {}, [1], { id: 'x' }, '\u{1F600}', 'verified', 'heading', 7]
    const seen = { fast: 0, zod: 0 }
    for (let n = 0; n < 3000; n++) {
      const doc = JSON.parse(JSON.stringify(fixture())) as Record<string, unknown>
      const all = slots(doc)
      const changes = 1 + Math.floor(random() * 3)
      for (let c = 0; c < changes; c++) {
        const slot = pick(all)
        const parent = slot.parent as Record<string | number, unknown>
        const action = random()
        if (action < 0.5) parent[slot.key] = pick(values)
        else if (action < 0.65 && !Array.isArray(parent)) delete parent[slot.key]
        else if (action < 0.8 && !Array.isArray(parent)) parent[pick(['extra', 'level', 'href', 'orphan', '3'])] = pick(values)
        else if (!Array.isArray(parent)) {
          // Move the key to the end: same data, another order.
          const value = parent[slot.key]
          delete parent[slot.key]
          parent[slot.key] = value
        }
      }
      seen[expectAgrees(doc, `damaged ${n}`)]++
    }
    // Both ways are exercised: changes zod accepts (new order, unknown keys) and changes it refuses.
    expect(seen.fast).toBeGreaterThan(100)
    expect(seen.zod).toBeGreaterThan(100)
  })
})

describe('compileChecker', () => {
  it('gives up (null: zod alone) on what it does not know', () => {
    expect(compileChecker(z.object({ a: z.string() }))).toBeNull() // strips unknown keys
    expect(compileChecker(z.looseObject({ a: z.string().email() }))).toBeNull()
    expect(compileChecker(z.looseObject({ a: z.string().refine((s) => s !== 'x') }))).toBeNull()
    expect(compileChecker(z.looseObject({ a: z.string().transform((s) => s.length) }))).toBeNull()
    expect(compileChecker(z.looseObject({ a: z.string().default('x') }))).toBeNull()
    expect(compileChecker(z.looseObject({ a: z.string().optional().default('x') }))).toBeNull()
    expect(compileChecker(z.looseObject({ a: z.array(z.string()).min(1) }))).toBeNull()
    expect(compileChecker(z.looseObject({ a: z.coerce.number() }))).toBeNull()
    expect(compileChecker(z.looseObject({ 1: z.string() }))).toBeNull()
  })

  it('checks integers and ranges, whether the integer is a check added or the type itself', () => {
    for (const schema of [z.number().int().nonnegative(), z.int().nonnegative(), z.int().min(0).max(10)]) {
      const check = compileChecker(z.looseObject({ n: schema }))!
      expect(check).not.toBeNull()
      for (const n of [0, 3, 10, 1.5, -1, Number.NaN, 2 ** 60, '3']) {
        expect(check({ n }) !== UNSURE, String(n)).toBe(schema.safeParse(n).success)
      }
    }
  })
})
