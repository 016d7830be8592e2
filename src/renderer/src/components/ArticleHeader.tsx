import { useEffect, useRef, useState } from 'react'
import { checkDateField, checkUrlField } from '../../../core/import/articleDetails'
import type { Article } from '../../../core/schema'
import './articleHeader.css'

type Meta = Pick<Article, 'title' | 'outlet' | 'byline' | 'publishedAt' | 'url'>
const fields: { key: keyof Meta; label: string; placeholder: string }[] = [
  { key: 'title', label: 'Title', placeholder: 'Headline' },
  { key: 'outlet', label: 'Outlet', placeholder: 'e.g. BBC News' },
  { key: 'byline', label: 'Byline', placeholder: 'Reporters' },
  { key: 'publishedAt', label: 'Date', placeholder: 'YYYY-MM-DD' },
  { key: 'url', label: 'URL', placeholder: 'https://…' }
]

type Problem = { key: 'publishedAt' | 'url'; error: string; suggestion?: string }

/**
 * The form's Date and URL as saved: a written date made ISO (`note` says so),
 * or the first field refused with why (and, for an address without a scheme,
 * the https:// one it offers).
 */
function checkDetails(draft: Meta): { ok: true; values: Meta; note: string | null } | { ok: false; problem: Problem } {
  const date = checkDateField(draft.publishedAt)
  if (!date.ok) return { ok: false, problem: { key: 'publishedAt', error: date.error } }
  const url = checkUrlField(draft.url)
  if (!url.ok) return { ok: false, problem: { key: 'url', error: url.error, ...(url.suggestion ? { suggestion: url.suggestion } : {}) } }
  return { ok: true, values: { ...draft, publishedAt: date.value, url: url.value }, note: date.message ?? null }
}

/** The article's citation details, editable after import because text files rarely carry them. */
export function ArticleHeader(props: { article: Article; onSave: (patch: Partial<Meta>) => void; onUpdateText: () => void; onPasteText: () => void }) {
  const { article, onSave, onUpdateText, onPasteText } = props
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState<Meta>(article)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    setEditing(false)
    setDraft(article)
    setProblem(null)
    setNote(null)
  }, [article.id])
  useEffect(() => {
    if (problem) form.current?.querySelector<HTMLInputElement>(`[name="${problem.key}"]`)?.focus()
  }, [problem])
  useEffect(() => {
    if (!editing) setDraft(article)
  }, [article, editing])

  if (editing) {
    return (
      <form
        ref={form}
        className="qm-article-header qm-editing"
        onSubmit={(e) => {
          e.preventDefault()
          const checked = checkDetails(draft)
          if (!checked.ok) return setProblem(checked.problem)
          const values = checked.values
          const patch = Object.fromEntries(fields.filter((f) => values[f.key].trim() !== article[f.key]).map((f) => [f.key, values[f.key].trim()]))
          if (Object.keys(patch).length) onSave(patch)
          setProblem(null)
          setNote(checked.note)
          setEditing(false)
        }}
        onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
        aria-labelledby="qm-details-heading"
      >
        <h1 id="qm-details-heading" className="qm-details-heading">
          Details of “{article.title || 'Untitled article'}”
        </h1>
        {fields.map((f) => {
          const wrong = problem?.key === f.key
          return (
            <label key={f.key}>
              {f.label}
              <input
                name={f.key}
                value={draft[f.key]}
                placeholder={f.placeholder}
                aria-invalid={wrong || undefined}
                aria-describedby={wrong ? 'qm-details-problem' : undefined}
                onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
                autoFocus={f.key === 'title'}
              />
            </label>
          )
        })}
        {problem ? (
          <p id="qm-details-problem" className="qm-field-error" role="alert">
            {problem.error}
            {problem.suggestion ? (
              <button type="button" className="qm-link-button" onClick={() => (setDraft({ ...draft, url: problem.suggestion! }), setProblem(null))}>
                Use {problem.suggestion}
              </button>
            ) : null}
          </p>
        ) : null}
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
        <button type="button" className="qm-link-button" onClick={() => (setNote(null), setProblem(null), setEditing(true))}>
          Edit details
        </button>
        <button type="button" className="qm-link-button" onClick={onUpdateText} title="Replace the text with a newer version from a file; tags are found again in it">
          Update text from a newer version…
        </button>
        <button type="button" className="qm-link-button" onClick={onPasteText} title="Paste the newer text of this article; tags are found again in it">
          Paste a newer version…
        </button>
      </p>
      {note ? (
        <p className="qm-details-note" role="status">
          {note}
        </p>
      ) : null}
    </div>
  )
}
