import { describe, expect, it } from 'vitest'
import { makeTarget } from './anchoring'
import { createAnnotation } from './annotations'
import { importArticle } from './importer'
import { parseProject, serializeProject } from './projectFile'
import { FILE_SEARCH_BUDGET, reanchor, ReanchorBudget } from './reanchor'
import { emptyProject, type Project } from './schema'
import { prng } from '../../tests/support/random'

const NOW = '2026-01-10T09:00:00.000Z'

describe('re-anchoring prefers the place whose context matches', () => {
  const before = [
    'The minister arrived in the capital on Monday morning for the summit.',
    'He said the new budget "will protect every family in the country" and left without questions.',
    'Opposition leaders were not convinced by the promises made so far.',
    'Earlier, a spokesman repeated the line: will protect every family in the country.'
  ].join('\n\n')
  const exact = 'will protect every family in the country'
  const start = before.indexOf(exact)

  it('moves an edited quote to its edited words in place, not to an unedited copy of them elsewhere', () => {
    const target = makeTarget(before, start, start + exact.length)
    const after = before.replace('"will protect every family in the country"', '"will protect each family in the country"')
    const found = reanchor(after, target)
    expect(found.status).toBe('fuzzy')
    expect(after.slice(found.target.start, found.target.end)).toBe('will protect each family in the country')
    expect(found.target.start).toBe(after.indexOf('will protect each family'))
  })

  it('keeps a tag an orphan when two places match it equally well, instead of guessing', () => {
    const text = 'Intro.\n\nShe said "no deal" twice.\n\nShe said "no deal" twice.'
    const target = { start: 2, end: 9, exact: 'no deal', prefix: 'She said "', suffix: '" twice.' }
    expect(reanchor(text, target).status).toBe('orphan')
  })

  it('never puts a tag on a copy when its context matches the original place better (seeded, in-place edits plus copies)', () => {
    const random = prng(1234)
    const words = 'budget family country summit leaders promise capital morning minister council vote report'.split(' ')
    let misplaced = 0
    for (let round = 0; round < 300; round++) {
      const pick = () => words[Math.floor(random() * words.length)]!
      const sentence = Array.from({ length: 8 }, pick).join(' ')
      const lead = Array.from({ length: 12 }, pick).join(' ')
      const tail = Array.from({ length: 12 }, pick).join(' ')
      const text = `${lead} "${sentence}" ${tail}.\n\nElsewhere: ${Array.from({ length: 10 }, pick).join(' ')}.`
      const at = text.indexOf(sentence)
      const target = makeTarget(text, at, at + sentence.length)
      // The quote edited slightly in place, and the original words pasted, word for word, somewhere else.
      const cut = 1 + Math.floor(random() * (sentence.length - 2))
      const edited = sentence.slice(0, cut) + 'x' + sentence.slice(cut + 1)
      const after = text.replace(`"${sentence}"`, `"${edited}"`) + `\n\nQuoted later, word for word: ${sentence}.`
      const found = reanchor(after, target)
      if (found.status !== 'orphan' && found.target.start > after.indexOf('Quoted later')) misplaced++
    }
    expect(misplaced).toBe(0)
  })
})

function projectWith(text: string, tags: { exact: string; prefix: string; suffix: string; start: number; end: number; orphan?: boolean }[]): Project {
  const article = importArticle({ fileName: 'a.txt', content: text }, NOW, 'article-1')
  const project = { ...emptyProject('Hostile', 'project-1', NOW), articles: [article] }
  project.annotations = tags.map((t, i) => ({
    ...createAnnotation({ id: `tag-${i}`, articleId: 'article-1', text: article.text, start: 0, end: 1, kind: 'quote', author: 'x', now: NOW }),
    target: { start: t.start, end: t.end, exact: t.exact, prefix: t.prefix, suffix: t.suffix },
    orphan: t.orphan ?? false
  }))
  return project
}

describe('a hostile file cannot make opening it take long', () => {
  it('refuses a tag whose context is longer than any Quotemark writes (the 4.8 KB file that took 54 s), naming the field', () => {
    const text = 'A short article about a long prefix.'
    const project = projectWith(text, [{ exact: 'article', prefix: 'p'.repeat(4_700), suffix: '', start: 2, end: 9 }])
    const result = parseProject(serializeProject(project), 'hostile.quotemark.json')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/hostile\.quotemark\.json cannot be opened: annotation tag-0 \(number 1\) has an invalid field "target\.prefix"/)
  })

  it('searches 3,000 tags that cannot be found in a long text within one bounded budget, and says which were not searched', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Sentence ${i} of a very long wire story about nothing in particular.`).join(' ')
    const tags = Array.from({ length: 3_000 }, (_, i) => ({ exact: `zq${i}xw missing words nowhere in the text ${i}`, prefix: 'gone before ', suffix: ' gone after', start: 10, end: 60 }))
    const result = parseProject(serializeProject(projectWith(text, tags)), 'many.quotemark.json')
    if (!result.ok) throw new Error(result.message)
    expect(result.project.annotations.every((a) => a.orphan)).toBe(true)
    expect(result.reanchored?.orphaned).toBe(3_000)
    expect(result.reanchored?.unsearched ?? 0).toBeGreaterThan(2_900)
  })

  it('never spends more than its budget, however many tags ask', () => {
    const text = 'word '.repeat(200_000)
    const budget = new ReanchorBudget()
    for (let i = 0; i < 500; i++) reanchor(text, { start: 5, end: 40, exact: `missing ${i} words of a quote gone`, prefix: 'word word ', suffix: ' word word' }, budget)
    expect(budget.spent).toBeLessThanOrEqual(FILE_SEARCH_BUDGET)
  })
})
