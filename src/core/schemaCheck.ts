/**
 * A fast path in front of zod for loading a project: a checker compiled from
 * the zod schema itself (so it cannot drift from it) that walks a parsed
 * document without allocating, and answers either "valid, and here is
 * exactly what zod's safeParse would return" or "not sure". Only "not sure"
 * goes on to zod, which then gives the verdict and the error message.
 *
 * Why: zod builds a result object per field and a copy of every record; on a
 * 20 MB project (20,000 tags) that is most of the time spent validating, and
 * most of the garbage. The checker returns the parsed document itself when its
 * keys are already in zod's output order (shape keys first, in order, then
 * any unknown keys), and rebuilds only the records whose key order differs,
 * the way zod would; so what the app holds is what zod would have given it.
 *
 * It is deliberately narrow: it knows the schema types and checks the project
 * schema uses (loose objects, arrays, strings with min/max length, numbers
 * with integer and range checks, booleans, enums, literals, nullable,
 * optional, unknown). Anything else (a refinement, a transform, a default, a
 * coercion, another check) makes `compileChecker` return null, and the caller
 * then uses zod alone. A test keeps the project schema compilable and the
 * checker in agreement with zod.
 */
import type { z } from 'zod'

/** "Not sure": let zod decide (and describe the problem). */
export const UNSURE: unique symbol = Symbol('unsure')
export type Checked = unknown | typeof UNSURE

/** Returns the value as zod would output it (the same reference when nothing changes), or UNSURE. */
export type Checker = (value: unknown) => Checked

type Def = {
  type: string
  checks?: ReadonlyArray<{ _zod: { def: CheckDef } }>
  coerce?: boolean
  shape?: Record<string, ZodLike>
  catchall?: ZodLike
  element?: ZodLike
  innerType?: ZodLike
}
type CheckDef = { check: string; minimum?: number; maximum?: number; value?: unknown; inclusive?: boolean; format?: string; when?: unknown }
type ZodLike = { _zod: { def: Def; values?: ReadonlySet<unknown>; optin?: string } }

/** Not supported: compile gives up and zod is used alone. */
class Unsupported extends Error {}

/** Code points of a string, exactly as zod counts them for min/max length (util.codePointLength). */
function codePointLength(str: string): number {
  const units = str.length
  let count = units
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--
      i++
    }
  }
  return count
}

/** The checks zod runs on a value of this type: its own (`z.int()` is itself a check) and those added to it. */
function checksOf(def: Def): CheckDef[] {
  const own = typeof (def as { check?: unknown }).check === 'string' ? [def as unknown as CheckDef] : []
  return [...own, ...(def.checks ?? []).map((c) => c._zod.def)]
}

function noChecks(def: Def): void {
  if (checksOf(def).length) throw new Unsupported(`checks on ${def.type}`)
}

function compileString(def: Def): Checker {
  let min = 0
  let max = Number.POSITIVE_INFINITY
  for (const check of checksOf(def)) {
    if (check.check === 'min_length' && typeof check.minimum === 'number') min = Math.max(min, check.minimum)
    else if (check.check === 'max_length' && typeof check.maximum === 'number') max = Math.min(max, check.maximum)
    else throw new Unsupported(`string check ${check.check}`)
  }
  return (value) => {
    if (typeof value !== 'string') return UNSURE
    const units = value.length
    // A code point is one or two UTF-16 units: count them only when the units leave it in doubt.
    if (units > max && codePointLength(value) > max) return UNSURE
    if (units < min || (units < min * 2 && codePointLength(value) < min)) return UNSURE
    return value
  }
}

function compileNumber(def: Def): Checker {
  const tests: Array<(n: number) => boolean> = []
  for (const check of checksOf(def)) {
    if (check.check === 'number_format' && check.format === 'safeint') tests.push(Number.isSafeInteger)
    else if (check.check === 'greater_than' && typeof check.value === 'number') {
      const bound = check.value
      tests.push(check.inclusive ? (n) => n >= bound : (n) => n > bound)
    } else if (check.check === 'less_than' && typeof check.value === 'number') {
      const bound = check.value
      tests.push(check.inclusive ? (n) => n <= bound : (n) => n < bound)
    } else throw new Unsupported(`number check ${check.check}`)
  }
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return UNSURE
    for (const test of tests) if (!test(value)) return UNSURE
    return value
  }
}

function compileArray(def: Def): Checker {
  noChecks(def)
  const element = compile(def.element!)
  return (value) => {
    if (!Array.isArray(value)) return UNSURE
    let out: unknown[] | null = null
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const checked = element(item)
      if (checked === UNSURE) return UNSURE
      if (checked !== item && !out) out = value.slice(0, i)
      if (out) out.push(checked)
    }
    return out ?? value
  }
}

/** A loose object (unknown keys kept): zod outputs the shape's keys in shape order, then the others in the input's order. */
function compileLooseObject(def: Def): Checker {
  noChecks(def)
  const shape = def.shape ?? {}
  const keys = Object.keys(shape)
  if (Object.getOwnPropertySymbols(shape).length) throw new Unsupported('symbol keys')
  // An integer-like key would come first in any object, whatever the shape's order.
  if (keys.some((key) => /^(0|[1-9]\d*)$/.test(key))) throw new Unsupported('integer-like keys')
  const keySet = new Set(keys)
  const fields = keys.map((key) => {
    const field = shape[key]!
    const optional = field._zod.def.type === 'optional'
    // An optional field that would substitute a value for absence (a default inside) is not supported.
    if (optional && field._zod.optin !== 'optional') throw new Unsupported('defaulted optional')
    return { key, optional, check: compile(optional ? field._zod.def.innerType! : field) }
  })
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return UNSURE
    const input = value as Record<string, unknown>
    let results: unknown[] | null = null
    for (let i = 0; i < fields.length; i++) {
      const { key, optional, check } = fields[i]!
      const v = input[key]
      if (v === undefined) {
        // zod: a missing optional field stays missing; a missing required one is an error.
        if (optional && !Object.prototype.hasOwnProperty.call(input, key)) continue
        return UNSURE
      }
      const checked = check(v)
      if (checked === UNSURE) return UNSURE
      if (checked !== v) (results ??= [])[i] = checked
    }
    // Are the keys already in zod's output order? zod drops an own "__proto__" key: leave that to zod.
    let ordered = true
    let next = 0
    for (const key in input) {
      if (key === '__proto__' || !Object.prototype.hasOwnProperty.call(input, key)) return UNSURE
      while (next < fields.length && fields[next]!.optional && input[fields[next]!.key] === undefined) next++
      if (next < fields.length) {
        if (key !== fields[next]!.key) ordered = false
        next++
      }
    }
    if (ordered && !results) return input
    const out: Record<string, unknown> = {}
    for (let i = 0; i < fields.length; i++) {
      const { key } = fields[i]!
      if (input[key] === undefined) continue
      out[key] = results && i in results ? results[i] : input[key]
    }
    for (const key in input) if (!keySet.has(key)) out[key] = input[key]
    return out
  }
}

function compile(schema: ZodLike): Checker {
  const zod = schema._zod
  const def = zod.def
  if (def.coerce) throw new Unsupported('coercion')
  switch (def.type) {
    case 'string':
      return compileString(def)
    case 'number':
      return compileNumber(def)
    case 'boolean':
      noChecks(def)
      return (value) => (typeof value === 'boolean' ? value : UNSURE)
    case 'enum':
    case 'literal': {
      noChecks(def)
      const values = zod.values
      if (!values) throw new Unsupported(`${def.type} without values`)
      return (value) => (values.has(value) ? value : UNSURE)
    }
    case 'nullable': {
      noChecks(def)
      const inner = compile(def.innerType!)
      return (value) => (value === null ? null : inner(value))
    }
    case 'array':
      return compileArray(def)
    case 'object':
      if (def.catchall?._zod.def.type !== 'unknown') throw new Unsupported('object that is not loose')
      return compileLooseObject(def)
    case 'unknown':
      noChecks(def)
      return (value) => value
    default:
      // 'optional' is handled by its object; anything else is unknown here.
      throw new Unsupported(def.type)
  }
}

/** A checker for `schema`, or null when the schema uses something the checker does not know (then use zod alone). */
export function compileChecker(schema: z.ZodType): Checker | null {
  try {
    return compile(schema as unknown as ZodLike)
  } catch (err) {
    if (err instanceof Unsupported) return null
    throw err
  }
}
