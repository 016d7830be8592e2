import { describe, expect, it } from 'vitest'
import { applyCommand, type Command } from '../../../core/commands'
import { createPerson } from '../../../core/people'
import type { Project } from '../../../core/schema'
import { NOW, testArticle, testProject } from '../../../../tests/support/fakeMain'
import type { ArticleSuggestion } from '../../../core/suggest/suggestEdits'
import { acceptChoice, choiceForKey, speakerChoices, speakerUnsure, SuggestionReview } from './suggestionReview'

const text = [
  '“We will release an important number of people,” said Jorge Rodríguez, the president of the National Assembly.',
  '“This is a gesture for peace,” Rodríguez added.',
  'Officials did not say more.'
].join(' ')
const article = { ...testArticle, text, blocks: [{ type: 'paragraph' as const, start: 0, end: text.length, marks: [] }] }

function setup(project: Project = testProject([article]), selected: string = article.id) {
  const state = { project, selected: selected as string | null, performed: [] as Command[], notices: [] as string[] }
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

// A council story: Ana Ruiz named beside two quotes (sure), a "he said" after two men are named and a "she said" after two women (guesses).
const council = [
  'Council backs housing plan',
  '“We will build 500 homes this year,” said Mayor Ana Ruiz.',
  'Councilman Pedro Gómez and Tomás Vidal, the housing minister, spoke to reporters after the vote. “It is a good day for the families who waited,” he said.',
  '“The money is there,” said Ana Ruiz.',
  'Ana Ruiz left the chamber with Marta Díaz, the treasurer. “We can pay for it,” she said.'
].join('\n\n')
const councilArticle = { ...testArticle, id: 'council', text: council, blocks: [{ type: 'paragraph' as const, start: 0, end: council.length, marks: [] }] }

const guess = (over: Partial<Extract<ArticleSuggestion, { kind: 'quote' }>> = {}): ArticleSuggestion => ({
  kind: 'quote', id: 'a:1:2', articleId: 'a', start: 1, end: 2, text: 'x', speaker: 'Pedro Gómez', role: 'councilman', personId: null, cue: 'said',
  attribution: null, confidence: 0.7, speakerConfidence: 0.7, confident: false, candidates: ['Pedro Gómez', 'Ana Ruiz', 'Tomás Vidal'], style: 'curly', ...over
} as ArticleSuggestion)

describe('a speaker the suggester is not sure of', () => {
  it('is a question with the candidates, nearest first, then no one; a sure one or a claim is not', () => {
    expect(speakerUnsure(guess())).toBe(true)
    expect(speakerUnsure(guess({ confident: true, candidates: [] }))).toBe(false)
    expect(speakerUnsure(guess({ speaker: null, candidates: [] }))).toBe(false)
    expect(speakerChoices(guess(), []).map((c) => c.name)).toEqual(['Pedro Gómez', 'Ana Ruiz', 'Tomás Vidal', null])
    expect(speakerChoices(guess({ confident: true, candidates: [] }), [])).toEqual([])
  })

  it('offers a candidate already in the project under its own spelling and once, at most four before no one', () => {
    const people = [{ ...createPerson('Ana Ruiz', NOW), id: 'p-ana' }]
    const choices = speakerChoices(guess({ candidates: ['Pedro Gómez', 'Ruiz', 'Ana Ruiz', 'A', 'B', 'C'] }), people)
    expect(choices.map((c) => c.name)).toEqual(['Pedro Gómez', 'Ana Ruiz', 'A', 'B', null])
    expect(choices[1]!.personId).toBe('p-ana')
  })

  it('numbers the choices: 1 the first candidate, 0 no one, nothing past the last', () => {
    const choices = speakerChoices(guess(), [])
    expect(choiceForKey(choices, '1')?.name).toBe('Pedro Gómez')
    expect(choiceForKey(choices, '3')?.name).toBe('Tomás Vidal')
    expect(choiceForKey(choices, '0')).toEqual({ name: null, personId: null })
    expect(choiceForKey(choices, '4')).toBeUndefined()
    expect(choiceForKey([], '1')).toBeUndefined()
  })

  it('accepting does not take the guess: it asks, and tags nothing until a speaker is chosen', () => {
    const { review, state } = setup(testProject([councilArticle]), councilArticle.id)
    review.suggest('article')
    expect(state.notices[0]).toMatch(/^4 suggested quotes in this article, 2 with the speaker to choose/)
    const unsure = review.suggestions().find((s) => s.text.startsWith('It is a good day'))!
    expect(speakerUnsure(unsure)).toBe(true)
    review.accept(unsure)
    expect(state.performed).toHaveLength(0)
    expect(state.notices.at(-1)).toMatch(/choose the speaker first/)
  })

  it('choosing another candidate tags the quote with that speaker; choosing the guess keeps its role; no one leaves it blank', () => {
    const { review, state } = setup(testProject([councilArticle]), councilArticle.id)
    review.suggest('article')
    const byText = (start: string) => review.suggestions().find((s) => s.text.startsWith(start))!
    const speakerOf = (start: string) => {
      const tag = state.project.annotations.find((a) => a.kind === 'quote' && a.target.exact.startsWith(start))!
      return state.project.people.find((p) => p.id === tag.speakerId) ?? null
    }
    const goodDay = byText('It is a good day')
    const other = speakerChoices(goodDay, state.project.people).find((c) => c.name === 'Ana Ruiz')!
    review.accept(...acceptChoice(goodDay, other))
    expect(speakerOf('It is a good day')?.name).toBe('Ana Ruiz')

    const payFor = byText('We can pay for it')
    review.accept(...acceptChoice(payFor, { name: null, personId: null }))
    expect(speakerOf('We can pay for it')).toBeNull()
    expect(state.performed).toHaveLength(2)

    const { review: again, state: fresh } = setup(testProject([councilArticle]), councilArticle.id)
    again.suggest('article')
    const first = again.suggestions().find((s) => s.text.startsWith('It is a good day'))!
    again.accept(...acceptChoice(first, speakerChoices(first, [])[0]!))
    const tag = fresh.project.annotations.find((a) => a.kind === 'quote')!
    expect(fresh.project.people.find((p) => p.id === tag.speakerId)).toMatchObject({ name: 'Pedro Gómez', role: first.role })
  })

  it('accepting all by a speaker takes only the quotes sure to be theirs and says how many guesses are left', () => {
    const { review, state } = setup(testProject([councilArticle]), councilArticle.id)
    review.suggest('article')
    review.acceptAllBy('Ana Ruiz')
    const tagged = state.project.annotations.filter((a) => a.kind === 'quote').map((a) => a.target.exact)
    expect(tagged.sort()).toEqual(['The money is there,', 'We will build 500 homes this year,'])
    expect(state.notices.at(-1)).toBe('Accepted 2 suggested quotes by Ana Ruiz. 1 where Ana Ruiz is only a guess is left to choose.')
    expect(review.suggestions().map((s) => s.text)).toContain('We can pay for it,')
  })

  it('a confident speaker is accepted in one step, as before', () => {
    const { review, state } = setup(testProject([councilArticle]), councilArticle.id)
    review.suggest('article')
    const sure = review.suggestions().find((s) => s.text.startsWith('We will build'))!
    expect(speakerUnsure(sure)).toBe(false)
    review.accept(sure)
    expect(state.performed).toHaveLength(1)
  })
})
