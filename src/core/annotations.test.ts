import { describe, expect, it } from 'vitest'
import { prng } from '../../tests/support/random'
import { compareAnnotations, createAnnotation, indexProject, speakerIdOf, type ProjectIndex } from './annotations'
import { createPerson } from './people'
import { annotationKinds, type Annotation, type Person } from './schema'

const NOW = '2026-01-10T09:00:00.000Z'
const TEXT = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')
const ARTICLES = ['art-a', 'art-b', 'art-c']

/** An index as plain data, in a canonical order: two indexes of the same project give equal values. */
function plain(index: ProjectIndex) {
  const sortedEntries = <V>(map: ReadonlyMap<string, V>) => [...map].sort((a, b) => a[0].localeCompare(b[0]))
  return {
    annotationsById: sortedEntries(index.annotationsById),
    size: index.annotationsById.size,
    peopleById: sortedEntries(index.peopleById),
    attributedBy: sortedEntries(index.attributedBy).map(([id, list]) => [id, list.map((a) => a.id)]),
    byArticle: sortedEntries(index.byArticle).map(([id, list]) => [id, list.map((a) => a.id)])
  }
}

describe('indexProject', () => {
  it('lists each article’s tags in text order, and the tags each attribution attributes', () => {
    const tag = (id: string, articleId: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation => ({
      ...createAnnotation({ id, articleId, kind: 'quote', text: TEXT, start, end, author: 'a', now: NOW }),
      ...extra
    })
    const said = tag('said', 'art-a', 50, 60, { kind: 'attribution', speakerId: 'p1' })
    const annotations = [tag('late', 'art-a', 100, 120, { attributionId: 'said' }), said, tag('early', 'art-a', 10, 30, { attributionId: 'said' }), tag('other', 'art-b', 0, 5)]
    const index = indexProject({ annotations, people: [] })
    expect(index.byArticle.get('art-a')!.map((a) => a.id)).toEqual(['early', 'said', 'late'])
    expect(index.byArticle.get('art-b')!.map((a) => a.id)).toEqual(['other'])
    expect(index.attributedBy.get('said')!.map((a) => a.id)).toEqual(['early', 'late'])
    expect(speakerIdOf(index, annotations[0]!)).toBe('p1')
  })

  it('derived from the previous index equals one built from scratch, after random adds, changes, removals and reorderings', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const rand = prng(seed)
      const int = (n: number) => Math.floor(rand() * n)
      let next = 0
      const people: Person[] = Array.from({ length: 4 }, (_, i) => ({ ...createPerson(`Person ${i}`, NOW), id: `p${i}` }))
      const make = (): Annotation => {
        const start = int(TEXT.length - 40)
        return {
          ...createAnnotation({ id: `t${next++}`, articleId: ARTICLES[int(3)]!, kind: annotationKinds[int(3)]!, text: TEXT, start, end: start + 1 + int(30), author: 'a', now: NOW }),
          speakerId: rand() < 0.3 ? `p${int(4)}` : null
        }
      }
      let annotations: Annotation[] = Array.from({ length: 30 }, make)
      let peopleNow = people
      let index = indexProject({ annotations, people: peopleNow })
      for (let step = 0; step < 300; step++) {
        const r = rand()
        const at = int(annotations.length)
        const some = annotations[at]
        const attributions = annotations.filter((a) => a.kind === 'attribution')
        let what: string
        if (r < 0.3 || !some) {
          const ann = make()
          const attribution = attributions[int(attributions.length)]
          annotations = [...annotations, attribution && rand() < 0.5 ? { ...ann, attributionId: attribution.id, articleId: attribution.articleId } : ann]
          what = 'add'
        } else if (r < 0.55) {
          const start = int(TEXT.length - 40)
          const patch = [{ kind: annotationKinds[int(3)]! }, { target: { ...some.target, start, end: start + 5 } }, { attributionId: attributions[int(attributions.length)]?.id ?? null }, { note: `n${step}` }, { articleId: ARTICLES[int(3)]! }][int(5)]!
          annotations = annotations.map((a, i) => (i === at ? { ...a, ...patch } : a))
          what = `change ${JSON.stringify(patch)}`
        } else if (r < 0.75) {
          annotations = annotations.filter((_, i) => i !== at)
          what = 'remove'
        } else if (r < 0.82) {
          // Several at once, as a batch or undoing one does.
          annotations = [...annotations.filter((_, i) => i % 7 !== step % 7), make(), make()]
          what = 'batch'
        } else if (r < 0.88) {
          // Not in the old order (a merge, a reload): the index must notice and rebuild.
          annotations = [...annotations].sort(() => rand() - 0.5)
          what = 'reorder'
        } else if (r < 0.93) {
          peopleNow = peopleNow.map((p, i) => (i === step % 4 ? { ...p, name: `Renamed ${step}` } : p))
          what = 'rename a person'
        } else {
          what = 'nothing'
        }
        const project = { annotations, people: peopleNow }
        const derived = indexProject(project, index)
        expect(plain(derived), `seed ${seed}, step ${step}: ${what}`).toEqual(plain(indexProject(project)))
        if (what === 'nothing') expect(derived).toBe(index)
        index = derived
      }
    }
  })

  it('orders tags by start, outer before inner, then by kind and id', () => {
    const at = (id: string, start: number, end: number, kind: Annotation['kind'] = 'quote') => createAnnotation({ id, articleId: 'a', kind, text: TEXT, start, end, author: 'a', now: NOW })
    const sorted = [at('c', 10, 12), at('b', 5, 30), at('a', 10, 20), at('d', 10, 20, 'claim')].sort(compareAnnotations)
    expect(sorted.map((a) => a.id)).toEqual(['b', 'd', 'a', 'c'])
  })
})
