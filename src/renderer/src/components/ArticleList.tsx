import { useRef } from 'react'
import type { Article } from '../../../core/schema'

type Props = {
  articles: readonly Article[]
  counts: ReadonlyMap<string, number>
  selectedId: string | null
  onSelect: (id: string) => void
}

/** The project's articles; arrow keys move between them, as in a mail client's message list. */
export function ArticleList({ articles, counts, selectedId, onSelect }: Props) {
  const list = useRef<HTMLUListElement>(null)
  const move = (event: React.KeyboardEvent, index: number) => {
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? articles.length - 1 : -2
    if (next === -2) return
    event.preventDefault()
    const target = articles[Math.max(0, Math.min(articles.length - 1, next))]
    if (!target) return
    onSelect(target.id)
    list.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(target.id)}"]`)?.focus()
  }
  if (!articles.length) {
    return <p className="qm-empty">No articles yet. Import .txt or .md files (Ctrl+I), or drop them on the window.</p>
  }
  return (
    <ul className="qm-article-list" role="listbox" aria-label="Articles" ref={list}>
      {articles.map((article, index) => {
        const selected = article.id === selectedId
        const count = counts.get(article.id) ?? 0
        return (
          <li
            key={article.id}
            role="option"
            aria-selected={selected}
            tabIndex={selected || (!selectedId && index === 0) ? 0 : -1}
            data-article-id={article.id}
            className={selected ? 'qm-article-item qm-current' : 'qm-article-item'}
            onClick={() => onSelect(article.id)}
            onKeyDown={(e) => move(e, index)}
          >
            <span className="qm-article-title">{article.title || article.source || 'Untitled'}</span>
            <span className="qm-article-meta">
              {[article.outlet, article.publishedAt].filter(Boolean).join(' · ') || 'No outlet or date yet'}
            </span>
            <span className="qm-count" aria-label={`${count} tags`}>
              {count}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
