/**
 * Lookups derived from the replica's project, kept beside it rather than
 * rebuilt by each view: the project's index (updated from the previous one by
 * the tags that changed, not rebuilt over 20,000 tags per action) and one
 * article's tags split into placed and orphaned. Each keeps its identity until
 * what it is made from changes, so memoised views and the editor skip.
 */
import { indexProject, type ProjectIndex } from '../../../core/annotations'
import type { Annotation, Project } from '../../../core/schema'

export type ArticleTags = { readonly placed: readonly Annotation[]; readonly orphans: readonly Annotation[] }
type Source = Pick<Project, 'annotations' | 'people'>

const emptySource: Source = { annotations: [], people: [] }
const noTags: ArticleTags = { placed: [], orphans: [] }

export class DerivedIndex {
  private indexed: { source: Source; index: ProjectIndex } | null = null
  private tagsOf: { list: readonly Annotation[]; tags: ArticleTags } | null = null

  constructor(private readonly project: () => Project | null) {}

  /** The same object until the project's tags or people change. */
  index(): ProjectIndex {
    const source = this.project() ?? emptySource
    const last = this.indexed
    if (last && last.source.annotations === source.annotations && last.source.people === source.people) return last.index
    this.indexed = { source, index: indexProject(source, last?.index) }
    return this.indexed.index
  }

  /** An article's tags in text order, placed in the text or orphaned: the same arrays until one of its tags changes. */
  articleTags(articleId: string | null): ArticleTags {
    const list = (articleId && this.index().byArticle.get(articleId)) || undefined
    if (!list) return noTags
    if (this.tagsOf?.list !== list) this.tagsOf = { list, tags: { placed: list.filter((a) => !a.orphan), orphans: list.filter((a) => a.orphan) } }
    return this.tagsOf.tags
  }
}
