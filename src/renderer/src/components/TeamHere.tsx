import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { Article } from '../../../core/schema'
import { getApi } from '../api'
import { teamWindow } from '../store/team'

const status = (): ReturnType<typeof teamWindow.getState>['status'] => teamWindow.getState().status

/** Colleagues' initials by the article each has open (article id → initials), for the article list's rows. */
export function useHereByArticle(): ReadonlyMap<string, readonly string[]> {
  const now = useSyncExternalStore(teamWindow.subscribe, status)
  return useMemo(() => {
    const byArticle = new Map<string, string[]>()
    if (now.state !== 'off') for (const p of now.peers) if (p.articleId) byArticle.set(p.articleId, [...(byArticle.get(p.articleId) ?? []), p.initials])
    return byArticle
  }, [now])
}

/**
 * Who else is in the project and in which article: a line above the article
 * list ("Here: AL in “Story”"); each row of the list shows its own
 * (ArticleList's `here`). Also tells main which article I have open, for the
 * others.
 */
export function TeamHere({ articles, selectedArticleId }: { articles: readonly Article[]; selectedArticleId: string | null }) {
  const now = useSyncExternalStore(teamWindow.subscribe, status)
  const sharing = now.state !== 'off'
  useEffect(() => {
    if (sharing) void getApi().setTeamPresence(selectedArticleId).catch(() => undefined)
  }, [sharing, selectedArticleId])
  const peers = sharing ? now.peers : []
  if (peers.length === 0) return null
  return (
    <div className="qm-here" aria-label="Who is here">
      <span>Here:</span>
      {peers.map((p, i) => {
        const article = articles.find((a) => a.id === p.articleId)
        return (
          <span key={i} className="qm-here-peer" title={`${p.name}${article ? ` is in “${article.title}”` : ''}`} data-article-id={p.articleId ?? ''}>
            <span className="qm-initials">{p.initials}</span> {article ? `in “${article.title}”` : ''}
          </span>
        )
      })}
    </div>
  )
}
