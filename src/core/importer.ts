/**
 * Turning a plain-text or Markdown file into an Article: the article's `text`
 * is its blocks' plain text joined by a blank line, and formatting survives
 * only as stand-off marks on those blocks.
 *
 * The words are a reporter's evidence, so they are kept exactly as the file
 * has them: no smart quotes, no dash conversion, no collapsing of white space
 * inside a paragraph. Only line endings are normalised, a byte-order mark is
 * dropped, each block is trimmed and Markdown syntax is taken out of the text.
 */
import { newId } from './ids'
import type { Article, Block, Mark } from './schema'

export type ImportMeta = Partial<Pick<Article, 'title' | 'outlet' | 'byline' | 'publishedAt' | 'url'>> & {
  /** How many leading paragraphs are picture captions or credits (news text files often start with them). */
  captionLines?: number
}
export type ImportInput = { fileName: string; content: string; meta?: ImportMeta }

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
    title: meta.title?.trim() || shortTitle((heading ?? drafts[0]!).text),
    outlet: meta.outlet ?? '',
    byline: meta.byline ?? '',
    publishedAt: meta.publishedAt ?? '',
    url: meta.url ?? '',
    source: fileName,
    text: drafts.map((d) => d.text).join('\n\n'),
    blocks,
    createdAt: now,
    updatedAt: now
  }
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
  const flat = line.replace(/\s+/g, ' ').trim()
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
      const title = heading[2]!.replace(/(?:^|[ \t]+)#+[ \t]*$/, '')
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

type Delimiter = { kind: 'delim'; char: '*' | '_'; count: number; length: number; canOpen: boolean; canClose: boolean; openAt: number; closeAt: number }
type Token = { kind: 'text'; value: string } | Delimiter | { kind: 'link'; href: string | null; children: Token[] }
type Emphasis = { type: 'em' | 'strong'; opener: Delimiter; closer: Delimiter }

/** Outer marks first, so equal spans always come out in the same order. */
const MARK_ORDER: readonly Mark['type'][] = ['link', 'strong', 'em']
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const PUNCTUATION = /[\p{P}\p{S}]/u
const SPACE = /\s/u

/** Inline Markdown to plain text plus marks with offsets into that text. */
function parseInline(raw: string): { text: string; marks: Mark[] } {
  const out = { text: '', marks: [] as Mark[] }
  emit(tokenize(raw), out)
  out.marks.sort((a, b) => a.from - b.from || b.to - a.to || MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type))
  return out
}

/**
 * Emphasis inside a link is resolved within the link, so tokens nest; the
 * delimiters of each level are then matched by CommonMark's "process
 * emphasis" procedure, which is what keeps snake_case words and a lone "*"
 * out of italics.
 */
function tokenize(s: string): Token[] {
  const tokens: Token[] = []
  let buffer = ''
  const flush = (): void => {
    if (buffer) tokens.push({ kind: 'text', value: buffer })
    buffer = ''
  }
  for (let i = 0; i < s.length; ) {
    const ch = s[i]!
    if (ch === '\\' && ASCII_PUNCTUATION.test(s[i + 1] ?? '')) {
      buffer += s[i + 1]
      i += 2
    } else if (ch === '`') {
      // A code span's content is literal; there is no code mark, so it keeps its backticks.
      const run = /^`+/.exec(s.slice(i))![0]
      const close = s.slice(i + run.length).search(new RegExp(`(?<!\`)${run}(?!\`)`))
      const end = close < 0 ? i + run.length : i + run.length + close + run.length
      buffer += s.slice(i, end)
      i = end
    } else if (ch === '[' || (ch === '!' && s[i + 1] === '[')) {
      const image = ch === '!'
      const link = readLink(s, image ? i + 1 : i)
      if (!link) {
        buffer += ch
        i++
        continue
      }
      flush()
      // An image keeps its alt text as words but gets no link: the picture is not in the article.
      tokens.push({ kind: 'link', href: image ? null : link.href, children: tokenize(link.label) })
      i = link.end
    } else if (ch === '*' || ch === '_') {
      let end = i
      while (s[end] === ch) end++
      const before = s[i - 1] ?? ' '
      const after = s[end] ?? ' '
      const leftFlanking = !SPACE.test(after) && (!PUNCTUATION.test(after) || SPACE.test(before) || PUNCTUATION.test(before))
      const rightFlanking = !SPACE.test(before) && (!PUNCTUATION.test(before) || SPACE.test(after) || PUNCTUATION.test(after))
      const intraword = ch === '_'
      flush()
      tokens.push({
        kind: 'delim',
        char: ch,
        count: end - i,
        length: end - i,
        canOpen: leftFlanking && (!intraword || !rightFlanking || PUNCTUATION.test(before)),
        canClose: rightFlanking && (!intraword || !leftFlanking || PUNCTUATION.test(after)),
        openAt: 0,
        closeAt: 0
      })
      i = end
    } else {
      buffer += ch
      i++
    }
  }
  flush()
  return tokens
}

/** `[label](destination "optional title")` starting at `[`, or null if it is not a link. */
function readLink(s: string, open: number): { label: string; href: string; end: number } | null {
  let depth = 0
  let close = -1
  for (let i = open; i < s.length && close < 0; i++) {
    if (s[i] === '\\') i++
    else if (s[i] === '[') depth++
    else if (s[i] === ']' && --depth === 0) close = i
  }
  if (close < 0 || s[close + 1] !== '(') return null
  const rest = /^\([ \t\n]*(?:<([^<>\n]*)>|((?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))*))(?:[ \t\n]+(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\((?:\\.|[^()\\])*\)))?[ \t\n]*\)/.exec(
    s.slice(close + 1)
  )
  if (!rest) return null
  const href = (rest[1] ?? rest[2] ?? '').replace(/\\([!-/:-@[-`{-~])/g, '$1')
  return { label: s.slice(open + 1, close), href, end: close + 1 + rest[0].length }
}

function processEmphasis(tokens: Token[]): Emphasis[] {
  const delims = tokens.filter((t): t is Delimiter => t.kind === 'delim')
  const active = delims.map(() => true)
  const bottoms = new Map<string, number>()
  const found: Emphasis[] = []
  for (let c = 0; c < delims.length; ) {
    const closer = delims[c]!
    if (!active[c] || !closer.canClose || closer.count === 0) {
      c++
      continue
    }
    const key = `${closer.char}${closer.canOpen}${closer.length % 3}`
    let o = c - 1
    for (; o > (bottoms.get(key) ?? -1); o--) {
      const opener = delims[o]!
      // CommonMark's "rule of three" stops "*foo**bar*" pairing the wrong runs.
      const oddMatch = (opener.canClose || closer.canOpen) && (opener.length + closer.length) % 3 === 0 && (opener.length % 3 !== 0 || closer.length % 3 !== 0)
      if (active[o] && opener.count > 0 && opener.char === closer.char && opener.canOpen && !oddMatch) break
    }
    if (o <= (bottoms.get(key) ?? -1)) {
      bottoms.set(key, c - 1)
      if (!closer.canOpen) active[c] = false
      c++
      continue
    }
    const opener = delims[o]!
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1
    opener.count -= use
    closer.count -= use
    found.push({ type: use === 2 ? 'strong' : 'em', opener, closer })
    for (let between = o + 1; between < c; between++) active[between] = false
    if (opener.count === 0) active[o] = false
    if (closer.count === 0) {
      active[c] = false
      c++
    }
  }
  return found
}

/**
 * Write the tokens' text. Matched delimiter characters vanish: an opener
 * gives up its last characters and a closer its first, so any left over are
 * literal and sit outside the mark.
 */
function emit(tokens: Token[], out: { text: string; marks: Mark[] }): void {
  const emphasis = processEmphasis(tokens)
  for (const token of tokens) {
    if (token.kind === 'text') {
      out.text += token.value
    } else if (token.kind === 'delim') {
      token.closeAt = out.text.length
      out.text += token.char.repeat(token.count)
      token.openAt = out.text.length
    } else {
      const from = out.text.length
      emit(token.children, out)
      if (token.href !== null && out.text.length > from) out.marks.push({ type: 'link', from, to: out.text.length, href: token.href })
    }
  }
  for (const { type, opener, closer } of emphasis) {
    if (opener.openAt < closer.closeAt) out.marks.push({ type, from: opener.openAt, to: closer.closeAt })
  }
}
