import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { buildSampleProject } from '../sample'
import { emptyProject, type Article, type Block, type Person, type Project } from '../schema'
import { prng } from '../../../tests/support/random'
import { citationFor, paragraphNumber, selectAnnotations, sentenceAround } from '.'
import { ABBREVIATION_END, endsWithAbbreviation, sentenceSpansForTest } from './context'
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
    expect(citationFor(withQuote, 'q')).toBe('"Yes" — Eva Ruiz, Foro Penal')
    expect(citationFor({ ...withQuote, articles: [{ ...article, publishedAt: '9 Jan 2026' }] }, 'q')).toBe('"Yes" — Eva Ruiz, Foro Penal (9 Jan 2026)')
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

describe('sentence spans across blocks (kept per block, then joined)', () => {
  /** An article of paragraphs joined by blank lines, as the importer makes them. */
  const articleOf = (paragraphs: string[], id = 'a'): Article => {
    const blocks: Block[] = []
    let at = 0
    for (const p of paragraphs) {
      blocks.push({ type: 'paragraph', start: at, end: at + p.length, marks: [] })
      at += p.length + 2
    }
    return { id, title: '', outlet: '', byline: '', publishedAt: '', url: '', source: '', text: paragraphs.join('\n\n'), blocks, createdAt: NOW, updatedAt: NOW }
  }
  /** Every run of 1 to 4 blocks: segmented directly and joined from each block's spans, the same spans. */
  const expectSameRuns = (article: Article): number => {
    let runs = 0
    for (let i = 0; i < article.blocks.length; i++) {
      for (let j = i; j < Math.min(article.blocks.length, i + 4); j++) {
        const from = article.blocks[i]!.start
        const to = article.blocks[j]!.end
        expect(sentenceSpansForTest.kept(article, from, to), `${article.id} blocks ${i + 1}-${j + 1}`).toEqual(sentenceSpansForTest.direct(article, from, to))
        runs++
      }
    }
    return runs
  }

  it('agree with segmenting the run directly in the sample articles', () => {
    for (const article of project.articles) expect(expectSameRuns({ ...article })).toBeGreaterThan(10)
  })

  it('agree where a block ends in an abbreviation, a quote, no stop at all, or a separator of its own', () => {
    const tricky = [
      ['Photo by J. Smith Jr.', 'The minister spoke.', 'He said “no.”', 'Headline without a stop', 'Asked by Mr.', 'Smith, she said so.'],
      ['U.S.', 'Officials in the U.S. said it.', 'A.', 'B. C.', 'Dr. No.', '(Gen.', '“Sen.', 'Rep. Ortega said: "fine."'],
      ['ends with a line\n', 'next', 'tab\t', 'x', '\u2029para', 'last.  '],
      ['Is it? Yes! No.', 'e.g. this one', '3.5 percent.', 'Mt. Everest. St. Louis.', 'No. 5 and No.', '7 more.']
    ]
    tricky.forEach((paragraphs, n) => expectSameRuns(articleOf(paragraphs, `tricky-${n}`)))
  })

  it('agree on random paragraphs of sentences, abbreviations and quotes', () => {
    const random = prng(7)
    const words = ['said', 'the', 'minister', 'Mr.', 'Dr.', 'U.S.', 'J.', 'A.B.C', 'Jr.', 'No.', 'prisoners', '“quote”', '"so."', 'release', 'Rodríguez', 'percent', '3.5', 'e.g.', 'St.', '(Gen.', '‘Rev.']
    const ends = ['.', '?', '!', '', '.”', '."', ' Mr.', ' U.S.', ' J.', '…']
    const paragraph = (): string => {
      const sentences = 1 + Math.floor(random() * 4)
      return Array.from({ length: sentences }, () => {
        const n = 1 + Math.floor(random() * 8)
        const ws = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]!)
        return ws.join(' ') + ends[Math.floor(random() * ends.length)]!
      }).join(' ')
    }
    for (let n = 0; n < 40; n++) expectSameRuns(articleOf(Array.from({ length: 6 }, paragraph), `random-${n}`))
  })

  it('tests only the tail of a sentence for an abbreviation, with the whole regex’s answer', () => {
    const random = prng(11)
    const pieces = ['Mr', 'Mrs', 'Dr', 'U', 'S', 'A', 'b', 'x', 'Jr', 'No', 'St', '.', '.', ' ', '  ', '\n', '(', '“', '"', "'", '‘', ',', '-', '1', 'é', '\ud83d\ude00', '\u00a0', 'Sra', 'Gen']
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(random() * 10)
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]!).join('')
      const start = Math.floor(random() * (text.length + 1))
      const end = start + Math.floor(random() * (text.length - start + 1))
      expect(endsWithAbbreviation(text, start, end), JSON.stringify([text, start, end])).toBe(ABBREVIATION_END.test(text.slice(start, end)))
    }
  })
})
