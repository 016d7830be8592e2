/**
 * The open and merge paths of `npm run bench:hostile`: a project file read
 * (parseProject: parse, migrate, validate, check references, find moved tags
 * again — what the reader worker runs) and a colleague's project merged in
 * (mergeProjects, then applyCommand), each on projects of doubling size in the
 * shapes a hostile file could take.
 */
import { applyCommand } from '../../src/core/commands'
import { createAnnotation } from '../../src/core/annotations'
import { importArticle } from '../../src/core/importer'
import { mergeProjects } from '../../src/core/merge'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import { emptyProject, type Project } from '../../src/core/schema'
import { doubling, measurePath, type Measured } from './hostileMeasure'

const NOW = '2026-01-12T10:00:00.000Z'
type HostilePath = { name: string; measure: () => Measured }

/** One article of n sentences, with a tag on each of the first `tags` sentences. */
function project(sentences: number, tags: number): Project {
  const text = Array.from({ length: sentences }, (_, i) => `Sentence number ${i} was said here.`).join(' ')
  const article = importArticle({ fileName: 'story.txt', content: text }, NOW, 'article-1')
  const p: Project = { ...emptyProject('Story', 'project-1', NOW), articles: [article], removed: [] }
  let at = 0
  for (let i = 0; i < tags; i++) {
    const start = text.indexOf('Sentence', at)
    const end = text.indexOf('.', start) + 1
    at = end
    p.annotations.push(createAnnotation({ id: `tag-${i}`, articleId: article.id, text, start, end, kind: 'quote', author: 'A', now: NOW }))
  }
  return p
}

/** The file's text with every tag's offsets moved by `by` (the words are still there: found again exactly). */
function moved(p: Project, by: number): string {
  return serializeProject({ ...p, annotations: p.annotations.map((a) => ({ ...a, target: { ...a.target, start: a.target.start + by, end: a.target.end + by } })) })
}

/** Tags whose words are nowhere in the text (each searched for, within the budget). */
function lost(p: Project, contextLength: number): string {
  const context = 'x'.repeat(contextLength)
  return serializeProject({ ...p, annotations: p.annotations.map((a, i) => ({ ...a, target: { ...a.target, exact: `words gone ${i} from the text`, prefix: context, suffix: context } })) })
}

const openShapes: Record<string, (n: number) => string> = {
  'n tags in place': (n) => serializeProject(project(n, n)),
  'n tags whose words moved': (n) => moved(project(n + 2, n), 1),
  'n tags not found, short context': (n) => lost(project(n, n), 32),
  'n tags not found, 256-character context': (n) => lost(project(n, n), 256),
  'n tags not found in one long article': (n) => lost(project(n * 8, n), 32)
}

function open(text: string): void {
  const result = parseProject(text, 'hostile.quotemark.json')
  if (!result.ok) throw new Error(result.message)
}

/** Mine and theirs from one base; `change` makes theirs. */
function pair(n: number, change: (theirs: Project) => Project): { mine: Project; theirs: Project } {
  const base = project(n * 2, n)
  return { mine: base, theirs: change(structuredClone(base)) }
}

const mergeShapes: Record<string, (n: number) => { mine: Project; theirs: Project }> = {
  'theirs adds n tags': (n) => ({ mine: project(n * 2, 0), theirs: project(n * 2, n) }),
  'both hold the same n tags': (n) => pair(n, (t) => t),
  'theirs changed the note of n tags': (n) => pair(n, (t) => ({ ...t, annotations: t.annotations.map((a) => ({ ...a, note: 'theirs' })) })),
  'theirs added n people': (n) => pair(n, (t) => ({ ...t, people: Array.from({ length: n }, (_, i) => ({ id: `p-${i}`, kind: 'person' as const, name: `Person ${i}`, aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW })) }))
}

function merge({ mine, theirs }: { mine: Project; theirs: Project }): void {
  const { command } = mergeProjects(mine, theirs, { source: 'theirs.quotemark.json', now: NOW })
  if (command && !applyCommand(mine, command).ok) throw new Error('the merge was refused')
}

export function openMergePaths(): HostilePath[][] {
  const paths = <T>(prefix: string, shapes: Record<string, (n: number) => T>, run: (input: T) => void, first: number): HostilePath[] =>
    Object.entries(shapes).map(([shape, make]) => {
      const name = `${prefix}: ${shape}`
      return { name, measure: () => measurePath(name, make, run, doubling(first, 6)) }
    })
  // Merging the same tags is fast (a few ms at 500): larger sizes, so the garbage collector's noise does not look like growth.
  return [paths('open', openShapes, open, 500), paths('merge', mergeShapes, merge, 2_000)]
}
