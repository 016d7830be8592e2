import type { Notice } from '../deskStore'

/** Errors and confirmations in plain words; errors stay until dismissed, so nothing goes by unread. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  if (!notices.length) return null
  return (
    <div className="qm-notices">
      {notices.map((n) => (
        <div key={n.id} className={`qm-notice qm-notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" onClick={() => onDismiss(n.id)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
