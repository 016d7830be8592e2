import { useEffect, useState } from 'react'
import type { Article } from '../../../core/schema'

type Meta = Pick<Article, 'title' | 'outlet' | 'byline' | 'publishedAt' | 'url'>
const fields: { key: keyof Meta; label: string; placeholder: string }[] = [
  { key: 'title', label: 'Title', placeholder: 'Headline' },
  { key: 'outlet', label: 'Outlet', placeholder: 'e.g. BBC News' },
  { key: 'byline', label: 'Byline', placeholder: 'Reporters' },
  { key: 'publishedAt', label: 'Date', placeholder: 'YYYY-MM-DD' },
  { key: 'url', label: 'URL', placeholder: 'https://…' }
]

/** The article's citation details, editable after import because text files rarely carry them. */
export function ArticleHeader(props: { article: Article; onSave: (patch: Partial<Meta>) => void; onUpdateText: () => void; onPasteText: () => void }) {
  const { article, onSave, onUpdateText, onPasteText } = props
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState<Meta>(article)
  useEffect(() => {
    setEditing(false)
    setDraft(article)
  }, [article.id])
  useEffect(() => {
    if (!editing) setDraft(article)
  }, [article, editing])

  if (editing) {
    return (
      <form
        className="qm-article-header qm-editing"
        onSubmit={(e) => {
          e.preventDefault()
          const patch = Object.fromEntries(fields.filter((f) => draft[f.key] !== article[f.key]).map((f) => [f.key, draft[f.key].trim()]))
          if (Object.keys(patch).length) onSave(patch)
          setEditing(false)
        }}
        onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
      >
        {fields.map((f) => (
          <label key={f.key}>
            {f.label}
            <input value={draft[f.key]} placeholder={f.placeholder} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} autoFocus={f.key === 'title'} />
          </label>
        ))}
        <div className="qm-form-actions">
          <button type="submit">Save details</button>
          <button type="button" onClick={() => setEditing(false)}>Cancel</button>
        </div>
      </form>
    )
  }
  return (
    <div className="qm-article-header">
      <h1 className="qm-article-heading">{article.title || 'Untitled article'}</h1>
      <p className="qm-article-meta">
        {[article.outlet, article.byline, article.publishedAt].filter(Boolean).join(' · ') || 'No outlet, byline or date yet'}
        {article.source ? <span className="qm-source"> — from {article.source}</span> : null}
        <button type="button" className="qm-link-button" onClick={() => setEditing(true)}>
          Edit details
        </button>
        <button type="button" className="qm-link-button" onClick={onUpdateText} title="Replace the text with a newer version from a file; tags are found again in it">
          Update text from a newer version…
        </button>
        <button type="button" className="qm-link-button" onClick={onPasteText} title="Paste the newer text of this article; tags are found again in it">
          Paste a newer version…
        </button>
      </p>
    </div>
  )
}
