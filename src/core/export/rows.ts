/**
 * One flat row per tag, and the CSV made of those rows for Excel, Google
 * Sheets and LibreOffice.
 *
 * The CSV is written by Papa Parse (RFC 4180 quoting, CRLF line ends) with a
 * UTF-8 byte-order mark, without which Excel reads the file as the local
 * code page and mangles every accent. A cell that a spreadsheet would run as
 * a formula (one starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe: a quote such as "-- made with sincere intentions" or a
 * note "=HYPERLINK(…)" must be shown, never evaluated. Every other cell holds
 * the article's words exactly.
 */
import Papa from 'papaparse'
import type { AnnotationKind, Person, Project } from '../schema'
import { describePerson } from './citation'
import { articleOf, attributionOf, exportContext, placeAndProvenance, speakerOf, type ExportContext, type ExportSelection } from './context'

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
  note: string
  articleTitle: string
  outlet: string
  /** The article's date as written in it. */
  date: string
  url: string
  /** 1-based, headings not counted; null in a heading. */
  paragraph: number | null
  /** The sentence or sentences the tag is in. */
  sentence: string
  author: string
  updatedBy: string
  createdAt: string
  updatedAt: string
}

/** The CSV's columns, in order, with the names a person reads in the header row. */
export const rowColumns: ReadonlyArray<{ key: keyof ExportRow; label: string }> = [
  { key: 'kind', label: 'Kind' },
  { key: 'text', label: 'Text' },
  { key: 'speaker', label: 'Speaker' },
  { key: 'speakerRole', label: 'Speaker role' },
  { key: 'attribution', label: 'Attribution' },
  { key: 'claimStatus', label: 'Claim status' },
  { key: 'note', label: 'Note' },
  { key: 'articleTitle', label: 'Article' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'date', label: 'Date' },
  { key: 'url', label: 'URL' },
  { key: 'paragraph', label: 'Paragraph' },
  { key: 'sentence', label: 'Sentence' },
  { key: 'author', label: 'Tagged by' },
  { key: 'updatedBy', label: 'Last changed by' },
  { key: 'createdAt', label: 'Created' },
  { key: 'updatedAt', label: 'Updated' }
]

/**
 * Cells a spreadsheet would take for a formula. Papa Parse's own pattern
 * (`escapeFormulae: true`) ends in `.*$`, which never matches a cell with a
 * line break, so "=1+1\nmore" would slip through; this one looks only at
 * the first character.
 */
export const FORMULA_START = /^[=+\-@\t\r]/

export const CSV_BOM = '\uFEFF'

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
    return {
      kind: ann.kind,
      text: ann.target.exact,
      speaker: speaker?.name ?? '',
      speakerRole: speaker ? roleOf(speaker) : '',
      attribution: attributionOf(ctx, ann)?.target.exact ?? '',
      claimStatus: ann.kind === 'claim' ? ann.status : '',
      note: ann.note,
      articleTitle: article.title,
      outlet: article.outlet,
      date: article.publishedAt,
      url: article.url,
      ...placeAndProvenance(article, ann)
    }
  })
}

/** The CSV text of the rows: BOM, header row, one record per row, CRLF after each. */
export function rowsToCsv(rows: readonly ExportRow[]): string {
  const csv = Papa.unparse(
    {
      fields: rowColumns.map((c) => c.label),
      data: rows.map((row) => rowColumns.map(({ key }) => row[key] ?? ''))
    },
    { newline: '\r\n', escapeFormulae: FORMULA_START, header: true }
  )
  return `${CSV_BOM}${csv}\r\n`
}

export function toCsv(ctx: ExportContext): string {
  return rowsToCsv(rowsOf(ctx))
}
