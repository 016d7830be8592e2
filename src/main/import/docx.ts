/**
 * A Word file (.docx) to an article: checked as an archive first
 * (zipGuard.ts), converted by mammoth to simple HTML (pictures left out, no
 * outside files read), whose paragraphs, headings, lists and em/strong are
 * taken as for a web page (htmlBlocks.ts). An interview transcript's speaker
 * labels ("REPORTER:", "Jorge Rodríguez:", "Q:" / "A:") start their turn's
 * paragraph; a label alone on its line is joined to the words after it. The
 * names among the labels are returned as speakers, to offer as people.
 */
import mammoth from 'mammoth'
import { parseHTML } from 'linkedom'
import { articleFromDrafts, type DraftBlock } from '../../core/import/articleFromDrafts'
import { blocksOf, type DomNode } from './htmlBlocks'
import { ImportFailure, type ImportedFile } from './importFailure'
import { labelRole, leadingLabel } from '../../core/text/speakerLabels'
import { checkZip } from './zipGuard'

export const MAX_DOCX_BYTES = 20 * 1024 * 1024

/** The speaker label a paragraph starts with, if any. */
export function speakerLabel(text: string): string | null {
  return leadingLabel(text)?.name ?? null
}

/** A paragraph that is only a label ("REPORTER:") is joined to the next paragraph, so each turn is one block starting with its label. */
export function joinLoneLabels(drafts: readonly DraftBlock[]): DraftBlock[] {
  const out: DraftBlock[] = []
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!
    const next = drafts[i + 1]
    const text = draft.text.trim()
    if (next && next.type === 'paragraph' && speakerLabel(text) !== null && text === `${speakerLabel(text)}:`) {
      const prefix = `${text} `
      const lead = next.text.length - next.text.trimStart().length
      out.push({ ...next, text: prefix + next.text.trimStart(), marks: next.marks.map((m) => ({ ...m, from: m.from - lead + prefix.length, to: m.to - lead + prefix.length })) })
      i++
    } else out.push(draft)
  }
  return out
}

/** The distinct names among the turns' labels (roles such as "Q" or "REPORTER" left out), in order of first appearance. */
export function speakersOf(drafts: readonly DraftBlock[]): string[] {
  const names = new Map<string, string>()
  for (const draft of drafts) {
    const label = draft.type === 'paragraph' ? speakerLabel(draft.text.trim()) : null
    if (label && labelRole(label) === 'person' && !names.has(label.toLowerCase())) names.set(label.toLowerCase(), label)
  }
  return [...names.values()].slice(0, 100)
}

export async function importDocx(input: { fileName: string; bytes: Uint8Array }, now: string, id?: string): Promise<ImportedFile> {
  if (input.bytes.byteLength > MAX_DOCX_BYTES) throw new ImportFailure(`it is too large to import (the limit for a Word file is ${MAX_DOCX_BYTES / 1024 / 1024} MB)`)
  checkZip(input.bytes)
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength) },
      { externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) }
    )
    html = result.value
  } catch {
    throw new ImportFailure('it is not a Word (.docx) file, or it is damaged')
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const drafts = joinLoneLabels(blocksOf(document.body as unknown as DomNode))
  const title = input.fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim()
  const article = articleFromDrafts(drafts, { fileName: input.fileName, kind: 'docx', meta: { title } }, now, id)
  if (!article) throw new ImportFailure('it has no text to import')
  return { article, speakers: speakersOf(drafts) }
}
