/**
 * A source document made from an imported file: the article importers read
 * the file (text, Markdown, subtitles, Word, PDF, web page) into text and
 * blocks, and the source keeps those with its own kind, guessed from the
 * file's name and kind (a subtitle file or plain text is a transcript unless
 * its name says speech, report or press release).
 */
import type { Article, SourceDocument, SourceDocumentKind } from '../schema'

export function guessSourceKind(fileName: string, fileKind: SourceDocument['fileKind']): SourceDocumentKind {
  const name = fileName.toLowerCase()
  if (/speech|remarks|address/.test(name)) return 'speech'
  if (/press[-_ ]?release|statement/.test(name)) return 'press-release'
  if (/report/.test(name)) return 'report'
  if (/transcript/.test(name) || ['vtt', 'srt', 'text', 'markdown', 'docx'].includes(fileKind)) return 'transcript'
  return 'other'
}

/** The imported article's words as a source document (the same id, title, text and blocks). */
export function sourceFromArticle(article: Article, fileName: string): SourceDocument {
  const fileKind = article.sourceKind ?? 'text'
  return {
    id: article.id,
    title: article.title,
    kind: guessSourceKind(fileName, fileKind),
    fileKind,
    fileName,
    text: article.text,
    blocks: article.blocks,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt
  }
}

/** What a kind of source is called in a sentence: "the transcript", "the press release". */
export const sourceKindNouns: Record<SourceDocumentKind, string> = {
  transcript: 'transcript',
  speech: 'speech',
  report: 'report',
  'press-release': 'press release',
  other: 'source'
}
