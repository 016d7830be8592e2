/**
 * Turning a plain-text or Markdown file into an Article: the article's `text`
 * is its blocks' plain text joined by a blank line, and formatting survives
 * only as stand-off marks on those blocks.
 *
 * The words are a reporter's evidence, so they are kept exactly as the file
 * has them: no smart quotes, no dash conversion, no collapsing of white space
 * inside a paragraph. Only line endings are normalised, a byte-order mark is
 * dropped, each block is trimmed and Markdown syntax is taken out of the text.
 *
 * A file's own headline (a Markdown heading, or a text file's first line that
 * reads as one) becomes the title and leaves the text, so it is not shown
 * twice; so do the byline and date lines right under it ("By Jane Doe |
 * March 4, 2026", "Published 4 March 2026"), read into the byline and date.
 * This is done when the caller asks (`readHead`) and gives no title or captions of its own.
 */
import { readHeadLine } from './import/articleDetails'
import { newId } from './ids'
import { parseInline } from './inlineMarkdown'
import type { Article, Block, Mark } from './schema'

export type ImportMeta = Partial<Pick<Article, 'title' | 'outlet' | 'byline' | 'publishedAt' | 'url'>> & {
  /** How many leading paragraphs are picture captions or credits (news text files often start with them). */
  captionLines?: number
}
/**
 * `readHead`: take the file's headline, byline and date lines into the title,
 * byline and date (a new article imported from a file; not a newer version of
 * an article's text, which keeps its words as they come).
 */
export type ImportInput = { fileName: string; content: string; meta?: ImportMeta; readHead?: boolean }

export type ImportProblem = 'not-text' | 'empty'

/** A file Quotemark cannot take in; the message names the file and is fit to show as is. */
export class ImportError extends Error {
  readonly fileName: string
  readonly problem: ImportProblem
  constructor(fileName: string, problem: ImportProblem) {
    super(problem === 'empty' ? `${fileName} has no text to import.` : `${fileName} is not a text or Markdown file.`)
    this.name = 'ImportError'
    this.fileName = fileName
    this.problem = problem
  }
}

const TEXT_EXTENSIONS = /\.(txt|md|markdown)$/i
const MARKDOWN_EXTENSIONS = /\.(md|markdown)$/i
const TITLE_LIMIT = 200

export function isImportable(fileName: string): boolean {
  return TEXT_EXTENSIONS.test(fileName)
}

/** A block before its offsets into the article are known. */
type Draft = { type: Block['type']; level?: number; text: string; marks: Mark[] }

export function importArticle(input: ImportInput, now: string, id?: string): Article {
  const { fileName, meta = {} } = input
  if (!isImportable(fileName) || looksBinary(input.content)) throw new ImportError(fileName, 'not-text')
  const content = input.content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const markdown = MARKDOWN_EXTENSIONS.test(fileName)
  const drafts = (markdown ? markdownBlocks(content) : textBlocks(content)).filter((d) => d.text.length > 0)
  if (drafts.length === 0) throw new ImportError(fileName, 'empty')
  // Leading lines said to be captions are not a headline.
  const head = input.readHead && meta.title === undefined && !meta.captionLines ? takeHead(drafts, markdown) : {}

  let captions = Math.max(0, Math.floor(meta.captionLines ?? 0))
  for (const draft of drafts) {
    if (captions === 0) break
    if (draft.type === 'paragraph') {
      draft.type = 'caption'
      captions--
    }
  }

  const blocks: Block[] = []
  let offset = 0
  for (const draft of drafts) {
    const block: Block = { type: draft.type, start: offset, end: offset + draft.text.length, marks: draft.marks }
    if (draft.level !== undefined) block.level = draft.level
    blocks.push(block)
    offset = block.end + 2
  }
  const heading = markdown ? drafts.find((d) => d.type === 'heading') : undefined
  return {
    id: id ?? newId(),
    title: meta.title?.trim() || head.title || shortTitle((heading ?? drafts[0]!).text),
    outlet: meta.outlet ?? '',
    byline: meta.byline ?? head.byline ?? '',
    publishedAt: meta.publishedAt ?? head.publishedAt ?? '',
    url: meta.url ?? '',
    source: fileName,
    sourceKind: markdown ? 'markdown' : 'text',
    text: drafts.map((d) => d.text).join('\n\n'),
    blocks,
    createdAt: now,
    updatedAt: now
  }
}

/** Words that read as a headline: short enough to be the whole title, one line, and not a sentence (no sentence ends in it or at its end). */
function readsAsHeadline(text: string): boolean {
  return shortTitle(text) === text && !/[.!?…:;,"”'’)]$|[.!?…]["”’]?\s/u.test(text) && /\p{L}$|\p{N}$/u.test(text)
}

/**
 * Takes the file's headline, and the byline and date lines under it, out of
 * `drafts` (never the last block), returning what they say.
 */
function takeHead(drafts: Draft[], markdown: boolean): ImportMeta {
  const first = drafts[0]!
  const headline = (markdown ? first.type === 'heading' : first.type === 'paragraph') && readsAsHeadline(first.text)
  if (drafts.length < 2 || !headline) return {}
  drafts.shift()
  const head: ImportMeta = { title: first.text }
  for (let lines = 0; lines < 3 && drafts.length > 1 && drafts[0]!.type !== 'heading'; lines++) {
    const line = readHeadLine(drafts[0]!.text)
    if (!line || (line.byline && head.byline) || (line.publishedAt && head.publishedAt)) break
    Object.assign(head, line)
    drafts.shift()
  }
  return head
}

/**
 * Text decoded from a picture or a PDF is full of NULs and replacement
 * characters; a real article has almost none, so a few stray ones in a long
 * file are tolerated rather than refusing the whole thing.
 */
function looksBinary(content: string): boolean {
  if (content.includes('\u0000')) return true
  const sample = content.slice(0, 8000)
  const odd = sample.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0
  return odd > 8 && odd > sample.length / 20
}

/** A first line can be a whole paragraph; a title that long is no use in a list. */
function shortTitle(line: string): string {
  // The line's words joined by single spaces, but only as many as the title can use (not all of a 5 MB line).
  const words: string[] = []
  const word = /\S+/g
  let length = -1
  for (let m = word.exec(line); m && length <= TITLE_LIMIT; m = word.exec(line)) {
    words.push(m[0])
    length += m[0].length + 1
  }
  const flat = words.join(' ')
  if (flat.length <= TITLE_LIMIT) return flat
  const cut = flat.slice(0, TITLE_LIMIT)
  const space = cut.lastIndexOf(' ')
  return (space > TITLE_LIMIT / 2 ? cut.slice(0, space) : cut) + '…'
}

/** News text files put one paragraph on each line, so every line is a block. */
function textBlocks(content: string): Draft[] {
  return content.split('\n').map((line) => ({ type: 'paragraph', text: line.trim(), marks: [] }))
}

const BLANK = /^\s*$/
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/
const QUOTE_LINE = /^ {0,3}>/
const QUOTE_MARKERS = /^(?: {0,3}> ?)+/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/

/**
 * Blocks are separated by blank lines; ATX and setext headings and block
 * quotes are recognised, everything else (lists included) stays a paragraph
 * with its lines and their line breaks as written.
 */
function markdownBlocks(content: string): Draft[] {
  const drafts: Draft[] = []
  let lines: string[] = []
  let kind: 'paragraph' | 'blockquote' | null = null
  const flush = (): void => {
    if (kind) drafts.push(inlineBlock(kind, lines.join('\n')))
    lines = []
    kind = null
  }
  for (const line of content.split('\n')) {
    const heading = ATX_HEADING.exec(line)
    if (BLANK.test(line)) {
      flush()
    } else if (heading) {
      flush()
      const title = withoutClosingHashes(heading[2]!)
      drafts.push({ ...inlineBlock('paragraph', title), type: 'heading', level: heading[1]!.length })
    } else if (kind === 'paragraph' && SETEXT_UNDERLINE.test(line)) {
      const draft = inlineBlock('paragraph', lines.join('\n'))
      drafts.push({ ...draft, type: 'heading', level: line.trim().startsWith('=') ? 1 : 2 })
      lines = []
      kind = null
    } else if (THEMATIC_BREAK.test(line)) {
      flush() // a rule is decoration, not words
    } else if (QUOTE_LINE.test(line)) {
      if (kind !== 'blockquote') flush()
      const inner = line.replace(QUOTE_MARKERS, '')
      if (BLANK.test(inner)) {
        flush() // "> " on its own separates two paragraphs of one quotation
      } else {
        kind = 'blockquote'
        lines.push(inner)
      }
    } else {
      kind ??= 'paragraph' // a line under a quotation continues it, as in CommonMark
      lines.push(line)
    }
  }
  flush()
  return drafts
}

const spaceOrTab = (ch: string | undefined): boolean => ch === ' ' || ch === '\t'

/**
 * An ATX heading's words without its closing run of "#" (and the spaces
 * around it): what `title.replace(/(?:^|[ \t]+)#+[ \t]*$/, '')` gives, in
 * one pass from the end (that pattern backtracks through a long run of
 * spaces once for each of them: 40,000 took seconds).
 */
function withoutClosingHashes(title: string): string {
  let end = title.length
  while (end > 0 && spaceOrTab(title[end - 1])) end--
  let hashes = end
  while (hashes > 0 && title[hashes - 1] === '#') hashes--
  if (hashes === end) return title
  let start = hashes
  while (start > 0 && spaceOrTab(title[start - 1])) start--
  // A run glued to a word ("C#") closes nothing; one that is the whole title leaves nothing.
  return start === hashes && hashes > 0 ? title : title.slice(0, start)
}

/** Parse a block's inline Markdown, trim it, and call an all-emphasis paragraph a caption. */
function inlineBlock(type: 'paragraph' | 'blockquote', raw: string): Draft {
  const parsed = parseInline(raw.trim())
  const lead = parsed.text.length - parsed.text.trimStart().length
  const text = parsed.text.trim()
  const marks = parsed.marks
    .map((m) => ({ ...m, from: Math.max(0, m.from - lead), to: Math.min(text.length, m.to - lead) }))
    .filter((m) => m.from < m.to)
  const allEmphasis = text.length > 0 && marks.some((m) => m.type === 'em' && m.from === 0 && m.to === text.length)
  return { type: type === 'paragraph' && allEmphasis ? 'caption' : type, text, marks }
}
