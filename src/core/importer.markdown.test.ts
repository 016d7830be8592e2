/** The importer's Markdown: inline syntax, blocks, and hostile input that must import in well under a second (issue 18). */
import { describe, expect, it } from 'vitest'
import { blockText, marked, md } from '../../tests/support/importerTesting'

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
