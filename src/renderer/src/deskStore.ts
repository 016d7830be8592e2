/**
 * The desk: everything the window shows and every action the user takes, as
 * one snapshot for React (through useSyncExternalStore). It is assembled from
 * three stores with one job each, and the selection:
 *
 * - `replica` (store/replica.ts): the project as main sent it, the user's
 *   commands applied once and sent with an id, undo history, save state;
 * - `review` (store/suggestionReview.ts): reviewing suggested quotes;
 * - `notices` (store/notices.ts): errors and confirmations;
 * - the selected article and tag, kept here.
 *
 * The actions below turn what the user did into one project command (built by
 * core) and hand it to the replica.
 */
import type { ArticleUpdateResult, ImportResult, MenuCommand, MergeResult, QuotemarkApi, Session } from '../../core/api'
import type { AnnotationPatch, Command, PersonPatch } from '../../core/commands'
import { nowIso } from '../../core/ids'
import { createAnnotation, type ProjectIndex } from '../../core/annotations'
import { citationFor } from '../../core/export'
import { fitToParagraph, joinTagsEdit, ONE_PARAGRAPH, reattachOrphanEdit, removeArticleEdit, resizeTagEdit, resizeTagToEdit, splitTagEdit, type JoinEdit } from '../../core/edits'
import { attributeEdit, resolveConflictEdit, linkEdit, mergePeopleEdit, removeAnnotationEdit, speakerFromTextEdit, tagAttributionEdit, unlinkEdit } from '../../core/edits'
import { createPerson, matchPeople } from '../../core/people'
import { sameValue } from '../../core/revisions'
import type { Annotation, AnnotationKind, Article, LinkType } from '../../core/schema'
import { keyHint } from './components/keyHint'
import { DerivedIndex, type ArticleTags } from './store/derivedIndex'
import { Notices, type Notice } from './store/notices'
import { Replica, type ReplicaState } from './store/replica'
import { SuggestionReview, type ReviewState } from './store/suggestionReview'

export type { Notice } from './store/notices'

/** What the window renders from. Main's save status is not in it: the toolbar's indicator follows the replica itself, so a save does not re-render the desk. */
export type DeskState = Omit<ReplicaState, 'save'> &
  ReviewState & {
    readonly selectedArticleId: string | null
    readonly selectedAnnotationId: string | null
    readonly notices: readonly Notice[]
  }

type Selection = { readonly selectedArticleId: string | null; readonly selectedAnnotationId: string | null }

export class DeskStore {
  readonly notices = new Notices()
  readonly replica: Replica
  readonly review: SuggestionReview
  private selection: Selection = { selectedArticleId: null, selectedAnnotationId: null }
  private snapshot: DeskState | null = null
  /** The project's index and an article's tags (store/derivedIndex.ts). */
  readonly index = (): ProjectIndex => this.derived.index()
  readonly articleTags = (articleId: string | null): ArticleTags => this.derived.articleTags(articleId)
  private readonly derived = new DerivedIndex(() => this.replica.getState().project)
  private listeners = new Set<() => void>()
  private stops: (() => void)[] = []

  constructor(private readonly api: QuotemarkApi) {
    this.replica = new Replica(api, this.notify, (session, samePath) => this.onAdopt(session, samePath))
    this.review = new SuggestionReview({
      project: () => this.replica.getState().project,
      selectedArticleId: () => this.selection.selectedArticleId,
      showArticle: (id) => this.selectArticle(id),
      perform: (command) => this.perform(command),
      notify: this.notify,
      author: () => this.replica.getState().author
    })
    for (const part of [this.notices, this.replica, this.review]) part.subscribe(this.changed)
  }

  getState = (): DeskState => (this.snapshot ??= this.compose())

  private compose(): DeskState {
    const { save: _save, ...replica } = this.replica.getState()
    return { ...replica, ...this.review.getState(), ...this.selection, notices: this.notices.getState().list }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Listeners hear of a change only when something they render from did change. */
  private changed = (): void => {
    const next = this.compose()
    if (this.snapshot && sameFields(this.snapshot, next)) return
    this.snapshot = next
    for (const listener of this.listeners) listener()
  }

  private select(patch: Partial<Selection>): void {
    this.selection = { ...this.selection, ...patch }
    this.changed()
  }

  start(onMenu: (command: MenuCommand) => void): Promise<void> {
    this.stops.push(this.api.onMenuCommand(onMenu), this.replica.listen())
    return this.replica.load()
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop()
  }

  /** A session replaced the project: keep the selected article if it is still there, else show the first. */
  private onAdopt(session: Session, samePath: boolean): void {
    this.review.forgetUnless(samePath)
    if (session.status !== 'open') return this.select({ selectedArticleId: null, selectedAnnotationId: null })
    const keep = samePath ? this.selection.selectedArticleId : null
    const articles = session.project.articles
    this.select({ selectedArticleId: articles.some((a) => a.id === keep) ? keep : (articles[0]?.id ?? null), selectedAnnotationId: null })
  }

  notify = (tone: Notice['tone'], text: string): void => this.notices.notify(tone, text)
  dismiss = (id: number): void => this.notices.dismiss(id)

  /** Perform a command through the replica; a tag it removed stops being selected. */
  perform(command: Command, record = true): boolean {
    if (!this.replica.perform(command, record)) return false
    this.keepSelection()
    return true
  }

  private keepSelection(): void {
    const id = this.selection.selectedAnnotationId
    if (id && !this.index().annotationsById.has(id)) this.select({ selectedAnnotationId: null })
  }

  undo(): void {
    if (this.replica.undo()) this.keepSelection()
  }

  redo(): void {
    if (this.replica.redo()) this.keepSelection()
  }

  canUndo = (): boolean => this.replica.canUndo()
  canRedo = (): boolean => this.replica.canRedo()

  openWith = (action: Parameters<Replica['openWith']>[0]): Promise<void> => this.replica.openWith(action)
  close = (): Promise<void> => this.replica.close()
  setAuthor = (name: string): Promise<void> => this.replica.setAuthor(name)

  /** Merge a colleague's project, or replace an article's text with a newer version: the summary's lines, or null. */
  applyFromMain = (run: () => Promise<MergeResult | ArticleUpdateResult>): Promise<string[] | null> => this.replica.changeThroughMain(run)

  async importArticles(files?: { name: string; content: string }[]): Promise<void> {
    const before = this.replica.getState().project
    try {
      const result: ImportResult = files ? await this.api.importDroppedFiles(files) : await this.api.importArticles()
      if (!result.ok) {
        if (!result.cancelled) this.notify('error', result.error)
        return
      }
      this.replica.takeImport(before, result)
      if (result.articles[0]) this.select({ selectedArticleId: result.articles[0].id, selectedAnnotationId: null })
      if (result.articles.length) this.notify('info', `Imported ${result.articles.map((a) => `“${a.title}”`).join(', ')}.`)
      for (const reason of result.skipped) this.notify('error', reason)
    } catch (err) {
      this.notify('error', `Import failed: ${(err as Error).message}`)
    }
  }

  /** Put the selected tag on the clipboard as `“…” — Speaker, Role (Outlet, date)`. */
  async copyCitation(): Promise<void> {
    const project = this.replica.getState().project
    const id = this.selection.selectedAnnotationId
    if (!project || !id) return this.notify('info', 'Select a tag first, then copy it with its citation.')
    const text = citationFor(project, id)
    if (!text) return this.notify('error', 'That tag could not be cited.')
    if (await this.api.copyText(text)) this.notify('info', `Copied: ${text}`)
    else this.notify('error', 'The citation could not be copied.')
  }

  /**
   * Tag a span of the selected article; the span is trimmed of surrounding
   * white space. An attribution names its speaker, found in People or added
   * (see tagAttributionEdit), and attributes the selected quote or claim if
   * there is one.
   */
  tag(kind: AnnotationKind, range: { start: number; end: number } | null): Annotation | null {
    const article = this.selectedArticle()
    const { project, author } = this.replica.getState()
    if (!article || !project) return null
    const fitted = range && fitToParagraph(article, range.start, range.end)
    if (!fitted) {
      this.notify('info', 'Select some words in the article first, then tag them.')
      return null
    }
    const { start, end } = fitted
    const annotation = createAnnotation({ articleId: article.id, text: article.text, start, end, kind, author, now: nowIso() })
    let command: Command = { type: 'annotation.add', annotation }
    if (kind === 'attribution') {
      const selected = this.selectedAnnotation()
      const attributes = selected && selected.kind !== 'attribution' && selected.articleId === article.id && !selected.attributionId ? selected.id : null
      command = tagAttributionEdit(project, { annotation, attributes, now: annotation.createdAt, by: author }).command
    }
    if (!this.perform(command)) return null
    this.select({ selectedAnnotationId: annotation.id })
    if (fitted.cut) this.notify('info', `${ONE_PARAGRAPH}: tagged up to the end of its paragraph, “${annotation.target.exact.slice(-40)}”.`)
    return annotation
  }

  /** Move one end of the selected tag by a word; false when no tag is selected. */
  resizeSelected(edge: 'start' | 'end', direction: 1 | -1): boolean {
    return this.extentEdit((project, id, now, by) => resizeTagEdit(project, id, edge, direction, now, by)) !== null
  }

  /** Put one end of a tag where it was dragged to. */
  resizeTagTo(id: string, edge: 'start' | 'end', offset: number): void {
    this.selectAnnotation(id)
    this.extentEdit((project, _id, now, by) => resizeTagToEdit(project, id, edge, offset, now, by))
  }

  /** Split the selected tag at a text offset (the caret). */
  splitSelected(offset: number | null): void {
    if (offset === null) return this.notify('info', 'Click inside the tag where it should be split, then split it.')
    this.extentEdit((project, id, now, by) => splitTagEdit(project, id, offset, now, by))
  }

  /** Join the selected tag with the next of its kind; when their speakers differ, the answer names them (to ask, then call again with the one chosen). */
  joinSelected(speakerId?: string | null): JoinEdit | null {
    return this.extentEdit((project, id, now, by) => joinTagsEdit(project, id, now, by, speakerId))
  }

  private extentEdit(build: (project: NonNullable<ReplicaState['project']>, id: string, now: string, by: string) => JoinEdit): JoinEdit | null {
    const project = this.replica.getState().project
    const id = this.selection.selectedAnnotationId
    if (!project || !id) return null
    const edit = build(project, id, nowIso(), this.author())
    if (edit.ok) this.perform(edit.command)
    else if (!('speakers' in edit)) this.notify('info', edit.error)
    return edit
  }

  /** Delete an article with its tags (one undo step); the next article in the list is shown. */
  removeArticle(id: string): void {
    const project = this.replica.getState().project
    const at = project?.articles.findIndex((a) => a.id === id) ?? -1
    if (!project || at < 0) return
    const { command, tags } = removeArticleEdit(project, id)
    if (!this.perform(command)) return
    const rest = this.replica.getState().project?.articles ?? []
    if (this.selection.selectedArticleId === id) this.selectArticle(rest[Math.min(at, rest.length - 1)]?.id ?? null)
    this.notify('info', `Deleted “${project.articles[at]!.title}”${tags ? ` and its ${tags} ${tags === 1 ? 'tag' : 'tags'}` : ''}. ${keyHint('undo')} brings ${tags ? 'them' : 'it'} back.`)
  }

  updateAnnotation(id: string, patch: AnnotationPatch): void {
    const current = this.index().annotationsById.get(id)
    if (!current) return
    // (A patch value against the tag's current one, by value: an unchanged field sends no command.)
    const changed = Object.entries(patch).some(([key, value]) => value !== undefined && !sameValue(value, current[key as keyof Annotation]))
    if (changed) this.perform({ type: 'annotation.update', id, patch, updatedAt: nowIso(), updatedBy: this.author() })
  }

  removeAnnotation(id: string): void {
    this.edit((project) => removeAnnotationEdit(project, id, nowIso(), this.author()))
  }

  /** The selected words name the selected tag's speaker: an existing person if the name is known, else a new one. */
  speakerFromText(name: string): void {
    const project = this.replica.getState().project
    const annotationId = this.selection.selectedAnnotationId
    const trimmed = name.trim().replace(/\s+/g, ' ')
    if (!project || !trimmed) return this.notify('info', 'Select a name in the text first.')
    if (!annotationId) {
      if (matchPeople(project.people, trimmed).some((p) => p.name === trimmed)) return this.notify('info', `${trimmed} is already in this project's people.`)
      const person = createPerson(trimmed, nowIso())
      if (this.perform({ type: 'person.add', person })) this.notify('info', `Added ${person.name} to the people in this project.`)
      return
    }
    const edit = speakerFromTextEdit(project, { annotationId, name: trimmed, now: nowIso(), by: this.author() })
    if (this.perform(edit.command)) this.notify('info', edit.created ? `Added ${trimmed} and set them as the speaker.` : `Speaker set to ${trimmed}.`)
  }

  resolveConflict(conflictId: string, keep: 'mine' | 'theirs'): void {
    this.edit((project) => resolveConflictEdit(project, conflictId, keep))
  }

  reattachOrphan(annotationId: string, range: { start: number; end: number } | null): void {
    if (!range) return this.notify('info', 'Select the words where this tag belongs now, then re-attach it.')
    this.edit((project) => reattachOrphanEdit(project, annotationId, range.start, range.end, nowIso(), this.author()))
  }

  attribute(annotationId: string, attributionId: string | null): void {
    this.edit((project) => attributeEdit(project, annotationId, attributionId, nowIso(), this.author()))
  }

  link(fromId: string, toId: string, type: LinkType): void {
    this.edit((project) => linkEdit(project, fromId, toId, type, nowIso()))
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
    this.edit((project) => mergePeopleEdit(project, keepId, dropId, nowIso(), this.author()))
  }

  updateArticle(id: string, patch: Partial<Pick<Article, 'title' | 'outlet' | 'byline' | 'publishedAt' | 'url'>>): void {
    this.perform({ type: 'article.update', id, patch, updatedAt: nowIso() })
  }

  private edit(build: (project: NonNullable<ReplicaState['project']>) => Command): void {
    const project = this.replica.getState().project
    if (project) this.perform(build(project))
  }

  private author(): string {
    return this.replica.getState().author
  }

  selectArticle(id: string | null): void {
    if (id !== this.selection.selectedArticleId) this.select({ selectedArticleId: id, selectedAnnotationId: null })
  }

  selectAnnotation(id: string | null): void {
    if (id === this.selection.selectedAnnotationId) return
    const ann = id ? this.index().annotationsById.get(id) : undefined
    this.select({ selectedAnnotationId: ann ? ann.id : null, selectedArticleId: ann ? ann.articleId : this.selection.selectedArticleId })
  }

  selectedArticle(): Article | undefined {
    return this.replica.getState().project?.articles.find((a) => a.id === this.selection.selectedArticleId)
  }

  private selectedAnnotation(): Annotation | undefined {
    const id = this.selection.selectedAnnotationId
    return id ? this.index().annotationsById.get(id) : undefined
  }
}

function sameFields(a: object, b: object): boolean {
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  return Object.keys(y).every((k) => x[k] === y[k])
}
