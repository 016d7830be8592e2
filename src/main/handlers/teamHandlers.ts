/**
 * Working as a team, from the window: Share, Join, Leave, the status the
 * toolbar shows, and which article I have open (presence).
 *
 * The handler set owns the one TeamSync (src/main/team): started by Share or
 * Join, or when a project whose file remembers a team server is opened (the
 * link kept beside it, teamFiles.ts; never the project file itself); stopped
 * when that project closes or another opens: `guard` runs `follow` after
 * every handler, which compares the store's open file with the synced one.
 * A viewer's desk refuses changes here too (the server would drop them).
 */
import { rm } from 'node:fs/promises'
import type { Handlers, TeamPeerInfo, TeamRequest, TeamResult, TeamStatusEvent } from '../../core/api'
import { readTeamLink, teamLinkPath, teamStatePath, writeTeamLink } from '../team/teamFiles'
import { TeamSync } from '../team/teamSync'
import { message, type HandlerContext } from './context'
import { withProjectExtension } from './projectHandlers'
import { probeTeam, refused } from './teamProbe'

type TeamKeys = 'shareWithTeam' | 'joinTeamProject' | 'leaveTeam' | 'getTeamStatus' | 'setTeamPresence'

/** Lost for this long, the toolbar says "Offline — changes kept" instead of "Reconnecting…". */
export const OFFLINE_AFTER_MS = 4000
const JOIN_TIMEOUT_MS = 20_000

export const VIEWER_READ_ONLY = 'You are a viewer of this team project: the team server keeps only editors’ changes, so nothing can be changed here.'

/** "Ana Lima" → "AL", "bea" → "B". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words
  return letters.map((w) => [...w][0]!.toUpperCase()).join('') || '?'
}

async function forgetTeam(projectPath: string): Promise<void> {
  await Promise.all([rm(teamStatePath(projectPath), { force: true }), rm(teamLinkPath(projectPath), { force: true })])
}

export function teamHandlers(ctx: HandlerContext) {
  const { store, settings, emit, dialogs, exclusive } = ctx
  let sync: TeamSync | null = null
  let syncPath: string | null = null
  let stops: Array<() => void> = []
  let error: string | undefined
  let notice: string | undefined
  let presence: string | null = null
  let seenPath: string | null = null
  let offlineTimer: NodeJS.Timeout | null = null
  let following: Promise<void> = Promise.resolve()

  function statusNow(): TeamStatusEvent {
    if (!sync) return { state: 'off', peers: [], ...(error ? { error } : {}) }
    const s = sync.currentStatus
    const peers: TeamPeerInfo[] = sync.peers().map((p) => ({ name: p.name, initials: initials(p.name), articleId: p.articleId }))
    const base = { peers, url: s.url, here: s.here, readOnly: s.readOnly, ...(notice ? { notice } : {}) }
    const away = Date.now() - s.since >= OFFLINE_AFTER_MS
    switch (s.state) {
      case 'online':
        return { state: 'online', ...base }
      case 'connecting':
        return { state: away && sync.hasJoined ? 'offline' : 'connecting', ...base }
      case 'reconnecting':
        return { state: away ? 'offline' : 'reconnecting', ...base }
      case 'refused':
        return { state: 'off', ...base, peers: [], error: refused(s.reason) }
      default:
        return { state: 'off', peers: [] }
    }
  }

  const tell = (): void => emit('teamStatus', statusNow())

  function onStatus(): void {
    tell()
    if (offlineTimer) clearTimeout(offlineTimer)
    const state = sync?.currentStatus.state
    // Say "offline" once the connection has been gone a while (TeamSync keeps trying meanwhile).
    if (state === 'reconnecting' || state === 'connecting') offlineTimer = setTimeout(tell, OFFLINE_AFTER_MS + 50)
    offlineTimer?.unref?.()
  }

  async function stopSync(): Promise<void> {
    const stopping = sync
    sync = null
    syncPath = null
    notice = undefined
    for (const stop of stops.splice(0)) stop()
    if (offlineTimer) clearTimeout(offlineTimer)
    if (stopping) await stopping.stop().catch(() => undefined)
  }

  async function startSync(url: string, token: string): Promise<TeamSync> {
    await stopSync()
    const path = store.path
    const started = await TeamSync.start({ store, url, token, userName: settings.author })
    sync = started
    syncPath = path
    error = undefined
    stops = [
      started.onStatus(onStatus),
      started.onPeers(tell),
      started.onProblem((m) => {
        notice = m
        tell()
      })
    ]
    started.setPresence(presence)
    onStatus()
    return started
  }

  /** Until the first sync with the server is done (or refused, or too long). */
  async function joined(started: TeamSync): Promise<string | null> {
    const until = Date.now() + JOIN_TIMEOUT_MS
    for (;;) {
      const s = started.currentStatus
      if (s.state === 'refused') return refused(s.reason)
      if (started.hasJoined && s.state === 'online') return null
      if (Date.now() > until) return `The team server at ${s.url} stopped answering while the project was being shared; it will go on trying.`
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  /** After every handler: the project that is open now is the one synced, or none is. */
  function follow(): Promise<void> {
    following = following.then(async () => {
      const path = store.path
      if (path === seenPath) return
      seenPath = path
      if (sync && syncPath !== path) await stopSync()
      if (!path || sync) return tell()
      const link = await readTeamLink(path)
      if (!link || store.path !== path) return tell()
      try {
        await startSync(link.url, link.token)
      } catch (err) {
        error = message(err)
        tell()
      }
    }).catch(() => undefined)
    return following
  }

  async function share({ url, token }: TeamRequest): Promise<TeamResult> {
    const snap = store.snapshot()
    if (!snap) return { ok: false, error: 'Open a project first, then share it with the team.' }
    if (snap.readOnly) return { ok: false, error: snap.readOnly }
    const probe = await probeTeam(url, token)
    if (!probe.ok) return probe
    if (probe.readOnly) return { ok: false, error: 'This token is a viewer’s: a viewer can read the team’s project but cannot share or change it. Use Join Team Project… to open it read-only, or ask for an editor’s token.' }
    const link = await readTeamLink(snap.path)
    // The state kept for another team document must not flow into this one.
    if (!link || link.url !== url || link.project !== probe.project) {
      await stopSync()
      await forgetTeam(snap.path)
    }
    seenPath = snap.path
    const started = await startSync(url, token)
    const problem = await joined(started)
    if (problem && started.currentStatus.state === 'refused') {
      await stopSync()
      return { ok: false, error: problem }
    }
    // Sharing again with a new token: the file remembers the new one (TeamSync writes the link only on a first sync).
    if (!problem) await writeTeamLink(snap.path, { url, project: probe.project, token }).catch(() => undefined)
    const name = snap.path.split(/[\\/]/).pop()
    const said = probe.hasProject
      ? `Joined the team’s project “${probe.project}” on ${url}: ${name} now holds the team’s version (what it held before is in Versions…).`
      : `Shared ${name} with the team as “${probe.project}” on ${url}.`
    return { ok: true, status: statusNow(), message: problem ? `${said} ${problem}` : said }
  }

  async function join({ url, token }: TeamRequest): Promise<TeamResult> {
    const probe = await probeTeam(url, token)
    if (!probe.ok) return probe
    if (!probe.hasProject) return { ok: false, error: `The team server at ${url} has no project “${probe.project}” yet: someone with an editor’s token shares one first (File › Share with Team…).` }
    const chosen = await dialogs.chooseNewProjectPath()
    if (!chosen) return { ok: false, cancelled: true }
    const path = withProjectExtension(chosen)
    try {
      await stopSync()
      seenPath = path
      await forgetTeam(path)
      await store.create(path, probe.project)
      const started = await startSync(url, token)
      const problem = await joined(started)
      if (problem) return { ok: false, error: problem }
      const opened = await ctx.opened(store.snapshot()!)
      if (!opened.ok) return opened
      const session = probe.readOnly ? { ...opened.session, readOnly: VIEWER_READ_ONLY } : opened.session
      const said = `Joined “${probe.project}” on ${url}${probe.readOnly ? ' as a viewer (read-only)' : ''}.`
      return { ok: true, status: statusNow(), message: said, session }
    } catch (err) {
      seenPath = null
      void follow()
      return { ok: false, error: message(err) }
    }
  }

  const handlers: Pick<Handlers, TeamKeys> = {
    shareWithTeam: (request) => exclusive(() => share(request)),
    joinTeamProject: (request) => exclusive(() => join(request)),
    leaveTeam: () =>
      exclusive(async () => {
        const path = syncPath ?? store.path
        await stopSync()
        error = undefined
        if (path) await forgetTeam(path).catch(() => undefined)
        tell()
        return statusNow()
      }),
    getTeamStatus: async () => statusNow(),
    setTeamPresence: async (articleId) => {
      presence = articleId
      sync?.setPresence(articleId)
    }
  }

  /** Every handler followed by `follow`; a viewer's window commands refused. */
  function guard(all: Handlers): Handlers {
    const wrapped = { ...all } as Record<string, (...args: unknown[]) => Promise<unknown>>
    for (const [key, fn] of Object.entries(all) as Array<[string, (...args: unknown[]) => Promise<unknown>]>) {
      wrapped[key] = async (...args) => {
        if (key === 'applyCommand' && sync?.currentStatus.readOnly) return { ok: false, error: VIEWER_READ_ONLY, revision: store.revision, commandId: String(args[1] ?? '') }
        const result = await fn(...args)
        await follow()
        return result
      }
    }
    return wrapped as unknown as Handlers
  }

  /** The same for main's own way of opening a file. */
  const after = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const result = await fn(...args)
    await follow()
    return result
  }

  /** Stop syncing (quit): the team state beside the project is compacted; nothing acknowledged depends on it. */
  const stop = (): Promise<void> => exclusive(stopSync)
  return { handlers, guard, after, stop }
}
