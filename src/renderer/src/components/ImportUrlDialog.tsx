import { useState, useSyncExternalStore } from 'react'
import type { QuotemarkApi } from '../../../core/api'
import { checkUrlField } from '../../../core/import/articleDetails'
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

type Problem = { error: string; /** The https:// address a host name without a scheme probably is. */ suggestion?: string }

/** An address the window can tell is not a web page's before asking main (main checks again). */
function addressProblem(address: string): Problem | null {
  const field = checkUrlField(address)
  if (!field.ok && field.suggestion) return { error: field.error, suggestion: field.suggestion }
  if (!URL.canParse(address)) return { error: 'That is not a web address: it should start with https:// or http://.' }
  const { protocol } = new URL(address)
  if (protocol !== 'http:' && protocol !== 'https:') return { error: `Only http and https addresses can be imported, not ${protocol.replace(/:$/, '')}.` }
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
  const [error, setError] = useState<Problem | null>(null)
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
        if (!result.cancelled) setError({ error: result.error })
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
      setError({ error: `The page could not be imported: ${(err as Error).message}` })
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
          {error.error}
          {error.suggestion ? (
            <button type="button" className="qm-link-button" onClick={() => (setAddress(error.suggestion!), setError(null))}>
              Use {error.suggestion}
            </button>
          ) : null}
        </p>
      ) : null}
    </ModalForm>
  )
}
