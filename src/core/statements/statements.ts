/**
 * Statements told by more than one article. The finder compares quotes and
 * claims across articles (candidates.ts picks which pairs) and offers two
 * things, each with a confidence:
 *
 * - a **group**: tags that tell the same statement, by the same speaker in
 *   much the same words or, without a known speaker, in largely the same
 *   words; offered as `same-statement` links, with the word differences
 *   between the first two tellings;
 * - a **contradiction**: two tags about the same thing that disagree on a
 *   date, a number or a name (contradictions.ts); offered as a `contradicts`
 *   link.
 *
 * A pair already linked (any link type), or one the reporter rejected
 * (`statementRejections`), is not offered again. Groups are joined through
 * their high-confidence pairs; a low-confidence pair is offered alone.
 * Every function here is pure. What the finder reads of a project is listed
 * in statementInputs.ts, which decides when the panel asks again: a field
 * read here or in candidates.ts belongs there too.
 */
import type { Annotation, Link, Project } from '../schema'
import { candidatePairs, statementTags, type StatementTag } from './candidates'
import { factClash, type ContradictionOn, type Overlap } from './contradictions'
import { wordDiff, type WordDiff } from './wordDiff'

export type Confidence = 'high' | 'low'
export type StatementLinkType = 'same-statement' | 'contradicts'

/** A rejected offer, as `statementRejections` keeps it: the link type and the two tags, sorted. */
export type StatementRejectionKey = { readonly type: StatementLinkType; readonly tagIds: readonly string[] }

export type StatementGroup = {
  /** Stable while the same tags are grouped: "same-statement:" and the sorted tag ids. */
  readonly key: string
  readonly type: 'same-statement'
  /** In the order of the project's articles, then of the text. */
  readonly tagIds: readonly string[]
  /** The pairs that hold the group together: the links accepting it makes. */
  readonly pairs: readonly (readonly [string, string])[]
  readonly speakerId: string | null
  readonly confidence: Confidence
  /** Why: the same speaker in much the same words, or largely the same words. */
  readonly reason: 'same speaker' | 'same words'
  /** Between the first two tags. */
  readonly diff: WordDiff
}

export type Contradiction = {
  readonly key: string
  readonly type: 'contradicts'
  readonly tagIds: readonly [string, string]
  readonly on: ContradictionOn
  /** The clashing words as each tag writes them. */
  readonly values: readonly [readonly string[], readonly string[]]
  readonly confidence: Confidence
  readonly diff: WordDiff
}

export type StatementsFound = { readonly groups: readonly StatementGroup[]; readonly contradictions: readonly Contradiction[] }

export type StatementsProject = Pick<Project, 'articles' | 'annotations' | 'people' | 'links'> & {
  readonly statementRejections?: readonly StatementRejectionKey[]
}

/** Two tags as one key, in either order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

export function offerKey(type: StatementLinkType, tagIds: readonly string[]): string {
  return `${type}:${[...tagIds].sort().join('|')}`
}

function pairsToSkip(links: readonly Link[], rejections: readonly StatementRejectionKey[]): { linked: Set<string>; rejected: Set<string> } {
  const linked = new Set(links.map((l) => pairKey(l.from, l.to)))
  const rejected = new Set(rejections.filter((r) => r.tagIds.length === 2).map((r) => `${r.type}:${pairKey(r.tagIds[0]!, r.tagIds[1]!)}`))
  return { linked, rejected }
}

type SamePair = { a: StatementTag; b: StatementTag; confidence: Confidence; reason: StatementGroup['reason'] }

/** Whether two tags tell the same statement, and how surely; null when they do not (or their speakers differ). */
function sameStatement(a: StatementTag, b: StatementTag, o: Overlap, diff: () => WordDiff): SamePair | null {
  if (a.speaker && b.speaker && !o.sameSpeaker) return null
  if (o.sameSpeaker) {
    if (o.dice < 0.25) return null
    const ratio = diff().ratio
    if (o.dice >= 0.5 && ratio >= 0.5) return { a, b, confidence: 'high', reason: 'same speaker' }
    if (o.dice >= 0.3 || ratio >= 0.5) return { a, b, confidence: 'low', reason: 'same speaker' }
    return null
  }
  if (o.dice >= 0.6 && o.shared >= 4) return { a, b, confidence: 'high', reason: 'same words' }
  if (o.dice >= 0.4 && o.shared >= 3) return { a, b, confidence: 'low', reason: 'same words' }
  return null
}

function overlap(a: StatementTag, b: StatementTag): Overlap {
  let shared = 0
  for (const key of a.keys) if (b.keys.has(key)) shared++
  return { shared, dice: (2 * shared) / (a.keys.size + b.keys.size), sameSpeaker: a.speaker !== null && a.speaker === b.speaker }
}

/** Statements told by more than one article in the project; with `speakerId`, only offers involving that person's tags. */
export function findStatements(project: StatementsProject, options: { speakerId?: string } = {}): StatementsFound {
  const tags = statementTags(project)
  const { linked, rejected } = pairsToSkip(project.links, project.statementRejections ?? [])
  const same: SamePair[] = []
  const contradictions: Contradiction[] = []
  for (const [i, j] of candidatePairs(tags)) {
    const a = tags[i]!
    const b = tags[j]!
    const ids = pairKey(a.tag.id, b.tag.id)
    if (linked.has(ids)) continue
    const o = overlap(a, b)
    let cached: WordDiff | undefined
    const diff = () => (cached ??= wordDiff(a.words, b.words, a.tag.target.exact, b.tag.target.exact))
    const clash = factClash(a.words, b.words, o)
    if (clash) {
      if (!rejected.has(`contradicts:${ids}`)) contradictions.push(contradiction(a, b, clash, diff()))
      continue
    }
    const pair = rejected.has(`same-statement:${ids}`) ? null : sameStatement(a, b, o, diff)
    if (pair) same.push(pair)
  }
  const order = tagOrder(project)
  const found = { groups: groupPairs(same, order), contradictions: contradictions.sort((x, y) => byConfidence(x, y) || order(x.tagIds[0]!, y.tagIds[0]!)) }
  return options.speakerId ? forSpeaker(found, tags, options.speakerId) : found
}

function contradiction(a: StatementTag, b: StatementTag, clash: NonNullable<ReturnType<typeof factClash>>, diff: WordDiff): Contradiction {
  return {
    key: offerKey('contradicts', [a.tag.id, b.tag.id]),
    type: 'contradicts',
    tagIds: [a.tag.id, b.tag.id],
    on: clash.on,
    values: [clash.a, clash.b],
    confidence: clash.confidence,
    diff
  }
}

/** Compares tag ids by their article's place in the project, then by where they start. */
function tagOrder(project: StatementsProject): (x: string, y: string) => number {
  const articleAt = new Map(project.articles.map((a, i) => [a.id, i]))
  const tagsById = new Map<string, Annotation>(project.annotations.map((t) => [t.id, t]))
  const rank = (id: string) => {
    const t = tagsById.get(id)
    return t ? (articleAt.get(t.articleId) ?? 0) * 1e9 + t.target.start : 0
  }
  return (x, y) => rank(x) - rank(y)
}

function byConfidence(x: { confidence: Confidence }, y: { confidence: Confidence }): number {
  return (x.confidence === 'high' ? 0 : 1) - (y.confidence === 'high' ? 0 : 1)
}

/** High pairs joined into groups (through shared tags); each low pair a group of two, unless its tags are already grouped. */
function groupPairs(pairs: readonly SamePair[], order: (x: string, y: string) => number): StatementGroup[] {
  const parent = new Map<string, string>()
  const root = (id: string): string => {
    const up = parent.get(id) ?? id
    if (up === id) return id
    const top = root(up)
    parent.set(id, top)
    return top
  }
  const high = pairs.filter((p) => p.confidence === 'high')
  for (const p of high) parent.set(root(p.a.tag.id), root(p.b.tag.id))
  const components = new Map<string, SamePair[]>()
  for (const p of high) {
    const members = components.get(root(p.a.tag.id))
    if (members) members.push(p)
    else components.set(root(p.a.tag.id), [p])
  }
  const groups = [...components.values()].map((members) => group(members, 'high', order))
  for (const p of pairs) if (p.confidence === 'low' && root(p.a.tag.id) !== root(p.b.tag.id)) groups.push(group([p], 'low', order))
  return groups.sort((x, y) => byConfidence(x, y) || order(x.tagIds[0]!, y.tagIds[0]!))
}

function group(members: readonly SamePair[], confidence: Confidence, order: (x: string, y: string) => number): StatementGroup {
  const byId = new Map<string, StatementTag>()
  for (const p of members) byId.set(p.a.tag.id, p.a).set(p.b.tag.id, p.b)
  const tagIds = [...byId.keys()].sort(order)
  const first = byId.get(tagIds[0]!)!
  const second = byId.get(tagIds[1]!)!
  return {
    key: offerKey('same-statement', tagIds),
    type: 'same-statement',
    tagIds,
    pairs: members.map((p) => [p.a.tag.id, p.b.tag.id] as const),
    speakerId: first.speaker ?? second.speaker,
    confidence,
    reason: members.every((p) => p.reason === 'same speaker') ? 'same speaker' : 'same words',
    diff: wordDiff(first.words, second.words, first.tag.target.exact, second.tag.target.exact)
  }
}

function forSpeaker(found: StatementsFound, tags: readonly StatementTag[], speakerId: string): StatementsFound {
  const theirs = new Set(tags.filter((t) => t.speaker === speakerId || t.tag.speakerId === speakerId).map((t) => t.tag.id))
  const involves = (ids: readonly string[]) => ids.some((id) => theirs.has(id))
  return { groups: found.groups.filter((g) => involves(g.tagIds)), contradictions: found.contradictions.filter((c) => involves(c.tagIds)) }
}
