import { describe, expect, it } from 'vitest'
import { createAnnotation } from './annotations'
import { addArticlesEdit } from './edits'
import { applyCommand, type Command, type SingleCommand } from './commands'
import { importArticle } from './importer'
import { lookupWork } from './projectDraft'
import { emptyProject, type Project } from './schema'

const NOW = '2026-01-10T09:00:00.000Z'

/** One article of `words` numbered words ("w0 w1 w2 …"). */
function projectWithWords(words: number): Project {
  const text = Array.from({ length: words }, (_, i) => `w${i}`).join(' ')
  const article = importArticle({ fileName: 'long.txt', content: text }, NOW, 'article-1')
  return { ...emptyProject('Draft', 'project-1', NOW), articles: [article] }
}

/** A tag on the i-th word. */
function tagStep(project: Project, i: number, kind: 'quote' | 'claim' = 'quote'): SingleCommand {
  const text = project.articles[0]!.text
  const start = text.indexOf(` w${i} `) + 1 || 0
  const end = start + `w${i}`.length
  return { type: 'annotation.add', annotation: createAnnotation({ id: `tag-${kind}-${i}`, articleId: 'article-1', text, start, end, kind, author: 'R', now: NOW }) }
}

function must(project: Project, command: Command): Project {
  const result = applyCommand(project, command)
  if (!result.ok) throw new Error(result.error)
  return result.project
}

describe('a project changed command by command', () => {
  it('adds 20,000 tags in one batch looking each record up once, not once per tag', () => {
    const base = projectWithWords(20_005)
    const steps = Array.from({ length: 20_000 }, (_, i) => tagStep(base, i + 1))
    lookupWork.records = 0
    const after = must(base, { type: 'batch', label: 'Merge', commands: steps })
    expect(after.annotations).toHaveLength(20_000)
    // Building the look-ups once over the few records there are; a scan per added tag would be 200 million.
    expect(lookupWork.records).toBeLessThan(100)
  })

  it('carries its look-ups to the next command, so one more tag on a big project scans nothing', () => {
    const base = projectWithWords(5_005)
    let project = must(base, { type: 'batch', label: 'Tags', commands: Array.from({ length: 5_000 }, (_, i) => tagStep(base, i + 1)) })
    project = { ...project, updatedAt: '2026-01-11T00:00:00.000Z' } // the store stamps every change
    lookupWork.records = 0
    project = must(project, tagStep(base, 3, 'claim'))
    project = must(project, { type: 'annotation.update', id: 'tag-quote-7', patch: { note: 'checked' }, updatedAt: NOW, updatedBy: 'R' })
    expect(lookupWork.records).toBe(0)
    expect(project.annotations.find((a) => a.id === 'tag-quote-7')?.note).toBe('checked')
  })

  it('still refuses a second tag of the same kind on the same words, also within one batch', () => {
    const base = projectWithWords(20)
    const copy = (step: SingleCommand): SingleCommand => ({ type: 'annotation.add', annotation: { ...(step as Extract<SingleCommand, { type: 'annotation.add' }>).annotation, id: 'copy' } })
    const once = must(base, tagStep(base, 4))
    expect(applyCommand(once, copy(tagStep(base, 4)))).toEqual({ ok: false, error: 'That text is already tagged as a quote.' })
    const twice = tagStep(base, 5)
    const again = copy(twice)
    expect(applyCommand(base, { type: 'batch', label: 'Twice', commands: [twice, again] })).toEqual({ ok: false, error: 'That text is already tagged as a quote.' })
  })

  it('leaves the project it was given as it was when a batch is refused half-way, and the next command still sees it whole', () => {
    const base = projectWithWords(20)
    const one = must(base, tagStep(base, 2))
    const refused = applyCommand(one, { type: 'batch', label: 'Half', commands: [tagStep(base, 3), { type: 'annotation.remove', id: 'missing' }] })
    expect(refused.ok).toBe(false)
    expect(one.annotations.map((a) => a.id)).toEqual(['tag-quote-2'])
    const next = must(one, tagStep(base, 3))
    expect(next.annotations.map((a) => a.id)).toEqual(['tag-quote-2', 'tag-quote-3'])
    expect(applyCommand(next, tagStep(base, 2)).ok).toBe(false)
  })

  it('imports articles as one command and finds them by id afterwards', () => {
    const base = projectWithWords(3)
    const added = importArticle({ fileName: 'b.txt', content: 'Another story.' }, NOW, 'article-2')
    const project = must(base, addArticlesEdit([added]))
    expect(project.articles.map((a) => a.id)).toEqual(['article-1', 'article-2'])
    expect(applyCommand(project, addArticlesEdit([added]))).toEqual({ ok: false, error: 'The id article-2 is already used in this project.' })
  })
})
