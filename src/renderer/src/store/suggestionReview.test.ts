import { describe, expect, it } from 'vitest'
import { applyCommand, type Command } from '../../../core/commands'
import type { Project } from '../../../core/schema'
import { NOW, testArticle, testProject } from '../../../../tests/support/fakeMain'
import { SuggestionReview } from './suggestionReview'

const text = [
  '“We will release an important number of people,” said Jorge Rodríguez, the president of the National Assembly.',
  '“This is a gesture for peace,” Rodríguez added.',
  'Officials did not say more.'
].join(' ')
const article = { ...testArticle, text, blocks: [{ type: 'paragraph' as const, start: 0, end: text.length, marks: [] }] }

function setup(project: Project = testProject([article])) {
  const state = { project, selected: article.id as string | null, performed: [] as Command[], notices: [] as string[] }
  const review = new SuggestionReview(
    {
      project: () => state.project,
      selectedArticleId: () => state.selected,
      showArticle: (id) => (state.selected = id),
      perform: (command) => {
        const result = applyCommand(state.project, command)
        if (!result.ok) return false
        state.project = result.project
        state.performed.push(command)
        return true
      },
      notify: (_tone, message) => void state.notices.push(message),
      author: () => 'Ana'
    },
    (run) => run()
  )
  return { state, review }
}

describe('reviewing suggested quotes', () => {
  it('puts the first suggestion under review and says how many there are', () => {
    const { review, state } = setup()
    review.suggest('article')
    const list = review.suggestions()
    expect(list.length).toBeGreaterThan(0)
    expect(review.getState().suggesting?.activeId).toBe(list[0]!.id)
    expect(state.notices[0]).toMatch(new RegExp(`^${list.length} suggested quote`))
  })

  it('accepting a suggestion tags it and moves on to the next one', () => {
    const { review, state } = setup()
    review.suggest('article')
    const [first, second] = review.suggestions()
    review.accept(first!)
    expect(state.project.annotations.some((a) => a.kind === 'quote' && a.target.exact === first!.text)).toBe(true)
    expect(review.suggestions().some((s) => s.id === first!.id)).toBe(false)
    expect(review.getState().suggesting?.activeId).toBe(second?.id ?? null)
  })

  it('a rejected suggestion is not offered again', () => {
    const { review } = setup()
    review.suggest('article')
    const [first] = review.suggestions()
    review.reject(first!)
    expect(review.suggestions().map((s) => s.id)).not.toContain(first!.id)
  })

  it('asks for an article first when none is open', () => {
    const { review, state } = setup()
    state.selected = null
    review.suggest('article')
    expect(review.getState().suggesting).toBeNull()
    expect(state.notices).toEqual(['Choose an article first, then ask for suggestions.'])
  })

  it('reads a large project through in slices with progress, and stopping ends it', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...article, id: `art-${i}`, createdAt: NOW }))
    const { review } = setup(testProject(many))
    const progress: (number | undefined)[] = []
    review.subscribe(() => progress.push(review.getState().suggestProgress?.done))
    review.suggest('project')
    expect(progress[0]).toBe(0)
    expect(review.getState().suggesting?.scope).toBe('project')
    expect(review.getState().suggestProgress).toBeNull()
    review.stop()
    expect(review.getState().suggesting).toBeNull()
  })
})
