/**
 * Where a tag's words begin and end: the one rule that a tag stays within one
 * paragraph (a block of the article), and the edits that change a tag's
 * extent while keeping everything else about it (its id, speaker, note,
 * links, evidence): resizing it by a word or to a dragged offset, splitting
 * it in two at the caret, and joining it with the next tag of its kind.
 *
 * Each builder answers with the command to perform, or the reason it cannot
 * be done in words for the reporter. Resizing is one `annotation.reanchor`
 * step, so undoing it puts the old words back; splitting and joining are
 * batches, undone as one. They only build; applyCommand decides.
 */
import { makeTarget, trimRange } from '../anchoring'
import { createAnnotation } from '../annotations'
import { blocksFromText } from '../blocks'
import type { Command, SingleCommand } from '../commands'
import { newId } from '../ids'
import type { Annotation, Article, Project } from '../schema'

export type ExtentEdit = { ok: true; command: Command } | { ok: false; error: string }

/** Said whenever a tag would reach past its paragraph: tagging, resizing, joining. */
export const ONE_PARAGRAPH = 'A tag stays within one paragraph'

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch)

/** The paragraph (block) of the article holding a text offset, as a range of its text; an offset in the gap between two belongs to neither. */
export function paragraphAt(article: Pick<Article, 'text' | 'blocks'>, offset: number): { start: number; end: number } | null {
  const blocks = article.blocks.length ? article.blocks : blocksFromText(article.text)
  const block = blocks.find((b) => b.start <= offset && offset < b.end)
  return block ? { start: block.start, end: block.end } : null
}

/**
 * A selection fitted to the rule: trimmed of white space, then cut at the end
 * of the paragraph it starts in. `cut` says whether words past that paragraph
 * were left out; null when nothing but white space was selected.
 */
export function fitToParagraph(article: Pick<Article, 'text' | 'blocks'>, start: number, end: number): { start: number; end: number; cut: boolean } | null {
  const trimmed = trimRange(article.text, start, end)
  if (!trimmed) return null
  const paragraph = paragraphAt(article, trimmed.start)
  if (!paragraph || trimmed.end <= paragraph.end) return { ...trimmed, cut: false }
  const inside = trimRange(article.text, trimmed.start, paragraph.end)
  return inside && { ...inside, cut: true }
}

/** Do these words lie in one paragraph? */
export function withinOneParagraph(article: Pick<Article, 'text' | 'blocks'>, start: number, end: number): boolean {
  const paragraph = paragraphAt(article, start)
  return paragraph !== null && end <= paragraph.end
}

/** Past the characters that are (or are not) white space, from `at` towards `direction`. */
function skip(text: string, at: number, direction: 1 | -1, space: boolean): number {
  if (direction === 1) while (at < text.length && isSpace(text[at]) === space) at++
  else while (at > 0 && isSpace(text[at - 1]) === space) at--
  return at
}

/**
 * Where one end of a tag goes when moved by a word (a run of non-space
 * characters, its punctuation and quotation marks with it): growing, over the
 * white space and then the next word; shrinking, over the word at the end and
 * then the white space before it.
 */
export function wordStep(text: string, at: number, edge: 'start' | 'end', direction: 1 | -1): number {
  const growing = (edge === 'end') === (direction === 1)
  return skip(text, skip(text, at, direction, growing), direction, !growing)
}

type Found = { ok: true; tag: Annotation; article: Article } | { ok: false; error: string }

function findTag(project: Project, id: string): Found {
  const tag = project.annotations.find((a) => a.id === id)
  if (!tag) return { ok: false, error: 'That tag no longer exists.' }
  const article = project.articles.find((a) => a.id === tag.articleId)
  if (!article) return { ok: false, error: 'That tag’s article is no longer in the project.' }
  if (tag.orphan) return { ok: false, error: 'That tag’s words are no longer in the text: re-attach it first.' }
  return { ok: true, tag, article }
}

/** Put a tag on other words of its article, keeping everything else about it. */
function moveTo(found: { tag: Annotation; article: Article }, start: number, end: number, now: string, by: string): ExtentEdit {
  const { tag, article } = found
  const range = trimRange(article.text, start, end)
  if (!range) return { ok: false, error: 'A tag needs at least one word.' }
  if (!withinOneParagraph(article, range.start, range.end)) return { ok: false, error: `${ONE_PARAGRAPH}.` }
  if (range.start === tag.target.start && range.end === tag.target.end) return { ok: false, error: 'The tag already covers those words.' }
  const target = { ...tag.target, ...makeTarget(article.text, range.start, range.end) }
  return { ok: true, command: { type: 'annotation.reanchor', id: tag.id, target, orphan: false, updatedAt: now, updatedBy: by } }
}

/**
 * Move one end of a tag by a word: `edge` is the end that moves, `direction`
 * +1 to the right, -1 to the left. A tag never becomes empty and never
 * reaches past its paragraph.
 */
export function resizeTagEdit(project: Project, id: string, edge: 'start' | 'end', direction: 1 | -1, now: string, by: string): ExtentEdit {
  const found = findTag(project, id)
  if (!found.ok) return found
  const { start, end } = found.tag.target
  const moved = wordStep(found.article.text, edge === 'start' ? start : end, edge, direction)
  const [from, to] = edge === 'start' ? [moved, end] : [start, moved]
  if (from >= to) return { ok: false, error: 'A tag needs at least one word.' }
  return moveTo(found, from, to, now, by)
}

/** Drag one end of a tag to a text offset (the other end stays; dragged past it, the two swap). */
export function resizeTagToEdit(project: Project, id: string, edge: 'start' | 'end', offset: number, now: string, by: string): ExtentEdit {
  const found = findTag(project, id)
  if (!found.ok) return found
  const fixed = edge === 'start' ? found.tag.target.end : found.tag.target.start
  return moveTo(found, Math.min(fixed, offset), Math.max(fixed, offset), now, by)
}

/**
 * Split a tag at a text offset into two tags of its kind. The first keeps the
 * tag's id, note, evidence and links; both keep its speaker, attribution and
 * claim status.
 */
export function splitTagEdit(project: Project, id: string, offset: number, now: string, by: string): ExtentEdit {
  const found = findTag(project, id)
  if (!found.ok) return found
  const { tag, article } = found
  const first = trimRange(article.text, tag.target.start, offset)
  const second = trimRange(article.text, offset, tag.target.end)
  if (offset <= tag.target.start || offset >= tag.target.end || !first || !second) {
    return { ok: false, error: `Put the caret inside the ${tag.kind}, where it should be split.` }
  }
  const made = createAnnotation({ articleId: article.id, text: article.text, ...second, kind: tag.kind, author: by, now })
  const rest: Annotation = { ...made, speakerId: tag.speakerId, attributionId: tag.attributionId, status: tag.status }
  const shorter = moveTo(found, first.start, first.end, now, by)
  if (!shorter.ok) return shorter
  return { ok: true, command: { type: 'batch', label: `Split ${tag.kind}`, commands: [shorter.command as SingleCommand, { type: 'annotation.add', annotation: rest }] } }
}

/** The next tag of the same kind in the same article, in text order: what Join joins a tag with. */
export function nextOfKind(project: Project, tag: Annotation): Annotation | undefined {
  let next: Annotation | undefined
  for (const a of project.annotations) {
    if (a.articleId !== tag.articleId || a.kind !== tag.kind || a.orphan || a.id === tag.id || a.target.start < tag.target.end) continue
    if (!next || a.target.start < next.target.start) next = a
  }
  return next
}

export type JoinEdit = ExtentEdit | { ok: false; error: string; speakers: [string, string] }

/**
 * Join a tag with the next one of its kind in its article: the first grows
 * over both, keeps its id, and takes the second's links, notes and evidence
 * too; the tags the second attributes are attributed to it. When the two have
 * different speakers, `speakerId` says which stays; without it, the answer
 * names both (`speakers`) so the reporter can be asked.
 */
export function joinTagsEdit(project: Project, id: string, now: string, by: string, speakerId?: string | null): JoinEdit {
  const found = findTag(project, id)
  if (!found.ok) return found
  const { tag, article } = found
  const next = nextOfKind(project, tag)
  if (!next) return { ok: false, error: `There is no later ${tag.kind} in this article to join this one with.` }
  if (!withinOneParagraph(article, tag.target.start, next.target.end)) return { ok: false, error: `${ONE_PARAGRAPH}: the next ${tag.kind} is in another paragraph.` }
  if (speakerId === undefined && tag.speakerId && next.speakerId && tag.speakerId !== next.speakerId) {
    return { ok: false, error: 'These two have different speakers: choose which one stays.', speakers: [tag.speakerId, next.speakerId] }
  }
  const grown = moveTo(found, tag.target.start, next.target.end, now, by)
  if (!grown.ok) return grown
  const steps: SingleCommand[] = [...relink(project, next.id, tag.id, 'remove')]
  for (const a of project.annotations) {
    if (a.attributionId === next.id) steps.push({ type: 'annotation.update', id: a.id, patch: { attributionId: tag.id }, updatedAt: now, updatedBy: by })
  }
  steps.push({ type: 'annotation.remove', id: next.id }, grown.command as SingleCommand)
  const note = [tag.note, next.note].filter((n) => n.trim()).join('\n\n')
  const patch = { speakerId: speakerId === undefined ? (tag.speakerId ?? next.speakerId) : speakerId, attributionId: tag.attributionId ?? next.attributionId, note, evidence: [...tag.evidence, ...next.evidence] }
  steps.push({ type: 'annotation.update', id: tag.id, patch, updatedAt: now, updatedBy: by }, ...relink(project, next.id, tag.id, 'add'))
  return { ok: true, command: { type: 'batch', label: `Join ${tag.kind}s`, commands: steps } }
}

/** The steps that move the links of tag `from` onto tag `to`: their removal, or the new links (none between the two, none twice). */
function relink(project: Project, from: string, to: string, part: 'remove' | 'add'): SingleCommand[] {
  const links = project.links.filter((l) => l.from === from || l.to === from)
  if (part === 'remove') return links.map((l) => ({ type: 'link.remove', id: l.id }))
  const linked = new Set(project.links.flatMap((l) => (l.from === to ? [l.to] : l.to === to ? [l.from] : [])))
  const steps: SingleCommand[] = []
  for (const link of links) {
    const other = link.from === from ? link.to : link.from
    if (other === to || linked.has(other)) continue
    linked.add(other)
    steps.push({ type: 'link.add', link: { ...link, id: newId(), from: link.from === from ? to : link.from, to: link.to === from ? to : link.to } })
  }
  return steps
}
