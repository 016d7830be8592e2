/**
 * How a merge names the records it lists: a tag by its kind, words and
 * article, a person by name, an article by title, a link by its two tags'
 * words. Looked up in the merged project so far, then in mine as it was.
 */
import type { ItemDetails, MergeRecordKind } from './mergeSummary'
import type { Annotation, Project } from './schema'
type Projects = readonly Project[]

export function articleDetails(projects: Projects, articleId: string): { articleId: string; articleTitle?: string } {
  for (const p of projects) {
    const article = p.articles.find((a) => a.id === articleId)
    if (article) return { articleId, articleTitle: article.title }
  }
  return { articleId }
}

export function tagDetails(projects: Projects, ann: Annotation): ItemDetails {
  return { label: ann.target.exact, kind: ann.kind, ...articleDetails(projects, ann.articleId) }
}

export function linkWords(projects: Projects, from: string, to: string): string {
  const words = (id: string): string => {
    for (const p of projects) {
      const tag = p.annotations.find((a) => a.id === id)
      if (tag) return tag.target.exact
    }
    return id
  }
  return `${words(from)} → ${words(to)}`
}

/** A record of mine (as it was before the merge) by its kind and id. */
export function recordDetails(projects: Projects, kind: MergeRecordKind, id: string): ItemDetails {
  const mine = projects[projects.length - 1]!
  switch (kind) {
    case 'tag':
      return tagDetails(projects, mine.annotations.find((a) => a.id === id)!)
    case 'person': {
      const person = mine.people.find((x) => x.id === id)!
      return { label: person.name, kind: person.kind }
    }
    case 'article':
      return { label: mine.articles.find((x) => x.id === id)!.title }
    case 'rejection': {
      const r = mine.rejections.find((x) => x.id === id)!
      return { label: r.target.exact, kind: r.kind, ...articleDetails(projects, r.articleId) }
    }
    case 'link': {
      const link = mine.links.find((x) => x.id === id)!
      return { label: linkWords(projects, link.from, link.to), kind: link.type }
    }
  }
}
