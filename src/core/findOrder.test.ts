import { describe, expect, it } from 'vitest'
import { createAnnotation, indexProject } from './annotations'
import { orderFound } from './findOrder'
import { createPerson } from './people'
import type { Annotation, AnnotationKind } from './schema'

const text = 'Alpha said one. Beta said two. Gamma said three. Delta said four.'
const zoe = createPerson('Zoë Adams', '2026-01-01T00:00:00.000Z')
const ana = createPerson('Ana Ruiz', '2026-01-01T00:00:00.000Z')

function tag(exact: string, kind: AnnotationKind, createdAt: string, speakerId?: string): Annotation {
  const start = text.indexOf(exact)
  return { ...createAnnotation({ articleId: 'a1', text, start, end: start + exact.length, kind, author: 'me', now: createdAt }), ...(speakerId ? { speakerId } : {}) }
}

// In article order, as Find gives them.
const found = [
  tag('Alpha said one', 'claim', '2026-01-01T10:00:00.000Z'),
  tag('Beta said two', 'quote', '2026-01-03T10:00:00.000Z', zoe.id),
  tag('Gamma said three', 'attribution', '2026-01-02T10:00:00.000Z', ana.id),
  tag('Delta said four', 'quote', '2026-01-04T10:00:00.000Z', ana.id)
]
const index = indexProject({ annotations: found, people: [zoe, ana] })
const words = (list: readonly Annotation[]) => list.map((a) => a.target.exact.split(' ')[0])

describe('the order of Find’s results', () => {
  it('keeps article order as it comes', () => {
    expect(orderFound(found, 'article', index)).toBe(found)
  })

  it('lists by speaker A–Z, article order within a speaker, tags without one last', () => {
    expect(words(orderFound(found, 'speaker', index))).toEqual(['Gamma', 'Delta', 'Beta', 'Alpha'])
  })

  it('lists quotes, then attributions, then claims', () => {
    expect(words(orderFound(found, 'kind', index))).toEqual(['Beta', 'Delta', 'Gamma', 'Alpha'])
  })

  it('lists the newest tag first', () => {
    expect(words(orderFound(found, 'newest', index))).toEqual(['Delta', 'Beta', 'Gamma', 'Alpha'])
  })
})
