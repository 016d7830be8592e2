/** The importer on plain text files, files it refuses, and the headline, byline and date lines at the head of a story. */
import { describe, expect, it } from 'vitest'
import { ImportError, importArticle, isImportable, type ImportMeta } from './importer'
import { BBC, load, seed } from '../../tests/support/importerTesting'

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
