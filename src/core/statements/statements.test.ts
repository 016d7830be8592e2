import { describe, expect, test } from 'vitest'
import { clustersProject, type LabelledCluster } from './labelledSet'
import { findStatements } from './statements'

/** One small story told by two outlets, its tags given by their words. */
function story(tags: LabelledCluster['tags'], people: LabelledCluster['people'] = []): ReturnType<typeof clustersProject> {
  return clustersProject([
    {
      id: 's',
      event: 'test',
      licence: 'CC0-1.0',
      people,
      articles: [
        { id: 'a', outlet: 'Outlet A', title: 'A', text: 'The minister said “we will build the bridge by June” and “taxes stay as they are”. The bridge costs 40 million.' },
        { id: 'b', outlet: 'Outlet B', title: 'B', text: '“We will build the bridge by June,” the minister said. Another said “we will build the bridge by June”. The bridge will cost 45 million.' }
      ],
      tags,
      groups: [],
      contradictions: []
    }
  ])
}

const words = (p: ReturnType<typeof story>, ids: readonly string[]) => ids.map((id) => p.annotations.find((t) => t.id === id)!.target.exact)

describe('statements told by more than one article', () => {
  test('two records of the same person (same name) are one speaker: their quotes in two articles are one statement', () => {
    const p = story(
      [
        { id: 'a1', article: 'a', kind: 'quote', exact: 'we will build the bridge by June', speaker: 'Ana Ruiz' },
        { id: 'b1', article: 'b', kind: 'quote', exact: 'We will build the bridge by June,', speaker: 'Ana Ruiz (minister)' }
      ],
      [{ name: 'Ana Ruiz' }, { name: 'Ana Ruiz (minister)', aliases: ['Ana Ruiz'] }]
    )
    const [group] = findStatements(p).groups
    expect(group).toMatchObject({ confidence: 'high', reason: 'same speaker' })
    expect(words(p, group!.tagIds)).toEqual(['we will build the bridge by June', 'We will build the bridge by June,'])
  })

  test('the same words said by two different people are not offered as one statement', () => {
    const p = story(
      [
        { id: 'a1', article: 'a', kind: 'quote', exact: 'we will build the bridge by June', speaker: 'Ana Ruiz' },
        { id: 'b2', article: 'b', kind: 'quote', exact: 'we will build the bridge by June', speaker: 'Luis Mora' }
      ],
      [{ name: 'Ana Ruiz' }, { name: 'Luis Mora' }]
    )
    expect(findStatements(p).groups).toEqual([])
  })

  test('tags of the same article are never paired, and a different statement of the same speaker is not offered', () => {
    const p = story(
      [
        { id: 'a1', article: 'a', kind: 'quote', exact: 'we will build the bridge by June', speaker: 'Ana Ruiz' },
        { id: 'a2', article: 'a', kind: 'quote', exact: 'taxes stay as they are', speaker: 'Ana Ruiz' },
        { id: 'b1', article: 'b', kind: 'quote', exact: 'We will build the bridge by June,', speaker: 'Ana Ruiz' }
      ],
      [{ name: 'Ana Ruiz' }]
    )
    const found = findStatements(p)
    expect(found.groups.map((g) => g.tagIds)).toEqual([['s/a1', 's/b1']])
  })

  test('two claims that count the same thing differently contradict each other on a number', () => {
    const p = story([
      { id: 'a3', article: 'a', kind: 'claim', exact: 'The bridge costs 40 million.' },
      { id: 'b3', article: 'b', kind: 'claim', exact: 'The bridge will cost 45 million.' }
    ])
    const found = findStatements(p)
    expect(found.contradictions.map((c) => [c.on, c.values, c.confidence])).toEqual([['number', [['40'], ['45']], 'high']])
    expect(found.groups).toEqual([])
  })

  test('with a speaker, only offers involving their tags', () => {
    const p = story(
      [
        { id: 'a1', article: 'a', kind: 'quote', exact: 'we will build the bridge by June', speaker: 'Ana Ruiz' },
        { id: 'b1', article: 'b', kind: 'quote', exact: 'We will build the bridge by June,', speaker: 'Ana Ruiz' },
        { id: 'a3', article: 'a', kind: 'claim', exact: 'The bridge costs 40 million.' },
        { id: 'b3', article: 'b', kind: 'claim', exact: 'The bridge will cost 45 million.' }
      ],
      [{ name: 'Ana Ruiz' }, { name: 'Luis Mora' }]
    )
    const ana = p.people.find((x) => x.name === 'Ana Ruiz')!.id
    const luis = p.people.find((x) => x.name === 'Luis Mora')!.id
    expect(findStatements(p, { speakerId: ana })).toMatchObject({ groups: [{ tagIds: ['s/a1', 's/b1'] }], contradictions: [] })
    expect(findStatements(p, { speakerId: luis })).toEqual({ groups: [], contradictions: [] })
  })
})
