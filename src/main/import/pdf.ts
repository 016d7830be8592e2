/**
 * A PDF (court filing, agency report, press release) to an article: unpdf's
 * serverless build of PDF.js (no worker, no rendering, no scripts) reads each
 * page's positioned text, pdfLayout.ts rebuilds the paragraphs, and each
 * block keeps the page it starts on, so a citation can say "p. 12". The
 * document's own title, author and creation date fill the metadata.
 *
 * Limits: MAX_PDF_BYTES, MAX_PDF_PAGES (a longer document is refused with its
 * page count, not read in part) and IMPORT_TIME_LIMIT_MS, checked after each
 * page. A password-protected, damaged or scanned (no text layer) PDF gets a
 * message saying so.
 */
import { getDocumentProxy } from 'unpdf'
import { articleFromDrafts } from '../../core/import/articleFromDrafts'
import { deadline, ImportFailure, type ImportedFile } from './importFailure'
import { linesOf, paragraphsOf, type PdfItem, type PdfLine } from './pdfLayout'

export const MAX_PDF_BYTES = 50 * 1024 * 1024
export const MAX_PDF_PAGES = 1000

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // PDF.js takes the buffer over: give it a copy, so the caller's bytes stay usable.
    return await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false })
  } catch (err) {
    const name = (err as { name?: string }).name
    if (name === 'PasswordException') throw new ImportFailure('it is protected by a password; save an unprotected copy to import it')
    throw new ImportFailure('it is not a PDF file, or it is damaged')
  }
}

/** "D:20260109…" (a PDF date) as "2026-01-09"; '' for anything else. */
export function pdfDate(value: unknown): string {
  const m = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value) : null
  if (!m) return ''
  return [m[1], m[2], m[3]].filter(Boolean).join('-')
}

async function documentInfo(pdf: PdfDocument): Promise<{ title: string; author: string; date: string }> {
  try {
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> }
    const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')
    return { title: text(info.Title), author: text(info.Author), date: pdfDate(info.CreationDate) }
  } catch {
    return { title: '', author: '', date: '' }
  }
}

async function pageLines(pdf: PdfDocument, number: number): Promise<PdfLine[]> {
  const page = await pdf.getPage(number)
  try {
    const content = await page.getTextContent()
    const items: PdfItem[] = []
    for (const item of content.items) {
      if (!('str' in item)) continue
      const t = item.transform as number[]
      items.push({ str: item.str, x: t[4] ?? 0, y: t[5] ?? 0, width: item.width, height: item.height || Math.abs(t[3] ?? 0), hasEOL: item.hasEOL })
    }
    return linesOf(items)
  } finally {
    page.cleanup()
  }
}

export async function importPdf(input: { fileName: string; bytes: Uint8Array }, now: string, id?: string): Promise<ImportedFile> {
  if (input.bytes.byteLength > MAX_PDF_BYTES) throw new ImportFailure(`it is too large to import (the limit for a PDF is ${MAX_PDF_BYTES / 1024 / 1024} MB)`)
  const pdf = await openPdf(input.bytes)
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new ImportFailure(`it has ${pdf.numPages.toLocaleString('en')} pages; at most ${MAX_PDF_PAGES.toLocaleString('en')} can be imported as one article`)
    }
    const time = deadline()
    const pages: PdfLine[][] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      try {
        pages.push(await pageLines(pdf, n))
      } catch {
        pages.push([]) // a damaged page is left out; the others are still read
      }
      time.check('Reading its pages')
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new ImportFailure('it has no text layer (it is probably a scanned image); Quotemark cannot read text from pictures yet')
    }
    const info = await documentInfo(pdf)
    const article = articleFromDrafts(
      paragraphsOf(pages),
      { fileName: input.fileName, kind: 'pdf', meta: { title: info.title || input.fileName.replace(/\.[^.]+$/, ''), byline: info.author, publishedAt: info.date } },
      now,
      id
    )
    if (!article) throw new ImportFailure('it has no text to import')
    return { article, speakers: [] }
  } finally {
    await pdf.loadingTask.destroy()
  }
}
