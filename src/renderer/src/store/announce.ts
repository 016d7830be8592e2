/**
 * What a screen reader hears as the reporter works, beyond what has focus:
 * a tag made, a tag selected, each suggestion put under review (and what
 * became of the one before). The window shows each sentence in one polite
 * live region (components/Announcer.tsx); this module only words them, from
 * two moments of the desk: before a change and after it.
 */
import type { ArticleSuggestion } from '../../../core/suggest/suggestEdits'
import type { Annotation, Project } from '../../../core/schema'
import { spokenTag } from '../editor/tagRuns'
import { speakerUnsure } from './suggestionReview'

export type Moment = {
  readonly project: Project | null
  readonly selectedId: string | null
  /** The suggestions under review, in order, and the one under review now (null when not reviewing). */
  readonly review: { readonly list: readonly ArticleSuggestion[]; readonly activeId: string | null } | null
}

const WORDS = 120

/** The words of a tag or suggestion, cut at a word near WORDS characters. */
export function spokenWords(text: string): string {
  if (text.length <= WORDS) return `“${text}”`
  const cut = text.slice(0, WORDS)
  return `“${cut.slice(0, Math.max(cut.lastIndexOf(' '), WORDS / 2))}…”`
}

const findTag = (project: Project | null, id: string) => project?.annotations.find((a) => a.id === id)
const nameOf = (project: Project | null) => (personId: string) => project?.people.find((p) => p.id === personId)?.name

/** The sentence for a tag: "Selected quote by Jorge Rodríguez: “an important number”." */
export function spokenSelection(project: Project, tag: Annotation, made: boolean): string {
  return `${made ? 'Tagged' : 'Selected'} ${spokenTag(tag, nameOf(project))}: ${spokenWords(tag.target.exact)}.`
}

function spokenSuggestion(list: readonly ArticleSuggestion[], s: ArticleSuggestion): string {
  const who = speakerUnsure(s) ? `, speaker not sure${s.speaker ? ` (${s.speaker}?)` : ''}` : s.speaker ? `, by ${s.speaker}` : ''
  return `Suggested ${s.kind} ${list.indexOf(s) + 1} of ${list.length}${who}: ${spokenWords(s.text)}.`
}

/** What became of the suggestion that was under review: accepted (a tag now covers its words) or rejected. */
function answered(before: Moment, after: Moment): string {
  const gone = before.review?.list.find((s) => s.id === before.review?.activeId)
  if (!gone || after.review?.list.some((s) => s.id === gone.id)) return ''
  const tagged = after.project?.annotations.some((a) => a.articleId === gone.articleId && a.kind === gone.kind && a.origin === 'suggested' && a.target.start <= gone.start && gone.end <= a.target.end)
  return tagged ? 'Accepted. ' : 'Rejected. '
}

/** The sentence to say for the change from `before` to `after`, or null when there is nothing new to say. */
export function announcement(before: Moment, after: Moment): string | null {
  if (after.review && (after.review.activeId !== before.review?.activeId || !before.review)) {
    const active = after.review.list.find((s) => s.id === after.review!.activeId)
    const done = before.review ? answered(before, after) : ''
    if (active) return done + spokenSuggestion(after.review.list, active)
    return before.review ? `${done}No suggestions left.` : null
  }
  if (after.selectedId && after.selectedId !== before.selectedId && after.project) {
    const tag = findTag(after.project, after.selectedId)
    if (tag) return spokenSelection(after.project, tag, !findTag(before.project, tag.id))
  }
  return null
}
