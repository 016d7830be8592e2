import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { invertCommand } from '../commandInverse'
import type { Command } from '../commands'
import { importArticle } from '../importer'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Project } from '../schema'
import { applied, deepFreeze } from '../../../tests/support/projectTesting'
import { fitToParagraph, joinTagsEdit, resizeTagEdit, resizeTagToEdit, splitTagEdit, wordStep, type ExtentEdit } from './tagExtent'

const NOW = '2026-03-04T09:00:00.000Z'
const LATER = '2026-03-04T10:00:00.000Z'
const STORY = [
  '“We will rebuild this city street by street,” Mayor Denise Okonkwo said on Tuesday. “Nobody can afford it.”',
  'The council met on Wednesday. “It is not enough,” he said.'
].join('\n\n')

function tag(article: Article, id: string, kind: AnnotationKind, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = article.text.indexOf(exact)
  return { ...createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: 'Ana', now: NOW }), ...extra }
}

function story(build: (article: Article) => Partial<Project> = () => ({})): { project: Project; article: Article } {
  const article = importArticle({ fileName: 'story.txt', content: STORY, meta: { title: 'Rebuilding' } }, NOW, 'article-1')
  const project = { ...emptyProject('Desk', 'project-1', NOW), articles: [article] }
  const people = [
    { id: 'okonkwo', kind: 'person' as const, name: 'Denise Okonkwo', aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW },
    { id: 'rodriguez', kind: 'person' as const, name: 'Jorge Rodríguez', aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
  ]
  return { project: deepFreeze({ ...project, people, ...build(article) }), article }
}

function command(edit: ExtentEdit): Command {
  if (!edit.ok) throw new Error(edit.error)
  return edit.command
}

const words = (project: Project, id: string) => project.annotations.find((a) => a.id === id)?.target.exact

/** Apply, then undo: the tags are back as they were. */
function undone(project: Project, cmd: Command): Project {
  const after = applied(project, cmd)
  return applied(after, invertCommand(project, cmd, LATER)!)
}

describe('one paragraph per tag', () => {
  const { article } = story()
  it('a selection running past the end of its paragraph is cut at that end, and says so', () => {
    const start = article.text.indexOf('“Nobody')
    const fitted = fitToParagraph(article, start, article.text.indexOf('council') + 7)!
    expect(article.text.slice(fitted.start, fitted.end)).toBe('“Nobody can afford it.”')
    expect(fitted.cut).toBe(true)
  })

  it('a selection inside one paragraph is only trimmed of white space', () => {
    const start = article.text.indexOf('The council')
    expect(fitToParagraph(article, start - 2, start + 11)).toEqual({ start, end: start + 11, cut: false })
  })

  it('a selection of nothing but the blank line between paragraphs is no selection', () => {
    const gap = article.text.indexOf('\n\n')
    expect(fitToParagraph(article, gap, gap + 2)).toBeNull()
  })
})

describe('resizing a tag by a word', () => {
  const setup = () => story((a) => ({ annotations: [tag(a, 'q1', 'quote', '“We will rebuild this city', { speakerId: 'okonkwo', note: 'check the date' })] }))

  it('moves the end over the next word and back, keeping the tag’s id, speaker and note', () => {
    const { project } = setup()
    const grown = applied(project, command(resizeTagEdit(project, 'q1', 'end', 1, LATER, 'Ben')))
    expect(words(grown, 'q1')).toBe('“We will rebuild this city street')
    const ann = grown.annotations[0]!
    expect([ann.speakerId, ann.note, ann.updatedBy]).toEqual(['okonkwo', 'check the date', 'Ben'])
    const shrunk = applied(grown, command(resizeTagEdit(grown, 'q1', 'end', -1, LATER, 'Ben')))
    expect(words(shrunk, 'q1')).toBe('“We will rebuild this city')
  })

  it('moves the start out by a word and in by a word', () => {
    const { project } = setup()
    const inward = applied(project, command(resizeTagEdit(project, 'q1', 'start', 1, LATER, 'Ben')))
    expect(words(inward, 'q1')).toBe('will rebuild this city')
    const back = applied(inward, command(resizeTagEdit(inward, 'q1', 'start', -1, LATER, 'Ben')))
    expect(words(back, 'q1')).toBe('“We will rebuild this city')
  })

  it('is undone by one undo', () => {
    const { project } = setup()
    const after = undone(project, command(resizeTagEdit(project, 'q1', 'end', 1, LATER, 'Ben')))
    expect(words(after, 'q1')).toBe('“We will rebuild this city')
  })

  it('never grows past the paragraph’s end, nor shrinks to nothing', () => {
    const { project } = story((a) => ({ annotations: [tag(a, 'q2', 'quote', '“Nobody can afford it.”')] }))
    expect(resizeTagEdit(project, 'q2', 'end', 1, LATER, 'Ben')).toEqual({ ok: false, error: 'A tag stays within one paragraph.' })
    const one = story((a) => ({ annotations: [tag(a, 'q3', 'quote', '“Nobody')] })).project
    expect(resizeTagEdit(one, 'q3', 'end', -1, LATER, 'Ben')).toEqual({ ok: false, error: 'A tag needs at least one word.' })
  })

  it('a word step takes the punctuation and quotation marks that belong to the word', () => {
    const text = 'he said “no.” Then'
    expect(text.slice(0, wordStep(text, 7, 'end', 1))).toBe('he said “no.”')
  })
})

describe('dragging an end of a tag', () => {
  it('puts that end where it was dropped, trimmed of white space, in the same paragraph', () => {
    const { project, article } = story((a) => ({ annotations: [tag(a, 'q1', 'quote', '“We will rebuild')] }))
    const to = article.text.indexOf(' Mayor')
    expect(words(applied(project, command(resizeTagToEdit(project, 'q1', 'end', to + 1, LATER, 'Ben'))), 'q1')).toBe('“We will rebuild this city street by street,”')
    expect(resizeTagToEdit(project, 'q1', 'end', article.text.indexOf('council'), LATER, 'Ben')).toEqual({ ok: false, error: 'A tag stays within one paragraph.' })
  })
})

describe('splitting a quote at the caret', () => {
  const setup = () =>
    story((a) => {
      const attr = tag(a, 'attr', 'attribution', 'Mayor Denise Okonkwo said', { speakerId: 'okonkwo' })
      const quote = tag(a, 'q1', 'quote', '“We will rebuild this city street by street,”', { speakerId: 'okonkwo', attributionId: 'attr', note: 'lead quote' })
      const other = tag(a, 'q9', 'quote', '“It is not enough,”')
      return { annotations: [attr, quote, other], links: [{ id: 'link-1', type: 'same-statement', from: 'q1', to: 'q9', note: '', createdAt: NOW, updatedAt: NOW }] }
    })

  it('makes two quotes: both keep the speaker and attribution, the note and links stay on the first', () => {
    const { project, article } = setup()
    const after = applied(project, command(splitTagEdit(project, 'q1', article.text.indexOf(' street by'), LATER, 'Ben')))
    const quotes = after.annotations.filter((a) => a.kind === 'quote' && a.id !== 'q9')
    expect(quotes.map((q) => [q.target.exact, q.speakerId, q.attributionId, q.note])).toEqual([
      ['“We will rebuild this city', 'okonkwo', 'attr', 'lead quote'],
      ['street by street,”', 'okonkwo', 'attr', '']
    ])
    expect(after.links.map((l) => [l.from, l.to])).toEqual([['q1', 'q9']])
  })

  it('is undone by one undo, and refused with the caret at an end of the quote', () => {
    const { project, article } = setup()
    const cmd = command(splitTagEdit(project, 'q1', article.text.indexOf(' street by'), LATER, 'Ben'))
    const after = undone(project, cmd)
    expect(after.annotations.map((a) => a.target.exact)).toEqual(project.annotations.map((a) => a.target.exact))
    expect(splitTagEdit(project, 'q1', 0, LATER, 'Ben')).toEqual({ ok: false, error: 'Put the caret inside the quote, where it should be split.' })
  })
})

describe('joining a quote with the next one', () => {
  const setup = (secondSpeaker: string | null) =>
    story((a) => ({
      annotations: [
        tag(a, 'q1', 'quote', '“We will rebuild this city', { speakerId: 'okonkwo', note: 'first' }),
        tag(a, 'q2', 'quote', 'street by street,”', { speakerId: secondSpeaker, note: 'second' }),
        tag(a, 'q3', 'quote', '“It is not enough,”')
      ],
      links: [{ id: 'link-1', type: 'same-statement', from: 'q3', to: 'q2', note: '', createdAt: NOW, updatedAt: NOW }]
    }))

  it('grows the first over both, with both notes and the second’s links, and one undo splits them again', () => {
    const { project } = setup(null)
    const cmd = command(joinTagsEdit(project, 'q1', LATER, 'Ben'))
    const after = applied(project, cmd)
    const joined = after.annotations.find((a) => a.id === 'q1')!
    expect([joined.target.exact, joined.speakerId, joined.note]).toEqual(['“We will rebuild this city street by street,”', 'okonkwo', 'first\n\nsecond'])
    expect(after.annotations.some((a) => a.id === 'q2')).toBe(false)
    expect(after.links.map((l) => [l.from, l.to])).toEqual([['q3', 'q1']])
    const back = undone(project, cmd)
    expect(back.annotations.map((a) => [a.id, a.target.exact, a.note]).sort()).toEqual(project.annotations.map((a) => [a.id, a.target.exact, a.note]).sort())
    expect(back.links.map((l) => [l.id, l.from, l.to])).toEqual([['link-1', 'q3', 'q2']])
  })

  it('asks which speaker stays when the two differ, and keeps the one chosen', () => {
    const { project } = setup('rodriguez')
    const asked = joinTagsEdit(project, 'q1', LATER, 'Ben')
    expect(asked).toMatchObject({ ok: false, speakers: ['okonkwo', 'rodriguez'] })
    const after = applied(project, command(joinTagsEdit(project, 'q1', LATER, 'Ben', 'rodriguez') as ExtentEdit))
    expect(after.annotations.find((a) => a.id === 'q1')!.speakerId).toBe('rodriguez')
  })

  it('does not join across a paragraph', () => {
    const { project } = setup(null)
    const joined = applied(project, command(joinTagsEdit(project, 'q1', LATER, 'Ben')))
    expect(joinTagsEdit(joined, 'q1', LATER, 'Ben')).toEqual({ ok: false, error: 'A tag stays within one paragraph: the next quote is in another paragraph.' })
  })
})
