import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportError, importArticle, isImportable, type ImportMeta } from './importer'
import { checkBlocks } from './projectFile'
import { ArticleSchema, type Article, type Block } from './schema'

const root = join(__dirname, '..', '..')
const NYT = 'nyt-2026-01-09-venezuela-prisoner-release.txt'
const BBC = 'bbc-2026-01-09-venezuela-prisoner-release.md'
const seed = (file: string): string => readFileSync(join(root, 'seeds', file), 'utf8')

type GoldSpan = { file: string; start: number; end: number; exact: string }
const gold = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-gold.json'), 'utf8')) as {
  quotes: GoldSpan[]
  notQuotes: GoldSpan[]
  claims: GoldSpan[]
}

/** Import and insist on the invariants every article must keep. */
function load(fileName: string, content: string, meta?: ImportMeta, readHead = false): Article {
  const article = importArticle({ fileName, content, meta, readHead }, '2026-01-10T09:00:00.000Z', 'article-1')
  expect(checkBlocks(article.text, article.blocks)).toBeNull()
  expect(ArticleSchema.parse(article)).toEqual(article)
  return article
}
const blockText = (article: Article, block: Block): string => article.text.slice(block.start, block.end)
const marked = (article: Article, block: Block): [string, string, string | undefined][] =>
  block.marks.map((m) => [m.type, blockText(article, block).slice(m.from, m.to), m.href])
const md = (content: string): Article => load('story.md', content)

describe('importing the New York Times seed (plain text)', () => {
  const article = load(NYT, seed(NYT), { captionLines: 2, title: 'Venezuela Begins Releasing Political Prisoners' })

  it('makes one block of each of the 23 non-blank lines, the first two of them captions', () => {
    expect(article.blocks).toHaveLength(23)
    expect(article.blocks.map((b) => b.type)).toEqual(['caption', 'caption', ...Array<string>(21).fill('paragraph')])
    expect(blockText(article, article.blocks[1]!)).toBe('Credit: Reuters photo')
    expect(blockText(article, article.blocks[22]!)).toBe('This article originally appeared in The New York Times.')
    expect(article.blocks.every((b) => b.marks.length === 0)).toBe(true)
  })

  it('keeps the words exactly, with double hyphens, straight quotes and accents', () => {
    expect(article.text.startsWith('Family members of detainees')).toBe(true)
    expect(article.text).toContain('"Consider this gesture from the Bolivarian Government -- made with sincere intentions toward peace -- as')
    expect(article.text).toContain("Caracas' prisons")
    expect(article.text).toContain('President Nicolás Maduro on Sunday')
    expect(article.text).toContain('National Assembly President Jorge Rodriguez announced') // the caption has no accent
    expect(article.text.match(/Rodríguez/g)).toHaveLength(4)
    expect(article.text).not.toMatch(/[\u2018\u2019\u201c\u201d\u2013\u2014]/)
  })

  it('moves each raw offset by exactly the line breaks it gains, so gold offsets map one to one', () => {
    const raw = seed(NYT)
    for (const span of [...gold.quotes, ...gold.claims].filter((s) => s.file.endsWith(NYT))) {
      const breaksBefore = raw.slice(0, span.start).split('\n').length - 1
      const start = span.start - 1 + (breaksBefore - 1) // the leading empty line goes; every later break doubles
      expect(article.text.slice(start, start + span.exact.length)).toBe(span.exact)
    }
  })

  it('takes the meta title, or else the first line, cut short', () => {
    expect(article.title).toBe('Venezuela Begins Releasing Political Prisoners')
    const untitled = load(NYT, seed(NYT))
    expect(untitled.title.startsWith('Family members of detainees wait outside the El Rodeo jail')).toBe(true)
    expect(untitled.title.endsWith('…')).toBe(true)
    expect(untitled.title.length).toBeLessThanOrEqual(201)
    expect(untitled.blocks[0]!.type).toBe('paragraph')
  })
})

describe('importing the BBC seed (Markdown)', () => {
  const article = load(BBC, seed(BBC))

  it('makes 30 blocks: the headline, 26 paragraphs and three all-italic captions', () => {
    expect(article.blocks).toHaveLength(30)
    expect(article.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(26)
    expect(article.blocks[0]).toMatchObject({ type: 'heading', level: 1, start: 0, end: 58 })
    expect(article.blocks.flatMap((b, i) => (b.type === 'caption' ? [i] : []))).toEqual([5, 18, 29])
    expect(article.blocks.slice(1, 5).map((b) => blockText(article, b))).toEqual([
      '9 January 2026',
      'Will Grant, Central America correspondent and',
      'Olivia Ireland',
      'EPA'
    ])
  })

  it('takes its title from the first heading', () => {
    expect(article.title).toBe('Venezuelan government begins releasing political prisoners')
    expect(article.text.startsWith('Venezuelan government begins')).toBe(true)
  })

  it('keeps each caption as an em mark over the whole block, without its asterisks', () => {
    const captions = article.blocks.filter((b) => b.type === 'caption')
    expect(captions.map((b) => marked(article, b))).toEqual([
      [['em', 'Protesters in Colombia have been calling for the release of political prisoners in Venezuela', undefined]],
      [['em', 'Watch: BBC reports from outside Venezuela prison "El Helicoide" as detainees released', undefined]],
      [['em', 'Additional reporting by Norberto Paredes.', undefined]]
    ])
    expect(article.text).not.toContain('*')
  })

  it('keeps the four links as link marks with href "#" and drops their brackets', () => {
    const links = article.blocks.flatMap((b) => marked(article, b).filter(([type]) => type === 'link'))
    expect(links).toEqual([
      ['link', "seized Venezuela's President Nicolás Maduro", '#'],
      ['link', 'wrote on Truth Social', '#'],
      ['link', 'involved in a plot to kill the then-president', '#'],
      ['link', "sweeping declarations about the South American nation's future", '#']
    ])
    expect(article.text).not.toMatch(/[[\]]|\(#\)/)
    expect(article.text).toContain("nation's future.")
  })

  it('keeps the words exactly, with single hyphens as dashes, straight quotes and accents', () => {
    expect(article.text).toContain('the release of political prisoners - which has been a long-held US demand - was "a very important and smart gesture" from Venezuela.')
    expect(article.text).toContain('Rocío San Miguel')
    expect(article.text.match(/Rodríguez/g)).toHaveLength(4)
    expect(article.text).not.toMatch(/[\u2018\u2019\u201c\u201d\u2013\u2014]/)
    expect(article.text).not.toContain('\n\n\n')
  })
})

describe('the gold spans of both seeds', () => {
  const articles: Record<string, { raw: string; article: Article }> = {
    [NYT]: { raw: seed(NYT), article: load(NYT, seed(NYT), { captionLines: 2 }) },
    [BBC]: { raw: seed(BBC), article: load(BBC, seed(BBC)) }
  }
  /** Gold `exact` is raw file text; in Markdown a link's brackets and address are not words. */
  const words = (file: string, exact: string): string => (file.endsWith('.md') ? exact.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') : exact)

  /** The occurrence nearest the span's proportional position, for text that occurs more than once. */
  function locate(span: GoldSpan): { start: number; end: number } | null {
    const { raw, article } = articles[span.file.replace(/^seeds\//, '')]!
    const wanted = words(span.file, span.exact)
    const guess = (span.start / raw.length) * article.text.length
    let best: number | null = null
    for (let at = article.text.indexOf(wanted); at >= 0; at = article.text.indexOf(wanted, at + 1)) {
      if (best === null || Math.abs(at - guess) < Math.abs(best - guess)) best = at
    }
    return best === null ? null : { start: best, end: best + wanted.length }
  }

  it('finds every gold quote, claim and non-quote in the imported text, inside one block', () => {
    const spans = [...gold.quotes, ...gold.claims, ...gold.notQuotes]
    expect(spans).toHaveLength(32)
    const missing = spans.filter((span) => {
      const found = locate(span)
      const article = articles[span.file.replace(/^seeds\//, '')]!.article
      return !found || !article.blocks.some((b) => b.start <= found.start && found.end <= b.end)
    })
    expect(missing.map((s) => s.exact)).toEqual([])
  })

  it('puts a repeated phrase at its own occurrence: "El Helicoide" in the BBC caption, not the paragraph after', () => {
    const span = gold.notQuotes[0]!
    const found = locate(span)!
    const { article } = articles[BBC]!
    expect(article.blocks.find((b) => b.start <= found.start && found.end <= b.end)?.type).toBe('caption')
  })

  it('finds the BBC claim whose raw text has a link, with the link mark over the same words', () => {
    const span = gold.claims.find((c) => c.exact.includes('](#)'))!
    const found = locate(span)!
    const { article } = articles[BBC]!
    expect(article.text.slice(found.start, found.end)).toBe("the US seized Venezuela's President Nicolás Maduro in a raid on the capital, Caracas, on Saturday")
    const block = article.blocks.find((b) => b.start <= found.start && found.end <= b.end)!
    const link = block.marks.find((m) => m.type === 'link')!
    expect(article.text.slice(block.start + link.from, block.start + link.to)).toBe("seized Venezuela's President Nicolás Maduro")
  })
})

describe('Markdown inline syntax', () => {
  it('leaves intraword underscores, lone asterisks and escaped asterisks as text', () => {
    const article = md('Read snake_case_name and file_v2_final.txt; 5 * 3 = 15; a *dangling star; \\*not italic\\* and 2\\_000.')
    expect(article.text).toBe('Read snake_case_name and file_v2_final.txt; 5 * 3 = 15; a *dangling star; *not italic* and 2_000.')
    expect(article.blocks[0]!.marks).toEqual([])
  })

  it('turns both spellings of strong and of emphasis into marks', () => {
    const article = md('One **bold** two __bold__ three *it* four _it_ five ***both***.')
    expect(article.text).toBe('One bold two bold three it four it five both.')
    expect(marked(article, article.blocks[0]!)).toEqual([
      ['strong', 'bold', undefined],
      ['strong', 'bold', undefined],
      ['em', 'it', undefined],
      ['em', 'it', undefined],
      ['strong', 'both', undefined],
      ['em', 'both', undefined]
    ])
    expect(article.blocks[0]!.type).toBe('paragraph')
  })

  it('keeps a link whose text has emphasis inside, with both marks and the unescaped href', () => {
    const article = md('See [a *big* deal](https://example.org/a_\\(b\\) "Title") today.')
    expect(article.text).toBe('See a big deal today.')
    expect(article.blocks[0]!.marks).toEqual([
      { type: 'link', from: 4, to: 14, href: 'https://example.org/a_(b)' },
      { type: 'em', from: 6, to: 9 }
    ])
  })

  it('leaves brackets that are not a link alone and keeps an image only as its alt text', () => {
    const article = md('He said [sic] it. ![A protester](photo.jpg)')
    expect(article.text).toBe('He said [sic] it. A protester')
    expect(article.blocks[0]!.marks).toEqual([])
  })

  it('does not read markup inside a code span', () => {
    expect(md('Type `*args*` here').text).toBe('Type `*args*` here')
  })
})

describe('Markdown blocks', () => {
  it('keeps the line breaks and spacing inside a paragraph', () => {
    const article = md('First line  \nsecond   line\n\nNext')
    expect(article.text).toBe('First line  \nsecond   line\n\nNext')
    expect(article.blocks.map((b) => [b.start, b.end])).toEqual([
      [0, 26],
      [28, 32]
    ])
  })

  it('reads CRLF, lone CR and a byte-order mark as plain line breaks', () => {
    const crlf = md('\uFEFF# Head\r\n\r\nOne\r\ntwo\r\n\r\n*Credit line*\r\n')
    expect(crlf.text).toBe('Head\n\nOne\ntwo\n\nCredit line')
    expect(crlf.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'caption'])
    expect(md('One\rtwo\r\rThree').text).toBe('One\ntwo\n\nThree')
  })

  it('keeps heading levels without their hashes, and a hashtag is not a heading', () => {
    const article = md('# One\n## Two ##\n###### Six\n\n#hashtag stays\n####### seven')
    expect(article.blocks.map((b) => [b.type, b.level, blockText(article, b)])).toEqual([
      ['heading', 1, 'One'],
      ['heading', 2, 'Two'],
      ['heading', 6, 'Six'],
      ['paragraph', undefined, '#hashtag stays\n####### seven']
    ])
  })

  it('strips block quote markers and keeps a quotation lines together', () => {
    const article = md('> "We will not stop,"\n> she said.\n>\n> Second paragraph.\n\nAfter')
    expect(article.blocks.map((b) => [b.type, blockText(article, b)])).toEqual([
      ['blockquote', '"We will not stop,"\nshe said.'],
      ['blockquote', 'Second paragraph.'],
      ['paragraph', 'After']
    ])
  })

  it('makes a caption only of a paragraph that is emphasis from end to end', () => {
    const article = md('*All of it*\n\n_All of this too_\n\n*Part* of it\n\n**Bold only**')
    expect(article.blocks.map((b) => b.type)).toEqual(['caption', 'caption', 'paragraph', 'paragraph'])
    expect(article.blocks[1]!.marks).toEqual([{ type: 'em', from: 0, to: 15 }])
  })

  it('reads setext headings and drops horizontal rules', () => {
    const article = md('Big\n===\n\nBody\n\n---\n\nSmall\n---')
    expect(article.blocks.map((b) => [b.type, b.level, blockText(article, b)])).toEqual([
      ['heading', 1, 'Big'],
      ['paragraph', undefined, 'Body'],
      ['heading', 2, 'Small']
    ])
  })
})

describe('plain text files', () => {
  it('makes every line a paragraph, trims each and keeps the spacing inside', () => {
    const article = load('wire.TXT', '  Photo: AP  \r\n\r\n\r\nFirst  paragraph -- with "quotes".\r\nSecond\t paragraph\n', {
      captionLines: 1,
      outlet: 'AP',
      byline: 'A. Reporter',
      publishedAt: '2026-01-09',
      url: 'https://example.org/story'
    })
    expect(article.text).toBe('Photo: AP\n\nFirst  paragraph -- with "quotes".\n\nSecond\t paragraph')
    expect(article.blocks.map((b) => b.type)).toEqual(['caption', 'paragraph', 'paragraph'])
    expect(article).toMatchObject({
      id: 'article-1',
      title: 'Photo: AP',
      outlet: 'AP',
      byline: 'A. Reporter',
      publishedAt: '2026-01-09',
      url: 'https://example.org/story',
      source: 'wire.TXT',
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z'
    })
  })

  it('does not read Markdown in a .txt file', () => {
    expect(load('notes.txt', '# Not a heading *or italic*').text).toBe('# Not a heading *or italic*')
  })

  it('gives a fresh id when none is passed and blank meta when none is given', () => {
    const article = importArticle({ fileName: 'a.txt', content: 'Hello' }, 'now')
    expect(article.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect([article.outlet, article.byline, article.publishedAt, article.url]).toEqual(['', '', '', ''])
  })
})

describe('files that cannot be imported', () => {
  const failure = (fileName: string, content: string): ImportError => {
    try {
      importArticle({ fileName, content }, 'now')
    } catch (err) {
      if (err instanceof ImportError) return err
      throw err
    }
    throw new Error(`${fileName} was imported`)
  }

  it('names an empty or blank file', () => {
    expect(failure('notes.txt', ' \r\n\t\n ').message).toBe('notes.txt has no text to import.')
    expect(failure('empty.md', '').problem).toBe('empty')
    expect(failure('rules.md', '---\n\n#\n').message).toBe('rules.md has no text to import.')
  })

  it('names a file that is not text by its extension or its bytes', () => {
    expect(failure('photo.png', 'PNG').message).toBe('photo.png is not a text or Markdown file.')
    expect(failure('scan.txt', 'PDF\u0000\u0001stream').message).toBe('scan.txt is not a text or Markdown file.')
    expect(failure('scan.md', '\uFFFD'.repeat(40) + 'ok').problem).toBe('not-text')
    expect(load('ok.txt', 'One stray \uFFFD is fine').text).toBe('One stray \uFFFD is fine')
  })

  it('accepts .txt, .md and .markdown in any case and nothing else', () => {
    expect(['a.txt', 'B.MD', 'c.Markdown', 'd.e.md'].map(isImportable)).toEqual([true, true, true, true])
    expect(['a.docx', 'txt', 'a.md.png', 'a.mdx', 'a.'].map(isImportable)).toEqual([false, false, false, false, false])
  })
})

describe('hostile Markdown (issue 18)', () => {
  it('imports 200 KB of "[" as the brackets they are, in well under a second (each bracket is matched once)', () => {
    const content = '['.repeat(200_000)
    expect(md(content).text).toBe(content)
    expect(md(`${'[]'.repeat(50_000)}(a ${'[]('.repeat(30_000)}`).text).toContain('[]')
  }, 5_000)

  it('keeps a code span of 50,000 backticks, and an unclosed run of them, as written', () => {
    const span = `${'`'.repeat(50_000)} x ${'`'.repeat(50_000)}`
    expect(md(span).text).toBe(span)
    const unclosed = `${'`'.repeat(50_000)} x ${'`'.repeat(49_999)} [a](b)`
    expect(md(unclosed).text).toBe(`${'`'.repeat(50_000)} x ${'`'.repeat(49_999)} a`)
  }, 5_000)

  it('takes links inside links only a few levels deep: 20,000 nested links import without overflowing the stack', () => {
    const article = md(`${'['.repeat(20_000)}x${'](a)'.repeat(20_000)}`)
    expect(article.text).toMatch(/^\[+x(\]\(a\))+$/)
    const links = article.blocks[0]!.marks
    expect(links.length).toBeGreaterThan(0)
    expect(links.length).toBeLessThan(100)
    expect(links.every((m) => m.type === 'link' && m.href === 'a')).toBe(true)
  }, 5_000)
})

describe('hostile emphasis (issue 18)', () => {
  it('matches 20,000 nested emphasis runs and leaves 20,000 stray ones in well under a second (no walk back over matched ones)', () => {
    const nested = md(`${'*a '.repeat(20_000)}${'b* '.repeat(20_000)}`)
    expect(nested.blocks[0]!.marks.filter((m) => m.type === 'em')).toHaveLength(20_000)
    const mixed = md(`${'_a '.repeat(20_000)}${'*b '.repeat(20_000)}${'c_ '.repeat(20_000)}`)
    expect(mixed.blocks[0]!.marks.filter((m) => m.type === 'em')).toHaveLength(20_000)
    expect(mixed.text).toContain('*b *b')
  }, 5_000)
})

describe('hostile headings (issue 18)', () => {
  it('takes a heading with 40,000 spaces before its last word in well under a second, and still drops a real closing run', () => {
    const spaced = `# Title${' '.repeat(40_000)}#x`
    expect(md(spaced).blocks[0]).toMatchObject({ type: 'heading', level: 1 })
    expect(md(spaced).text).toBe(`Title${' '.repeat(40_000)}#x`)
    expect(md(`# Title${' '.repeat(40_000)}###   `).text).toBe('Title')
    expect(md('# C#').text).toBe('C#')
    expect(md('## ##\n\nWords').text).toBe('Words')
  }, 5_000)
})

describe('hostile link destinations (issue 18)', () => {
  it('reads "(" then 40,000 spaces or line breaks as words in well under a second, and a title with no address as a link', () => {
    const spaces = `[a](${' '.repeat(40_000)}x`
    expect(md(spaces).text).toBe(spaces)
    expect(md(`[a](\n${' \n'.repeat(20_000)}x`).blocks[0]!.marks).toEqual([])
    expect(md('[x]( "a b") and [y](  <c d> )').blocks[0]!.marks).toEqual([
      { type: 'link', from: 0, to: 1, href: '' },
      { type: 'link', from: 6, to: 7, href: 'c d' }
    ])
  }, 5_000)
})

describe('the headline and the byline and date lines of a story imported from a file', () => {
  const story = (fileName: string, content: string, meta?: ImportMeta) => load(fileName, content, meta, true)

  it('takes a text file’s headline out of the text, so it shows once, as the title', () => {
    const article = story('story.txt', 'Mayor Opens New Bridge\nBy Jane Doe and Ben Okafor | March 4, 2026\nThe mayor opened the bridge on Tuesday.\nIt cost $4m.')
    expect(article).toMatchObject({ title: 'Mayor Opens New Bridge', byline: 'Jane Doe and Ben Okafor', publishedAt: '2026-03-04' })
    expect(article.text).toBe('The mayor opened the bridge on Tuesday.\n\nIt cost $4m.')
  })

  it('reads a Markdown headline, a "By" line and a "Published" line under it', () => {
    const article = story('story.md', '# Mayor Opens New Bridge\n\nBy Jane Doe\n\nPublished 4 March 2026\n\nThe mayor opened the bridge on Tuesday.')
    expect(article).toMatchObject({ title: 'Mayor Opens New Bridge', byline: 'Jane Doe', publishedAt: '2026-03-04' })
    expect(article.text).toBe('The mayor opened the bridge on Tuesday.')
  })

  it('takes the BBC seed’s headline and its date line, showing neither twice', () => {
    const article = story(BBC, seed(BBC))
    expect(article).toMatchObject({ title: 'Venezuelan government begins releasing political prisoners', publishedAt: '2026-01-09' })
    expect(article.blocks).toHaveLength(28)
    expect(article.text.startsWith('Will Grant, Central America correspondent and')).toBe(true)
  })

  it('keeps a first line that reads as a sentence, a lone line, and lines after the first paragraph of the story', () => {
    expect(story('story.txt', 'The mayor opened the bridge on Tuesday.\nBy noon it was full.').text).toBe('The mayor opened the bridge on Tuesday.\n\nBy noon it was full.')
    expect(story('story.txt', '¡Qué alegría! Se abrió el puente 🙏🏽\nDos.').text).toBe('¡Qué alegría! Se abrió el puente 🙏🏽\n\nDos.')
    expect(story('story.txt', 'Mayor Opens New Bridge').text).toBe('Mayor Opens New Bridge')
    const article = story('story.txt', 'Mayor Opens New Bridge\nThe mayor opened it.\nBy Jane Doe')
    expect(article.text).toBe('The mayor opened it.\n\nBy Jane Doe')
    expect(article.byline).toBe('')
  })

  it('leaves the text alone when the title or captions are given, or the headline is not asked for', () => {
    const content = 'Mayor Opens New Bridge\nBy Jane Doe\nBody.'
    expect(story('story.txt', content, { title: 'Given' }).text).toBe('Mayor Opens New Bridge\n\nBy Jane Doe\n\nBody.')
    expect(story('story.txt', content, { captionLines: 1 }).text).toBe('Mayor Opens New Bridge\n\nBy Jane Doe\n\nBody.')
    expect(load('story.txt', content).text).toBe('Mayor Opens New Bridge\n\nBy Jane Doe\n\nBody.')
  })
})
