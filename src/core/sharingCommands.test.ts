import { describe, expect, it } from 'vitest'
import { makeTarget } from './anchoring'
import { createAnnotation } from './annotations'
import { CommandSchema, findDuplicate, type Command, type SingleCommand } from './commands'
import { commandArticleIds, invertCommand } from './commandInverse'
import { removeAnnotationEdit, resolveConflictEdit } from './edits'
import { importArticle } from './importer'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Conflict, type Project } from './schema'
import { applied, deepFreeze, refusal } from '../../tests/support/projectTesting'

const NOW = '2026-01-10T09:00:00.000Z'
const EDIT = '2026-01-10T10:15:00.000Z'
const UNDO = '2026-01-10T10:16:00.000Z'
const EDITOR = 'B. Editor'

const TEXT = 'Rodríguez said the release was "an important number" of prisoners.\n\nThe government did not say how many would be freed.'
/** The outlet's update: a new first paragraph, and the quote moved down by it. */
const UPDATED = 'Updated at 10:00.\n\nRodríguez said the release was "an important number" of prisoners.\n\nThe government did not say how many would be freed.'

function tag(article: Article, id: string, kind: AnnotationKind, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`"${exact}" is not in the article`)
  return { ...createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: 'M. Reporter', now: NOW }), ...extra }
}

function buildProject(): Project {
  const story = importArticle({ fileName: 'story.txt', content: TEXT, meta: { title: 'Prisoners freed' } }, NOW, 'article-1')
  const project = emptyProject('Sharing', 'project-1', NOW)
  project.articles.push(story)
  project.people.push({ id: 'person-1', kind: 'person', name: 'Jorge Rodríguez', aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW })
  project.annotations.push(
    tag(story, 'quote-1', 'quote', '"an important number"', { attributionId: 'attr-1' }),
    tag(story, 'attr-1', 'attribution', 'Rodríguez said', { speakerId: 'person-1' }),
    tag(story, 'claim-1', 'claim', 'The government did not say how many would be freed.')
  )
  return deepFreeze(project)
}

const newArticle = (id = 'article-2'): Article => importArticle({ fileName: 'new.md', content: '# Headline\n\nFirst paragraph.' }, NOW, id)
const updated = () => importArticle({ fileName: 'story-v2.txt', content: UPDATED }, NOW, 'unused')
const moveTo = (project: Project, id: string, text: string, orphan = false): SingleCommand => {
  const ann = project.annotations.find((a) => a.id === id)!
  const start = text.indexOf(ann.target.exact)
  return { type: 'annotation.reanchor', id, target: makeTarget(text, start, start + ann.target.exact.length), orphan, updatedAt: EDIT, updatedBy: EDITOR }
}
const replaceText = (text = UPDATED, source?: string): SingleCommand => ({ type: 'article.replace', id: 'article-1', text, blocks: updated().blocks, updatedAt: EDIT, ...(source ? { source } : {}) })
const conflictOn = (project: Project, id = 'quote-1', extra: Partial<Conflict> = {}): Conflict => ({
  id: `conflict-${id}`,
  annotationId: id,
  theirs: { ...project.annotations.find((a) => a.id === id)!, note: 'their note', author: 'C. Colleague', updatedBy: 'C. Colleague' },
  source: 'colleague.quotemark.json',
  detectedAt: EDIT,
  ...extra
})

function undone(project: Project, command: Command): Project {
  const inverse = invertCommand(project, command, UNDO, 'U. Ndo')
  if (!inverse) throw new Error('expected an inverse')
  return applied(applied(project, command), inverse)
}

describe('adding and removing an article', () => {
  it('adds an article whose blocks tile its text, and undoing removes it', () => {
    const project = buildProject()
    const article = newArticle()
    const next = applied(project, { type: 'article.add', article })
    expect(next.articles.map((a) => a.id)).toEqual(['article-1', 'article-2'])
    expect(invertCommand(project, { type: 'article.add', article }, UNDO)).toEqual({ type: 'article.remove', id: 'article-2' })
    expect(undone(project, { type: 'article.add', article })).toStrictEqual(project)
  })

  it('refuses an id any record already has, and blocks that do not line up with the text', () => {
    const project = buildProject()
    expect(refusal(project, { type: 'article.add', article: newArticle('person-1') })).toBe('The id person-1 is already used in this project.')
    const article = newArticle()
    expect(refusal(project, { type: 'article.add', article: { ...article, text: article.text + ' more' } })).toBe('The article "Headline" has text outside its blocks.')
  })

  it('refuses to remove an article that still has tags, and puts a removed one back on undo', () => {
    const project = buildProject()
    expect(refusal(project, { type: 'article.remove', id: 'article-1' })).toBe('"Prisoners freed" has 3 tags; remove them first.')
    const withNew = applied(project, { type: 'article.add', article: newArticle() })
    expect(undone(withNew, { type: 'article.remove', id: 'article-2' }).articles).toStrictEqual(withNew.articles)
  })
})

describe('replacing an article’s words', () => {
  it('is refused on its own when tags would no longer match, saying how many', () => {
    expect(refusal(buildProject(), replaceText())).toBe('The new text of "Prisoners freed" no longer has the words of 3 of its tags where they were; re-anchor them in the same change.')
  })

  it('replaces the text, blocks, source and time in a batch that moves the tags, and touches nothing else of the tags', () => {
    const project = buildProject()
    const batch: Command = { type: 'batch', label: 'Update', commands: [replaceText(UPDATED, 'story-v2.txt'), ...['quote-1', 'attr-1', 'claim-1'].map((id) => moveTo(project, id, UPDATED))] }
    const next = applied(project, batch)
    expect(next.articles[0]).toMatchObject({ text: UPDATED, source: 'story-v2.txt', updatedAt: EDIT, title: 'Prisoners freed' })
    expect(next.articles[0]!.blocks).toEqual(updated().blocks)
    expect(next.annotations.map((a) => UPDATED.slice(a.target.start, a.target.end))).toEqual(project.annotations.map((a) => a.target.exact))
    expect(next.annotations.map((a) => [a.note, a.attributionId, a.author, a.updatedBy])).toEqual([
      ['', 'attr-1', 'M. Reporter', EDITOR],
      ['', null, 'M. Reporter', EDITOR],
      ['', null, 'M. Reporter', EDITOR]
    ])
  })

  it('keeps the source when none is given, and accepts tags that became orphans', () => {
    const project = buildProject()
    const text = 'Nothing of the old words.'
    const blocks = importArticle({ fileName: 'x.txt', content: text }, NOW).blocks
    const orphan = (id: string): SingleCommand => ({ ...moveTo(project, id, TEXT), orphan: true }) as SingleCommand
    const next = applied(project, { type: 'batch', label: 'Update', commands: [{ type: 'article.replace', id: 'article-1', text, blocks, updatedAt: EDIT }, orphan('quote-1'), orphan('attr-1'), orphan('claim-1')] })
    expect(next.articles[0]!.source).toBe('story.txt')
    expect(next.annotations.every((a) => a.orphan)).toBe(true)
    expect(next.annotations.map((a) => a.target)).toEqual(project.annotations.map((a) => a.target))
  })

  it('is undone, words and tags, by the inverse batch whose steps run in the other order', () => {
    const project = buildProject()
    const batch: Command = { type: 'batch', label: 'Update', commands: [replaceText(), ...['quote-1', 'attr-1', 'claim-1'].map((id) => moveTo(project, id, UPDATED))] }
    const back = undone(project, batch)
    expect(back.articles[0]).toStrictEqual({ ...project.articles[0], updatedAt: UNDO })
    expect(back.annotations.map(({ updatedAt: _t, updatedBy: _b, ...rest }) => rest)).toStrictEqual(project.annotations.map(({ updatedAt: _t, updatedBy: _b, ...rest }) => rest))
    expect(back.annotations.map((a) => a.updatedBy)).toEqual(['U. Ndo', 'U. Ndo', 'U. Ndo'])
  })

  it('refuses new blocks that do not line up with the new text', () => {
    expect(refusal(buildProject(), { ...replaceText(), text: UPDATED + '!' } as Command)).toBe('The new text of "Prisoners freed" has text outside its blocks.')
  })
})

describe('re-anchoring a tag', () => {
  it('refuses a place where the words are not, unless the tag is an orphan, which keeps any target', () => {
    const project = buildProject()
    const wrong = { type: 'annotation.reanchor', id: 'quote-1', target: makeTarget(TEXT, 0, 9), orphan: false, updatedAt: EDIT, updatedBy: EDITOR } as const
    expect(refusal(project, { ...wrong, target: { ...wrong.target, exact: 'Rodriguez' } })).toBe('The tagged text does not match "Prisoners freed" at 0–9.')
    const far = { start: 900, end: 920, exact: 'words that are gone', prefix: '', suffix: '' }
    const next = applied(project, { ...wrong, target: far, orphan: true })
    expect(next.annotations[0]).toMatchObject({ target: far, orphan: true, updatedAt: EDIT, updatedBy: EDITOR, note: '' })
    expect(refusal(project, { ...wrong, id: 'gone' })).toBe('That tag no longer exists.')
  })

  it('is undone by putting back the old target and orphan flag, stamped with the undo', () => {
    const project = buildProject()
    const command: Command = { type: 'annotation.reanchor', id: 'claim-1', target: project.annotations[2]!.target, orphan: true, updatedAt: EDIT, updatedBy: EDITOR }
    expect(invertCommand(project, command, UNDO, 'U. Ndo')).toEqual({ type: 'annotation.reanchor', id: 'claim-1', target: project.annotations[2]!.target, orphan: false, updatedAt: UNDO, updatedBy: 'U. Ndo' })
  })

  it('lets a new tag go on words an orphan’s stale target names: an orphan is nowhere in the text', () => {
    const project = applied(buildProject(), { type: 'annotation.reanchor', id: 'quote-1', target: buildProject().annotations[0]!.target, orphan: true, updatedAt: EDIT, updatedBy: EDITOR })
    const again = tag(project.articles[0]!, 'quote-2', 'quote', '"an important number"')
    expect(findDuplicate(project, again)).toBeUndefined()
    expect(applied(project, { type: 'annotation.add', annotation: again }).annotations).toHaveLength(4)
  })
})

describe('replacing a whole tag', () => {
  it('replaces every field, and undoing brings back the old record exactly', () => {
    const project = buildProject()
    const theirs = { ...project.annotations[2]!, note: 'their note', status: 'false' as const, speakerId: 'person-1', author: 'C. Colleague', updatedAt: EDIT }
    expect(applied(project, { type: 'annotation.replace', annotation: theirs }).annotations[2]).toStrictEqual(theirs)
    expect(undone(project, { type: 'annotation.replace', annotation: theirs })).toStrictEqual(project)
  })

  it('checks references, words, duplicates and attributions like any other change', () => {
    const project = buildProject()
    const claim = project.annotations[2]!
    expect(refusal(project, { type: 'annotation.replace', annotation: { ...claim, speakerId: 'nobody' } })).toBe('That person is no longer in the project.')
    expect(refusal(project, { type: 'annotation.replace', annotation: { ...claim, target: { ...claim.target, start: 1 } } })).toMatch(/^The tagged text does not match/)
    expect(refusal(project, { type: 'annotation.replace', annotation: { ...claim, id: 'gone' } })).toBe('That tag no longer exists.')
    expect(refusal(project, { type: 'annotation.replace', annotation: { ...project.annotations[1]!, kind: 'quote' } })).toMatch(/^Other tags are attributed by this attribution/)
    const onQuote = { ...claim, kind: 'quote' as const, target: project.annotations[0]!.target }
    expect(refusal(project, { type: 'annotation.replace', annotation: onQuote })).toBe('That text is already tagged as a quote.')
  })
})

describe('conflicts', () => {
  it('adds their version of a tag and removes it, each undone by the other', () => {
    const project = buildProject()
    const conflict = conflictOn(project)
    const next = applied(project, { type: 'conflict.add', conflict })
    expect(next.conflicts).toEqual([conflict])
    expect(undone(project, { type: 'conflict.add', conflict })).toStrictEqual(project)
    expect(applied(next, { type: 'conflict.remove', id: conflict.id }).conflicts).toEqual([])
    expect(undone(next, { type: 'conflict.remove', id: conflict.id })).toStrictEqual(next)
  })

  it('refuses a conflict about a missing tag, holding another tag, or with an id in use, and removing one twice', () => {
    const project = buildProject()
    expect(refusal(project, { type: 'conflict.add', conflict: conflictOn(project, 'quote-1', { annotationId: 'gone' }) })).toBe('That tag no longer exists.')
    expect(refusal(project, { type: 'conflict.add', conflict: conflictOn(project, 'quote-1', { annotationId: 'claim-1' }) })).toBe('A conflict must hold another version of the same tag.')
    expect(refusal(project, { type: 'conflict.add', conflict: conflictOn(project, 'quote-1', { id: 'attr-1' }) })).toBe('The id attr-1 is already used in this project.')
    expect(refusal(project, { type: 'conflict.remove', id: 'conflict-quote-1' })).toBe('That conflict has already been resolved.')
  })

  it('keep a tag from being removed on its own; deleting it from the desk removes its conflicts first and undo restores them', () => {
    const project = applied(buildProject(), { type: 'conflict.add', conflict: conflictOn(buildProject(), 'claim-1') })
    expect(refusal(project, { type: 'annotation.remove', id: 'claim-1' })).toBe('A colleague’s version of that tag is waiting as a conflict; resolve it first.')
    const edit = removeAnnotationEdit(project, 'claim-1', EDIT, EDITOR)
    expect(edit).toEqual({ type: 'batch', label: 'Delete claim', commands: [{ type: 'conflict.remove', id: 'conflict-claim-1' }, { type: 'annotation.remove', id: 'claim-1' }] })
    const next = applied(project, edit)
    expect([next.annotations.length, next.conflicts.length]).toEqual([2, 0])
    const back = undone(project, edit)
    expect(back.conflicts).toStrictEqual(project.conflicts)
    expect(back.annotations.map((a) => a.id)).toEqual(['quote-1', 'attr-1', 'claim-1'])
  })

  it('are resolved by keeping mine (the conflict goes) or taking theirs (it replaces mine), each undone as one', () => {
    const project = applied(buildProject(), { type: 'conflict.add', conflict: conflictOn(buildProject(), 'claim-1') })
    const mine = applied(project, resolveConflictEdit(project, 'conflict-claim-1', 'mine'))
    expect([mine.annotations[2]!.note, mine.conflicts.length]).toEqual(['', 0])
    const take = resolveConflictEdit(project, 'conflict-claim-1', 'theirs')
    const theirs = applied(project, take)
    expect(theirs.annotations[2]).toStrictEqual(project.conflicts[0]!.theirs)
    expect(theirs.conflicts).toEqual([])
    expect(undone(project, take)).toStrictEqual(project)
  })

  it('place their version in the article’s current words when those changed after the merge', () => {
    let project = applied(buildProject(), { type: 'conflict.add', conflict: conflictOn(buildProject(), 'claim-1') })
    project = applied(project, { type: 'batch', label: 'Update', commands: [replaceText(), ...['quote-1', 'attr-1', 'claim-1'].map((id) => moveTo(project, id, UPDATED))] })
    const next = applied(project, resolveConflictEdit(project, 'conflict-claim-1', 'theirs'))
    expect(next.annotations[2]).toMatchObject({ note: 'their note', orphan: false, target: { exact: 'The government did not say how many would be freed.', start: UPDATED.indexOf('The government') } })
  })
})

describe('the new commands’ schema and articles', () => {
  it('parses each new command, and rejects a re-anchor that does not say whether the tag is an orphan', () => {
    const project = buildProject()
    const commands: Command[] = [
      { type: 'article.add', article: newArticle() },
      replaceText(),
      { type: 'article.remove', id: 'a' },
      moveTo(project, 'quote-1', TEXT),
      { type: 'annotation.replace', annotation: project.annotations[0]! },
      { type: 'conflict.add', conflict: conflictOn(project) },
      { type: 'conflict.remove', id: 'c' }
    ]
    for (const command of commands) expect(CommandSchema.parse(command)).toEqual(command)
    const { orphan: _o, ...noFlag } = moveTo(project, 'quote-1', TEXT) as Extract<Command, { type: 'annotation.reanchor' }>
    expect(CommandSchema.safeParse(noFlag).success).toBe(false)
  })

  it('name the articles they touch', () => {
    const project = applied(buildProject(), { type: 'conflict.add', conflict: conflictOn(buildProject()) })
    expect(commandArticleIds(project, { type: 'article.add', article: newArticle('article-9') })).toEqual(['article-9'])
    expect(commandArticleIds(project, replaceText())).toEqual(['article-1'])
    expect(commandArticleIds(project, moveTo(project, 'claim-1', TEXT))).toEqual(['article-1'])
    expect(commandArticleIds(project, { type: 'conflict.remove', id: 'conflict-quote-1' })).toEqual(['article-1'])
    expect(commandArticleIds(project, { type: 'conflict.remove', id: 'gone' })).toEqual([])
  })
})
