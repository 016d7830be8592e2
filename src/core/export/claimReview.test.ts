import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSampleProject } from '../sample'
import type { Project } from '../schema'
import { exportProject } from '.'
import { CHECKER, tagSample, TAGGED_SAMPLE_NOW, type SeedGold } from './taggedSample'

const root = join(__dirname, '..', '..', '..')
const read = (...parts: string[]): string => readFileSync(join(root, ...parts), 'utf8')
const sample = buildSampleProject(read('seeds', 'manifest.json'), (f) => read('seeds', f), '2026-01-10T08:00:00.000Z')
const project = tagSample(sample, JSON.parse(read('tests', 'fixtures', 'seed-gold.json')) as SeedGold)

type Review = {
  '@type': string
  datePublished: string
  claimReviewed: string
  author?: { '@type': string; name: string }
  reviewRating: { '@type': string; alternateName: string; ratingExplanation?: string }
  itemReviewed: {
    '@type': string
    author?: { '@type': string; name: string }
    datePublished?: string
    appearance: { '@type': string; headline?: string; url?: string; publisher?: { '@type': string; name: string } }
  }
}
const reviews = (p: Project, exportedBy?: string): Review[] => {
  const doc = JSON.parse(exportProject(p, { format: 'claimreview', now: TAGGED_SAMPLE_NOW, exportedBy })) as { '@context': string; '@graph': Review[] }
  expect(doc['@context']).toBe('https://schema.org')
  return doc['@graph']
}

describe('the ClaimReview export', () => {
  const graph = reviews(project, CHECKER)

  it('has a ClaimReview for each claim with a verdict and none for unverified claims or other kinds', () => {
    expect(graph.map((r) => [r['@type'], r.claimReviewed, r.reviewRating.alternateName])).toEqual([
      ['ClaimReview', 'the United States captured President Nicolás Maduro on Sunday', 'Disputed'],
      ['ClaimReview', 'five Spanish citizens released Thursday', 'Verified'],
      ['ClaimReview', "the US seized Venezuela's President Nicolás Maduro in a raid on the capital, Caracas, on Saturday", 'Disputed']
    ])
    expect(graph.map((r) => r.claimReviewed)).not.toContain('Hundreds of political prisoners are detained in Venezuelan prisons')
  })

  it('dates the review the day of the export, signs it by whoever exports and explains the rating with the note', () => {
    expect(graph[0]).toMatchObject({
      datePublished: '2026-01-12',
      author: { '@type': 'Person', name: 'Sam Okafor' },
      reviewRating: { '@type': 'Rating', ratingExplanation: 'The BBC puts the capture on Saturday; confirm the day before repeating either.' }
    })
  })

  it('names the claimant as the claim\'s author, or the outlet when the article makes the claim itself', () => {
    expect(graph[0]!.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'The New York Times' })
    expect(graph[1]!.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Spanish government' })
    expect(graph[2]!.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'BBC News' })
  })

  it('gives a person claimant as a Person with their job title', () => {
    const romero = project.people.find((p) => p.name === 'Alfredo Romero')!
    const withPerson = { ...project, annotations: project.annotations.map((a) => (a.target.exact.startsWith('five Spanish') ? { ...a, speakerId: romero.id } : a)) }
    expect(reviews(withPerson)[1]!.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Alfredo Romero', jobTitle: 'Director, Foro Penal', affiliation: { '@type': 'Organization', name: 'Foro Penal' } })
  })

  it('describes where the claim appeared, with the article address only when there is one', () => {
    expect(graph[2]!.itemReviewed).toMatchObject({
      '@type': 'Claim',
      datePublished: '2026-01-09',
      appearance: { '@type': 'NewsArticle', headline: 'Venezuelan government begins releasing political prisoners', publisher: { '@type': 'Organization', name: 'BBC News' } }
    })
    expect(graph[2]!.itemReviewed.appearance).not.toHaveProperty('url')
    const withUrl = { ...project, articles: project.articles.map((a, i) => (i === 1 ? { ...a, url: 'https://www.bbc.com/news/articles/x' } : a)) }
    expect(reviews(withUrl)[2]!.itemReviewed.appearance.url).toBe('https://www.bbc.com/news/articles/x')
  })

  it('is signed by whoever last changed the claim when the export names nobody', () => {
    expect(reviews(project)[0]!.author).toEqual({ '@type': 'Person', name: 'Sam Okafor' })
    const anonymous = { ...project, annotations: project.annotations.map((a) => ({ ...a, author: '', updatedBy: '' })) }
    expect(reviews(anonymous)[0]).not.toHaveProperty('author')
  })

  it('leaves out an explanation rather than writing an empty one', () => {
    const noNotes = { ...project, annotations: project.annotations.map((a) => ({ ...a, note: '' })) }
    expect(reviews(noNotes)[0]!.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Disputed' })
  })

  it('is an empty graph when no claim has a verdict', () => {
    expect(JSON.parse(exportProject(project, { format: 'claimreview', now: TAGGED_SAMPLE_NOW, selection: { kinds: ['quote'] } }))).toEqual({ '@context': 'https://schema.org', '@graph': [] })
  })
})
