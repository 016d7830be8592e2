/**
 * Exporting tags: the formats Quotemark writes and the one function that
 * writes them, shared by the app's Export… dialog and the `quotemark`
 * command line so both produce the same bytes. Every format is a pure
 * function of the project, the selection and the time given as `now`.
 */
import type { Project } from '../schema'
import { toClaimReview } from './claimReview'
import { exportContext, type ExportContext, type ExportSelection } from './context'
import { toJson } from './json'
import { toMarkdown } from './markdown'
import { toCsv } from './rows'
import { droppedUrlNotes } from './safeUrl'
import { toW3c } from './w3c'

export const exportFormats = ['csv', 'md', 'json', 'w3c', 'claimreview'] as const
export type ExportFormat = (typeof exportFormats)[number]

export const formatInfo: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
  csv: { label: 'CSV for Excel, Sheets, LibreOffice', extension: '.csv', mime: 'text/csv' },
  md: { label: 'Markdown quote sheet', extension: '.md', mime: 'text/markdown' },
  json: { label: 'JSON (tags with their article details)', extension: '.json', mime: 'application/json' },
  w3c: { label: 'W3C Web Annotation (JSON-LD)', extension: '.jsonld', mime: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  claimreview: { label: 'schema.org ClaimReview (JSON-LD)', extension: '.jsonld', mime: 'application/ld+json' }
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (exportFormats as readonly string[]).includes(value)
}

const writers: Record<ExportFormat, (ctx: ExportContext) => string> = {
  csv: toCsv,
  md: toMarkdown,
  json: toJson,
  w3c: toW3c,
  claimreview: toClaimReview
}

export type ExportOptions = {
  format: ExportFormat
  selection?: ExportSelection
  /** ISO time of the export, written into the file; the export reads no clock of its own. */
  now: string
  /** Who exports (the app's author setting); signs a ClaimReview and heads the quote sheet. */
  exportedBy?: string
}

/** The exported file's text. */
export function exportProject(project: Project, options: ExportOptions): string {
  return exportProjectCounted(project, options).text
}

/** An export and what to tell the person who made it. */
export type ExportResult = {
  text: string
  /** How many tags the file holds. */
  count: number
  /** How many different addresses were left out because they are not web (http or https) links. */
  droppedUrls: number
  /** Sentences to show beside "Exported…" (what was left out and why); empty when there is nothing to say. */
  notes: string[]
}

/**
 * The exported file's text, how many tags it holds (selectAnnotations of the
 * same selection) and its notes, from one selection: "Wrote 20,000 tags"
 * needs no second pass over the project.
 */
export function exportProjectCounted(project: Project, options: ExportOptions): ExportResult {
  const writer = writers[options.format]
  if (!writer) throw new Error(`"${String(options.format)}" is not an export format; use one of ${exportFormats.join(', ')}.`)
  const ctx = exportContext(project, options.selection, options.now, options.exportedBy ?? '')
  const text = writer(ctx)
  return { text, count: ctx.annotations.length, droppedUrls: ctx.urls.dropped, notes: droppedUrlNotes(ctx.urls.dropped) }
}

export { citationFor, describePerson, quoted, statusLabels } from './citation'
export { peopleNamed, selectAnnotations, sentenceAround, paragraphNumber, type ExportSelection } from './context'
export { EXPORT_FORMAT, EXPORT_VERSION } from './json'
export { escapeMarkdown } from './markdown'
export { exportRows, rowColumns, rowsToCsv, CSV_BOM, FORMULA_START, type ExportRow } from './rows'
export { reviewedClaims } from './claimReview'
export { isWebUrl } from './safeUrl'
export { ANNO_CONTEXT, codePointOffset, derivedUuid, urnFor } from './w3c'
