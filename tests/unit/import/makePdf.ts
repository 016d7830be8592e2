/// <reference path="./pdfkit.d.ts" />
/**
 * Test PDFs made with pdfkit (never downloaded): pages of body text placed
 * line by line (so a test controls where lines break and hyphenate), with an
 * optional running header and a page number in the footer.
 */
import PDFDocument from 'pdfkit'

export type PdfPage = { heading?: string; paragraphs: string[][] }
export type PdfOptions = { header?: string; pageNumbers?: boolean; userPassword?: string; info?: Record<string, unknown>; blankPages?: number }

const LEFT = 72
const LINE = 14

export function makePdf(pages: readonly PdfPage[], options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, userPassword: options.userPassword, ownerPassword: options.userPassword ? 'owner' : undefined, info: options.info })
  const chunks: Buffer[] = []
  doc.on('data', (c) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  pages.forEach((page, p) => {
    doc.addPage({ size: 'A4', margin: 0 })
    if (options.header) doc.fontSize(9).text(options.header, LEFT, 30, { lineBreak: false })
    let y = 80
    if (page.heading) {
      doc.fontSize(18).text(page.heading, LEFT, y, { lineBreak: false })
      y += 34
    }
    doc.fontSize(11)
    for (const lines of page.paragraphs) {
      for (const line of lines) {
        doc.text(line, LEFT, y, { lineBreak: false })
        y += LINE
      }
      y += LINE
    }
    if (options.pageNumbers) doc.fontSize(9).text(String(p + 1), 290, 800, { lineBreak: false })
  })
  for (let i = 0; i < (options.blankPages ?? 0); i++) doc.addPage({ size: 'A4', margin: 0 }).rect(100, 100, 200, 200).fill('#888')
  doc.end()
  return done
}

const BODIES = ['council', 'board', 'assembly', 'committee', 'cabinet']
const NEEDS = ['schools', 'hospitals', 'roads', 'parks', 'libraries', 'buses', 'housing']
const WHEN = ['next year', 'in March', 'soon', 'after the election', 'this summer', 'by June', 'in the autumn', 'later']

/** A report page: paragraphs of sentences, each line about 80 characters. */
export function reportPage(n: number, paragraphs = 6): PdfPage {
  return {
    paragraphs: Array.from({ length: paragraphs }, (_, k) => [
      `Paragraph ${k + 1} of page ${n} says the ${BODIES[(n + k) % BODIES.length]} approved the budget after a long`,
      `debate in which the opposition asked for more money for ${NEEDS[(n * 7 + k) % NEEDS.length]} and for the`,
      `city's water system, which the mayor promised to look at ${WHEN[(n * 3 + k) % WHEN.length]}.`
    ])
  }
}
