import { useState } from 'react'
import type { TeamResult } from '../../../core/api'
import { ModalForm } from './Modal'

type Props = {
  kind: 'share' | 'join'
  projectName: string | null
  /** Share or join; the result's error is shown in the dialog, which stays open. */
  onSubmit: (request: { url: string; token: string }) => Promise<TeamResult>
  onClose: () => void
}

/** Share with Team… / Join Team Project…: the team server's address and my token; what went wrong is said here, in words. */
export function TeamDialog({ kind, projectName, onSubmit, onClose }: Props) {
  const [url, setUrl] = useState('ws://127.0.0.1:1234')
  const [token, setToken] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const title = kind === 'share' ? `Share ${projectName ? `“${projectName}”` : 'this project'} with the team` : 'Join a team project'
  return (
    <ModalForm
      label={kind === 'share' ? 'Share with team' : 'Join team project'}
      title={title}
      submitLabel={busy ? 'Connecting…' : kind === 'share' ? 'Share' : 'Choose a file and join…'}
      canSubmit={!busy && url.trim() !== '' && token.trim() !== ''}
      onSubmit={async () => {
        setBusy(true)
        setError(null)
        try {
          const result = await onSubmit({ url: url.trim(), token: token.trim() })
          if (result.ok) return true
          if (!result.cancelled) setError(result.error)
          return false
        } catch (err) {
          setError((err as Error).message)
          return false
        } finally {
          setBusy(false)
        }
      }}
      onClose={onClose}
    >
      <fieldset className="qm-team-fields">
        <label className="qm-field-label">
          Team server
          <input type="text" name="url" value={url} autoFocus spellCheck={false} onChange={(e) => setUrl(e.target.value)} placeholder="wss://team.example.org" />
        </label>
        <label className="qm-field-label">
          Your token
          <input type="password" name="token" value={token} spellCheck={false} autoComplete="off" onChange={(e) => setToken(e.target.value)} placeholder="qm1.…" />
        </label>
      </fieldset>
      <p className="qm-muted">
        {kind === 'share'
          ? 'The project is uploaded, or, when the team already has it, this file takes the team’s version. The file remembers the server.'
          : 'You choose a new file for your copy; work done offline is kept and sent when the connection returns.'}
      </p>
      {error ? (
        <p className="qm-team-error" role="alert">
          {error}
        </p>
      ) : null}
    </ModalForm>
  )
}
