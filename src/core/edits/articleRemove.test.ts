import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { applyCommand } from '../commands'
import { invertCommand } from '../commandInverse'
import { importArticle } from '../importer'
import { emptyProject, type Project } from '../schema'
import { applied, deepFreeze } from '../../../tests/support/projectTesting'
import { removeArticleEdit } from './articleEdits'

const NOW = '2026-03-04T09:00:00.000Z'

function desk(): Project {
  const one = importArticle({ fileName: 'one.txt', content: '“We will win,” said Okonkwo.', meta: { title: 'One' } }, NOW, 'one')
  const two = importArticle({ fileName: 'two.txt', content: '“They will lose,” said Rodríguez.', meta: { title: 'Two' } }, NOW, 'two')
  const at = (article: typeof one, id: string, exact: string, kind: 'quote' | 'attribution') => {
    const start = article.text.indexOf(exact)
    return createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: 'Ana', now: NOW })
  }
  const person = { id: 'okonkwo', kind: 'person' as const, name: 'Denise Okonkwo', aliases: [], role: 'Mayor', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
  return deepFreeze({
    ...emptyProject('Desk', 'desk', NOW),
    articles: [one, two],
    people: [person],
    annotations: [
      { ...at(one, 'attr', 'said Okonkwo', 'attribution'), speakerId: 'okonkwo' },
      { ...at(one, 'q1', '“We will win,”', 'quote'), attributionId: 'attr', note: 'lead' },
      at(two, 'q2', '“They will lose,”', 'quote')
    ],
    links: [{ id: 'l1', type: 'contradicts', from: 'q2', to: 'q1', note: '', createdAt: NOW, updatedAt: NOW }],
    rejections: [{ id: 'r1', articleId: 'one', kind: 'quote', target: { start: 0, end: 3, exact: '“We', prefix: '', suffix: '' }, rejectedAt: NOW, rejectedBy: 'Ana' }]
  })
}

describe('deleting an article', () => {
  it('takes its tags, their links to other articles and its rejected suggestions with it, and counts its tags', () => {
    const project = desk()
    const edit = removeArticleEdit(project, 'one')
    expect(edit.tags).toBe(2)
    const after = applied(project, edit.command)
    expect(after.articles.map((a) => a.id)).toEqual(['two'])
    expect(after.annotations.map((a) => a.id)).toEqual(['q2'])
    expect([after.links.length, after.rejections.length, after.people.length]).toEqual([0, 0, 1])
  })

  it('is undone as one: the article, its tags with their speaker, attribution and note, the link and the rejection come back', () => {
    const project = desk()
    const { command } = removeArticleEdit(project, 'one')
    const after = applied(project, command)
    const back = applied(after, invertCommand(project, command, '2026-03-04T10:00:00.000Z')!)
    // In its place in the list, not at the end.
    expect(back.articles.map((a) => a.id)).toEqual(['one', 'two'])
    const tags = back.annotations.map((a) => [a.id, a.speakerId, a.attributionId, a.note]).sort()
    expect(tags).toEqual(project.annotations.map((a) => [a.id, a.speakerId, a.attributionId, a.note]).sort())
    expect(back.links).toEqual(project.links)
    expect(back.rejections.map((r) => r.id)).toEqual(['r1'])
  })

  it('on its own, article.remove still refuses an article that has tags', () => {
    const result = applyCommand(desk(), { type: 'article.remove', id: 'one' })
    expect(result).toEqual({ ok: false, error: '"One" has 2 tags; remove them first.' })
  })
})
