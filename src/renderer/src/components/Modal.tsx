import { useEffect, useRef, type ReactNode } from 'react'

/** A native modal dialog: focus stays inside, Escape closes it, the page behind is inert. */
export function Modal({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
  }, [])
  return (
    <dialog ref={dialog} className="qm-dialog" aria-label={label} onClose={onClose} onCancel={onClose}>
      {children}
    </dialog>
  )
}

type ModalFormProps = {
  label: string
  title: ReactNode
  submitLabel: ReactNode
  canSubmit: boolean
  /** Resolves true when done, so the dialog closes; false keeps it open (e.g. the save dialog was cancelled). */
  onSubmit: () => Promise<boolean>
  onClose: () => void
  children: ReactNode
}

/** A modal with a form: a title, its fields, and Submit / Cancel. */
export function ModalForm({ label, title, submitLabel, canSubmit, onSubmit, onClose, children }: ModalFormProps) {
  return (
    <Modal label={label} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={async (e) => {
          e.preventDefault()
          if (canSubmit && (await onSubmit())) onClose()
        }}
      >
        <h2>{title}</h2>
        {children}
        <div className="qm-form-actions">
          <button type="submit" disabled={!canSubmit}>
            {submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  )
}
