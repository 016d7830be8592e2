import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { buildSampleProject } from '../sample'
import { emptyProject, type Person, type Project } from '../schema'
import { citationFor, paragraphNumber, selectAnnotations, sentenceAround } from '.'
import { tagSample, type SeedGold } from './taggedSample'

const root = join(__dirname, '..', '..', '..')
const read = (...parts: string[]): string => readFileSync(join(root, ...parts), 'utf8')
const sample = buildSampleProject(read('seeds', 'manifest.json'), (f) => read('seeds', f), '2026-01-10T08:00:00.000Z')
const project = tagSample(sample, JSON.parse(read('tests', 'fixtures', 'seed-gold.json')) as SeedGold)
const [nyt, bbc] = project.articles
const NOW = '2026-01-12T10:00:00.000Z'

const idOf = (exact: string): string => project.annotations.find((a) => a.target.exact.startsWith(exact))!.id
const texts = (list: { target: { exact: string } }[]): string[] => list.map((a) => a.target.exact)

describe('selectAnnotations', () => {
  it('returns every tag with no selection, NYT before BBC and each in text order', () => {
    const all = selectAnnotations(project)
    expect(all).toHaveLength(project.annotations.length)
    const nytTags = all.filter((a) => a.articleId === nyt!.id)
    expect(all.slice(0, nytTags.length)).toEqual(nytTags)
    const starts = nytTags.map((a) => a.target.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(texts(all).slice(0, 3)).toEqual([
      "Venezuela's government began to release political prisoners from two notorious prisons Thursday",
      'the United States captured President Nicolás Maduro on Sunday',
      'an important number'
    ])
  })

  it('keeps only the kinds asked for', () => {
    const quotes = selectAnnotations(project, { kinds: ['quote'] })
    expect(quotes).toHaveLength(18)
    expect(new Set(quotes.map((a) => a.kind))).toEqual(new Set(['quote']))
    expect(texts(selectAnnotations(project, { kinds: ['attribution', 'claim'] })).filter((t) => t.startsWith('said'))).toEqual([
      'said Rodríguez',
      'said Alfredo Romero, director of Foro Penal'
    ])
  })

  it('finds a speaker without accents or capitals, through attributions too', () => {
    const jorge = selectAnnotations(project, { speaker: 'jorge rodriguez' })
    expect(texts(jorge)).toEqual([
      'an important number',
      'Consider this gesture from the Bolivarian Government -- made with sincere intentions toward peace -- as the contribution we all must make so that our republic can continue living peacefully and striving for prosperity,',
      'said Rodríguez',
      'a significant number',
      'national unity and peaceful coexistence'
    ])
    // The second quote has no speaker of its own: it is his through "said Rodríguez".
    expect(project.annotations.find((a) => a.id === jorge[1]!.id)!.speakerId).toBeNull()
  })

  it('takes an alias, and a speaker with kinds together', () => {
    expect(selectAnnotations(project, { speaker: 'TRUMP', kinds: ['quote'] })).toHaveLength(9)
    expect(texts(selectAnnotations(project, { speaker: 'US President Donald Trump', kinds: ['attribution'] }))).toEqual(['US President Donald Trump wrote on Truth Social'])
  })

  it('selects nothing for a name nobody has, and sets no limit for a blank one', () => {
    expect(selectAnnotations(project, { speaker: 'Nicolás Maduro' })).toEqual([])
    expect(selectAnnotations(project, { speaker: 'Delcy Rodríguez' })).toEqual([])
    expect(selectAnnotations(project, { speaker: '  ' })).toHaveLength(project.annotations.length)
  })

  it('keeps one article', () => {
    const onlyBbc = selectAnnotations(project, { articleIds: [bbc!.id] })
    expect(onlyBbc.length).toBeGreaterThan(0)
    expect(onlyBbc.every((a) => a.articleId === bbc!.id)).toBe(true)
    expect(onlyBbc).toHaveLength(project.annotations.filter((a) => a.articleId === bbc!.id).length)
  })

  it('keeps listed tags in article and text order whatever order they are listed in, and none for an empty list', () => {
    const ids = [idOf('that would be a great honour'), idOf('an important number'), idOf('seeking peace')]
    expect(texts(selectAnnotations(project, { annotationIds: ids }))).toEqual(['an important number', 'seeking peace', 'that would be a great honour'])
    expect(selectAnnotations(project, { annotationIds: [] })).toEqual([])
    expect(selectAnnotations(project, { kinds: [] })).toEqual([])
  })
})

describe('citationFor', () => {
  it('cites a quote with its speaker, role, outlet and the date as the article gives it', () => {
    expect(citationFor(project, idOf('an important number'))).toBe(
      "“an important number” — Jorge Rodríguez, President of Venezuela's National Assembly (The New York Times, 2026-01-09)"
    )
  })

  it('finds the speaker through the attribution, and leaves out an affiliation the role already names', () => {
    expect(citationFor(project, idOf('May the justice system'))).toBe(
      '“May the justice system work to protect citizens, and not as a weapon of political persecution against dissidents.” — Alfredo Romero, Director, Foro Penal (The New York Times, 2026-01-09)'
    )
  })

  it('has no dash when there is no speaker, and no brackets without an outlet or date', () => {
    expect(citationFor(project, idOf('the United States captured'))).toBe('“the United States captured President Nicolás Maduro on Sunday” (The New York Times, 2026-01-09)')
    const bare = emptyProject('Bare', 'p', NOW)
    const article = importArticle({ fileName: 'a.txt', content: '"Yes," said Ruiz.' }, NOW, 'a1')
    const ruiz: Person = { id: 'r', kind: 'person', name: 'Eva Ruiz', aliases: [], role: '', affiliation: 'Foro Penal', note: '', createdAt: NOW, updatedAt: NOW }
    const quote = { ...createAnnotation({ articleId: 'a1', text: article.text, start: 0, end: 6, kind: 'quote', author: '', now: NOW, id: 'q' }), speakerId: 'r' }
    const withQuote: Project = { ...bare, articles: [article], people: [ruiz], annotations: [quote] }
    // The tag includes its own quotation marks: they are not doubled.
    expect(citationFor(withQuote, 'q')).toBe('"Yes," — Eva Ruiz, Foro Penal')
    expect(citationFor({ ...withQuote, articles: [{ ...article, publishedAt: '9 Jan 2026' }] }, 'q')).toBe('"Yes," — Eva Ruiz, Foro Penal (9 Jan 2026)')
  })

  it('is empty for a tag that is not in the project', () => {
    expect(citationFor(project, 'no-such-tag')).toBe('')
  })
})

describe('where a tag sits', () => {
  it('numbers paragraphs from 1 without counting headings, and gives a heading no number', () => {
    // BBC: the headline is a heading; "9 January 2026" is the first paragraph.
    expect(paragraphNumber(bbc!, 0)).toBeNull()
    expect(paragraphNumber(bbc!, bbc!.blocks[1]!.start)).toBe(1)
    expect(paragraphNumber(bbc!, bbc!.text.indexOf('a significant number'))).toBe(11)
    // NYT has no heading: its caption and credit are paragraphs 1 and 2.
    expect(paragraphNumber(nyt!, nyt!.text.indexOf('an important number'))).toBe(4)
  })

  it('gives the sentence around a tag, and every sentence a tag crosses', () => {
    const article = importArticle({ fileName: 's.txt', content: 'First one here. Mr. Ruiz said it was "fine." Then he left. Last.' }, NOW, 's')
    const at = (exact: string): [number, number] => {
      const start = article.text.indexOf(exact)
      return [start, start + exact.length]
    }
    // "Mr." does not end a sentence.
    expect(sentenceAround(article, ...at('Ruiz'))).toBe('Mr. Ruiz said it was "fine."')
    expect(sentenceAround(article, ...at('fine." Then he'))).toBe('Mr. Ruiz said it was "fine." Then he left.')
    expect(sentenceAround(article, ...at('Last.'))).toBe('Last.')
  })

  it('keeps a tag across two paragraphs within its two sentences, blank line and all', () => {
    const article = importArticle({ fileName: 'two.md', content: 'One. Two ends here.\n\nThree starts. Four.' }, NOW, 't')
    const start = article.text.indexOf('ends')
    const end = article.text.indexOf('starts') + 'starts'.length
    expect(sentenceAround(article, start, end)).toBe('Two ends here.\n\nThree starts.')
  })
})
