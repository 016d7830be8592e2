/**
 * A file dropped on the window, as main's importers take it: the text of a
 * text file (.txt, .md, .html, .vtt, .srt…), or for a PDF or Word file its
 * bytes as a base64 data: URL in the same `content` field (main decodes it;
 * the window never parses the file). A PDF or Word file over
 * MAX_DROPPED_BINARY is sent without its bytes, and main answers that it
 * should be imported with Import… instead.
 */
import type { DroppedFile } from '../../../core/api'

const BINARY = /\.(pdf|docx)$/i
/** Base64 makes a file a third larger; the contract takes at most 50,000,000 characters. */
export const MAX_DROPPED_BINARY = 30 * 1024 * 1024

function dataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`))
    reader.readAsDataURL(file)
  })
}

export async function readDroppedFile(file: File): Promise<DroppedFile> {
  if (!BINARY.test(file.name)) return { name: file.name, content: await file.text() }
  return { name: file.name, content: file.size <= MAX_DROPPED_BINARY ? await dataUrl(file) : '' }
}
