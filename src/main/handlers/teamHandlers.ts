/**
 * Working as a team, from the window: Share, Join, Leave, the status the
 * toolbar shows, and which article I have open (presence).
 *
 * The handler set owns the one TeamSync (src/main/team): started by Share or
 * Join, or when a project whose file remembers a team server is opened (the
 * link kept beside it, teamFiles.ts; never the project file itself); stopped
 * when that project closes or another opens: `guard` runs `follow` after
 * every handler, which compares the store's open file with the synced one.
 * A viewer's desk refuses changes here too (the server would drop them),
 * and every session handed to the window for a viewer's project says it is
 * read-only (`withViewer`), however the project was opened: Join, Open,
 * a reload, Leave team undoes it.
 */
import { rm } from 'node:fs/promises'
import type { Handlers, OpenSession, TeamPeerInfo, TeamRequest, TeamResult, TeamStatusEvent } from '../../core/api'
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

/**
 * The one TeamSync of the desk and what the toolbar is told of it: started
 * for a project, stopped when another opens or it closes (`follow`), its
 * status turned into the window's words, my presence passed on.
 */
class TeamConnection {
  sync: TeamSync | null = null
  syncPath: string | null = null
  /** The link beside the synced project says its token is a viewer's (known before the server answers). */
  viewerLink = false
  error: string | undefined
  seenPath: string | null = null
  private stops: Array<() => void> = []
  private notice: string | undefined
  private presence: string | null = null
  private offlineTimer: NodeJS.Timeout | null = null
  private following: Promise<void> = Promise.resolve()

  constructor(private readonly ctx: HandlerContext) {}

  statusNow(): TeamStatusEvent {
    const { sync, error, notice } = this
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

  tell = (): void => this.ctx.emit('teamStatus', this.statusNow())

  private onStatus(): void {
    this.tell()
    if (this.offlineTimer) clearTimeout(this.offlineTimer)
    const state = this.sync?.currentStatus.state
    // Say "offline" once the connection has been gone a while (TeamSync keeps trying meanwhile).
    if (state === 'reconnecting' || state === 'connecting') this.offlineTimer = setTimeout(this.tell, OFFLINE_AFTER_MS + 50)
    this.offlineTimer?.unref?.()
  }

  async stopSync(): Promise<void> {
    const stopping = this.sync
    this.sync = null
    this.syncPath = null
    this.viewerLink = false
    this.notice = undefined
    for (const stop of this.stops.splice(0)) stop()
    if (this.offlineTimer) clearTimeout(this.offlineTimer)
    if (stopping) await stopping.stop().catch(() => undefined)
  }

  async startSync(url: string, token: string): Promise<TeamSync> {
    await this.stopSync()
    const { store, settings } = this.ctx
    const path = store.path
    const started = await TeamSync.start({ store, url, token, userName: settings.author })
    this.sync = started
    this.syncPath = path
    this.error = undefined
    this.stops = [
      started.onStatus(() => this.onStatus()),
      started.onPeers(this.tell),
      started.onProblem((m) => {
        this.notice = m
        this.tell()
      })
    ]
    started.setPresence(this.presence)
    this.onStatus()
    return started
  }

  /** The synced project is a viewer's: the server keeps none of its changes. */
  get viewer(): boolean {
    return this.sync !== null && (this.viewerLink || this.sync.currentStatus.readOnly)
  }

  setPresence(articleId: string | null): void {
    this.presence = articleId
    this.sync?.setPresence(articleId)
  }

  /** Until the first sync with the server is done (or refused, or too long). */
  async joined(started: TeamSync): Promise<string | null> {
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
  follow(): Promise<void> {
    const { store } = this.ctx
    this.following = this.following
      .then(async () => {
        const path = store.path
        if (path === this.seenPath) return
        this.seenPath = path
        if (this.sync && this.syncPath !== path) await this.stopSync()
        if (!path || this.sync) return this.tell()
        const link = await readTeamLink(path)
        if (!link || store.path !== path) return this.tell()
        try {
          await this.startSync(link.url, link.token)
          this.viewerLink = link.viewer === true
        } catch (err) {
          this.error = message(err)
          this.tell()
        }
      })
      .catch(() => undefined)
    return this.following
  }
}

export function teamHandlers(ctx: HandlerContext) {
  const { store, dialogs, exclusive } = ctx
  const team = new TeamConnection(ctx)

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
      await team.stopSync()
      await forgetTeam(snap.path)
    }
    team.seenPath = snap.path
    const started = await team.startSync(url, token)
    const problem = await team.joined(started)
    if (problem && started.currentStatus.state === 'refused') {
      await team.stopSync()
      return { ok: false, error: problem }
    }
    // Sharing again with a new token: the file remembers the new one (TeamSync writes the link only on a first sync).
    if (!problem) await writeTeamLink(snap.path, { url, project: probe.project, token }).catch(() => undefined)
    const name = snap.path.split(/[\\/]/).pop()
    const said = probe.hasProject
      ? `Joined the team’s project “${probe.project}” on ${url}: ${name} now holds the team’s version (what it held before is in Versions…).`
      : `Shared ${name} with the team as “${probe.project}” on ${url}.`
    return { ok: true, status: team.statusNow(), message: problem ? `${said} ${problem}` : said }
  }

  async function join({ url, token }: TeamRequest): Promise<TeamResult> {
    const probe = await probeTeam(url, token)
    if (!probe.ok) return probe
    if (!probe.hasProject) return { ok: false, error: `The team server at ${url} has no project “${probe.project}” yet: someone with an editor’s token shares one first (File › Share with Team…).` }
    const chosen = await dialogs.chooseNewProjectPath()
    if (!chosen) return { ok: false, cancelled: true }
    const path = withProjectExtension(chosen)
    try {
      await team.stopSync()
      team.seenPath = path
      await forgetTeam(path)
      await store.create(path, probe.project)
      const started = await team.startSync(url, token)
      const problem = await team.joined(started)
      if (problem) return { ok: false, error: problem }
      team.viewerLink = probe.readOnly
      const opened = await ctx.opened(store.snapshot()!)
      if (!opened.ok) return opened
      const session = withViewer(opened.session)
      const said = `Joined “${probe.project}” on ${url}${probe.readOnly ? ' as a viewer (read-only)' : ''}.`
      return { ok: true, status: team.statusNow(), message: said, session }
    } catch (err) {
      team.seenPath = null
      void team.follow()
      return { ok: false, error: message(err) }
    }
  }

  const handlers: Pick<Handlers, TeamKeys> = {
    shareWithTeam: (request) => exclusive(() => share(request)),
    joinTeamProject: (request) => exclusive(() => join(request)),
    leaveTeam: () =>
      exclusive(async () => {
        const path = team.syncPath ?? store.path
        await team.stopSync()
        team.error = undefined
        if (path) await forgetTeam(path).catch(() => undefined)
        team.tell()
        return team.statusNow()
      }),
    getTeamStatus: async () => team.statusNow(),
    setTeamPresence: async (articleId) => team.setPresence(articleId)
  }

  /** A session (or a result carrying one) of the synced project marked read-only when it is a viewer's. */
  function withViewer<T>(result: T): T {
    if (!team.viewer || typeof result !== 'object' || result === null) return result
    const value = result as { status?: unknown; session?: OpenSession }
    if (value.status === 'open') return (value as OpenSession).path === team.syncPath ? ({ ...value, readOnly: (value as OpenSession).readOnly ?? VIEWER_READ_ONLY } as T) : result
    return value.session ? ({ ...value, session: withViewer(value.session) } as T) : result
  }

  /** Every handler followed by `follow`; a viewer's window commands refused. */
  function guard(all: Handlers): Handlers {
    const wrapped = { ...all } as Record<string, (...args: unknown[]) => Promise<unknown>>
    for (const [key, fn] of Object.entries(all) as Array<[string, (...args: unknown[]) => Promise<unknown>]>) {
      wrapped[key] = async (...args) => {
        if (key === 'applyCommand' && team.viewer) return { ok: false, error: VIEWER_READ_ONLY, revision: store.revision, commandId: String(args[1] ?? '') }
        const result = await fn(...args)
        await team.follow()
        return withViewer(result)
      }
    }
    return wrapped as unknown as Handlers
  }

  /** The same for main's own way of opening a file. */
  const after = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const result = await fn(...args)
    await team.follow()
    return withViewer(result)
  }

  /** Stop syncing (quit): the team state beside the project is compacted; nothing acknowledged depends on it. */
  const stop = (): Promise<void> => exclusive(() => team.stopSync())
  return { handlers, guard, after, stop }
}
