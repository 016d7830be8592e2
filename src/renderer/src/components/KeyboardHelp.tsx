import { useEffect, useRef } from 'react'
import { keyActions, keyLabel, keyScopeLabel, type KeyScope } from '../../../core/keymap'

const scopes: readonly KeyScope[] = ['text', 'list', 'window', 'find', 'review', 'menu']
const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

/**
 * Every key of the keymap, grouped by where it works: opened with ? or F1,
 * closed with Esc (or Close), and the keyboard goes back where it was.
 */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const el = dialog.current
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (el && !el.open) el.showModal()
    // The dialog would focus the scrolling list first; the keyboard starts on Close (the list still scrolls with the arrows once tabbed to).
    close.current?.focus()
    return () => before?.focus()
  }, [])
  return (
    <dialog ref={dialog} className="qm-dialog qm-keys-help" aria-labelledby="qm-keys-title" onClose={onClose} onCancel={onClose}>
      <h2 id="qm-keys-title">Keyboard shortcuts</h2>
      {/* The list scrolls under the title, above Close; it takes the keyboard so arrow keys and Page Down scroll it. */}
      <div className="qm-keys-groups" tabIndex={0} role="group" aria-label="Every key, by where it works">
        {scopes.map((scope) => (
          <section key={scope} aria-labelledby={`qm-keys-${scope}`}>
            <h3 id={`qm-keys-${scope}`}>{keyScopeLabel[scope]}</h3>
            <dl className="qm-keys-list">
              {keyActions
                .filter((a) => a.where === scope)
                .map((a) => (
                  <div key={a.id} className="qm-keys-row">
                    <dt>
                      {a.keys.map((k, i) => (
                        <span key={k}>
                          {i ? ' or ' : ''}
                          <kbd>{keyLabel(k, mac)}</kbd>
                        </span>
                      ))}
                    </dt>
                    <dd>{a.label}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="qm-form-actions">
        <button type="button" ref={close} onClick={onClose}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
    </dialog>
  )
}
