import { useState } from 'react'
import { ModalForm } from './Modal'

/** Paste a newer version of an article's text (an outlet updated its story); its tags are found again in it. */
export function PasteTextDialog({ title, onUpdate, onClose }: { title: string; onUpdate: (content: string, markdown: boolean) => Promise<boolean>; onClose: () => void }) {
  const [content, setContent] = useState('')
  const [markdown, setMarkdown] = useState(false)
  return (
    <ModalForm
      label="Paste a newer version"
      title={`Paste a newer version of “${title}”`}
      submitLabel="Replace the text and find the tags again"
      canSubmit={content.trim().length > 0}
      onSubmit={() => onUpdate(content, markdown)}
      onClose={onClose}
    >
      <textarea className="qm-paste" aria-label="Newer text of the article" rows={14} value={content} onChange={(e) => setContent(e.target.value)} placeholder="One paragraph per line (or Markdown)…" />
      <label>
        <input type="checkbox" checked={markdown} onChange={(e) => setMarkdown(e.target.checked)} /> The text is Markdown
      </label>
    </ModalForm>
  )
}
