/**
 * A saved web page (.html, .htm) to an article: parsed by linkedom (a DOM
 * that runs no script and loads nothing), its metadata read (htmlMeta.ts),
 * its story found by Mozilla's Readability, and the story's blocks taken as
 * text with em/strong marks (htmlBlocks.ts). The page itself never reaches
 * the window: only the extracted words do.
 *
 * Limits: at most MAX_HTML_BYTES of text, MAX_HTML_ELEMENTS tags and
 * MAX_HTML_DEPTH levels of nesting, so a page of 50 MB of nested divs is
 * refused at once instead of parsed, and one nested thousands deep is refused
 * after parsing (linkedom parses without recursion) instead of handed to
 * Readability.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { articleFromDrafts } from '../../core/import/articleFromDrafts'
import type { Article, SourceKind } from '../../core/schema'
import { blocksOf, type DomNode } from './htmlBlocks'
import { pageMeta } from './htmlMeta'
import { ImportFailure } from './importFailure'

export const MAX_HTML_BYTES = 10 * 1024 * 1024
export const MAX_HTML_ELEMENTS = 150_000
/** Readability's work grows with depth times elements: a page nested deeper than any real one (20,000 divs took 24 s) is refused. */
export const MAX_HTML_DEPTH = 500

/** Tags in the text, counted without parsing it: at most `limit + 1`. */
function tagCount(html: string, limit: number): number {
  let n = 0
  for (let i = html.indexOf('<'); i >= 0 && n <= limit; i = html.indexOf('<', i + 1)) n++
  return n
}

type ParsedPage = { document: Document }

/** A page's document, or an ImportFailure when it is too large to be an article. */
export function parsePage(html: string): ParsedPage {
  if (html.length > MAX_HTML_BYTES) throw new ImportFailure(`it is too large for a web page (${Math.round(html.length / 1024 / 1024)} MB; the limit is ${MAX_HTML_BYTES / 1024 / 1024} MB)`)
  if (tagCount(html, MAX_HTML_ELEMENTS * 2) > MAX_HTML_ELEMENTS * 2) throw new ImportFailure(`it has more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements, far more than any article`)
  const { document } = parseHTML(html) as unknown as ParsedPage
  if (deeperThan((document as unknown as { documentElement: Nested }).documentElement, MAX_HTML_DEPTH)) {
    throw new ImportFailure(`its elements are nested more than ${MAX_HTML_DEPTH} deep, far deeper than any article`)
  }
  return { document }
}

type Nested = { children: ArrayLike<Nested> } | null

/** Whether any element lies more than `limit` levels below `root` (a walk with its own stack). */
function deeperThan(root: Nested, limit: number): boolean {
  if (!root) return false
  const stack: Array<{ node: Nested & object; depth: number }> = [{ node: root, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (depth > limit) return true
    const children = node.children
    for (let i = 0; i < children.length; i++) stack.push({ node: children[i]! as Nested & object, depth: depth + 1 })
  }
  return false
}

/** The article in a saved web page; `url` is where it was fetched from, when it was. */
export function importHtml(input: { fileName: string; html: string; kind?: SourceKind; url?: string }, now: string, id?: string): Article {
  const { document } = parsePage(input.html)
  const meta = pageMeta(document as never)
  let story: ReturnType<Readability<DomNode>['parse']>
  try {
    story = new Readability<DomNode>(document, { maxElemsToParse: MAX_HTML_ELEMENTS, serializer: (node) => node as unknown as DomNode }).parse()
  } catch (err) {
    throw new ImportFailure(/Aborting parsing/.test(String(err)) ? `it has more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements, far more than any article` : 'its page could not be read')
  }
  const drafts = story?.content ? blocksOf(story.content) : blocksOf((document as unknown as { body: DomNode }).body)
  const article = articleFromDrafts(
    drafts,
    {
      fileName: input.fileName,
      kind: input.kind ?? 'html',
      meta: {
        title: story?.title?.trim() || meta.headline,
        outlet: story?.siteName?.trim() || meta.outlet,
        byline: story?.byline?.trim() || meta.byline,
        publishedAt: meta.publishedAt || story?.publishedTime?.trim() || '',
        url: input.url ?? meta.url,
        language: story?.lang?.trim() || meta.language
      }
    },
    now,
    id
  )
  if (!article) throw new ImportFailure('it has no text to import')
  return article
}
