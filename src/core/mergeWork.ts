/**
 * The project a merge builds, step by step: every step is applied to one
 * ProjectDraft over my project (so a merge of n records is linear, not n
 * copies of n), refused steps are left out, and ids taken by something else
 * are replaced. Also the look-ups a merge makes many times: their articles
 * by id, and whether two versions of an article have the same words.
 */
import { applyCommand, applyStep, stepAnchorProblem, type SingleCommand } from './commands'
import { newId } from './ids'
import { ProjectDraft } from './projectDraft'
import type { Annotation, Article, Project } from './schema'

export class MergeWork {
  readonly steps: SingleCommand[] = []
  draft: ProjectDraft
  private theirArticles: Map<string, Article> | null = null
  private readonly textsCompared = new WeakMap<Article, Map<Article, boolean>>()
  private readonly used: Set<string>

  constructor(
    mine: Project,
    private readonly theirs: Project
  ) {
    this.draft = new ProjectDraft(mine)
    const records = [mine.articles, mine.annotations, mine.people, mine.links, mine.conflicts, mine.rejections, mine.sources, mine.statementRejections]
    this.used = new Set(records.flatMap((list) => list.map((r) => r.id)))
  }

  /** Their article by id (looked up once per merge, not scanned per tag). */
  theirArticle(id: string): Article | undefined {
    this.theirArticles ??= new Map(this.theirs.articles.map((a) => [a.id, a]))
    return this.theirArticles.get(id)
  }

  /**
   * Whether two articles have the same words. Long texts compared once per pair of
   * article versions, not once per tag (a record is a new object when its text changes).
   */
  sameText(mine: Article | undefined, theirs: Article | undefined): boolean {
    if (!mine || !theirs) return mine === theirs
    let known = this.textsCompared.get(mine)
    if (!known) this.textsCompared.set(mine, (known = new Map()))
    let same = known.get(theirs)
    if (same === undefined) known.set(theirs, (same = mine.text === theirs.text))
    return same
  }

  /** The merged project so far, to read (valid until the next step). */
  get current(): Project {
    return this.draft.view()
  }

  /** Look-ups by id and span in the merged project so far. */
  lookup(): ProjectDraft {
    return this.draft
  }

  tag(id: string): Annotation | undefined {
    return this.lookup().annotations.get(id)
  }

  /**
   * Apply one step to the merged project so far; a step that would be refused
   * is left out rather than failing the whole merge. A single step is checked
   * whole before it changes the draft (applyStep), and a tag's new place must
   * match its article's words, as applyCommand checks after a command.
   */
  apply(step: SingleCommand): boolean {
    if (stepAnchorProblem(this.draft, step) || applyStep(this.draft, step)) return false
    this.steps.push(step)
    return true
  }

  /** Apply steps that only make sense together (new text and its tags re-anchored), or none of them. */
  applyAll(steps: readonly SingleCommand[]): boolean {
    if (steps.length === 1) return this.apply(steps[0]!)
    // Rare (an article's newer text): through applyCommand on a finished copy, all or nothing.
    const base = this.draft.finish()
    const result = applyCommand(base, { type: 'batch', label: 'Merge', commands: [...steps] })
    this.draft = new ProjectDraft(result.ok ? result.project : base)
    if (!result.ok) return false
    this.steps.push(...steps)
    return true
  }

  /** Ids are unique across all records, so a record whose id is taken here by something else gets a new one. */
  fresh(id: string): string {
    const free = this.used.has(id) ? newId() : id
    this.used.add(free)
    return free
  }
}
