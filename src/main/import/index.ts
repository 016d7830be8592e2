/**
 * One importer per kind of file, chosen by the file's extension, shared by
 * the app (drop and Import…) and the command line: plain text and Markdown
 * (the core importer), web pages (html.ts), subtitles (subtitles.ts), Word
 * files (docx.ts) and PDFs (pdf.ts). Each file is read as bytes with its kind's size limit,
 * text kinds decoded as UTF-8 (a web page that is not UTF-8 as Windows-1252).
 * Every failure is an ImportFailure whose message fits after the file's name.
 */
import { readFile, stat } from 'node:fs/promises'
import { importArticle, ImportError } from '../../core/importer'
import type { SourceKind } from '../../core/schema'
import { looksBinaryText } from '../articleFiles'
import { describeFsError } from '../fsErrors'
import { importDocx, MAX_DOCX_BYTES } from './docx'
import { importHtml, MAX_HTML_BYTES } from './html'
import { importPdf, MAX_PDF_BYTES } from './pdf'
import { ImportFailure, type ImportedFile } from './importFailure'
import { importSubtitles } from './subtitles'

export { ImportFailure, type ImportedFile } from './importFailure'

const MB = 1024 * 1024
type Format = { kind: SourceKind; binary: boolean; maxBytes: number }
const FORMATS: Record<string, Format> = {
  txt: { kind: 'text', binary: false, maxBytes: 5 * MB },
  md: { kind: 'markdown', binary: false, maxBytes: 5 * MB },
  markdown: { kind: 'markdown', binary: false, maxBytes: 5 * MB },
  html: { kind: 'html', binary: false, maxBytes: MAX_HTML_BYTES },
  htm: { kind: 'html', binary: false, maxBytes: MAX_HTML_BYTES },
  vtt: { kind: 'vtt', binary: false, maxBytes: 5 * MB },
  srt: { kind: 'srt', binary: false, maxBytes: 5 * MB },
  docx: { kind: 'docx', binary: true, maxBytes: MAX_DOCX_BYTES },
  pdf: { kind: 'pdf', binary: true, maxBytes: MAX_PDF_BYTES }
}

/** What a reporter is told can be imported. */
export const IMPORTABLE_FILES = 'plain text (.txt), Markdown (.md), web pages (.html), Word (.docx), PDF (.pdf) and subtitle (.vtt, .srt) files'

export function formatOf(fileName: string): Format | null {
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase()
  return extension !== undefined && Object.hasOwn(FORMATS, extension) ? FORMATS[extension]! : null
}

export function isImportableFile(fileName: string): boolean {
  return formatOf(fileName) !== null
}

/** Whether a file of this name must be read as bytes (the window cannot hand it over as text). */
export function isBinaryFormat(fileName: string): boolean {
  return formatOf(fileName)?.binary ?? false
}

/** A file's bytes, within its kind's size limit; an ImportFailure says why not. */
export async function readImportBytes(path: string, fileName: string): Promise<Uint8Array> {
  const format = formatOf(fileName)
  if (!format) throw new ImportFailure(`only ${IMPORTABLE_FILES} can be imported`)
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new ImportFailure('it is a folder, not a file')
    if (!info.isFile()) throw new ImportFailure('it is not a file')
    checkSize(info.size, format)
    return await readFile(path)
  } catch (err) {
    throw err instanceof ImportFailure ? err : new ImportFailure(describeFsError(err))
  }
}

function checkSize(bytes: number, format: Format): void {
  if (bytes > format.maxBytes) throw new ImportFailure(`it is too large to import (${Math.ceil(bytes / MB)} MB; the limit for this kind of file is ${format.maxBytes / MB} MB)`)
}

/** Text from bytes: UTF-8, or for a web page in an older encoding, Windows-1252. */
function decode(bytes: Uint8Array, format: Format): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    if (format.kind === 'html') return new TextDecoder('windows-1252').decode(bytes)
    throw new ImportFailure('it is not a text file (it is not UTF-8 text)')
  }
}

/** A file's bytes (read from disk, or dropped) to an article. */
export async function importBytes(fileName: string, bytes: Uint8Array, now: string): Promise<ImportedFile> {
  const format = formatOf(fileName)
  if (!format) throw new ImportFailure(`only ${IMPORTABLE_FILES} can be imported`)
  checkSize(bytes.byteLength, format)
  if (format.kind === 'docx') return importDocx({ fileName, bytes }, now)
  if (format.kind === 'pdf') return importPdf({ fileName, bytes }, now)
  return importText(fileName, decode(bytes, format), now)
}

/** A text file's content (a dropped .txt, .md, .html, .vtt or .srt) to an article. */
export function importText(fileName: string, content: string, now: string): ImportedFile {
  const format = formatOf(fileName)
  if (!format) throw new ImportFailure(`only ${IMPORTABLE_FILES} can be imported`)
  if (format.binary) throw new ImportFailure('it must be read as a file, not as text')
  checkSize(content.length, format)
  if (looksBinaryText(content)) throw new ImportFailure('it is not a text file (it contains binary data)')
  switch (format.kind) {
    case 'html':
      return { article: importHtml({ fileName, html: content }, now), speakers: [] }
    case 'vtt':
    case 'srt':
      return { article: importSubtitles({ fileName, content, kind: format.kind }, now), speakers: [] }
    default:
      try {
        return { article: { ...importArticle({ fileName, content, readHead: true }, now), sourceKind: format.kind }, speakers: [] }
      } catch (err) {
        if (err instanceof ImportError) throw new ImportFailure(err.problem === 'empty' ? 'it has no text to import' : 'it is not a text or Markdown file')
        throw err
      }
  }
}
