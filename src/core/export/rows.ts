/**
 * One flat row per tag, and the CSV made of those rows for Excel, Google
 * Sheets and LibreOffice.
 *
 * The CSV is RFC 4180 (quoting, CRLF line ends) with a UTF-8 byte-order
 * mark, without which Excel reads the file as the local code page and
 * mangles every accent. It is written by our own serialiser in one pass,
 * byte for byte as Papa Parse's unparse wrote it before (csv.test.ts holds
 * the two to the same output on thousands of random rows).
 *
 * A cell that a spreadsheet would run as a formula (one starting with = + -
 * @, a tab or a carriage return) gets a leading apostrophe: a quote such as
 * "-- made with sincere intentions" or a note "=HYPERLINK(…)" must be shown,
 * never evaluated. Every other cell holds the article's words exactly.
 */
import type { Annotation, AnnotationKind, Person, Project } from '../schema'
import { clockTime, describePerson, linkDescriptions, pageAndTime } from './citation'
import { articleOf, attributionOf, exportContext, placeAndProvenance, speakerOf, type ExportContext, type ExportSelection } from './context'
import { checkCells } from './verification'

export type ExportRow = {
  kind: AnnotationKind
  /** The tagged words exactly as in the article. */
  text: string
  speaker: string
  /** Role and affiliation: "Director, Foro Penal". */
  speakerRole: string
  /** The words of the tag's attribution ("said Rodríguez"). */
  attribution: string
  /** Claims only; '' for the other kinds. */
  claimStatus: string
  /** A claim's evidence, one item a line: "address — note". */
  evidence: string
  note: string
  /** The tag's links, one a line: "Contradicts “…” (BBC News, 2026-01-09)". */
  links: string
  articleTitle: string
  outlet: string
  /** The article's date as written in it. */
  date: string
  url: string
  /** 1-based, headings not counted; null in a heading. */
  paragraph: number | null
  /** The PDF page the tag's paragraph starts on; null when the article is not from a PDF. */
  page: number | null
  /** When the tag's paragraph starts in the recording ("12:34"); '' when the article is not from subtitles. */
  time: string
  /** The sentence or sentences the tag is in. */
  sentence: string
  author: string
  updatedBy: string
  createdAt: string
  updatedAt: string
  /** The tag's check against a source ("verbatim against the transcript “…” at 12:34"); '' when never checked. */
  check: string
  /** Its differences from the source and its meaning flags, one a line. */
  checkDifferences: string
  checkFlags: string
  checkedBy: string
  checkedAt: string
}

/** The CSV's columns, in order, with the names a person reads in the header row. */
export const rowColumns: ReadonlyArray<{ key: keyof ExportRow; label: string }> = [
  { key: 'kind', label: 'Kind' },
  { key: 'text', label: 'Text' },
  { key: 'speaker', label: 'Speaker' },
  { key: 'speakerRole', label: 'Speaker role' },
  { key: 'attribution', label: 'Attribution' },
  { key: 'claimStatus', label: 'Claim status' },
  { key: 'evidence', label: 'Evidence' },
  { key: 'note', label: 'Note' },
  { key: 'links', label: 'Links' },
  { key: 'articleTitle', label: 'Article' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'date', label: 'Date' },
  { key: 'url', label: 'URL' },
  { key: 'paragraph', label: 'Paragraph' },
  { key: 'page', label: 'Page' },
  { key: 'time', label: 'Time' },
  { key: 'sentence', label: 'Sentence' },
  { key: 'author', label: 'Tagged by' },
  { key: 'updatedBy', label: 'Last changed by' },
  { key: 'createdAt', label: 'Created' },
  { key: 'updatedAt', label: 'Updated' },
  { key: 'check', label: 'Checked against source' },
  { key: 'checkDifferences', label: 'Differences from source' },
  { key: 'checkFlags', label: 'Meaning flags' },
  { key: 'checkedBy', label: 'Checked by' },
  { key: 'checkedAt', label: 'Checked' }
]

/**
 * Cells a spreadsheet would take for a formula. Papa Parse's own pattern
 * (`escapeFormulae: true`) ends in `.*$`, which never matches a cell with a
 * line break, so "=1+1\nmore" would slip through; this one looks only at
 * the first character.
 */
export const FORMULA_START = /^[=+\-@\t\r]/

export const CSV_BOM = '\uFEFF'

/** A claim's evidence, one "address — note" a line (an address the export leaves out, safeUrl.ts, is dropped); '' for other kinds. */
function evidenceCell(ctx: ExportContext, ann: Annotation): string {
  if (ann.kind !== 'claim') return ''
  const items = ann.evidence.map((ev) => [ctx.urls.web(ev.url), ev.note.trim()].filter(Boolean).join(' — '))
  return items.filter(Boolean).join('\n')
}

/** The rows of the selected tags, in export order. */
export function exportRows(project: Project, selection?: ExportSelection): ExportRow[] {
  return rowsOf(exportContext(project, selection, ''))
}

export function rowsOf(ctx: ExportContext): ExportRow[] {
  // A speaker's role is the same in each of their tags: describe each person once.
  const roles = new Map<Person, string>()
  const roleOf = (person: Person): string => {
    let role = roles.get(person)
    if (role === undefined) roles.set(person, (role = describePerson(person)))
    return role
  }
  return ctx.annotations.map((ann) => {
    const article = articleOf(ctx, ann)
    const speaker = speakerOf(ctx, ann)
    const { page, time } = pageAndTime(article, ann.target.start)
    return {
      kind: ann.kind,
      text: ann.target.exact,
      speaker: speaker?.name ?? '',
      speakerRole: speaker ? roleOf(speaker) : '',
      attribution: attributionOf(ctx, ann)?.target.exact ?? '',
      claimStatus: ann.kind === 'claim' ? ann.status : '',
      evidence: evidenceCell(ctx, ann),
      note: ann.note,
      links: linkDescriptions(ctx, ann).join('\n'),
      articleTitle: article.title,
      outlet: article.outlet,
      date: article.publishedAt,
      url: ctx.urls.web(article.url),
      ...placeAndProvenance(article, ann),
      page,
      time: time === null ? '' : clockTime(time),
      ...checkCells(ctx.project, ann)
    }
  })
}

/**
 * What makes Papa Parse put a cell in quotes, besides a formula apostrophe
 * and a space at either end: one of its BAD_DELIMITERS (CR, LF, the quote
 * character, a byte-order mark) or the delimiter.
 */
const NEEDS_QUOTES = /[\r\n",\uFEFF]/
const QUOTE_CHARS = /"/g

/**
 * Whether a cell's text starts as FORMULA_START matches (= + - @ tab CR),
 * on its first code unit, without running the regex.
 */
function startsFormula(text: string): boolean {
  const c = text.charCodeAt(0)
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d
}

/**
 * One cell as Papa Parse's unparse writes it with this file's options (`safe`
 * in papaparse.js): nothing for null and undefined, an invalid Date as
 * nothing and a valid one as its ISO time, numbers, bigints and booleans as
 * their text untouched (a negative number gets no apostrophe), and anything
 * else as its toString() text, with an apostrophe inside quotes if it starts
 * like a formula, else in quotes if it holds a comma, a quote, CR, LF or a
 * byte-order mark or starts or ends with a space; quotes inside doubled.
 */
function csvCell(value: unknown): string {
  let text: string
  if (typeof value === 'string') text = value
  else if (value === null || value === undefined) return ''
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  else if ((value as object).constructor === Date) {
    const time = (value as Date).getTime()
    return Number.isNaN(time) ? '' : (value as Date).toISOString()
  } else text = (value as { toString(): string }).toString()

  if (startsFormula(text)) return `"'${text.indexOf('"') < 0 ? text : text.replace(QUOTE_CHARS, '""')}"`
  if (NEEDS_QUOTES.test(text) || text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20) {
    return `"${text.indexOf('"') < 0 ? text : text.replace(QUOTE_CHARS, '""')}"`
  }
  return text
}

/**
 * A few hundred lines are joined at a time, then the chunks once: measured
 * on the benchmark's 20,000 rows, cheaper than one join of every piece (a
 * huge array) or one string grown by `+=` (a rope the size of the file).
 */
const LINES_PER_CHUNK = 200

/** CSV lines, each to end in CRLF, joined once at the end (in chunks). */
class CsvLines {
  private readonly chunks: string[] = []
  private lines: string[] = []

  add(line: string): void {
    this.lines.push(line)
    if (this.lines.length === LINES_PER_CHUNK) {
      this.chunks.push(this.lines.join('\r\n'))
      this.lines = []
    }
  }

  /** Every line followed by CRLF. */
  text(): string {
    if (this.lines.length > 0) this.chunks.push(this.lines.join('\r\n'))
    this.chunks.push('')
    return this.chunks.join('\r\n')
  }
}

/** The header line, BOM first, of the given cells (Papa Parse writes them with the same rules as any cell). */
function headerLine(header: readonly unknown[]): string {
  return CSV_BOM + header.map(csvCell).join(',')
}

/**
 * CSV text, byte for byte what `Papa.unparse({ fields: header, data: records },
 * { newline: '\r\n', escapeFormulae: FORMULA_START, header: true })` returns,
 * between a BOM and a final CRLF, for a header of at least one cell and
 * records that are plain (not sparse) arrays. As there, each record has
 * header.length cells (missing ones empty, extra ones left out) and an empty
 * record is an empty line; and no records at all are read as one empty
 * record, so such a CSV ends in an empty line (kept: the bytes stay those the
 * CSV export has always written).
 */
export function csvText(header: readonly unknown[], records: ReadonlyArray<readonly unknown[]>): string {
  const width = header.length
  if (width === 0) throw new Error('A CSV needs at least one column.')
  const out = new CsvLines()
  out.add(headerLine(header))
  if (records.length === 0) out.add('')
  const cells = new Array<string>(width)
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!
    if (record.length === 0) {
      out.add('')
      continue
    }
    for (let c = 0; c < width; c++) cells[c] = csvCell(record[c])
    out.add(cells.join(','))
  }
  return out.text()
}

const columnKeys = rowColumns.map((c) => c.key)

/**
 * The CSV text of the rows: BOM, header row, one record per row, CRLF after
 * each; csvText of the rows' cells in rowColumns order, without making an
 * array of them first.
 */
export function rowsToCsv(rows: readonly ExportRow[]): string {
  const width = columnKeys.length
  const out = new CsvLines()
  out.add(headerLine(rowColumns.map((c) => c.label)))
  if (rows.length === 0) out.add('')
  const cells = new Array<string>(width)
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!
    for (let c = 0; c < width; c++) cells[c] = csvCell(row[columnKeys[c]!])
    out.add(cells.join(','))
  }
  return out.text()
}

export function toCsv(ctx: ExportContext): string {
  return rowsToCsv(rowsOf(ctx))
}
