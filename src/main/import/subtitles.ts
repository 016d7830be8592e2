/**
 * Subtitles (.vtt, .srt) to an article: the `subtitle` package reads the
 * cues; consecutive cues by the same speaker with no pause longer than
 * PAUSE_MS between them become one paragraph, which keeps the start time of
 * its first cue (so a citation can say "at 12:34") and, when the speaker is
 * known, starts with their name as a label ("Ana Pérez: …"), as in a
 * transcript. The speaker is a WebVTT voice tag (<v Ana Pérez>) or a
 * "NAME:" prefix. Styling tags are dropped; a cue that only repeats the one
 * before it (rolling captions) is skipped.
 */
import { parseSync, type NodeList } from 'subtitle'
import { articleFromDrafts, type DraftBlock } from '../../core/import/articleFromDrafts'
import type { Article } from '../../core/schema'
import { ImportFailure } from './importFailure'

/** A pause longer than this between two cues starts a new paragraph. */
export const PAUSE_MS = 2000
/** A paragraph longer than this is ended at its next cue, so a monologue is not one block. */
const MAX_PARAGRAPH = 1500
export const MAX_CUES = 100_000

const VOICE = /^<v(?:\.[^\s>]*)?\s+([^>]+)>/
const LABEL = /^(?:>>\s*|-\s*)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:de|del|la|van|von|da|\p{Lu}[\p{L}'’.-]*)){0,3}):\s+(?=\S)/u
const TAG = /<[^>]*>/g
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&lrm;': '', '&rlm;': '', '&quot;': '"', '&#39;': "'" }

type Line = { speaker: string | null; text: string; start: number; end: number }

/** A cue's words and speaker: voice tag or label taken off, tags dropped, entities read, lines joined. */
export function cueLine(raw: string): { speaker: string | null; text: string } {
  let text = raw.trim()
  let speaker: string | null = null
  const voice = VOICE.exec(text)
  if (voice) speaker = voice[1]!.trim()
  text = text
    .replace(TAG, '')
    .replace(/&(?:amp|lt|gt|nbsp|lrm|rlm|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
  const label = speaker ? null : LABEL.exec(text)
  if (label && label[1]!.length <= 40) {
    speaker = label[1]!
    text = text.slice(label[0].length)
  }
  return { speaker, text }
}

function parseCues(content: string): NodeList {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (/^\s*(?:WEBVTT[^\n]*)?\s*$/.test(text)) return []
  try {
    return parseSync(text)
  } catch (err) {
    throw new ImportFailure(`its subtitles could not be read (${err instanceof Error ? err.message.replace(/\.$/, '') : 'malformed'})`)
  }
}

/** Cues to paragraphs by speaker and pause. */
export function subtitleBlocks(lines: readonly Line[]): DraftBlock[] {
  const out: DraftBlock[] = []
  let current: { speaker: string | null; parts: string[]; length: number; start: number; end: number } | null = null
  const finish = (): void => {
    if (!current) return
    const words = current.parts.join(' ')
    const label = current.speaker ? `${current.speaker}: ` : ''
    out.push({ type: 'paragraph', text: label + words, marks: [], time: Math.round(current.start) / 1000 })
    current = null
  }
  for (const line of lines) {
    const sameSpeaker = line.speaker === null || line.speaker === current?.speaker
    if (current && (!sameSpeaker || line.start - current.end > PAUSE_MS || current.length > MAX_PARAGRAPH)) finish()
    if (!current) current = { speaker: line.speaker, parts: [], length: 0, start: line.start, end: line.end }
    current.parts.push(line.text)
    current.length += line.text.length + 1
    current.end = Math.max(current.end, line.end)
  }
  finish()
  return out
}

export function importSubtitles(input: { fileName: string; content: string; kind: 'vtt' | 'srt' }, now: string, id?: string): Article {
  const nodes = parseCues(input.content)
  const lines: Line[] = []
  let previous = ''
  for (const node of nodes) {
    if (node.type !== 'cue') continue
    if (lines.length >= MAX_CUES) throw new ImportFailure(`it has more than ${MAX_CUES.toLocaleString('en')} cues, far more than any recording`)
    const { speaker, text } = cueLine(node.data.text)
    if (!text || text === previous) continue
    previous = text
    lines.push({ speaker, text, start: Math.max(0, node.data.start), end: Math.max(0, node.data.end) })
  }
  const title = input.fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim()
  const article = articleFromDrafts(subtitleBlocks(lines), { fileName: input.fileName, kind: input.kind, meta: { title } }, now, id)
  if (!article) throw new ImportFailure('it has no subtitles to import')
  return article
}
