/**
 * Whether two tellings of one event disagree on a fact: a day of the week, a
 * month or a year (a date), a number counting the same thing, or a name. A
 * disagreement counts only between statements that are about the same thing
 * (they share content words besides the facts) and only when the two sides
 * state different values of the same kind, neither stating the other's:
 * "captured Maduro on Sunday" against "seized Maduro … on Saturday".
 */
import type { FactKind, Word } from './words'

export type ContradictionOn = 'date' | 'number' | 'name'
export type FactClash = {
  readonly on: ContradictionOn
  /** The clashing words as written in A and in B. */
  readonly a: readonly string[]
  readonly b: readonly string[]
  readonly confidence: 'high' | 'low'
}

/** What the pair shares, as the finder measured it. */
export type Overlap = { readonly shared: number; readonly dice: number; readonly sameSpeaker: boolean }

const DATE_KINDS: readonly FactKind[] = ['weekday', 'month', 'year']

function factsOf(words: readonly Word[], kind: FactKind): Map<string, string> {
  const values = new Map<string, string>()
  for (const w of words) if (w.fact?.kind === kind && !values.has(w.fact.value)) values.set(w.fact.value, w.text)
  return values
}

/** Both sides state a value of this kind and no value is on both sides. */
function disjoint(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size === 0 || b.size === 0) return false
  for (const value of a.keys()) if (b.has(value)) return false
  return true
}

/** Numbers by the thing they count: the next content word that is not itself a number ("800 … prisoners", "12 people"). */
function countedNumbers(words: readonly Word[]): Map<string, Map<string, string>> {
  const byUnit = new Map<string, Map<string, string>>()
  words.forEach((w, i) => {
    if (w.fact?.kind !== 'number') return
    const unit = words.slice(i + 1, i + 5).find((next) => next.content && next.fact?.kind !== 'number' && next.key !== 'and' && next.key !== 'to')
    if (!unit) return
    const values = byUnit.get(unit.key) ?? new Map<string, string>()
    if (!values.has(w.fact.value)) values.set(w.fact.value, w.text)
    byUnit.set(unit.key, values)
  })
  return byUnit
}

/** Sure of a clash when the statements share this many words at this overlap, or are nearly the same words (a short "Turnout was 61 percent"). */
function closeEnough(o: Overlap, shared: number, dice: number): boolean {
  return (o.shared >= shared && o.dice >= dice) || (o.shared >= 2 && o.dice >= 0.6)
}

function dateClash(a: readonly Word[], b: readonly Word[], o: Overlap): FactClash | null {
  for (const kind of DATE_KINDS) {
    const fa = factsOf(a, kind)
    const fb = factsOf(b, kind)
    if (!disjoint(fa, fb)) continue
    // A year alone is often a different event ("arrested in 2024" / "elected in 2019"): never sure.
    const sure = kind !== 'year' && closeEnough(o, 3, 0.3)
    return { on: 'date', a: [...fa.values()], b: [...fb.values()], confidence: sure ? 'high' : 'low' }
  }
  return null
}

function numberClash(a: readonly Word[], b: readonly Word[], o: Overlap): FactClash | null {
  const na = countedNumbers(a)
  const nb = countedNumbers(b)
  for (const [unit, fa] of na) {
    const fb = nb.get(unit)
    if (!fb || !disjoint(fa, fb)) continue
    const sure = closeEnough(o, 4, 0.4)
    return { on: 'number', a: [...fa.values()], b: [...fb.values()], confidence: sure ? 'high' : 'low' }
  }
  return null
}

/** A name in place of another in otherwise much the same words: only ever a question (outlets spell and shorten names). */
function nameClash(a: readonly Word[], b: readonly Word[], o: Overlap): FactClash | null {
  if (o.dice < 0.5) return null
  const fa = factsOf(a, 'name')
  const fb = factsOf(b, 'name')
  // A name is not missing from the other side when it is there as a plain word (at the start of a sentence, say).
  const keysA = new Set(a.map((w) => w.key))
  const keysB = new Set(b.map((w) => w.key))
  const onlyA = [...fa].filter(([value]) => !keysB.has(value))
  const onlyB = [...fb].filter(([value]) => !keysA.has(value))
  if (onlyA.length === 0 || onlyB.length === 0 || onlyA.length > 2 || onlyB.length > 2) return null
  return { on: 'name', a: onlyA.map(([, text]) => text), b: onlyB.map(([, text]) => text), confidence: 'low' }
}

/** The first clash between two statements that share enough to be about the same thing, dates before numbers before names. */
export function factClash(a: readonly Word[], b: readonly Word[], o: Overlap): FactClash | null {
  if (o.shared < 2 || (o.dice < 0.25 && !o.sameSpeaker)) return null
  return dateClash(a, b, o) ?? numberClash(a, b, o) ?? nameClash(a, b, o)
}
