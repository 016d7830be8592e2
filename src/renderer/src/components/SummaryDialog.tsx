import type { ReactNode } from 'react'
import { Modal } from './Modal'

/** What a merge or an article update did, in sentences (and anything to act on below them), until the user has read it. */
export function SummaryDialog({ title, lines, onClose, children }: { title: string; lines: readonly string[]; onClose: () => void; children?: ReactNode }) {
  return (
    <Modal label={title} onClose={onClose}>
      <h2>{title}</h2>
      <ul className="qm-summary-lines">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {children}
      <div className="qm-form-actions">
        <button type="button" autoFocus onClick={onClose}>
          OK
        </button>
      </div>
    </Modal>
  )
}
