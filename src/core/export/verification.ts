/**
 * A tag's check against a source document as every export writes it: one
 * place, so the quote sheet, the CSV, the JSON and the W3C annotation say the
 * same thing. The words themselves come from verify/describe.ts, as the app
 * shows them.
 */
import type { Annotation, Project, SourceDocument, Verification } from '../schema'
import { differenceLine, flagLine, verificationLine } from '../verify/describe'

export type CheckCells = { check: string; checkDifferences: string; checkFlags: string; checkedBy: string; checkedAt: string }

const NO_CHECK: CheckCells = { check: '', checkDifferences: '', checkFlags: '', checkedBy: '', checkedAt: '' }

export function checkSource(project: Pick<Project, 'sources'>, v: Verification): SourceDocument | undefined {
  return project.sources.find((s) => s.id === v.sourceId)
}

/** The quote sheet's line: "Checked: verbatim against the transcript “…” at 12:34. Check the meaning: …. Differences: …." */
export function sheetCheckLine(project: Pick<Project, 'sources'>, ann: Annotation): string {
  const v = ann.verification
  if (!v) return ''
  const parts = [`Checked: ${verificationLine(v, checkSource(project, v))}`]
  if (v.flags.length) parts.push(`Check the meaning: ${v.flags.map(flagLine).join('; ')}`)
  if (v.differences.length) parts.push(`Differences: ${v.differences.map(differenceLine).join('; ')}`)
  return `${parts.join('. ')}.`
}

/** The CSV's check columns (all '' for a tag never checked). */
export function checkCells(project: Pick<Project, 'sources'>, ann: Annotation): CheckCells {
  const v = ann.verification
  if (!v) return NO_CHECK
  return {
    check: verificationLine(v, checkSource(project, v)),
    checkDifferences: v.differences.map(differenceLine).join('\n'),
    checkFlags: v.flags.map(flagLine).join('\n'),
    checkedBy: v.checkedBy,
    checkedAt: v.checkedAt
  }
}

/** The JSON export's `verification`: the check with its source named (null for a tag never checked). */
export function checkJson(project: Pick<Project, 'sources'>, ann: Annotation): Record<string, unknown> | null {
  const v = ann.verification
  if (!v) return null
  const source = checkSource(project, v)
  return {
    status: v.status,
    source: { id: v.sourceId, title: source?.title ?? '', kind: source?.kind ?? 'other', fileName: source?.fileName ?? '' },
    sourceStart: v.sourceStart,
    sourceEnd: v.sourceEnd,
    time: v.time,
    differences: v.differences.map((d) => ({ kind: d.kind, quote: d.quote, source: d.source })),
    flags: v.flags.map((f) => ({ kind: f.kind, quote: f.quote, source: f.source })),
    checkedBy: v.checkedBy,
    checkedAt: v.checkedAt
  }
}
