import { describe, expect, it } from 'vitest'
import { createAnnotation, indexProject, speakerIdOf } from '../annotations'
import { importArticle } from '../importer'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Person, type Project } from '../schema'
import { applied, deepFreeze } from '../../../tests/support/projectTesting'
import { tagAttributionEdit } from './tagEdits'

const NOW = '2026-03-04T09:00:00.000Z'
const STORY = [
  '“We will rebuild this city street by street,” Mayor Denise Okonkwo said on Tuesday.',
  '“It is not enough,” he said. “Nobody asked us,” said Rodríguez.'
].join('\n\n')

function tag(article: Article, id: string, kind: AnnotationKind, exact: string): Annotation {
  const start = article.text.indexOf(exact)
  return createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: 'M. Reporter', now: NOW })
}

function person(id: string, name: string): Person {
  return { id, kind: 'person', name, aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
}

function story(people: Person[] = []): { project: Project; article: Article } {
  const article = importArticle({ fileName: 'story.txt', content: STORY, meta: { title: 'Rebuilding' } }, NOW, 'article-1')
  const project = emptyProject('Desk', 'project-1', NOW)
  project.articles.push(article)
  project.people.push(...people)
  project.annotations.push(tag(article, 'quote-1', 'quote', '“We will rebuild this city street by street,”'))
  return { project: deepFreeze(project), article }
}

function tagAttribution(project: Project, article: Article, exact: string, attributes: string | null = 'quote-1') {
  const annotation = tag(article, 'attr-1', 'attribution', exact)
  const edit = tagAttributionEdit(project, { annotation, attributes, now: NOW, by: 'M. Reporter' })
  const after = applied(project, edit.command)
  const index = indexProject(after)
  const speakerOf = (id: string) => after.people.find((p) => p.id === speakerIdOf(index, index.annotationsById.get(id)!))?.name ?? null
  return { after, speakerOf }
}

describe('an attribution tagged by hand names the person it attributes', () => {
  it('adds the person named, without their title, when the project does not know them', () => {
    const { project, article } = story()
    const { after, speakerOf } = tagAttribution(project, article, 'Mayor Denise Okonkwo said')
    expect(after.people.map((p) => p.name)).toEqual(['Denise Okonkwo'])
    expect(speakerOf('attr-1')).toBe('Denise Okonkwo')
    expect(speakerOf('quote-1')).toBe('Denise Okonkwo')
  })

  it('names the person already in People, however the text titles them', () => {
    const { project, article } = story([person('denise', 'Denise Okonkwo')])
    const { after, speakerOf } = tagAttribution(project, article, 'Mayor Denise Okonkwo said')
    expect(after.people).toHaveLength(1)
    expect(speakerOf('attr-1')).toBe('Denise Okonkwo')
  })

  it('names someone by their surname when only one person has it', () => {
    const { project, article } = story([person('jorge', 'Jorge Rodríguez')])
    const { after, speakerOf } = tagAttribution(project, article, 'said Rodríguez', null)
    expect(after.people).toHaveLength(1)
    expect(speakerOf('attr-1')).toBe('Jorge Rodríguez')
    expect(speakerOf('quote-1')).toBeNull()
  })

  it('leaves a surname shared by two people for the reporter to choose', () => {
    const { project, article } = story([person('jorge', 'Jorge Rodríguez'), person('delcy', 'Delcy Rodríguez')])
    const { after, speakerOf } = tagAttribution(project, article, 'said Rodríguez')
    expect(after.people).toHaveLength(2)
    expect(speakerOf('attr-1')).toBeNull()
  })

  it('adds no one for a pronoun', () => {
    const { project, article } = story()
    const { after, speakerOf } = tagAttribution(project, article, 'he said')
    expect(after.people).toEqual([])
    expect(speakerOf('attr-1')).toBeNull()
  })
})
