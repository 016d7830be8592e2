import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { Article } from '../../../core/schema'
import { getApi } from '../api'
import { teamWindow } from '../store/team'

/** Initials safe inside a CSS string. */
const cssInitials = (initials: string): string => initials.replace(/[^\p{L}\p{N}?]/gu, '').slice(0, 3) || '?'

/** One constructed style sheet (the page's CSP forbids inline styles; the CSS object model is not inline). */
let sheet: CSSStyleSheet | null = null
function showRules(rules: string): void {
  if (!sheet) {
    sheet = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  }
  sheet.replaceSync(rules)
}

/**
 * Who else is in the project and in which article: a line above the article
 * list ("Here: AL in “Story”") and their initials on each article's row.
 * Also tells main which article I have open, for the others.
 */
export function TeamHere({ articles, selectedArticleId }: { articles: readonly Article[]; selectedArticleId: string | null }) {
  const status = useSyncExternalStore(teamWindow.subscribe, () => teamWindow.getState().status)
  const sharing = status.state !== 'off'
  useEffect(() => {
    if (sharing) void getApi().setTeamPresence(selectedArticleId).catch(() => undefined)
  }, [sharing, selectedArticleId])
  const peers = sharing ? status.peers : []
  // The rows belong to ArticleList: the initials are drawn after each row's title, by CSS, without touching its markup.
  const rules = useMemo(() => {
    const byArticle = new Map<string, string[]>()
    for (const p of peers) if (p.articleId) byArticle.set(p.articleId, [...(byArticle.get(p.articleId) ?? []), cssInitials(p.initials)])
    return [...byArticle].map(([id, list]) => `.qm-article-item[data-article-id="${CSS.escape(id)}"] .qm-article-title::after { content: "  ${list.join(' ')}"; color: var(--qm-initials-ink); font-size: 10px; font-weight: 700; }`).join('\n')
  }, [peers])
  useEffect(() => showRules(rules), [rules])
  useEffect(() => () => showRules(''), [])
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
