import { describe, expect, it, vi } from 'vitest'
import { testArticle, testProject } from '../../../../tests/support/fakeMain'
import { SuggestionReview } from './suggestionReview'

// The rules, failing on one article's text only (as "Pakal-Na- Palenque" once made them).
vi.mock('../../../core/suggest/transcriptTurns', async (original) => (await import('../../../../tests/support/failingRules')).failingOn(await original(), 'Pakal-Na-', new TypeError('empty word')))

const good = '“We will release an important number of people,” said Jorge Rodríguez, the president of the National Assembly.'
const odd = 'El tramo Pakal-Na- Palenque abrió, “una obra que cambia la región”, dijo la SCT.'
const article = (id: string, title: string, text: string) => ({ ...testArticle, id, title, text, blocks: [{ type: 'paragraph' as const, start: 0, end: text.length, marks: [] }] })

function review(selected: string) {
  const project = testProject([article('a1', 'Prisoners', good), article('a2', 'Tren Maya', odd)])
  return new SuggestionReview(
    { project: () => project, selectedArticleId: () => selected, showArticle: () => {}, perform: () => true, notify: () => {}, author: () => 'Ana' },
    (run) => run()
  )
}

describe('suggesting in a project with an article the rules fail on', () => {
  it('offers the other articles’ quotes across the project and names the failed article, once', () => {
    const r = review('a1')
    r.suggest('project')
    expect(r.suggestions().some((s) => s.articleId === 'a1')).toBe(true)
    expect(r.failures()).toEqual([expect.stringContaining('“Tren Maya”')])
  })

  it('says so in the failed article itself, and nothing in an article that worked', () => {
    const inOdd = review('a2')
    inOdd.suggest('article')
    expect(inOdd.suggestions()).toEqual([])
    expect(inOdd.failures()[0]).toMatch(/No suggestions could be made for “Tren Maya”.*untouched/u)
    const inGood = review('a1')
    inGood.suggest('article')
    inGood.suggestions()
    expect(inGood.failures()).toEqual([])
  })
})
