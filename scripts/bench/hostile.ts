/**
 * `npm run bench:hostile`: a complexity bench, not a timed test (issue 18).
 * Every path a file or an article goes through (opening a project, merging
 * one, import of .md and .txt, every export format, the quote suggester) is fed inputs of doubling size
 * in each crafted shape a hostile file could take (runs of "[", backticks,
 * nested links, many tags, one huge paragraph, long words…), and the table
 * shows the time per size and the growth per doubling, which must stay
 * within 2.5× (hostileMeasure.ts). Exits 1 when a path does not.
 *
 * To add a path, add a group to `groups`: measurePath(name, makeInput(size),
 * run(input), sizes) (see hostileOpenMerge.ts for the open and merge paths). HOSTILE_ONLY=text
 * runs only the paths whose name contains the text.
 */
import { createAnnotation } from '../../src/core/annotations'
import { exportFormats, exportProject, type ExportFormat } from '../../src/core/export'
import { importArticle } from '../../src/core/importer'
import { emptyProject, type Annotation, type Project } from '../../src/core/schema'
import { suggestArticleQuotes } from '../../src/core/suggest/transcriptTurns'
import { doubling, measurePath, printTable, type Measured } from './hostileMeasure'
import { openMergePaths } from './hostileOpenMerge'

export { measurePath, printTable, doubling, type Measured } from './hostileMeasure'

const NOW = '2026-01-12T10:00:00.000Z'

/** `unit` repeated to about `size` characters. */
const repeat = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)))

/** Markdown and plain-text shapes, each a function of the size in characters. */
const textShapes: Record<string, (size: number) => string> = {
  'runs of [': (n) => '['.repeat(n),
  'nested links': (n) => `${'['.repeat(n / 5)}x${'](a)'.repeat(n / 5)}`,
  'unclosed link starts [](a ': (n) => repeat('[](a ', n),
  'link titles "[](a "': (n) => repeat('[](a "', n),
  'many links [a](b)': (n) => repeat('[a *b*](https://example.org/x "t") ', n),
  'one link of n characters': (n) => `[${'a'.repeat(n / 2)}](${'b'.repeat(n / 2)})`,
  'a "(" then n spaces': (n) => `[a](${' '.repeat(n)}x`,
  'a heading with n spaces': (n) => `# Title${' '.repeat(n)}#x`,
  'backtick runs of growing length': (n) => {
    let s = ''
    for (let k = 1; s.length < n; k++) s += `${'`'.repeat(k)}a`
    return s
  },
  'one code span of n/2 backticks': (n) => `${'`'.repeat(n / 2 - 1)}x${'`'.repeat(n / 2 - 1)}`,
  'single backticks': (n) => repeat('`a ', n),
  'emphasis *a': (n) => repeat('*a ', n),
  'emphasis *a_ _b*': (n) => repeat('*a_ _b* ', n),
  'emphasis **a*': (n) => repeat('**a* ', n),
  'nested emphasis *a … b*': (n) => `${repeat('*a ', n / 2)}${repeat('b* ', n / 2)}`,
  'mixed emphasis _a *b c_': (n) => `${repeat('_a ', n / 3)}${repeat('*b ', n / 3)}${repeat('c_ ', n / 3)}`,
  'escapes \\[': (n) => repeat('\\[', n),
  'one long word': (n) => 'a'.repeat(n),
  'many paragraphs': (n) => repeat('Word word.\n\n', n),
  'many lines in one paragraph': (n) => repeat('word\n', n),
  'block quotes': (n) => repeat('> quote\n', n),
  'headings': (n) => repeat('# Heading\n', n)
}

/** A path to measure: its name, and how to measure it (only called when the name is asked for). */
type HostilePath = { name: string; measure: () => Measured }

const path = <T>(name: string, makeInput: (size: number) => T, run: (input: T) => unknown, sizes?: number[]): HostilePath => ({
  name,
  measure: () => measurePath(name, makeInput, run, sizes)
})

const importShapes = (extension: '.md' | '.txt'): HostilePath[] =>
  Object.entries(textShapes).map(([shape, make]) =>
    // Up to 3.2 MB (articles may have 5): below about 1 MB the garbage collector changes regime as the blocks outgrow its young space.
    path(`import ${extension}: ${shape}`, make, (content) => importArticle({ fileName: `story${extension}`, content }, NOW, 'article-1'), doubling(50_000, 7))
  )

/** A project of one article (its text from `paragraphs`) with a tag over each of `spans`. */
function projectWith(text: string, fileName: string, spans: (article: Project['articles'][number]) => Array<[number, number]>, kind: Annotation['kind'] = 'claim'): Project {
  const project = emptyProject('Story', 'project-1', NOW)
  const article = importArticle({ fileName, content: text }, NOW, 'article-1')
  article.url = 'https://example.org/story'
  project.articles.push(article)
  project.people.push({ id: 'person-1', kind: 'person', name: 'Ana Pérez', aliases: [], role: 'Minister', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW })
  spans(article).forEach(([start, end], i) => {
    const ann = createAnnotation({ articleId: article.id, text: article.text, start, end, kind, author: 'A', now: NOW, id: `tag-${i}` })
    project.annotations.push({ ...ann, speakerId: 'person-1', status: 'false', note: 'Checked <b>&</b>', evidence: [{ url: 'javascript:alert(1)', note: 'e' }] })
  })
  return project
}

/** Export shapes, each a function of the number of tags. */
const projectShapes: Record<string, (tags: number) => Project> = {
  'a tag on each of n paragraphs': (n) => projectWith(repeat('Line said here.\n', n * 16), 'story.txt', (a) => a.blocks.map((b) => [b.start, b.end])),
  'n tags in one paragraph of n sentences': (n) =>
    projectWith(repeat('One sentence here. ', n * 19), 'story.txt', (a) => Array.from({ length: n }, (_, i) => [i * 19, i * 19 + 17] as [number, number])),
  'n tags after n×64 emoji': (n) =>
    projectWith(`${'\u{1F600}'.repeat(n * 64)}\n${repeat('Line said here.\n', n * 16)}`, 'story.txt', (a) => a.blocks.slice(1).map((b) => [b.start, b.end])),
  'a chain of n links': (n) => {
    const p = projectShapes['a tag on each of n paragraphs']!(n)
    for (let i = 1; i < p.annotations.length; i++) p.links.push({ id: `link-${i}`, type: 'contradicts', from: `tag-${i - 1}`, to: `tag-${i}`, note: '', createdAt: NOW, updatedAt: NOW })
    return p
  },
  'one tag with n evidence items': (n) => {
    const p = projectWith('A claim was made.', 'story.txt', (a) => [[0, a.text.length]])
    p.annotations[0]!.evidence = Array.from({ length: n }, (_, i) => ({ url: i % 2 ? `https://example.org/${i}` : `javascript:${i}`, note: `evidence ${i}` }))
    return p
  },
  'one tag over n×16 characters': (n) => projectWith(repeat('word <&> “x” ', n * 16), 'story.txt', (a) => [[0, a.text.length]]),
  'a tag in a sentence with n×16 spaces': (n) => projectWith(`“Words${' '.repeat(n * 16)}end,” she said.`, 'story.txt', () => [[1, 6]]),
  'evidence notes of n×16 spaces': (n) => {
    const p = projectWith('A claim was made.', 'story.txt', (a) => [[0, a.text.length]])
    p.annotations[0]!.evidence = [{ url: '', note: `Note${' '.repeat(n * 16)}x\nend` }]
    return p
  },
  'n articles with a tag each, n speakers': (n) => {
    const p = projectWith('A claim was made.', 'story.txt', (a) => [[0, a.text.length]])
    const [article] = p.articles
    const [tag] = p.annotations
    for (let i = 1; i < n; i++) {
      p.articles.push({ ...article!, id: `article-${i}`, url: `https://example.org/${i}` })
      p.people.push({ ...p.people[0]!, id: `person-${i}`, name: `Speaker ${i}` })
      p.annotations.push({ ...tag!, id: `tag-${i}`, articleId: `article-${i}`, speakerId: `person-${i}` })
    }
    return p
  }
}

const exportShapes = (format: ExportFormat): HostilePath[] =>
  Object.entries(projectShapes).map(([shape, make]) =>
    path(`export ${format}: ${shape}`, make, (project) => exportProject(project, { format, now: NOW, exportedBy: 'Sam' }), doubling(1_000))
  )

/** Article texts for the suggester, each a function of the size in characters. */
const suggestShapes: Record<string, (size: number) => string> = {
  'runs of "': (n) => '"'.repeat(n),
  'runs of “': (n) => '“'.repeat(n),
  'unclosed “ quotes': (n) => repeat('“We will ', n),
  'quotes with speakers': (n) => repeat('“We will release them,” said Ana Pérez, the minister. ', n),
  'nested ‘“ quotes': (n) => repeat('“She said ‘no” ', n),
  'one long word': (n) => 'a'.repeat(n),
  'capitalised names': (n) => repeat('Ana Bo Cy Dee ', n),
  'no sentence ends': (n) => repeat('word ', n),
  'said with no quotes': (n) => repeat('said Ana. ', n)
}

const suggestPaths = (): HostilePath[] =>
  Object.entries(suggestShapes).map(([shape, make]) => path(`suggest: ${shape}`, make, (text) => suggestArticleQuotes({ text }), doubling(25_000)))

/** Every path, a table each group, in the order they are printed. */
const groups: HostilePath[][] = [...openMergePaths(), importShapes('.md'), importShapes('.txt'), ...exportFormats.map(exportShapes), suggestPaths()]

function main(): void {
  const only = process.env.HOSTILE_ONLY ?? ''
  const results: Measured[] = []
  for (const group of groups) {
    const measured = group.filter((p) => p.name.includes(only)).map((p) => p.measure())
    if (measured.length === 0) continue
    process.stdout.write(printTable(measured))
    for (const m of measured) results.push(m)
  }
  const failed = results.filter((r) => !r.ok)
  process.stdout.write(`\n${results.length} paths measured; ${failed.length === 0 ? 'every one within the bound.' : `${failed.length} outside it:`}\n`)
  if (failed.length > 0) {
    process.stdout.write(printTable(failed))
    process.exitCode = 1
  }
}

if (require.main === module) main()
