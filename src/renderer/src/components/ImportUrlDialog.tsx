import { useState, useSyncExternalStore } from 'react'
import type { QuotemarkApi } from '../../../core/api'
import type { DeskStore } from '../deskStore'
import { Observable } from '../store/observable'
import { ModalForm } from './Modal'
import './importUrl.css'

/** Whether *Import from URL…* is asking for an address (the menu opens it; the dialog closes it). */
class ImportUrlWindow extends Observable<{ open: boolean }> {
  constructor() {
    super({ open: false })
  }
  open = (): void => this.set({ open: true })
  close = (): void => this.set({ open: false })
}

export const importUrlWindow = new ImportUrlWindow()

/** An address the window can tell is not a web page's before asking main (main checks again). */
function addressProblem(address: string): string | null {
  if (!URL.canParse(address)) return 'That is not a web address: it should start with https:// or http://.'
  const { protocol } = new URL(address)
  if (protocol !== 'http:' && protocol !== 'https:') return `Only http and https addresses can be imported, not ${protocol.replace(/:$/, '')}.`
  return null
}

/**
 * *Import from URL…*: the reporter types a web page's address; main fetches
 * it (never the window) and it becomes an article whose source is the
 * address. A reason it could not be imported stays in the dialog, in words,
 * so the address can be corrected.
 */
export function ImportUrlDialog({ api, store }: { api: QuotemarkApi; store: DeskStore }) {
  const { open } = useSyncExternalStore(importUrlWindow.subscribe, importUrlWindow.getState)
  return open ? <AddressForm api={api} store={store} /> : null
}

function AddressForm({ api, store }: { api: QuotemarkApi; store: DeskStore }) {
  const [address, setAddress] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (): Promise<boolean> => {
    const url = address.trim()
    const problem = addressProblem(url)
    if (problem) {
      setError(problem)
      return false
    }
    setBusy(true)
    setError(null)
    try {
      const before = store.replica.getState().project
      const result = await api.importUrl(url)
      if (!result.ok) {
        if (!result.cancelled) setError(result.error)
        return false
      }
      store.replica.takeImport(before, result)
      const first = result.articles[0]
      if (first) {
        store.selectArticle(first.id)
        store.notify('info', `Imported “${first.title}” from ${url}.`)
      }
      return true
    } catch (err) {
      setError(`The page could not be imported: ${(err as Error).message}`)
      return false
    } finally {
      setBusy(false)
    }
  }
  return (
    <ModalForm
      label="Import from URL"
      title="Import a web page from its address"
      submitLabel={busy ? 'Fetching…' : 'Import'}
      canSubmit={!busy && address.trim().length > 0}
      onSubmit={submit}
      onClose={importUrlWindow.close}
    >
      <label className="qm-field-label qm-import-url">
        Web address
        <input type="text" inputMode="url" name="url" value={address} autoFocus spellCheck={false} onChange={(e) => setAddress(e.target.value)} placeholder="https://www.example.org/news/story.html" />
      </label>
      <p className="qm-muted">The page is fetched without cookies (at most 15 s and 10 MB); only its text comes in, with the address as its source.</p>
      {error ? (
        <p className="qm-import-url-error" role="alert">
          {error}
        </p>
      ) : null}
    </ModalForm>
  )
}
