import { describe, expect, it } from 'vitest'
import { applyCommand, type Command } from '../../../core/commands'
import { createAnnotation } from '../../../core/annotations'
import { createPerson } from '../../../core/people'
import type { Project } from '../../../core/schema'
import { NOW, testArticle, testProject } from '../../../../tests/support/fakeMain'
import { announcement, spokenWords, type Moment } from './announce'
import { SuggestionReview } from './suggestionReview'

const text = '“We will release an important number of people,” said Jorge Rodríguez, the president of the National Assembly. “This is a gesture for peace,” Rodríguez added.'
const article = { ...testArticle, text, blocks: [{ type: 'paragraph' as const, start: 0, end: text.length, marks: [] }] }
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })

function apply(project: Project, command: Command): Project {
  const result = applyCommand(project, command)
  if (!result.ok) throw new Error(result.error)
  return result.project
}
const moment = (project: Project | null, selectedId: string | null = null, review: Moment['review'] = null): Moment => ({ project, selectedId, review })

describe('what a screen reader hears', () => {
  const jorge = createPerson('Jorge Rodríguez', NOW)
  const base = apply(testProject([article]), { type: 'person.add', person: jorge })
  const quote = { ...createAnnotation({ articleId: article.id, text, ...at('We will release an important number of people'), kind: 'quote', author: 'Ana', now: NOW }), speakerId: jorge.id }
  const tagged = apply(base, { type: 'annotation.add', annotation: quote })

  it('a tag just made is said as tagged, with its kind, speaker and words', () => {
    expect(announcement(moment(base), moment(tagged, quote.id))).toBe('Tagged quote by Jorge Rodríguez: “We will release an important number of people”.')
  })

  it('selecting a tag says its kind, its speaker and its words; one without a speaker says only its kind', () => {
    expect(announcement(moment(tagged), moment(tagged, quote.id))).toBe('Selected quote by Jorge Rodríguez: “We will release an important number of people”.')
    const claim = createAnnotation({ articleId: article.id, text, ...at('a gesture for peace'), kind: 'claim', author: 'Ana', now: NOW })
    const both = apply(tagged, { type: 'annotation.add', annotation: claim })
    expect(announcement(moment(both, quote.id), moment(both, claim.id))).toBe('Selected claim: “a gesture for peace”.')
  })

  it('nothing new is said when the selection stays or is cleared', () => {
    expect(announcement(moment(tagged, quote.id), moment(tagged, quote.id))).toBeNull()
    expect(announcement(moment(tagged, quote.id), moment(tagged, null))).toBeNull()
  })

  it('each suggestion under review is said with its place in the list, its speaker and words; then what became of it', () => {
    let project = base
    const review = new SuggestionReview(
      {
        project: () => project,
        selectedArticleId: () => article.id,
        showArticle: () => undefined,
        perform: (command) => ((project = apply(project, command)), true),
        notify: () => undefined,
        author: () => 'Ana'
      },
      (run) => run()
    )
    const now = (): Moment => moment(project, null, { list: review.suggestions(), activeId: review.getState().suggesting?.activeId ?? null })
    const quiet = now()
    review.suggest('article')
    const list = review.suggestions()
    expect(list).toHaveLength(2)
    let before = now()
    expect(announcement(quiet, before)).toBe('Suggested quote 1 of 2, by Jorge Rodríguez: “We will release an important number of people,”.')
    review.accept(list[0]!)
    let after = now()
    expect(announcement(before, after)).toMatch(/^Accepted\. Suggested quote 1 of 1, by Jorge Rodríguez: “This is a gesture for peace,”\.$/)
    before = after
    review.reject(review.suggestions()[0]!)
    after = now()
    expect(announcement(before, after)).toBe('Rejected. No suggestions left.')
  })

  it('long words are cut at a word, so a paragraph-long quote is not read out whole', () => {
    const long = 'word '.repeat(60).trim()
    const said = spokenWords(long)
    expect(said.length).toBeLessThan(130)
    expect(said.endsWith('word…”')).toBe(true)
  })
})
