import type { Notice } from '../deskStore'

/**
 * Errors and confirmations in plain words, floating over the window's lower
 * left, never wider than the left pane (styles.css, .qm-toasts), so the
 * article text never moves or hides when one comes or goes; errors stay until
 * dismissed, so nothing goes by unread. The region is always there (empty
 * when quiet) so a screen reader hears each notice as it arrives: errors at
 * once (alert), confirmations politely.
 */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div className="qm-notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`qm-notice qm-notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" onClick={() => onDismiss(n.id)} aria-label="Dismiss">
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  )
}
