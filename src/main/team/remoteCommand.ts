/**
 * Turns the records that changed in the team document into one command for
 * the store (a `batch`), ordered so that applyCommand's reference checks pass
 * at every step:
 *
 * 1. records of the leaf kinds (links, conflicts, rejections: nothing names
 *    them; RECORD_KINDS in yRecords.ts) that changed or went are removed;
 * 2. tags about to change or go first drop their attribution (so an
 *    attribution can be removed or change kind);
 * 3. tags that went are removed (attributions last);
 * 4. people and articles are added or updated (an article's new words by
 *    article.replace, its other fields by article.update), and new source
 *    documents added (a source is never changed, only added or removed);
 * 5. new tags are added and changed tags replaced whole, attributions first;
 * 6. people, articles and source documents that went are removed;
 * 7. records of the leaf kinds are (re-)added.
 *
 * Records the document holds that fail the schema were reported by the
 * repairer and are left out: the store keeps what it had.
 */
import type * as Y from 'yjs'
import { applyCommand, type Command, type SingleCommand } from '../../core/commands'
import type { Annotation, Article, Person, Project } from '../../core/schema'
import type { Changed } from './repair'
import { storedRecord } from './storeLookup'
import { KINDS, LEAF_KINDS, readRecord, RECORD_KINDS, sameRecord, sharedFields, type Kind, type ProjectRecords, type ReadResult } from './yRecords'

type Pair<T> = { id: string; before: T | undefined; after: T | undefined }

export type Lookup = <K extends Kind>(kind: K, id: string) => ReadResult<ProjectRecords[K][number]>

function pairs<K extends Kind>(read: Lookup, project: Project, changed: Changed, kind: K): Array<Pair<ProjectRecords[K][number]>> {
  const ids = changed.get(kind)
  if (!ids?.size) return []
  const out: Array<Pair<ProjectRecords[K][number]>> = []
  for (const id of ids) {
    const before = storedRecord(project, kind, id)
    const found = read(kind, id)
    const after = found?.ok ? (sharedFields(found.record) as ProjectRecords[K][number]) : undefined
    if (found && !found.ok) continue // a bad record: the store keeps what it had
    if (before && after && sameRecord(before, after)) continue
    if (!before && !after) continue
    out.push({ id, before, after })
  }
  return out
}

const attributionsFirst = (a: Pair<Annotation>, b: Pair<Annotation>): number => rank(a) - rank(b)
const rank = (p: Pair<Annotation>): number => ((p.after ?? p.before)!.kind === 'attribution' ? 0 : 1)

function articleSteps(p: Pair<Article>): SingleCommand[] {
  const { before, after } = p
  if (!after) return []
  if (!before) return [{ type: 'article.add', article: after }]
  const steps: SingleCommand[] = []
  if (before.text !== after.text || JSON.stringify(before.blocks) !== JSON.stringify(after.blocks) || before.source !== after.source) {
    steps.push({ type: 'article.replace', id: p.id, text: after.text, blocks: after.blocks, source: after.source, updatedAt: after.updatedAt })
  }
  const patch = { title: after.title, outlet: after.outlet, byline: after.byline, publishedAt: after.publishedAt, url: after.url }
  if (Object.entries(patch).some(([k, v]) => before[k as keyof Article] !== v) || before.updatedAt !== after.updatedAt) {
    steps.push({ type: 'article.update', id: p.id, patch, updatedAt: after.updatedAt })
  }
  return steps
}

function personSteps(p: Pair<Person>): SingleCommand[] {
  const { before, after } = p
  if (!after) return []
  if (!before) return [{ type: 'person.add', person: after }]
  const patch = { kind: after.kind, name: after.name, aliases: after.aliases, role: after.role, affiliation: after.affiliation, note: after.note }
  return [{ type: 'person.update', id: p.id, patch, updatedAt: after.updatedAt }]
}

/** The command that makes the store's project hold what the document holds for the changed records, or null when nothing differs. */
export function remoteCommand(doc: Y.Doc, project: Project, changed: Changed, lookup?: Lookup): Command | null {
  const read: Lookup = lookup ?? ((kind, id) => readRecord(doc, kind, id))
  const tags = pairs(read, project, changed, 'annotations').sort(attributionsFirst)
  const people = pairs(read, project, changed, 'people')
  const articles = pairs(read, project, changed, 'articles')
  const sources = pairs(read, project, changed, 'sources')
  const leaves = LEAF_KINDS.map((kind) => ({ noun: RECORD_KINDS[kind].noun, pairs: pairs(read, project, changed, kind) as Array<Pair<{ id: string }>> }))
  const steps: SingleCommand[] = []
  for (const leaf of leaves) for (const p of leaf.pairs) if (p.before) steps.push({ type: `${leaf.noun}.remove`, id: p.id } as SingleCommand)
  for (const p of tags) if (p.before && p.before.attributionId !== null) steps.push({ type: 'annotation.replace', annotation: { ...p.before, attributionId: null } })
  for (const p of [...tags].reverse()) if (p.before && !p.after) steps.push({ type: 'annotation.remove', id: p.id })
  for (const p of people) steps.push(...personSteps(p))
  for (const p of articles) steps.push(...articleSteps(p))
  for (const p of sources) if (p.after && !p.before) steps.push({ type: 'source.add', source: p.after })
  for (const p of tags) {
    if (p.after) steps.push(p.before ? { type: 'annotation.replace', annotation: p.after } : { type: 'annotation.add', annotation: p.after })
  }
  for (const p of people) if (p.before && !p.after) steps.push({ type: 'person.remove', id: p.id })
  for (const p of articles) if (p.before && !p.after) steps.push({ type: 'article.remove', id: p.id })
  for (const p of sources) if (p.before && !p.after) steps.push({ type: 'source.remove', id: p.id })
  for (const leaf of leaves) for (const p of leaf.pairs) if (p.after) steps.push({ type: `${leaf.noun}.add`, [leaf.noun]: p.after } as unknown as SingleCommand)
  if (steps.length === 0) return null
  return { type: 'batch', label: 'Changes from the team', commands: steps }
}

const KIND_OF_NOUN = new Map<string, Kind>(KINDS.map((kind) => [RECORD_KINDS[kind].noun, kind]))

/** The ids a command touches, by kind: what a local change writes into the document. */
export function touchedIds(command: Command): Changed {
  const out: Changed = new Map()
  const mark = (kind: Kind, id: string): void => {
    let s = out.get(kind)
    if (!s) out.set(kind, (s = new Set()))
    s.add(id)
  }
  for (const step of command.type === 'batch' ? command.commands : [command]) {
    const [noun] = step.type.split('.') as [string]
    const kind = KIND_OF_NOUN.get(noun)
    if (!kind) continue
    const record = (step as unknown as Record<string, { id?: unknown } | undefined>)[noun]
    if ('id' in step && typeof step.id === 'string') mark(kind, step.id)
    else if (typeof record?.id === 'string') mark(kind, record.id)
  }
  return out
}

/** The steps of a refused command that apply one after another, as one batch, and the steps that could not. */
export function applicableSteps(project: Project, command: Command): { batch: Command | null; refusedSteps: SingleCommand[] } {
  const kept: SingleCommand[] = []
  let current = project
  const refusedSteps: SingleCommand[] = []
  for (const step of command.type === 'batch' ? command.commands : [command]) {
    const result = applyCommand(current, step)
    if (result.ok) {
      current = result.project
      kept.push(step)
    } else refusedSteps.push(step)
  }
  return { batch: kept.length ? { type: 'batch', label: 'Changes from the team', commands: kept } : null, refusedSteps }
}
