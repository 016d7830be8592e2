/**
 * The one way an importer of a richer format (web page, Word file, PDF,
 * subtitles) turns its paragraphs into an Article: each draft block's text
 * trimmed, empty ones dropped, the blocks joined by a blank line into the
 * article's `text`, marks kept relative to their block, and a page or a time
 * kept on the block that has one. DOM-free: the format's reader runs on
 * main's side (src/main/import) and hands over plain drafts.
 */
import { newId } from '../ids'
import type { Article, Block, Mark, SourceKind } from '../schema'

/** A block before its offsets into the article are known. */
export type DraftBlock = { type: Block['type']; level?: number; text: string; marks: Mark[]; page?: number; time?: number }

export type DraftMeta = Partial<Pick<Article, 'title' | 'outlet' | 'byline' | 'publishedAt' | 'url' | 'language'>>

const TITLE_LIMIT = 200

/** A draft with its surrounding white space taken off, its marks moved and clipped to match. */
function trimmed(draft: DraftBlock): DraftBlock {
  const lead = draft.text.length - draft.text.trimStart().length
  const text = draft.text.trim()
  const marks = draft.marks.map((m) => ({ ...m, from: Math.max(0, m.from - lead), to: Math.min(text.length, m.to - lead) })).filter((m) => m.from < m.to)
  return { ...draft, text, marks }
}

/** The first words of a line, at most TITLE_LIMIT characters. */
export function titleFrom(line: string): string {
  const flat = line.slice(0, TITLE_LIMIT * 4).replace(/\s+/g, ' ').trim()
  if (flat.length <= TITLE_LIMIT) return flat
  const cut = flat.slice(0, TITLE_LIMIT)
  const space = cut.lastIndexOf(' ')
  return (space > TITLE_LIMIT / 2 ? cut.slice(0, space) : cut) + '…'
}

/**
 * The article made of `drafts`, or null when none has any text. Its title is
 * the metadata's, else the first heading's, else the first paragraph's words.
 */
export function articleFromDrafts(
  drafts: readonly DraftBlock[],
  source: { fileName: string; kind: SourceKind; meta?: DraftMeta },
  now: string,
  id?: string
): Article | null {
  const kept = drafts.map(trimmed).filter((d) => d.text.length > 0)
  if (kept.length === 0) return null
  const blocks: Block[] = []
  let offset = 0
  for (const draft of kept) {
    const block: Block = { type: draft.type, start: offset, end: offset + draft.text.length, marks: draft.marks }
    if (draft.level !== undefined) block.level = draft.level
    if (draft.page !== undefined) block.page = draft.page
    if (draft.time !== undefined) block.time = draft.time
    blocks.push(block)
    offset = block.end + 2
  }
  const meta = source.meta ?? {}
  const heading = kept.find((d) => d.type === 'heading')
  const language = meta.language?.trim().slice(0, 64)
  const article: Article = {
    id: id ?? newId(),
    title: meta.title?.trim() || titleFrom((heading ?? kept[0]!).text),
    outlet: meta.outlet?.trim() ?? '',
    byline: meta.byline?.trim() ?? '',
    publishedAt: meta.publishedAt?.trim() ?? '',
    url: meta.url?.trim() ?? '',
    source: source.fileName,
    sourceKind: source.kind,
    text: kept.map((d) => d.text).join('\n\n'),
    blocks,
    createdAt: now,
    updatedAt: now
  }
  if (language) article.language = language
  return article
}
