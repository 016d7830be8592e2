/**
 * The window's view of the open project and everything the user does to it.
 * Main owns the file; this store holds the snapshot main sent, applies the
 * user's commands optimistically, keeps the undo history, and reconciles with
 * what main reports. Plain TypeScript (React subscribes through
 * useSyncExternalStore), so no stale closures and no hidden state in components.
 */
import type { MenuCommand, OpenResult, ProjectChanged, QuotemarkApi, SaveStatus, Session } from '../../core/api'
import { applyCommand, type Command } from '../../core/commands'
import { canRedo, canUndo, emptyHistory, recordStep, redoStep, undoStep, type History } from '../../core/history'
import { newId, nowIso } from '../../core/ids'
import { trimRange } from '../../core/anchoring'
import { createAnnotation } from '../../core/annotations'
import { citationFor } from '../../core/export'
import type { AnnotationPatch, PersonPatch } from '../../core/commands'
import type { ArticleUpdateResult, MergeResult } from '../../core/api'
import { reattachOrphanEdit, type ArticleUpdateSummary } from '../../core/reanchor'
import { acceptManyEdit, acceptSuggestionEdit, prepareSuggestions, rejectSuggestionEdit, suggestionsForArticle, suggestionsForProject, type ArticleSuggestion, type SuggestionFix } from '../../core/suggest/suggestEdits'
import { attributeEdit, resolveConflictEdit, linkEdit, mergePeopleEdit, removeAnnotationEdit, speakerFromTextEdit, unlinkEdit } from '../../core/edits'
import { createPerson, matchPeople, matchPeopleExactly, nameFromAttribution } from '../../core/people'
import type { Annotation, AnnotationKind, Article, LinkType, Project } from '../../core/schema'

export type Notice = { id: number; tone: 'error' | 'info'; text: string }

export type DeskState = {
  readonly loading: boolean
  readonly path: string | null
  readonly project: Project | null
  readonly revision: number
  readonly author: string
  readonly authorConfirmed: boolean
  /** Why the open file cannot be changed (made by a newer Quotemark), or null. */
  readonly readOnly: string | null
  readonly save: SaveStatus
  readonly history: History
  readonly selectedArticleId: string | null
  readonly selectedAnnotationId: string | null
  readonly notices: readonly Notice[]
  /** Reviewing suggested quotes: in the open article or the whole project, and the one under review. UI state, never saved. */
  readonly suggesting: { readonly scope: 'article' | 'project'; readonly claims: boolean; readonly activeId: string | null } | null
  /** Reading a large project through for suggestions: how far it has got. */
  readonly suggestProgress: { readonly done: number; readonly total: number } | null
}

const initial: DeskState = {
  loading: true,
  path: null,
  project: null,
  revision: 0,
  author: '',
  authorConfirmed: true,
  readOnly: null,
  save: { state: 'saved' },
  history: emptyHistory,
  selectedArticleId: null,
  selectedAnnotationId: null,
  notices: [],
  suggesting: null,
  suggestProgress: null
}

export class DeskStore {
  private state: DeskState = initial
  private listeners = new Set<() => void>()
  private noticeSeq = 0
  private unsubscribers: (() => void)[] = []
  /** Commands sent but not yet echoed, and revisions main gave our commands: our own echoes are not applied twice. */
  private pending: string[] = []
  private ownRevisions = new Set<number>()

  constructor(private readonly api: QuotemarkApi) {}

  getState = (): DeskState => this.state
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private set(patch: Partial<DeskState>): void {
    this.state = { ...this.state, ...patch }
    for (const l of this.listeners) l()
  }

  async start(onMenu: (command: MenuCommand) => void): Promise<void> {
    this.unsubscribers.push(
      this.api.onProjectChanged((e) => this.onProjectChanged(e)),
      this.api.onSaveStatus((s) => this.set({ save: s })),
      this.api.onMenuCommand(onMenu)
    )
    try {
      this.adopt(await this.api.getSession())
    } catch (err) {
      this.set({ loading: false })
      this.notify('error', `Quotemark could not open a project: ${(err as Error).message}`)
    }
  }

  stop(): void {
    for (const u of this.unsubscribers.splice(0)) u()
  }

  private adopt(session: Session, noticeTone: Notice['tone'] = 'error'): void {
    if (session.status === 'open') {
      const keep = this.state.path === session.path ? this.state.selectedArticleId : null
      const selectedArticleId = session.project.articles.some((a) => a.id === keep) ? keep : (session.project.articles[0]?.id ?? null)
      this.set({
        loading: false,
        path: session.path,
        project: session.project,
        revision: session.revision,
        author: session.author,
        authorConfirmed: session.authorConfirmed,
        readOnly: session.readOnly ?? null,
        save: session.save,
        history: this.state.path === session.path ? this.state.history : emptyHistory,
        selectedArticleId,
        selectedAnnotationId: null,
        suggesting: this.state.path === session.path ? this.state.suggesting : null
      })
    } else {
      this.set({ ...initial, loading: false, author: session.author, authorConfirmed: session.authorConfirmed, notices: this.state.notices })
    }
    if (session.notice && session.notice !== (session.status === 'open' ? session.readOnly : undefined)) this.notify(noticeTone, session.notice)
  }

  private onProjectChanged(event: ProjectChanged): void {
    const { project } = this.state
    // Reloaded or merged because the file changed on disk: main says what happened, in words.
    if (event.kind === 'reopened') return this.adopt(event.session, 'info')
    if (!project || event.revision <= this.state.revision) return
    if (event.kind === 'articles-added') {
      const known = new Set(project.articles.map((a) => a.id))
      this.set({ project: { ...project, articles: [...project.articles, ...event.articles.filter((a) => !known.has(a.id))] }, revision: event.revision })
      return
    }
    const echo = this.pending.indexOf(JSON.stringify(event.command))
    if (echo >= 0 || this.ownRevisions.delete(event.revision)) {
      if (echo >= 0) this.pending.splice(echo, 1)
      this.set({ revision: event.revision })
      return
    }
    // A change that did not start in this window (another window, a reload later): apply it if it still applies.
    const result = applyCommand(project, event.command)
    this.set({ project: result.ok ? result.project : project, revision: event.revision })
  }

  notify(tone: Notice['tone'], text: string): void {
    const notice = { id: ++this.noticeSeq, tone, text }
    this.set({ notices: [...this.state.notices.slice(-3), notice] })
    // Confirmations fade; errors stay until read and dismissed.
    if (tone === 'info') setTimeout(() => this.dismiss(notice.id), 6000)
  }

  /**
   * Merge a colleague's project, or replace an article's text with a newer
   * version. Main applies the change (and pushes it); here it is recorded for
   * undo against the project as it was before.
   */
  async applyFromMain(run: () => Promise<MergeResult | ArticleUpdateResult>): Promise<string[] | null> {
    const before = this.state.project
    try {
      const result = await run()
      if (!result.ok) {
        if (!result.cancelled) this.notify('error', result.error)
        return null
      }
      if (before && result.command) this.set({ history: recordStep(this.state.history, before, result.command, nowIso(), this.state.author) })
      if (this.state.revision < result.revision) this.adopt(await this.api.getSession(), 'info')
      return 'lines' in result.summary ? result.summary.lines : describeUpdate(result.summary)
    } catch (err) {
      this.notify('error', (err as Error).message)
      return null
    }
  }

  resolveConflict(conflictId: string, keep: 'mine' | 'theirs'): void {
    const project = this.state.project
    if (project) this.perform(resolveConflictEdit(project, conflictId, keep))
  }

  reattachOrphan(annotationId: string, range: { start: number; end: number } | null): void {
    const project = this.state.project
    if (!project) return
    if (!range) return this.notify('info', 'Select the words where this tag belongs now, then re-attach it.')
    this.perform(reattachOrphanEdit(project, annotationId, range.start, range.end, nowIso(), this.state.author))
  }

  /** Put the selected tag on the clipboard as `“…” — Speaker, Role (Outlet, date)`. */
  async copyCitation(): Promise<void> {
    const { project, selectedAnnotationId } = this.state
    if (!project || !selectedAnnotationId) return this.notify('info', 'Select a tag first, then copy it with its citation.')
    const text = citationFor(project, selectedAnnotationId)
    if (!text) return this.notify('error', 'That tag could not be cited.')
    if (await this.api.copyText(text)) this.notify('info', `Copied: ${text}`)
    else this.notify('error', 'The citation could not be copied.')
  }

  /** The name new tags carry, kept in app settings; asked once. */
  async setAuthor(name: string): Promise<void> {
    const result = await this.api.setAuthor(name)
    if (result.ok) this.set({ author: result.author, authorConfirmed: true })
    else this.notify('error', result.error)
  }

  dismiss(id: number): void {
    this.set({ notices: this.state.notices.filter((n) => n.id !== id) })
  }

  /** Apply a command here at once, record it for undo, and send it to main; main's refusal rolls it back. */
  perform(command: Command, record = true): boolean {
    const { project, history, readOnly } = this.state
    if (!project) return false
    if (readOnly) {
      this.notify('error', readOnly)
      return false
    }
    const result = applyCommand(project, command)
    if (!result.ok) {
      this.notify('error', result.error)
      return false
    }
    const stillSelected = result.project.annotations.some((a) => a.id === this.state.selectedAnnotationId)
    this.set({
      project: result.project,
      history: record ? recordStep(history, project, command, nowIso(), this.state.author) : history,
      selectedAnnotationId: stillSelected ? this.state.selectedAnnotationId : null
    })
    void this.send(command)
    return true
  }

  private async send(command: Command): Promise<void> {
    const sent = JSON.stringify(command)
    this.pending.push(sent)
    try {
      const reply = await this.api.applyCommand(command)
      const waiting = this.pending.indexOf(sent)
      if (waiting >= 0) {
        this.pending.splice(waiting, 1)
        if (reply.ok) this.ownRevisions.add(reply.revision)
      }
      if (reply.ok) {
        if (reply.revision > this.state.revision) this.set({ revision: reply.revision })
        return
      }
      this.notify('error', `That change was not saved: ${reply.error}`)
    } catch (err) {
      this.notify('error', `That change was not saved: ${(err as Error).message}`)
    }
    // Main is the source of truth: take its copy again rather than guess.
    this.adopt(await this.api.getSession())
  }

  undo(): void {
    const step = undoStep(this.state.history, nowIso())
    if (!step) return
    if (this.perform(step.command, false)) this.set({ history: step.history })
  }

  redo(): void {
    const step = redoStep(this.state.history, nowIso())
    if (!step) return
    if (this.perform(step.command, false)) this.set({ history: step.history })
  }

  canUndo = (): boolean => canUndo(this.state.history)
  canRedo = (): boolean => canRedo(this.state.history)

  /**
   * Tag a span of the selected article; the span is trimmed of surrounding
   * white space. An attribution names its speaker when the project knows the
   * name, and attributes the selected quote or claim if there is one.
   */
  tag(kind: AnnotationKind, range: { start: number; end: number } | null): Annotation | null {
    const article = this.selectedArticle()
    const project = this.state.project
    if (!article || !project) return null
    const trimmed = range && trimRange(article.text, range.start, range.end)
    if (!trimmed) {
      this.notify('info', 'Select some words in the article first, then tag them.')
      return null
    }
    const annotation = createAnnotation({ articleId: article.id, text: article.text, ...trimmed, kind, author: this.state.author, now: nowIso() })
    let command: Command = { type: 'annotation.add', annotation }
    if (kind === 'attribution') {
      const name = nameFromAttribution(annotation.target.exact)
      const exactly = matchPeopleExactly(project.people, name)
      const named = exactly.length ? exactly : matchPeople(project.people, name)
      if (named.length === 1) annotation.speakerId = named[0]!.id
      const selected = project.annotations.find((a) => a.id === this.state.selectedAnnotationId)
      if (selected && selected.kind !== 'attribution' && selected.articleId === article.id && !selected.attributionId) {
        const attach: Command = { type: 'annotation.update', id: selected.id, patch: { attributionId: annotation.id }, updatedAt: annotation.createdAt, updatedBy: this.state.author }
        command = { type: 'batch', label: 'Tag the attribution', commands: [command, attach] }
      }
    }
    if (!this.perform(command)) return null
    this.set({ selectedAnnotationId: annotation.id })
    return annotation
  }

  updateAnnotation(id: string, patch: AnnotationPatch): void {
    const current = this.state.project?.annotations.find((a) => a.id === id)
    if (!current) return
    const changed = Object.entries(patch).some(([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(current[key as keyof Annotation]))
    if (!changed) return
    this.perform({ type: 'annotation.update', id, patch, updatedAt: nowIso(), updatedBy: this.state.author })
  }

  removeAnnotation(id: string): void {
    const project = this.state.project
    if (project) this.perform(removeAnnotationEdit(project, id, nowIso(), this.state.author))
  }

  /** The selected words name the selected tag's speaker: an existing person if the name is known, else a new one. */
  speakerFromText(name: string): void {
    const project = this.state.project
    const annotationId = this.state.selectedAnnotationId
    const trimmed = name.trim().replace(/\s+/g, ' ')
    if (!project || !trimmed) return this.notify('info', 'Select a name in the text first.')
    if (!annotationId) {
      if (matchPeople(project.people, trimmed).some((p) => p.name === trimmed)) return this.notify('info', `${trimmed} is already in this project's people.`)
      const person = createPerson(trimmed, nowIso())
      if (this.perform({ type: 'person.add', person })) this.notify('info', `Added ${person.name} to the people in this project.`)
      return
    }
    const edit = speakerFromTextEdit(project, { annotationId, name: trimmed, now: nowIso(), by: this.state.author })
    if (this.perform(edit.command)) this.notify('info', edit.created ? `Added ${trimmed} and set them as the speaker.` : `Speaker set to ${trimmed}.`)
  }

  attribute(annotationId: string, attributionId: string | null): void {
    const project = this.state.project
    if (project) this.perform(attributeEdit(project, annotationId, attributionId, nowIso(), this.state.author))
  }

  link(fromId: string, toId: string, type: LinkType): void {
    const project = this.state.project
    if (project) this.perform(linkEdit(project, fromId, toId, type, nowIso()))
  }

  unlink(linkId: string): void {
    this.perform(unlinkEdit(linkId))
  }

  addPerson(name: string): string | null {
    const person = createPerson(name, nowIso())
    return this.perform({ type: 'person.add', person }) ? person.id : null
  }

  updatePerson(id: string, patch: PersonPatch): void {
    this.perform({ type: 'person.update', id, patch, updatedAt: nowIso() })
  }

  removePerson(id: string): void {
    this.perform({ type: 'person.remove', id })
  }

  mergePeople(keepId: string, dropId: string): void {
    const project = this.state.project
    if (project) this.perform(mergePeopleEdit(project, keepId, dropId, nowIso(), this.state.author))
  }

  updateArticle(id: string, patch: Partial<Pick<Article, 'title' | 'outlet' | 'byline' | 'publishedAt' | 'url'>>): void {
    this.perform({ type: 'article.update', id, patch, updatedAt: nowIso() })
  }

  /** The suggestions under review now, in order (empty when not reviewing). */
  suggestions(): ArticleSuggestion[] {
    const { project, suggesting, selectedArticleId } = this.state
    if (!project || !suggesting) return []
    const options = { claims: suggesting.claims }
    if (suggesting.scope === 'project') return suggestionsForProject(project, options)
    return selectedArticleId ? suggestionsForArticle(project, selectedArticleId, options) : []
  }

  private warming = 0

  /** Start reviewing suggested quotes (and, if asked, claim candidates), in the open article or in every article. */
  suggest(scope: 'article' | 'project', claims = this.state.suggesting?.claims ?? false): void {
    const { project, selectedArticleId } = this.state
    if (!project) return
    if (scope === 'article' && !selectedArticleId) return this.notify('info', 'Choose an article first, then ask for suggestions.')
    const token = ++this.warming
    if (scope === 'project' && project.articles.length > 10) {
      // A 200-article project takes seconds to read through: article by article, between frames, with progress shown.
      const { articles } = project
      let next = 0
      const slice = () => {
        if (token !== this.warming || !this.state.project) return
        const until = performance.now() + 12
        while (next < articles.length && performance.now() < until) prepareSuggestions(articles[next++]!)
        if (next < articles.length) {
          this.set({ suggestProgress: { done: next, total: articles.length } })
          setTimeout(slice, 0)
        } else {
          this.set({ suggestProgress: null })
          this.startSuggesting(scope, claims)
        }
      }
      this.set({ suggestProgress: { done: 0, total: articles.length } })
      setTimeout(slice, 0)
      return
    }
    this.startSuggesting(scope, claims)
  }

  private startSuggesting(scope: 'article' | 'project', claims: boolean): void {
    this.set({ suggesting: { scope, claims, activeId: null } })
    const list = this.suggestions()
    const first = list[0]
    this.set({ suggesting: { scope, claims, activeId: first?.id ?? null }, selectedArticleId: first?.articleId ?? this.state.selectedArticleId })
    const where = scope === 'project' ? 'in this project' : 'in this article'
    const what = claims ? 'suggestion' : 'suggested quote'
    this.notify('info', list.length ? `${list.length} ${what}${list.length === 1 ? '' : 's'} ${where}: accept (A), reject (R), next (J).` : `No new ${claims ? 'quotes or claims' : 'quotes'} to suggest ${where}.`)
  }

  stopSuggesting(): void {
    this.warming++
    if (this.state.suggesting || this.state.suggestProgress) this.set({ suggesting: null, suggestProgress: null })
  }

  /** Review another suggestion (it may be in another article when reviewing the whole project). */
  focusSuggestion(id: string | null): void {
    const { suggesting } = this.state
    if (!suggesting) return
    const s = id ? this.suggestions().find((x) => x.id === id) : undefined
    this.set({ suggesting: { ...suggesting, activeId: s?.id ?? null }, selectedArticleId: s?.articleId ?? this.state.selectedArticleId })
  }

  /** The next suggestion to review after `id` is answered: the one after it, else the one before. */
  private advanceFrom(before: readonly ArticleSuggestion[], id: string): void {
    const at = before.findIndex((s) => s.id === id)
    const remaining = new Set(this.suggestions().map((s) => s.id))
    const next = [...before.slice(at + 1), ...before.slice(0, Math.max(0, at)).reverse()].find((s) => remaining.has(s.id))
    this.focusSuggestion(next?.id ?? null)
  }

  acceptSuggestion(s: ArticleSuggestion, fix: SuggestionFix = {}): void {
    const project = this.state.project
    if (!project) return
    const before = this.suggestions()
    if (this.perform(acceptSuggestionEdit(project, s, fix, nowIso(), this.state.author))) this.advanceFrom(before, s.id)
  }

  rejectSuggestion(s: ArticleSuggestion): void {
    const project = this.state.project
    const command = project && rejectSuggestionEdit(project, s, nowIso(), this.state.author)
    if (!command) return
    const before = this.suggestions()
    if (this.perform(command)) this.advanceFrom(before, s.id)
  }

  /** Accept every suggestion under review that names this speaker, in one step (one undo). */
  acceptAllBy(speaker: string | null): void {
    const project = this.state.project
    if (!project) return
    const before = this.suggestions()
    const mine = before.filter((s) => s.speaker === speaker)
    const command = acceptManyEdit(project, mine, nowIso(), this.state.author)
    if (!command || !this.perform(command)) return
    this.notify('info', `Accepted ${mine.length} suggested ${mine.length === 1 ? 'quote' : 'quotes'}${speaker ? ` by ${speaker}` : ''}.`)
    const remaining = this.suggestions()
    this.focusSuggestion(remaining[0]?.id ?? null)
  }

  selectArticle(id: string | null): void {
    if (id === this.state.selectedArticleId) return
    this.set({ selectedArticleId: id, selectedAnnotationId: null })
  }

  selectAnnotation(id: string | null): void {
    if (id === this.state.selectedAnnotationId) return
    const ann = id ? this.state.project?.annotations.find((a) => a.id === id) : undefined
    this.set({ selectedAnnotationId: ann ? ann.id : null, selectedArticleId: ann ? ann.articleId : this.state.selectedArticleId })
  }

  selectedArticle(): Article | undefined {
    const { project, selectedArticleId } = this.state
    return project?.articles.find((a) => a.id === selectedArticleId)
  }

  /** New, open, open recent, sample, save as: all answer with a session or a reason. */
  async openWith(action: () => Promise<OpenResult>): Promise<void> {
    try {
      const result = await action()
      if (result.ok) this.adopt(result.session)
      else if (!result.cancelled) this.notify('error', result.error)
    } catch (err) {
      this.notify('error', (err as Error).message)
    }
  }

  async close(): Promise<void> {
    this.adopt(await this.api.closeProject())
  }

  async importArticles(files?: { name: string; content: string }[]): Promise<void> {
    try {
      const result = files ? await this.api.importDroppedFiles(files) : await this.api.importArticles()
      if (!result.ok) {
        if (!result.cancelled) this.notify('error', result.error)
        return
      }
      const project = this.state.project
      if (project) {
        const known = new Set(project.articles.map((a) => a.id))
        this.set({
          project: { ...project, articles: [...project.articles, ...result.articles.filter((a) => !known.has(a.id))] },
          revision: Math.max(this.state.revision, result.revision),
          selectedArticleId: result.articles[0]?.id ?? this.state.selectedArticleId,
          selectedAnnotationId: null
        })
      }
      if (result.articles.length) this.notify('info', `Imported ${result.articles.map((a) => `“${a.title}”`).join(', ')}.`)
      for (const reason of result.skipped) this.notify('error', reason)
    } catch (err) {
      this.notify('error', `Import failed: ${(err as Error).message}`)
    }
  }
}

function describeUpdate(summary: ArticleUpdateSummary): string[] {
  const lines = [`The article's text was replaced. ${summary.unchanged} ${summary.unchanged === 1 ? 'tag stayed' : 'tags stayed'} where ${summary.unchanged === 1 ? 'it was' : 'they were'}.`]
  if (summary.moved) lines.push(`${summary.moved} ${summary.moved === 1 ? 'tag was' : 'tags were'} found again where the words moved.`)
  if (summary.fuzzy) lines.push(`${summary.fuzzy} ${summary.fuzzy === 1 ? 'tag was' : 'tags were'} matched to slightly changed words: check ${summary.fuzzy === 1 ? 'it' : 'them'}.`)
  if (summary.orphaned) lines.push(`${summary.orphaned} ${summary.orphaned === 1 ? 'tag' : 'tags'} could not be found and ${summary.orphaned === 1 ? 'is' : 'are'} listed under “Not found in the current text”.`)
  return lines
}
