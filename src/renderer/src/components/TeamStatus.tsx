import { useEffect, useSyncExternalStore } from 'react'
import type { TeamRequest, TeamResult, TeamStatusEvent } from '../../../core/api'
import { getApi } from '../api'
import type { Replica } from '../store/replica'
import { teamWindow } from '../store/team'
import { TeamDialog } from './TeamDialog'
import './team.css'

/** The toolbar's words for the connection: "Online · 3 here", "Offline — changes kept", "Reconnecting…". */
export function teamStatusText(status: TeamStatusEvent): string {
  const viewer = status.readOnly ? ' · read-only (viewer)' : ''
  switch (status.state) {
    case 'online':
      return `Online · ${Math.max(1, status.here ?? 1)} here${viewer}`
    case 'connecting':
      return `Connecting…${viewer}`
    case 'reconnecting':
      return `Reconnecting…${viewer}`
    case 'offline':
      return `Offline — changes kept${viewer}`
    case 'off':
      return status.error ? `Not connected: ${status.error}` : ''
  }
}

/** The team's status in the toolbar, and the Share / Join dialog the File menu opens. */
export function TeamStatus({ replica, projectName }: { replica: Replica; projectName: string | null }) {
  const { status, dialog, said } = useSyncExternalStore(teamWindow.subscribe, teamWindow.getState)
  useEffect(() => {
    teamWindow.connect(getApi())
    return () => teamWindow.disconnect()
  }, [])
  // A viewer's project is read-only whenever it is open (main marks its sessions; this catches a role learned late).
  useEffect(() => {
    if (status.readOnly && !replica.getState().readOnly) void getApi().getSession().then((session) => replica.adopt(session)).catch(() => undefined)
  }, [status.readOnly, replica])
  // What Share or Join did is said for a while, then the status alone stays.
  useEffect(() => {
    if (!said) return
    const timer = setTimeout(() => teamWindow.take(teamWindow.getState().status, null), 8000)
    return () => clearTimeout(timer)
  }, [said])
  const text = projectName ? teamStatusText(status) : ''
  const submit = async (request: TeamRequest): Promise<TeamResult> => {
    const api = getApi()
    const result = dialog === 'join' ? await api.joinTeamProject(request) : await api.shareWithTeam(request)
    if (result.ok) {
      if (result.session) replica.adopt(result.session)
      teamWindow.take(result.status, result.message)
    }
    return result
  }
  return (
    <>
      {said ? (
        <span className="qm-team-said" role="status" title={said}>
          {said}
        </span>
      ) : null}
      {text || status.notice ? (
        <span className={`qm-team qm-team-${status.state}`} role="status" aria-live="polite" data-team-state={status.state} title={status.url ?? ''}>
          {text ? <span className={status.error ? 'qm-team-error-text' : undefined}>{text}</span> : null}
          {status.notice ? <span className="qm-team-error">{status.notice}</span> : null}
        </span>
      ) : null}
      {dialog ? <TeamDialog kind={dialog} projectName={projectName} onSubmit={submit} onClose={() => teamWindow.close()} /> : null}
    </>
  )
}
