import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { emptyProject, type Article, type Project } from '../schema'
import { exportProject } from '.'
import { citationFor, clockTime } from './citation'
import { exportRows } from './rows'

const NOW = '2026-03-04T10:00:00.000Z'

/** A three-paragraph article whose blocks carry the given page or time, with a quote tagged in its last paragraph. */
function projectWith(place: (i: number) => { page?: number; time?: number }): Project {
  const base = importArticle({ fileName: 'a.txt', content: 'One.\n\nTwo.\n\nThe third said this.', meta: { title: 'Filing', outlet: 'Court', publishedAt: '2026-03-01' } }, NOW, 'a1')
  const article: Article = { ...base, blocks: base.blocks.map((b, i) => ({ ...b, ...place(i) })) }
  const start = article.text.indexOf('said this')
  const tag = createAnnotation({ articleId: 'a1', text: article.text, start, end: start + 9, kind: 'quote', author: 'Ana', now: NOW, id: 't1' })
  return { ...emptyProject('Desk', 'p1', NOW), articles: [article], annotations: [tag] }
}

describe('page and time in exports', () => {
  it('cites the page of a PDF paragraph as "p. 12" in the citation, the CSV and the quote sheet', () => {
    const project = projectWith((i) => ({ page: 10 + i }))
    expect(citationFor(project, 't1')).toBe('“said this” (Court, 2026-03-01, p. 12)')
    expect(exportRows(project)[0]).toMatchObject({ page: 12, time: '' })
    expect(exportProject(project, { format: 'md', now: NOW, exportedBy: '' })).toContain('*Court*, 2026-03-01 · “Filing” · paragraph 3 · p. 12')
  })

  it('cites the start of a subtitle paragraph as "at 12:34", past the hour as "at 1:02:03"', () => {
    const project = projectWith((i) => ({ time: [0, 60, 4355.5][i] }))
    expect(citationFor(project, 't1')).toBe('“said this” (Court, 2026-03-01, at 1:12:35)')
    expect(exportRows(project)[0]).toMatchObject({ page: null, time: '1:12:35' })
    expect(clockTime(754.9)).toBe('12:34')
    expect(clockTime(3723)).toBe('1:02:03')
    expect(clockTime(5)).toBe('0:05')
  })

  it('says nothing of page or time for an article imported without them', () => {
    const project = projectWith(() => ({}))
    expect(citationFor(project, 't1')).toBe('“said this” (Court, 2026-03-01)')
    expect(exportRows(project)[0]).toMatchObject({ page: null, time: '' })
  })
})
