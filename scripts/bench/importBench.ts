/**
 * `BENCH_ONLY=import npm run bench`: the importers' figures. A 2,000-word
 * news page (Readability's seattletimes-1) imported whole against
 * Readability alone on the same page (parsed by the same linkedom); a
 * 100-page PDF made here with pdfkit; and the hostile inputs (a zip bomb, a
 * 2,000-page PDF, a page nested 20,000 deep, 50 MB of nested divs), each of
 * which must end in a message quickly, with the growth of the process's
 * memory while it runs.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { importBytes } from '../../src/main/import'
import { importHtml } from '../../src/main/import/html'
import { importPdf } from '../../src/main/import/pdf'
import { figure, type Figure } from './figures'

type Paired = (runs: number, subject: (i: number) => unknown, baseline: (i: number) => unknown) => Promise<[number[], number[]]>
type Timer = (fn: () => unknown | Promise<unknown>) => Promise<number>

const NOW = '2026-01-01T00:00:00.000Z'

/** pdfkit loaded from node_modules at run time (its font files sit beside it, so it cannot be bundled). */
function pdfkit(root: string): new (options: object) => { on: (e: string, f: (c?: Buffer) => void) => void; addPage: (o: object) => unknown; fontSize: (n: number) => { text: (t: string, x: number, y: number, o: object) => unknown }; end: () => void } {
  return createRequire(join(root, 'package.json'))('pdfkit')
}

async function makePdf(root: string, pages: number, linesPerPage: number): Promise<Buffer> {
  const PDFDocument = pdfkit(root)
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false })
  const chunks: Buffer[] = []
  doc.on('data', (c) => chunks.push(c!))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  for (let p = 0; p < pages; p++) {
    doc.addPage({ size: 'A4', margin: 0 })
    doc.fontSize(9).text(`ANNUAL REPORT ${2026}`, 72, 30, { lineBreak: false })
    for (let l = 0; l < linesPerPage; l++) {
      const y = 80 + l * 14 + Math.floor(l / 5) * 14
      doc.fontSize(11).text(`Line ${l + 1} of page ${p + 1}: the council approved spending on item ${(p * 31 + l * 7) % 97} after a long debate`, 72, y, { lineBreak: false })
    }
    doc.fontSize(9).text(String(p + 1), 290, 800, { lineBreak: false })
  }
  doc.end()
  return done
}

async function hostile(time: Timer, name: string, fn: () => Promise<unknown>): Promise<Figure> {
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  let message = ''
  const ms = await time(() => fn().then(() => (message = 'imported'), (err: Error) => (message = err.message)))
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { ...figure(`import hostile: ${name} → "${message.slice(0, 90)}" (memory +${Math.round((peak - before) / 1024 / 1024)} MB)`, [ms], null, { median: 5000 }) }
}

export async function importFigures(root: string, paired: Paired, time: Timer, log: (m: string) => void): Promise<Figure[]> {
  const figures: Figure[] = []
  const html = readFileSync(join(root, 'tests', 'fixtures', 'html', 'seattletimes-1', 'source.html'), 'utf8')
  const words = importHtml({ fileName: 'page.html', html }, NOW).text.split(/\s+/).length
  log(`import: a news page of ${words} words, ${Math.round(html.length / 1024)} KB`)
  const [whole, readabilityOnly] = await paired(
    15,
    () => importHtml({ fileName: 'page.html', html }, NOW),
    () => new Readability(parseHTML(html).document as never).parse()
  )
  figures.push(figure(`import web page: importHtml of a ${words}-word news page vs linkedom + Readability alone on it`, whole, readabilityOnly, { ratio: 3 }))

  const pdf = await makePdf(root, 100, 40)
  log(`import: a 100-page PDF of ${Math.round(pdf.length / 1024)} KB`)
  const pdfRuns: number[] = []
  for (let i = 0; i < 5; i++) pdfRuns.push(await time(() => importPdf({ fileName: 'report.pdf', bytes: pdf }, NOW)))
  figures.push(figure('import PDF: 100 pages of 40 lines (4,000 lines, a running header and page numbers)', pdfRuns, null, { median: 2000 }))

  const long = await makePdf(root, 2000, 1)
  const bomb = readFileSync(join(root, 'tests', 'fixtures', 'docx', 'bomb.docx'))
  figures.push(await hostile(time, 'a Word zip bomb (300 MB unpacked)', () => importBytes('bomb.docx', bomb, NOW)))
  figures.push(await hostile(time, 'a 2,000-page PDF', () => importBytes('long.pdf', long, NOW)))
  figures.push(await hostile(time, 'a page nested 20,000 divs deep', async () => importHtml({ fileName: 'deep.html', html: `<body>${'<div>'.repeat(20_000)}<p>x</p></body>` }, NOW)))
  figures.push(await hostile(time, '50 MB of nested divs', async () => importHtml({ fileName: 'huge.html', html: '<div>'.repeat(10 * 1024 * 1024) }, NOW)))
  return figures
}
