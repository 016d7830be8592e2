/**
 * The tags worth comparing across articles, and which pairs of them to
 * compare. Comparing every tag with every other would be quadratic in a
 * project of thousands of tags, so pairs are found through blocks: two tags
 * are compared when they are by the same speaker and share a content word,
 * or when they share at least two words that are rare in the project (a
 * name, a number, an unusual verb). Tags in the same article are never
 * paired; attributions (a name, not a statement) and orphans are left out.
 * A field of a tag or person read here is listed in statementInputs.ts too.
 */
import { foldText } from '../text/fold'
import type { Annotation, Person, Project } from '../schema'
import { contentKeys, statementWords, type Word } from './words'

export type StatementTag = {
  readonly index: number
  readonly tag: Annotation
  /** The speaker's person id, one for all records of the same person (same name, or a full name as an alias). */
  readonly speaker: string | null
  readonly words: readonly Word[]
  readonly keys: ReadonlySet<string>
}

/** A word in more tags than this is not rare: it blocks no pair by itself. */
const RARE_IN_AT_MOST = 40
/** A word in at least this many tags (and 2% of them) is common: it is not compared at all (withoutCommonKeys). */
const COMMON_IN_AT_LEAST = 100
/** Pairs sharing this many rare words are compared. */
const RARE_SHARED = 2

/** Each person's id → the id standing for every record with the same full name. */
function samePeople(people: readonly Person[]): Map<string, string> {
  const byName = new Map<string, string>()
  const canonical = new Map<string, string>()
  for (const p of people) {
    const names = [p.name, ...p.aliases].map(foldText).filter((n) => n.includes(' ') || n === foldText(p.name))
    const known = names.map((n) => byName.get(n)).find((id) => id !== undefined)
    const id = known ?? p.id
    canonical.set(p.id, id)
    for (const n of names) if (!byName.has(n)) byName.set(n, id)
  }
  return canonical
}

export function statementTags(project: Pick<Project, 'annotations' | 'people'>): StatementTag[] {
  const people = samePeople(project.people)
  const attributions = new Map<string, Annotation>()
  for (const tag of project.annotations) if (tag.kind === 'attribution') attributions.set(tag.id, tag)
  const out: StatementTag[] = []
  for (const tag of project.annotations) {
    if (tag.kind === 'attribution' || tag.orphan) continue
    // Who said it: the tag's own speaker, else the person its attribution names (as annotations.ts speakerIdOf).
    const speakerId = tag.speakerId ?? (tag.attributionId ? attributions.get(tag.attributionId)?.speakerId : null) ?? null
    const words = statementWords(tag.target.exact)
    out.push({ index: out.length, tag, speaker: speakerId ? (people.get(speakerId) ?? speakerId) : null, words, keys: contentKeys(words) })
  }
  return withoutCommonKeys(out)
}

/**
 * The tags with the words common in the project taken out of their keys: a
 * word in thousands of tags ("government" in a project on one country)
 * says nothing about whether two of them tell the same statement. Tags left
 * without a key are left out.
 */
function withoutCommonKeys(tags: readonly StatementTag[]): StatementTag[] {
  const common = commonKeys(postings(tags), tags.length)
  const out: StatementTag[] = []
  for (const t of tags) {
    const keys = common.size === 0 ? t.keys : new Set([...t.keys].filter((key) => !common.has(key)))
    if (keys.size > 0) out.push({ ...t, index: out.length, keys })
  }
  return out
}

function postings(tags: readonly StatementTag[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>()
  for (const t of tags) {
    for (const key of t.keys) {
      const list = byKey.get(key)
      if (list) list.push(t.index)
      else byKey.set(key, [t.index])
    }
  }
  return byKey
}

/** Calls fn(i, j) for every pair i < j in the list from different articles. */
function eachPair(list: readonly number[], tags: readonly StatementTag[], fn: (i: number, j: number) => void): void {
  for (let x = 0; x < list.length; x++) {
    const a = tags[list[x]!]!
    for (let y = x + 1; y < list.length; y++) {
      const b = tags[list[y]!]!
      if (a.tag.articleId !== b.tag.articleId) fn(Math.min(a.index, b.index), Math.max(a.index, b.index))
    }
  }
}

/** Words in so many of the project's tags that sharing one says nothing, even between two tags of one speaker. */
function commonKeys(byKey: ReadonlyMap<string, readonly number[]>, tags: number): Set<string> {
  const limit = Math.max(COMMON_IN_AT_LEAST, tags * 0.02)
  return new Set([...byKey].filter(([, list]) => list.length >= limit).map(([key]) => key))
}

/** The pairs worth comparing, as [i, j] indices into `tags` with i < j. */
export function candidatePairs(tags: readonly StatementTag[]): [number, number][] {
  const n = tags.length
  const rareShared = new Map<number, number>()
  const chosen = new Set<number>()
  const byKey = postings(tags)
  for (const list of byKey.values()) {
    if (list.length < 2 || list.length > RARE_IN_AT_MOST) continue
    eachPair(list, tags, (i, j) => {
      const key = i * n + j
      const count = (rareShared.get(key) ?? 0) + 1
      rareShared.set(key, count)
      if (count === RARE_SHARED) chosen.add(key)
    })
  }
  const bySpeaker = new Map<string, StatementTag[]>()
  for (const t of tags) {
    if (!t.speaker) continue
    const own = bySpeaker.get(t.speaker)
    if (own) own.push(t)
    else bySpeaker.set(t.speaker, [t])
  }
  for (const own of bySpeaker.values()) {
    if (own.length < 2) continue
    for (const list of postings(own).values()) {
      if (list.length <= RARE_IN_AT_MOST) eachPair(list, tags, (i, j) => chosen.add(i * n + j))
    }
  }
  return [...chosen].map((key) => [Math.floor(key / n), key % n])
}
