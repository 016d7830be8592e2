import { describe, expect, it } from 'vitest'
import { createAnnotation } from './annotations'
import { applyCommand } from './commands'
import { emptyFilter, facetCounts, filterAnnotations, NO_SPEAKER } from './filter'
import type { Annotation } from './schema'
import { articleOf, BBC, buildProject, filter, gold, NOW, NYT } from '../../tests/support/filterTesting'

const project = buildProject()
const exacts = (found: Annotation[]): string[] => found.map((a) => a.target.exact)
const byExact = (exact: string): Annotation => project.annotations.find((a) => a.target.exact === exact)!

const trumpQuotes = gold.quotes.filter((q) => q.speaker === 'Donald Trump')

describe('the project these tests search', () => {
  it('has every gold quote and claim, Trump quoted in both articles', () => {
    expect(project.annotations).toHaveLength(2 + gold.quotes.length + gold.claims.length)
    expect(trumpQuotes.map((q) => articleOf(q.file))).toEqual([NYT, NYT, NYT, BBC, BBC, BBC, BBC, BBC, BBC])
    expect(byExact('What we want to do now is fix up the oil,')).toMatchObject({ speakerId: null, attributionId: expect.any(String) })
  })
})

describe('filterAnnotations', () => {
  it('with no constraint gives every tag, in the order of the articles and then of the text', () => {
    const all = filterAnnotations(project, emptyFilter)
    expect(all).toHaveLength(project.annotations.length)
    const articleRank = (a: Annotation): number => (a.articleId === NYT ? 0 : 1)
    const sorted = [...project.annotations].sort((a, b) => articleRank(a) - articleRank(b) || a.target.start - b.target.start)
    expect(all.map((a) => a.id)).toEqual(sorted.map((a) => a.id))
    expect(all[0]!.articleId).toBe(NYT)
    expect(all.at(-1)!.articleId).toBe(BBC)
    // The project holds them in another order: BBC tags were added first.
    expect(project.annotations.map((a) => a.id)).not.toEqual(all.map((a) => a.id))
  })

  it('orders overlapping tags by where they start', () => {
    const nyt = project.articles[0]!
    const exact = 'said it would be "an important number"'
    const start = nyt.text.indexOf(exact)
    const wide = createAnnotation({ id: 'wide', articleId: NYT, text: nyt.text, start, end: start + exact.length, kind: 'claim', author: 'Ana', now: NOW })
    const result = applyCommand(project, { type: 'annotation.add', annotation: wide })
    if (!result.ok) throw new Error(result.error)
    const found = filterAnnotations(result.project, filter({ text: 'important number', articleIds: [NYT] }))
    expect(exacts(found)).toEqual([exact, 'an important number'])
  })

  it('finds everything Trump said across both articles, including a quote he has only through its attribution', () => {
    const found = filterAnnotations(project, filter({ speakerIds: ['donald-trump'], kinds: ['quote'] }))
    expect(exacts(found)).toEqual(trumpQuotes.map((q) => q.exact))
    expect(found.map((a) => a.articleId)).toEqual([NYT, NYT, NYT, BBC, BBC, BBC, BBC, BBC, BBC])
    expect(exacts(found)).toContain('What we want to do now is fix up the oil,')
    // Without the kind constraint the attribution naming him ("he added") comes too, in its place in the text.
    const everything = filterAnnotations(project, filter({ speakerIds: ['donald-trump'] }))
    expect(exacts(everything)).toEqual([...trumpQuotes.slice(0, 2).map((q) => q.exact), 'he added', ...trumpQuotes.slice(2).map((q) => q.exact)])
  })

  it('narrows Trump to one article', () => {
    const found = filterAnnotations(project, filter({ speakerIds: ['donald-trump'], kinds: ['quote'], articleIds: [BBC] }))
    expect(exacts(found)).toEqual(trumpQuotes.filter((q) => articleOf(q.file) === BBC).map((q) => q.exact))
  })

  it('takes any of several speakers, kinds, statuses or articles (or within a facet, and across facets)', () => {
    const rodriguezOrRomero = filterAnnotations(project, filter({ speakerIds: ['jorge-rodriguez', 'alfredo-romero'], kinds: ['quote'] }))
    expect(rodriguezOrRomero).toHaveLength(gold.quotes.filter((q) => q.speaker === 'Jorge Rodríguez' || q.speaker === 'Alfredo Romero').length)
    expect(rodriguezOrRomero).toHaveLength(6)
    const quotesAndAttributions = filterAnnotations(project, filter({ kinds: ['quote', 'attribution'], articleIds: [NYT] }))
    expect(quotesAndAttributions).toHaveLength(9 + 2)
  })

  it('combines kind and status: disputed claims, verified or false claims, and a status leaves out other kinds', () => {
    const disputed = filterAnnotations(project, filter({ kinds: ['claim'], statuses: ['disputed'] }))
    expect(exacts(disputed)).toEqual([
      'the United States captured President Nicolás Maduro on Sunday',
      "the US seized Venezuela's President Nicolás Maduro in a raid on the capital, Caracas, on Saturday"
    ])
    expect(exacts(filterAnnotations(project, filter({ statuses: ['verified', 'false'] })))).toEqual([
      'five Spanish citizens released Thursday',
      'between 800 and 900 political prisoners are incarcerated in Venezuela',
      'Arrested in 2024'
    ])
    // Quotes are "unverified" too, but a status only ever picks claims.
    const unverified = filterAnnotations(project, filter({ statuses: ['unverified'] }))
    expect(unverified.every((a) => a.kind === 'claim')).toBe(true)
    expect(unverified).toHaveLength(gold.claims.length - 5)
    expect(filterAnnotations(project, filter({ kinds: ['quote'], statuses: ['unverified'] }))).toEqual([])
  })

  it('finds tags with no speaker, own or through an attribution, with "none"', () => {
    const none = filterAnnotations(project, filter({ speakerIds: [NO_SPEAKER] }))
    expect(NO_SPEAKER).toBe('none')
    expect(none).toHaveLength(gold.claims.length - 1)
    expect(none.every((a) => a.kind === 'claim' && a.speakerId === null && a.attributionId === null)).toBe(true)
    expect(exacts(none)).not.toContain('five Spanish citizens released Thursday')
    expect(exacts(none)).not.toContain('What we want to do now is fix up the oil,')
    const noneOrSpain = filterAnnotations(project, filter({ speakerIds: ['none', 'spanish-government'] }))
    expect(noneOrSpain).toHaveLength(gold.claims.length)
  })

  it('searches text ignoring accents and case: "rodriguez" finds "Rodríguez" in the words, the notes and speakers’ names', () => {
    const found = filterAnnotations(project, filter({ text: 'rodriguez' }))
    expect(exacts(found)).toEqual([
      'an important number', // speaker Jorge Rodríguez
      'Consider this gesture from the Bolivarian Government -- made with sincere intentions toward peace -- as the contribution we all must make so that our republic can continue living peacefully and striving for prosperity,', // through the attribution
      'said Rodríguez', // in the words
      'between 800 and 900 political prisoners are incarcerated in Venezuela', // in the note
      'a significant number',
      'national unity and peaceful coexistence'
    ])
    expect(filterAnnotations(project, filter({ text: '  RODRÍGUEZ ' })).map((a) => a.id)).toEqual(found.map((a) => a.id))
  })

  it('searches the tagged words across articles, accents and curly quotes folded', () => {
    expect(exacts(filterAnnotations(project, filter({ text: 'nicolas maduro' })))).toEqual([
      'the United States captured President Nicolás Maduro on Sunday',
      "the US seized Venezuela's President Nicolás Maduro in a raid on the capital, Caracas, on Saturday"
    ])
    expect(exacts(filterAnnotations(project, filter({ text: "NYT's “important" })))).toEqual(['a significant number'])
    expect(exacts(filterAnnotations(project, filter({ text: "haven’t gotten" })))).toEqual(["We haven't gotten to that yet."])
  })

  it('searches a speaker’s aliases', () => {
    const found = filterAnnotations(project, filter({ text: 'US President', kinds: ['quote'] }))
    expect(found).toHaveLength(trumpQuotes.length)
  })

  it('treats blank search text as no constraint, and finds nothing for words that are nowhere', () => {
    expect(filterAnnotations(project, filter({ text: '   ' }))).toHaveLength(project.annotations.length)
    expect(filterAnnotations(project, filter({ text: 'zzz-not-there' }))).toEqual([])
  })
})

describe('facetCounts', () => {
  it('with no constraint counts every tag once per facet', () => {
    const counts = facetCounts(project, emptyFilter)
    expect(counts.total).toBe(project.annotations.length)
    expect(counts.kinds).toEqual({ quote: gold.quotes.length, attribution: 2, claim: gold.claims.length })
    expect(counts.statuses).toEqual({ unverified: gold.claims.length - 5, verified: 2, disputed: 2, false: 1, misleading: 0 })
    expect(counts.articles).toEqual(new Map([[NYT, 2 + 9 + 8], [BBC, 9 + 5]]))
    expect(counts.speakers.get('donald-trump')).toBe(trumpQuotes.length + 1)
    expect(counts.speakers.get('jorge-rodriguez')).toBe(4 + 1)
    expect(counts.speakers.get('delcy-rodriguez')).toBe(0)
    expect(counts.speakers.get(NO_SPEAKER)).toBe(gold.claims.length - 1)
    expect([...counts.speakers.values()].reduce((a, b) => a + b, 0)).toBe(project.annotations.length)
  })

  it('counts a facet under the other constraints but not its own: speakers stay countable while Trump is chosen', () => {
    const counts = facetCounts(project, filter({ speakerIds: ['donald-trump'] }))
    expect(counts.total).toBe(trumpQuotes.length + 1)
    // Own facet: not narrowed by the speaker choice.
    expect(counts.speakers.get('jorge-rodriguez')).toBe(5)
    expect(counts.speakers.get('alfredo-romero')).toBe(2)
    expect(counts.speakers.get(NO_SPEAKER)).toBe(gold.claims.length - 1)
    // Other facets: narrowed to Trump.
    expect(counts.kinds).toEqual({ quote: 9, attribution: 1, claim: 0 })
    expect(counts.articles).toEqual(new Map([[NYT, 4], [BBC, 6]]))
    expect(counts.statuses).toEqual({ unverified: 0, verified: 0, disputed: 0, false: 0, misleading: 0 })
  })

  it('counts kinds while a kind is chosen: the other kinds keep their counts', () => {
    const counts = facetCounts(project, filter({ kinds: ['quote'], speakerIds: ['donald-trump'] }))
    expect(counts.total).toBe(9)
    expect(counts.kinds).toEqual({ quote: 9, attribution: 1, claim: 0 })
    expect(counts.speakers.get('jorge-rodriguez')).toBe(4)
    expect(counts.speakers.get(NO_SPEAKER)).toBe(0)
  })

  it('counts statuses among claims under the kind filter, and kinds under the status filter', () => {
    const counts = facetCounts(project, filter({ kinds: ['claim'], statuses: ['disputed'] }))
    expect(counts.total).toBe(2)
    expect(counts.statuses).toEqual({ unverified: gold.claims.length - 5, verified: 2, disputed: 2, false: 1, misleading: 0 })
    expect(counts.kinds).toEqual({ quote: 0, attribution: 0, claim: 2 })
    expect(counts.articles).toEqual(new Map([[NYT, 1], [BBC, 1]]))
    expect(counts.speakers.get(NO_SPEAKER)).toBe(2)
    expect(counts.speakers.get('spanish-government')).toBe(0)
  })

  it('applies the text and article constraints to every facet', () => {
    const counts = facetCounts(project, filter({ text: 'rodriguez', articleIds: [BBC] }))
    expect(counts.total).toBe(2)
    expect(counts.kinds).toEqual({ quote: 2, attribution: 0, claim: 0 })
    expect(counts.speakers.get('jorge-rodriguez')).toBe(2)
    // The article facet ignores the article choice but keeps the text.
    expect(counts.articles).toEqual(new Map([[NYT, 4], [BBC, 2]]))
  })

  it('agrees with filterAnnotations on the total, and on each count when that choice is made', () => {
    const base = filter({ kinds: ['quote', 'claim'], text: 'prisoners' })
    const counts = facetCounts(project, base)
    expect(counts.total).toBe(filterAnnotations(project, base).length)
    for (const [articleId, n] of counts.articles) expect(filterAnnotations(project, { ...base, articleIds: [articleId] })).toHaveLength(n)
    for (const [speakerId, n] of counts.speakers) expect(filterAnnotations(project, { ...base, speakerIds: [speakerId] })).toHaveLength(n)
    for (const kind of ['quote', 'attribution', 'claim'] as const) expect(filterAnnotations(project, { ...base, kinds: [kind] })).toHaveLength(counts.kinds[kind])
  })
})

describe('emptyFilter', () => {
  it('has no constraints and cannot be changed by accident', () => {
    expect(emptyFilter).toEqual({ kinds: [], speakerIds: [], statuses: [], articleIds: [], text: '' })
    expect(() => emptyFilter.kinds.push('quote')).toThrow()
    expect(emptyFilter.kinds).toEqual([])
  })
})

describe('speed', () => {
  it('filters and counts 20,000 tags, searching their text, without stalling', () => {
    const nyt = project.articles[0]!
    const many = { ...project, annotations: [...project.annotations] }
    for (let i = 0; many.annotations.length < 20_000; i++) {
      const start = i % (nyt.text.length - 20)
      many.annotations.push({ ...createAnnotation({ id: `bulk-${i}`, articleId: NYT, text: nyt.text, start, end: start + 15, kind: 'quote', author: 'x', now: NOW }), speakerId: i % 3 ? 'donald-trump' : null })
    }
    const started = performance.now()
    const found = filterAnnotations(many, filter({ speakerIds: ['donald-trump'], text: 'the' }))
    const counts = facetCounts(many, filter({ speakerIds: ['donald-trump'], text: 'the' }))
    const elapsed = performance.now() - started
    expect(counts.total).toBe(found.length)
    // A guard against a hang, not a speed target (speed is measured by `npm run bench`): ten times what it takes on a loaded machine.
    expect(elapsed).toBeLessThan(15_000)
  })
})
