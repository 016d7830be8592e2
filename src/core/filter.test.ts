import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from './annotations'
import { applyCommand, type Command } from './commands'
import { emptyFilter, facetCounts, filterAnnotations, findAnnotations, NO_SPEAKER, type AnnotationFilter } from './filter'
import { foldText, personNames } from './people'
import { prng } from '../../tests/support/random'
import { annotationKinds, claimStatuses } from './schema'
import { createPerson } from './people'
import { buildSampleProject } from './sample'
import type { Annotation, AnnotationKind, ClaimStatus, Project } from './schema'

const root = join(__dirname, '..', '..')
const seeds = join(root, 'seeds')
const NOW = '2026-01-10T09:00:00.000Z'
const NYT = '965e9a29-261d-4b44-aef8-d4a816ac235e'
const BBC = '7884ab6c-4d84-43b4-9464-18f7773515af'

type GoldQuote = { file: string; exact: string; speaker: string }
type GoldClaim = { file: string; exact: string; source: string | null }
const gold = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-gold.json'), 'utf8')) as {
  speakers: { name: string; role: string; aliases: string[] }[]
  quotes: GoldQuote[]
  claims: GoldClaim[]
}

const slug = (name: string): string => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]+/g, '-')
const articleOf = (file: string): string => (file.includes('nyt-') ? NYT : BBC)
/** The gold's exact text as the article has it: Markdown link syntax is not part of an article's text. */
const plain = (exact: string): string => exact.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')

/** A fact-check status for some of the gold claims; the rest stay unverified. */
const STATUS: Record<string, ClaimStatus> = {
  'the United States captured President Nicolás Maduro on Sunday': 'disputed',
  "the US [seized Venezuela's President Nicolás Maduro](#) in a raid on the capital, Caracas, on Saturday": 'disputed',
  'five Spanish citizens released Thursday': 'verified',
  'between 800 and 900 political prisoners are incarcerated in Venezuela': 'verified',
  'Arrested in 2024': 'false'
}
const NOTES: Record<string, string> = {
  'between 800 and 900 political prisoners are incarcerated in Venezuela': 'Rodríguez gave no figure.',
  'a significant number': 'Compare with the NYT’s “important number”.'
}

/**
 * The sample project with the gold speakers as people, every gold quote
 * tagged with its speaker and every gold claim with a status. Two quotes get
 * their speaker only through an attribution tag: NYT "What we want to do now
 * is fix up the oil," (he added → Trump) and "Consider this gesture…" (said
 * Rodríguez → Jorge). Tags are added BBC first, so order is not insertion order.
 */
function buildProject(): Project {
  const manifest = readFileSync(join(seeds, 'manifest.json'), 'utf8')
  let project = buildSampleProject(manifest, (file) => readFileSync(join(seeds, file), 'utf8'), NOW)
  const apply = (command: Command): void => {
    const result = applyCommand(project, command)
    if (!result.ok) throw new Error(result.error)
    project = result.project
  }
  for (const s of gold.speakers) apply({ type: 'person.add', person: { ...createPerson(s.name, NOW, { role: s.role, aliases: s.aliases }), id: slug(s.name) } })
  apply({ type: 'person.add', person: { ...createPerson('Spanish government', NOW, { kind: 'organisation' }), id: 'spanish-government' } })

  const tag = (articleId: string, exact: string, kind: AnnotationKind, extra: Partial<Annotation> = {}): Annotation => {
    const article = project.articles.find((a) => a.id === articleId)!
    const start = article.text.indexOf(exact)
    if (start < 0) throw new Error(`"${exact}" is not in ${article.title}`)
    return { ...createAnnotation({ id: `${kind}-${slug(exact).slice(0, 40)}-${articleId.slice(0, 4)}`, articleId, text: article.text, start, end: start + exact.length, kind, author: 'Ana', now: NOW }), ...extra }
  }
  const attrOil = tag(NYT, 'he added', 'attribution', { speakerId: 'donald-trump' })
  const attrGesture = tag(NYT, 'said Rodríguez', 'attribution', { speakerId: 'jorge-rodriguez' })
  apply({ type: 'annotation.add', annotation: attrOil })
  apply({ type: 'annotation.add', annotation: attrGesture })
  for (const q of [...gold.quotes].reverse()) {
    const throughAttribution = q.exact === 'What we want to do now is fix up the oil,' ? attrOil : q.exact.startsWith('Consider this gesture') ? attrGesture : null
    const extra: Partial<Annotation> = throughAttribution ? { attributionId: throughAttribution.id } : { speakerId: slug(q.speaker) }
    apply({ type: 'annotation.add', annotation: tag(articleOf(q.file), q.exact, 'quote', { ...extra, note: NOTES[q.exact] ?? '' }) })
  }
  for (const c of [...gold.claims].reverse()) {
    const speakerId = c.source === 'Spanish government' ? 'spanish-government' : null
    apply({ type: 'annotation.add', annotation: tag(articleOf(c.file), plain(c.exact), 'claim', { speakerId, status: STATUS[c.exact] ?? 'unverified', note: NOTES[c.exact] ?? '' }) })
  }
  return project
}

const project = buildProject()
const filter = (f: Partial<AnnotationFilter>): AnnotationFilter => ({ ...emptyFilter, ...f })
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

/** The straightforward way: every tag checked against every constraint, then sorted. What the kept indexes must agree with. */
function reference(p: Project, f: AnnotationFilter): { ids: string[]; counts: ReturnType<typeof facetCounts> } {
  const byId = new Map(p.annotations.map((a) => [a.id, a]))
  const speakerOf = (a: Annotation) => a.speakerId ?? (a.attributionId ? (byId.get(a.attributionId)?.speakerId ?? null) : null)
  const q = foldText(f.text)
  const passes = (a: Annotation) => {
    const speakerKey = speakerOf(a) ?? NO_SPEAKER
    const person = p.people.find((x) => x.id === speakerKey)
    return {
      kind: !f.kinds.length || f.kinds.includes(a.kind),
      speaker: !f.speakerIds.length || f.speakerIds.includes(speakerKey),
      status: !f.statuses.length || (a.kind === 'claim' && f.statuses.includes(a.status)),
      article: !f.articleIds.length || f.articleIds.includes(a.articleId),
      text: !q || foldText(a.target.exact).includes(q) || foldText(a.note).includes(q) || (!!person && personNames(person).some((n) => foldText(n).includes(q))),
      speakerKey
    }
  }
  const rank = new Map(p.articles.map((a, i) => [a.id, i]))
  const counts = {
    kinds: Object.fromEntries(annotationKinds.map((k) => [k, 0])) as Record<AnnotationKind, number>,
    speakers: new Map([...p.people.map((x): [string, number] => [x.id, 0]), [NO_SPEAKER, 0]]),
    statuses: Object.fromEntries(claimStatuses.map((s) => [s, 0])) as Record<ClaimStatus, number>,
    articles: new Map(p.articles.map((a): [string, number] => [a.id, 0])),
    total: 0
  }
  const found: Annotation[] = []
  for (const a of p.annotations) {
    const x = passes(a)
    if (x.speaker && x.status && x.article && x.text) counts.kinds[a.kind]++
    if (x.kind && x.status && x.article && x.text) counts.speakers.set(x.speakerKey, counts.speakers.get(x.speakerKey)! + 1)
    if (a.kind === 'claim' && x.kind && x.speaker && x.article && x.text) counts.statuses[a.status]++
    if (x.kind && x.speaker && x.status && x.text) counts.articles.set(a.articleId, counts.articles.get(a.articleId)! + 1)
    if (x.kind && x.speaker && x.status && x.article && x.text) {
      counts.total++
      found.push(a)
    }
  }
  found.sort((a, b) => rank.get(a.articleId)! - rank.get(b.articleId)! || a.target.start - b.target.start || a.target.end - b.target.end || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
  return { ids: found.map((a) => a.id), counts }
}

describe('the kept search indexes', () => {
  it('agree with a plain scan while typing, narrowing, deleting, and while tags change between keystrokes', () => {
    const rand = prng(7)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
    let current = project
    const words = ['rodriguez', 'prisoners', 'the oil', 'trump', 'important number', 'gobierno', 'said', 'xq']
    let tagged = 0
    for (let round = 0; round < 40; round++) {
      const word = pick(words)
      const base: Partial<AnnotationFilter> = rand() < 0.5 ? {} : rand() < 0.5 ? { kinds: [pick(annotationKinds)] } : { speakerIds: [pick([...current.people.map((p) => p.id), NO_SPEAKER])] }
      // Type the word a letter at a time, then delete back two letters.
      const typed = [...Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)), word.slice(0, -1), word.slice(0, -2)]
      for (const text of typed) {
        const f = filter({ ...base, text })
        const got = findAnnotations(current, f)
        const want = reference(current, f)
        expect(got.results.map((a) => a.id), `${JSON.stringify(f)}`).toEqual(want.ids)
        expect(got.counts, `${JSON.stringify(f)}`).toEqual(want.counts)
        expect(filterAnnotations(current, f).map((a) => a.id)).toEqual(want.ids)
      }
      // Between words, change the project as a user would: tag, retag, note, delete, rename a speaker.
      const r = rand()
      const nyt = current.articles[0]!
      let command: Command | null = null
      if (r < 0.35) {
        const start = Math.floor(rand() * (nyt.text.length - 40))
        command = { type: 'annotation.add', annotation: { ...createAnnotation({ id: `round-${tagged++}`, articleId: nyt.id, text: nyt.text, start, end: start + 10 + Math.floor(rand() * 20), kind: pick(annotationKinds), author: 'x', now: NOW }), speakerId: rand() < 0.5 ? pick(current.people).id : null } }
      } else if (r < 0.55) {
        command = { type: 'annotation.update', id: pick(current.annotations).id, patch: { note: `gobierno ${round}` }, updatedAt: NOW, updatedBy: 'x' }
      } else if (r < 0.7) {
        const attribution = current.annotations.find((a) => a.kind === 'attribution' && a.speakerId)
        if (attribution) command = { type: 'annotation.update', id: attribution.id, patch: { speakerId: pick(current.people).id }, updatedAt: NOW, updatedBy: 'x' }
      } else if (r < 0.85) {
        const removable = current.annotations.filter((a) => a.kind !== 'attribution' && !current.links.some((l) => l.from === a.id || l.to === a.id) && !current.conflicts.some((c) => c.annotationId === a.id))
        if (removable.length) command = { type: 'annotation.remove', id: pick(removable).id }
      } else {
        const person = pick(current.people)
        command = { type: 'person.update', id: person.id, patch: { aliases: [...person.aliases, `Xqalias ${round}`] }, updatedAt: NOW }
      }
      if (command) {
        const result = applyCommand(current, command)
        if (result.ok) current = result.project
      }
      // The next keystroke extends the last text, on the changed project: the last matches must not be trusted.
      const f = filter({ ...base, text: word.slice(0, -1) })
      expect(findAnnotations(current, f).results.map((a) => a.id), `after a change: ${JSON.stringify(f)}`).toEqual(reference(current, f).ids)
    }
  })
})
