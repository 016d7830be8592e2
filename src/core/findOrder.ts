/**
 * The orders Find can list its tags in. Find's results come in article order
 * (the project's articles, then position in the text); the other orders are
 * stable sorts of that list, so tags with the same speaker, of the same kind
 * or made at the same moment stay in article order among themselves.
 */
import { speakerIdOf, type ProjectIndex } from './annotations'
import { annotationKinds, type Annotation } from './schema'
import { foldText } from './text/fold'

export const findOrders = ['article', 'speaker', 'kind', 'newest'] as const
export type FindOrder = (typeof findOrders)[number]

export const findOrderLabel: Record<FindOrder, string> = {
  article: 'Article order',
  speaker: 'Speaker (A–Z)',
  kind: 'Kind (quotes, attributions, claims)',
  newest: 'Newest first'
}

/** `results` (in article order) in the order asked for; the same array for article order. */
export function orderFound(results: readonly Annotation[], order: FindOrder, index: ProjectIndex): readonly Annotation[] {
  if (order === 'article') return results
  if (order === 'kind') return sortBy(results, (a) => annotationKinds.indexOf(a.kind))
  if (order === 'newest') return sortBy(results, (a) => -Date.parse(a.createdAt))
  const names = new Map<Annotation, string>()
  for (const a of results) names.set(a, foldText(index.peopleById.get(speakerIdOf(index, a) ?? '')?.name ?? ''))
  // Tags without a speaker last.
  return [...results].sort((a, b) => compareNames(names.get(a)!, names.get(b)!))
}

function compareNames(a: string, b: string): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0
  return a.localeCompare(b)
}

function sortBy(results: readonly Annotation[], key: (a: Annotation) => number): Annotation[] {
  const keys = new Map(results.map((a) => [a, key(a)]))
  return [...results].sort((a, b) => keys.get(a)! - keys.get(b)!)
}
