import { useEffect, useMemo } from 'react'
import { prepareSearch } from '../../../core/filter'
import type { DeskState, DeskStore } from '../deskStore'

const noConflicts: readonly never[] = []

/**
 * What the panes show, derived from the desk's snapshot: the project's index
 * and the open article's tags (kept by the store), per-article counts,
 * conflicts, and the suggestions under review. Each value stays
 * the same object until what it depends on changes, so memoised panes skip.
 */
export function useProjectView(store: DeskStore, state: DeskState) {
  const { project, selectedArticleId } = state
  const article = project?.articles.find((a) => a.id === selectedArticleId)
  // The store derives the index and the article's tags from its replica; they keep their identity until they change.
  const index = store.index()
  // Per-article counts: a new map when any article's tags change, but each row re-renders only if its own count did.
  const counts = useMemo(() => new Map([...index.byArticle].map(([id, list]) => [id, list.length])), [index.byArticle])
  const { placed: articleAnnotations, orphans } = store.articleTags(article?.id ?? null)
  const articleConflicts = useMemo(
    () => (project && article && project.conflicts.length ? project.conflicts.filter((c) => index.annotationsById.get(c.annotationId)?.articleId === article.id) : noConflicts),
    [project?.conflicts, index, article?.id]
  )
  // Suggested quotes under review: worked out again only when the project, the scope or the article changes.
  const { suggesting } = state
  const suggestions = useMemo(() => store.review.suggestions(), [store, project, suggesting?.scope, suggesting?.claims, suggesting !== null, selectedArticleId])
  const articleSuggestions = useMemo(() => suggestions.filter((s) => s.articleId === selectedArticleId), [suggestions, selectedArticleId])
  const titles = useMemo(() => new Map((project?.articles ?? []).map((a) => [a.id, a.title])), [project?.articles])
  return { project, article, index, counts, articleAnnotations, orphans, articleConflicts, suggestions, articleSuggestions, titles }
}

export type ProjectView = ReturnType<typeof useProjectView>

/** Fold the tags' text for Find while the window is idle, so the first keystroke there does not pay for it. */
export function useIdleSearchPrep(store: DeskStore, projectOpen: boolean, path: string | null): void {
  useEffect(() => {
    if (!projectOpen) return
    let handle = 0
    const slice = (deadline: IdleDeadline) => {
      // A few milliseconds at a time, so a key pressed meanwhile is not kept waiting for a whole idle period.
      const until = performance.now() + 8
      const current = store.getState().project
      if (current && !prepareSearch(current, () => Math.min(deadline.timeRemaining(), until - performance.now()))) handle = requestIdleCallback(slice)
    }
    handle = requestIdleCallback(slice)
    return () => cancelIdleCallback(handle)
  }, [store, projectOpen, path])
}
