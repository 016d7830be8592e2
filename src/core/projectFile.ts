/**
 * Reading a project file: parse, check it is ours, migrate, validate, check
 * references. Every failure becomes one sentence a reporter can act on,
 * naming the file and the problem; nothing here touches the disk.
 */
import type { z } from 'zod'
import { migrate, MIGRATIONS, type JsonObject, type Migration } from './migrations'
import { targetMatches } from './anchoring'
import { blocksFromText, checkBlocks } from './blocks'
import { checkProjectIntegrity } from './integrity'
import { reanchor, ReanchorBudget } from './reanchor'
import { PROJECT_FORMAT, PROJECT_VERSION, ProjectSchema, type Project } from './schema'
import { compileChecker, UNSURE, type Checker } from './schemaCheck'

export type LoadProblemCode = 'not-json' | 'truncated' | 'not-quotemark' | 'newer-version' | 'invalid'

export type LoadResult =
  | {
      ok: true
      project: Project
      migratedFrom: number | null
      reanchored?: ReanchorCounts
      /** Set when a newer Quotemark made the file: open it read-only. */
      newerVersion?: number
      /** Titles of articles whose text no longer fit their blocks: their paragraphs were rebuilt from the text. */
      rebuiltBlocks?: string[]
    }
  | { ok: false; code: LoadProblemCode; message: string }

export function parseProject(json: string, fileName: string, migrations: readonly Migration[] = MIGRATIONS, options: { allowNewer?: boolean } = {}): LoadResult {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (err) {
    // V8 names the end of input only sometimes; "… in JSON at position N" with N at the end of the text is the same thing.
    const position = /at position (\d+)/.exec(String(err))
    const truncated =
      json.trim().length === 0 || /end of (json )?input|unterminated/i.test(String(err)) || (position !== null && Number(position[1]) >= json.trimEnd().length)
    return truncated
      ? { ok: false, code: 'truncated', message: `${fileName} is empty or cut short: it ends before the project does. It may not have finished copying or saving.` }
      : { ok: false, code: 'not-json', message: `${fileName} is not a Quotemark project: it is not valid JSON (${String((err as Error).message)}).` }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as JsonObject).format !== PROJECT_FORMAT) {
    return { ok: false, code: 'not-quotemark', message: `${fileName} is not a Quotemark project: it is JSON, but it has no "format": "${PROJECT_FORMAT}".` }
  }
  if (deeperThan(raw, MAX_DEPTH)) {
    return { ok: false, code: 'invalid', message: `${fileName} cannot be opened: its data is nested more than ${MAX_DEPTH} levels deep, which no Quotemark project is; it may be damaged.` }
  }
  const migrated = migrate(raw as JsonObject, migrations)
  if (!migrated.ok && migrated.reason === 'newer' && options.allowNewer) {
    // A newer Quotemark's file can be shown if it still reads as ours (unknown fields are kept), but never written back.
    const asOurs = parseProject(JSON.stringify({ ...(raw as JsonObject), version: PROJECT_VERSION }), fileName, migrations)
    if (asOurs.ok) return { ...asOurs, newerVersion: migrated.version as number }
  }
  if (!migrated.ok) {
    return {
      ok: false,
      code: migrated.reason === 'newer' ? 'newer-version' : 'invalid',
      message: `${fileName} cannot be opened: ${migrated.message}.${migrated.reason === 'newer' ? ' Update Quotemark to open it.' : ''}`
    }
  }
  const parsed = validateProject(migrated.doc)
  if (!parsed.success) {
    return { ok: false, code: 'invalid', message: `${fileName} cannot be opened: ${describeIssue(parsed.error.issues[0], migrated.doc)}.` }
  }
  const { project: withBlocks, rebuilt } = rebuildStaleBlocks(parsed.data)
  const integrity = checkProjectIntegrity(withBlocks)
  if (integrity) return { ok: false, code: 'invalid', message: `${fileName} cannot be opened: ${integrity}.` }
  const { project, reanchored } = reanchorStaleTags(withBlocks)
  const migratedFrom = migrated.from === parsed.data.version ? null : migrated.from
  const result: LoadResult = project === withBlocks ? { ok: true, project, migratedFrom } : { ok: true, project, migratedFrom, reanchored }
  return rebuilt.length ? { ...result, rebuiltBlocks: rebuilt } : result
}

/**
 * An article whose text was edited by a script or by hand, its blocks left as
 * they were, gets paragraphs rebuilt from its text (split on blank lines, its
 * formatting lost) instead of being refused; only in memory, like re-anchoring.
 * Returns the titles of the articles rebuilt, for a notice.
 */
function rebuildStaleBlocks(project: Project): { project: Project; rebuilt: string[] } {
  const stale = project.articles.filter((a) => checkBlocks(a.text, a.blocks) !== null)
  if (!stale.length) return { project, rebuilt: [] }
  const articles = project.articles.map((a) => (stale.includes(a) ? { ...a, blocks: blocksFromText(a.text) } : a))
  return { project: { ...project, articles }, rebuilt: stale.map((a) => a.title) }
}

/** One sentence for the window when articles were given new paragraphs on opening, or null. */
export function describeRebuiltBlocks(fileName: string, titles: readonly string[] | undefined): string | null {
  if (!titles?.length) return null
  const named = titles.slice(0, 3).map((t) => `“${t}”`).join(', ') + (titles.length > 3 ? ` and ${titles.length - 3} more` : '')
  const one = titles.length === 1
  return `In ${fileName}, the text of ${named} was changed outside Quotemark without ${one ? 'its' : 'their'} paragraphs; ${one ? 'its paragraphs were' : 'their paragraphs were'} rebuilt from the text (headings and formatting in ${one ? 'it' : 'them'} are lost).`
}

/** ProjectSchema compiled into a non-allocating checker (null if the schema ever uses something it does not know). */
let projectChecker: Checker | null | undefined

/**
 * ProjectSchema.safeParse, with the same result, but most of it without zod:
 * a valid document is checked by the checker compiled from the schema (see
 * schemaCheck.ts), and only a document it is not sure of goes to zod, which
 * then decides and names the problem.
 */
export function validateProject(doc: unknown): ReturnType<typeof ProjectSchema.safeParse> {
  if (projectChecker === undefined) projectChecker = compileChecker(ProjectSchema)
  const checked = projectChecker ? projectChecker(doc) : UNSURE
  if (checked !== UNSURE) return { success: true, data: checked as Project } as ReturnType<typeof ProjectSchema.safeParse>
  return ProjectSchema.safeParse(doc)
}

/** `unsearched`: orphans the file's search budget could not pay for (counted among `orphaned` too). */
export type ReanchorCounts = {
  moved: number
  fuzzy: number
  orphaned: number
  unsearched?: number
  /** The tags found approximately, and those kept as orphans, for a list the reporter can check (set when there are any). */
  fuzzyIds?: string[]
  orphanIds?: string[]
}

/**
 * A shared file whose article text was edited by hand or by another tool: each
 * tag whose words are no longer at its offsets is found again from its quote
 * and context, or kept as an orphan (never dropped). Only in memory: the file
 * itself is written when the user next changes something.
 */
function reanchorStaleTags(project: Project): { project: Project; reanchored: ReanchorCounts } {
  const counts: ReanchorCounts = { moved: 0, fuzzy: 0, orphaned: 0 }
  // One budget for the whole file: however many tags moved and however long the text, opening it stays bounded.
  const budget = new ReanchorBudget()
  const texts = new Map(project.articles.map((a) => [a.id, a.text]))
  // Copied only from the first tag that moved: a project whose tags are all in place is returned as it is.
  let annotations: Project['annotations'] | null = null
  project.annotations.forEach((ann, i) => {
    const text = texts.get(ann.articleId) ?? ''
    let next = ann
    if (!ann.orphan && !inPlace(text, ann.target)) {
      const found = reanchor(text, ann.target, budget)
      if (found.status === 'orphan') {
        counts.orphaned++
        ;(counts.orphanIds ??= []).push(ann.id)
        if (found.unsearched) counts.unsearched = (counts.unsearched ?? 0) + 1
        next = { ...ann, orphan: true }
      } else {
        if (found.status === 'fuzzy') {
          counts.fuzzy++
          ;(counts.fuzzyIds ??= []).push(ann.id)
        } else counts.moved++
        next = { ...ann, target: found.target }
      }
      annotations ??= project.annotations.slice(0, i)
    }
    annotations?.push(next)
  })
  return { project: annotations ? { ...project, annotations } : project, reanchored: counts }
}

/** targetMatches (anchoring.ts) without cutting the tagged words out of the text: the check made for every tag on every load. */
function inPlace(text: string, target: Project['annotations'][number]['target']): boolean {
  const { start, end, exact } = target
  const matches = start >= 0 && start < end && end <= text.length && end - start === exact.length && text.startsWith(exact, start)
  return matches || targetMatches(text, target)
}

/** One sentence for the window when opening re-anchored tags, or null when nothing moved. */
export function describeReanchored(fileName: string, counts: ReanchorCounts | undefined): string | null {
  if (!counts) return null
  const found = counts.moved + counts.fuzzy
  if (!found && !counts.orphaned) return null
  const parts: string[] = []
  if (found) parts.push(`${found} ${found === 1 ? 'tag was' : 'tags were'} found again in edited text${counts.fuzzy ? ` (${counts.fuzzy} approximately: check ${counts.fuzzy === 1 ? 'it' : 'them'})` : ''}`)
  if (counts.orphaned) parts.push(`${counts.orphaned} ${counts.orphaned === 1 ? 'tag' : 'tags'} could not be found and ${counts.orphaned === 1 ? 'is' : 'are'} listed under “Not found in the current text”`)
  if (counts.unsearched) parts.push(`${counts.unsearched} of those could not all be searched for (the file asks for more work than Quotemark does when opening one): select where they belong and Re-attach them`)
  return `In ${fileName}, ${parts.join('; ')}.`
}

/**
 * A project is a few levels deep (project → conflict → their tag → evidence
 * → url). JSON.parse reads thousands of levels, but saving such a file again
 * would overflow the stack, so one nested this deep is refused on opening.
 */
const MAX_DEPTH = 100

/**
 * Whether any object or array in `root` sits `limit` or more levels down (the
 * root is level 0). Recursive, but never deeper than `limit` frames: it stops
 * there. Allocates nothing, so a 20 MB project is walked in a few milliseconds.
 */
function deeperThan(root: unknown, limit: number): boolean {
  return typeof root === 'object' && root !== null && objectDeeperThan(root, 0, limit)
}

function objectDeeperThan(value: object, depth: number, limit: number): boolean {
  if (depth >= limit) return true
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i]
      if (typeof child === 'object' && child !== null && objectDeeperThan(child, depth + 1, limit)) return true
    }
    return false
  }
  const record = value as Record<string, unknown>
  for (const key in record) {
    const child = record[key]
    if (typeof child === 'object' && child !== null && objectDeeperThan(child, depth + 1, limit)) return true
  }
  return false
}

/** "annotation 3f2c… (the 12th annotation): field target.end is …" rather than a zod dump. */
function describeIssue(issue: z.core.$ZodIssue | undefined, doc: JsonObject): string {
  if (!issue) return 'its contents are not valid'
  const path = issue.path.map(String)
  const [collection, index, ...rest] = path
  const singular: Record<string, string> = { articles: 'article', annotations: 'annotation', people: 'person', links: 'link', conflicts: 'conflict', rejections: 'rejection' }
  if (collection && singular[collection] && index !== undefined) {
    const record = (doc[collection] as JsonObject[] | undefined)?.[Number(index)]
    const recordId = record && typeof record.id === 'string' ? ` ${record.id}` : ''
    const field = rest.length ? `field "${rest.join('.')}"` : 'the record'
    return `${singular[collection]}${recordId} (number ${Number(index) + 1}) has an invalid ${field}: ${issue.message}`
  }
  return `field "${path.join('.') || '(top level)'}" is invalid: ${issue.message}`
}

/** Kept here for the callers that read and write files; the rule itself lives in blocks.ts. */
export { checkBlocks } from './blocks'

export function serializeProject(project: Project): string {
  return JSON.stringify(project, null, 2) + '\n'
}
