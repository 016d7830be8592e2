import { useEffect, useRef, useState } from 'react'

/** Paste a newer version of an article's text (an outlet updated its story); its tags are found again in it. */
export function PasteTextDialog({ title, onUpdate, onClose }: { title: string; onUpdate: (content: string, markdown: boolean) => Promise<boolean>; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [content, setContent] = useState('')
  const [markdown, setMarkdown] = useState(false)
  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
  }, [])
  return (
    <dialog ref={dialog} className="qm-dialog" aria-label="Paste a newer version" onClose={onClose} onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={async (e) => {
          e.preventDefault()
          if (content.trim() && (await onUpdate(content, markdown))) onClose()
        }}
      >
        <h2>Paste a newer version of “{title}”</h2>
        <textarea className="qm-paste" aria-label="Newer text of the article" rows={14} value={content} onChange={(e) => setContent(e.target.value)} placeholder="One paragraph per line (or Markdown)…" />
        <label>
          <input type="checkbox" checked={markdown} onChange={(e) => setMarkdown(e.target.checked)} /> The text is Markdown
        </label>
        <div className="qm-form-actions">
          <button type="submit" disabled={!content.trim()}>
            Replace the text and find the tags again
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
