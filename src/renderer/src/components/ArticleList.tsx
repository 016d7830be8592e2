import { keyHint } from './keyHint'
import { memo, useRef } from 'react'
import { keyAction, matchesKey } from '../../../core/keymap'
import type { Article } from '../../../core/schema'

type Props = {
  articles: readonly Article[]
  counts: ReadonlyMap<string, number>
  /** Colleagues' initials by the article each has open (working as a team); none when alone. */
  here?: ReadonlyMap<string, readonly string[]>
  selectedId: string | null
  onSelect: (id: string) => void
  /** Delete an article (asking first); resolves whether it was deleted. */
  onDelete: (id: string) => Promise<boolean>
}

const deleteKeys = keyAction('deleteArticle').keys

/**
 * The project's articles; arrow keys move between them, as in a mail
 * client's message list, and Delete deletes the focused one (after asking),
 * the keyboard then on the article shown next.
 */
export const ArticleList = memo(function ArticleList({ articles, counts, here, selectedId, onSelect, onDelete }: Props) {
  const list = useRef<HTMLUListElement>(null)
  const latest = useRef({ articles, onSelect, onDelete })
  latest.current = { articles, onSelect, onDelete }
  const focusSelected = () => requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus())
  // One handler for every row, so a row re-renders only when its own article, count or selection changes.
  const move = useRef((event: React.KeyboardEvent, index: number) => {
    const { articles, onSelect, onDelete } = latest.current
    if (deleteKeys.some((key) => matchesKey(event, key)) && articles[index]) {
      event.preventDefault()
      void onDelete(articles[index].id).then(focusSelected)
      return
    }
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? articles.length - 1 : -2
    if (next === -2) return
    event.preventDefault()
    const target = articles[Math.max(0, Math.min(articles.length - 1, next))]
    if (!target) return
    onSelect(target.id)
    list.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(target.id)}"]`)?.focus()
  }).current
  const select = useRef((id: string) => latest.current.onSelect(id)).current
  if (!articles.length) {
    return <p className="qm-empty">No articles yet. Import text, Markdown, web pages, PDF, Word or subtitle files ({keyHint('import')}), or drop them on the window.</p>
  }
  return (
    <ul className="qm-article-list" role="listbox" aria-label="Articles" ref={list}>
      {articles.map((article, index) => (
        <ArticleRow
          key={article.id}
          article={article}
          index={index}
          count={counts.get(article.id) ?? 0}
          here={here?.get(article.id)}
          selected={article.id === selectedId}
          tabbable={article.id === selectedId || (!selectedId && index === 0)}
          onSelect={select}
          onKey={move}
        />
      ))}
    </ul>
  )
})

type RowProps = {
  article: Article
  index: number
  count: number
  here: readonly string[] | undefined
  selected: boolean
  tabbable: boolean
  onSelect: (id: string) => void
  onKey: (event: React.KeyboardEvent, index: number) => void
}

const ArticleRow = memo(function ArticleRow({ article, index, count, here, selected, tabbable, onSelect, onKey }: RowProps) {
  return (
    <li
      role="option"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      data-article-id={article.id}
      className={selected ? 'qm-article-item qm-current' : 'qm-article-item'}
      onClick={() => onSelect(article.id)}
      onKeyDown={(e) => onKey(e, index)}
    >
      <span className="qm-article-title">
        {article.title || article.source || 'Untitled'}
        {here?.length ? (
          <span className="qm-article-here" aria-label={`Here: ${here.join(', ')}`}>
            {here.map((initials, i) => (
              <span key={i}>
                {' '}
                <span className="qm-initials">{initials}</span>
              </span>
            ))}
          </span>
        ) : null}
      </span>
      <span className="qm-article-meta">{[article.outlet, article.publishedAt].filter(Boolean).join(' · ') || 'No outlet or date yet'}</span>
      <span className="qm-count" aria-label={`${count} tags`}>
        {count}
      </span>
    </li>
  )
})
