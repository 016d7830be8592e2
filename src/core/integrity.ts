/**
 * The rules that keep a project's references whole, in one place: ids are
 * unique across all records; a tag is in an article that exists, names a
 * speaker who is in the project, and an attribution that is an attribution
 * tag of the same article (never itself, never for another attribution);
 * links join tags that exist; conflicts hold another version of a tag that
 * exists; rejections are of suggestions in an article that exists; blocks
 * tile their article's (and source document's) text; a tag's verification
 * names a source document that exists. A rejected statement group names a
 * pair of tags; a tag removed since leaves it harmless, so that is allowed.
 *
 * A file is checked whole when it is loaded (checkProjectIntegrity, linear:
 * one map of ids, one hash look-up per reference); a command is checked for
 * the records it touches (commands.ts, through tagReferenceProblem).
 */
import { checkBlocks } from './blocks'
import type { Annotation, Project } from './schema'

export type ReferenceProblem = 'speaker' | 'self-attribution' | 'attribution-missing' | 'attribution-article' | 'attribution-of-attribution'

export type ReferenceLookup = { hasPerson(id: string): boolean; tag(id: string): Annotation | undefined }

/** What is wrong with a tag's speaker and attribution, or null. */
export function tagReferenceProblem(ann: Annotation, find: ReferenceLookup): ReferenceProblem | null {
  if (ann.speakerId !== null && !find.hasPerson(ann.speakerId)) return 'speaker'
  if (ann.attributionId === null) return null
  if (ann.attributionId === ann.id) return 'self-attribution'
  const attribution = find.tag(ann.attributionId)
  if (!attribution || attribution.kind !== 'attribution') return 'attribution-missing'
  if (attribution.articleId !== ann.articleId) return 'attribution-article'
  if (ann.kind === 'attribution') return 'attribution-of-attribution'
  return null
}

/** The words a reporter sees when a change would break a tag's references. */
export const referenceMessages: Record<ReferenceProblem, string> = {
  speaker: 'That person is no longer in the project.',
  'self-attribution': 'A tag cannot be its own attribution.',
  'attribution-missing': 'That attribution tag is no longer in the project.',
  'attribution-article': 'An attribution must be in the same article as what it attributes.',
  'attribution-of-attribution': 'An attribution is not attributed to another attribution.'
}

// What an id names in a loaded file: an annotation by its index (0 and up), or the kind of any other record.
const ARTICLE = -1
const PERSON = -2
const OTHER = -3
const SOURCE = -4

/** Every id to what it names, or the first id used twice. */
function idMap(project: Project): Map<string, number> | string {
  const ids = new Map<string, number>()
  const collections: ReadonlyArray<[ReadonlyArray<{ id: string }>, (i: number) => number]> = [
    [project.articles, () => ARTICLE],
    [project.annotations, (i) => i],
    [project.people, () => PERSON],
    [project.links, () => OTHER],
    [project.conflicts, () => OTHER],
    [project.rejections, () => OTHER],
    [project.sources ?? [], () => SOURCE],
    [project.statementRejections ?? [], () => OTHER]
  ]
  for (const [records, what] of collections) {
    for (let i = 0; i < records.length; i++) {
      const id = records[i]!.id
      if (ids.has(id)) return `the id ${id} is used twice`
      ids.set(id, what(i))
    }
  }
  return ids
}

/** The first broken reference of a loaded project, in words naming the record, or null. */
export function checkProjectIntegrity(project: Project): string | null {
  const ids = idMap(project)
  if (typeof ids === 'string') return ids
  const tag = (id: string): Annotation | undefined => {
    const i = ids.get(id)
    return i !== undefined && i >= 0 ? project.annotations[i] : undefined
  }
  const lookup: ReferenceLookup = { hasPerson: (id) => ids.get(id) === PERSON, tag }
  for (const article of project.articles) {
    const problem = checkBlocks(article.text, article.blocks)
    if (problem) return `article "${article.title}" (${article.id}) ${problem}`
  }
  for (const ann of project.annotations) {
    if (ids.get(ann.articleId) !== ARTICLE) return `annotation ${ann.id} points to an article (${ann.articleId}) that is not in the project`
    if (ann.target.start >= ann.target.end) return `annotation ${ann.id} has an empty or reversed range`
    // A tag whose words are not where its selectors say (the text was edited elsewhere) is re-anchored after these checks.
  }
  for (const source of project.sources ?? []) {
    const problem = checkBlocks(source.text, source.blocks)
    if (problem) return `source document "${source.title}" (${source.id}) ${problem}`
  }
  for (const ann of project.annotations) {
    if (ann.verification && ids.get(ann.verification.sourceId) !== SOURCE) return `annotation ${ann.id} was checked against a source document (${ann.verification.sourceId}) that is not in the project`
  }
  for (const rejection of project.statementRejections ?? []) {
    if (rejection.tagIds.length !== 2) return `rejected statement group ${rejection.id} does not name two tags`
  }
  for (const ann of project.annotations) {
    const problem = tagReferenceProblem(ann, lookup)
    if (problem === 'speaker') return `annotation ${ann.id} names a speaker (${ann.speakerId}) who is not in the project`
    if (problem) return `annotation ${ann.id} has an attribution (${ann.attributionId}) that is not an attribution tag in its article`
  }
  for (const link of project.links) {
    if (!tag(link.from) || !tag(link.to)) return `link ${link.id} points to an annotation that is not in the project`
  }
  for (const rejection of project.rejections) {
    if (ids.get(rejection.articleId) !== ARTICLE) return `rejected suggestion ${rejection.id} points to an article (${rejection.articleId}) that is not in the project`
  }
  // Their version's own references are not checked: it may name people or tags that have changed since; choosing it checks them.
  for (const conflict of project.conflicts) {
    if (!tag(conflict.annotationId)) return `conflict ${conflict.id} is about an annotation (${conflict.annotationId}) that is not in the project`
    if (conflict.theirs.id !== conflict.annotationId) return `conflict ${conflict.id} holds a version of another annotation (${conflict.theirs.id})`
  }
  return null
}
