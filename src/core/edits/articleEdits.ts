/**
 * Builders of the commands that change articles: adding imported ones,
 * putting newer words in one (its tags found again in them), and attaching a
 * tag to words the reporter selected. They only build; applyCommand decides.
 */
import { makeTarget, trimRange } from '../anchoring'
import type { Command, SingleCommand } from '../commands'
import { reanchor, ReanchorBudget, retarget } from '../reanchor'
import type { Article, Block, Project, Target } from '../schema'

/** Add imported articles: one step per article, undone as one (Undo removes them again while they have no tags). */
export function addArticlesEdit(articles: readonly Article[]): Command {
  const label = articles.length === 1 ? `Import “${articles[0]!.title}”` : `Import ${articles.length} articles`
  return { type: 'batch', label: label.slice(0, 200), commands: articles.map((article) => ({ type: 'article.add', article })) }
}

const sameTarget = (a: Target, b: Target): boolean => a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix

/** Tags counted by what happened to them; `fuzzyIds` names the ones found approximately (set when there are any), for a list to check. */
export type ArticleUpdateSummary = { unchanged: number; moved: number; fuzzy: number; orphaned: number; fuzzyIds?: string[] }
const COUNTED_AS = { exact: 'unchanged', moved: 'moved', fuzzy: 'fuzzy', orphan: 'orphaned' } as const

/**
 * Put new words in an article (an outlet's updated story) and find each of
 * its tags again in them, as one batch undone as one: the text is replaced,
 * then every tag whose target changed, or that became or stopped being an
 * orphan, is re-anchored. The summary counts the tags by what happened.
 */
export function articleUpdateEdit(
  project: Project,
  articleId: string,
  replacement: { text: string; blocks: Block[]; source?: string },
  now: string,
  by: string
): { command: Command; summary: ArticleUpdateSummary } {
  const summary: ArticleUpdateSummary = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 }
  const replace: SingleCommand = { type: 'article.replace', id: articleId, text: replacement.text, blocks: replacement.blocks, updatedAt: now }
  if (replacement.source !== undefined) replace.source = replacement.source
  const steps: SingleCommand[] = [replace]
  const budget = new ReanchorBudget()
  for (const ann of project.annotations) {
    if (ann.articleId !== articleId) continue
    const found = reanchor(replacement.text, ann.target, budget)
    const orphan = found.status === 'orphan'
    summary[COUNTED_AS[found.status]]++
    if (found.status === 'fuzzy') (summary.fuzzyIds ??= []).push(ann.id)
    if (orphan !== ann.orphan || !sameTarget(found.target, ann.target)) {
      steps.push({ type: 'annotation.reanchor', id: ann.id, target: found.target, orphan, updatedAt: now, updatedBy: by })
    }
  }
  return { command: { type: 'batch', label: 'Update article text', commands: steps }, summary }
}

/** Attach an orphan (or move any tag) to words the reporter selected: a fresh target there, no longer an orphan. */
export function reattachOrphanEdit(project: Project, annotationId: string, start: number, end: number, now: string, by: string): Command {
  const ann = project.annotations.find((a) => a.id === annotationId)
  const text = project.articles.find((a) => a.id === ann?.articleId)?.text ?? ''
  // A sloppy selection should not take the blank line after the words with it.
  const range = trimRange(text, start, end) ?? { start, end }
  const target = ann ? retarget(text, ann.target, range.start, range.end) : makeTarget(text, range.start, range.end)
  return { type: 'annotation.reanchor', id: annotationId, target, orphan: false, updatedAt: now, updatedBy: by }
}

/**
 * Delete an article with everything that belongs to it, as one batch undone
 * as one: its tags (the ones attributed to an attribution before it), their
 * links (to tags in any article) and colleagues' versions of them waiting as
 * conflicts, the suggestions rejected in it, then the article. People stay:
 * they are the project's, and undoing gives the tags their speakers back.
 */
export function removeArticleEdit(project: Project, articleId: string): { command: Command; tags: number } {
  const article = project.articles.find((a) => a.id === articleId)
  const remove: SingleCommand = { type: 'article.remove', id: articleId }
  if (!article) return { command: remove, tags: 0 }
  const tags = project.annotations.filter((a) => a.articleId === articleId)
  const ids = new Set(tags.map((a) => a.id))
  const steps: SingleCommand[] = [
    ...project.links.filter((l) => ids.has(l.from) || ids.has(l.to)).map((l): SingleCommand => ({ type: 'link.remove', id: l.id })),
    ...project.conflicts.filter((c) => ids.has(c.annotationId)).map((c): SingleCommand => ({ type: 'conflict.remove', id: c.id })),
    // Attributed tags go before their attribution, so each removal is allowed (and undoing adds the attribution first).
    ...[...tags.filter((a) => a.attributionId), ...tags.filter((a) => !a.attributionId)].map((a): SingleCommand => ({ type: 'annotation.remove', id: a.id })),
    ...project.rejections.filter((r) => r.articleId === articleId).map((r): SingleCommand => ({ type: 'rejection.remove', id: r.id })),
    remove
  ]
  return { command: { type: 'batch', label: `Delete “${article.title}”`.slice(0, 200), commands: steps }, tags: tags.length }
}
