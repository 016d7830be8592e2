/**
 * The labelled story clusters (tests/fixtures/statements-set/) as projects,
 * and the finder scored against their gold. A cluster is a few short
 * articles on one event from different outlets, its tagged quotes and
 * claims (by their exact words and speaker's name), and the gold: groups of
 * tags telling the same statement and pairs of tags that contradict each
 * other. Scores are per pair of tags: a group of three is three pairs.
 */
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { createPerson } from '../people'
import { emptyProject, type AnnotationKind, type Project } from '../schema'
import type { Confidence, StatementsFound } from './statements'

export type LabelledTag = { id: string; article: string; kind: AnnotationKind; exact: string; speaker?: string | null }
export type LabelledCluster = {
  id: string
  event: string
  licence: string
  articles: { id: string; outlet: string; title: string; text: string }[]
  people?: { name: string; aliases?: string[] }[]
  tags: LabelledTag[]
  groups: string[][]
  contradictions: [string, string][]
}

const NOW = '2026-01-01T00:00:00.000Z'

/** One project holding the clusters' articles, people and tags; tag ids are "cluster/tag". Throws when a tag's words are not in its article. */
export function clustersProject(clusters: readonly LabelledCluster[]): Project {
  const project: Project = { ...emptyProject('Labelled statements', 'labelled-statements', NOW), removed: [] }
  for (const c of clusters) {
    const people = new Map<string, string>()
    for (const p of c.people ?? []) {
      const person = createPerson(p.name, NOW, { aliases: p.aliases ?? [] })
      project.people.push(person)
      people.set(p.name, person.id)
    }
    for (const a of c.articles) {
      project.articles.push(importArticle({ fileName: `${a.id}.txt`, content: a.text, meta: { outlet: a.outlet, title: a.title } }, NOW, `${c.id}/${a.id}`))
    }
    for (const t of c.tags) project.annotations.push(labelledTag(project, c.id, t, people))
  }
  return project
}

function labelledTag(project: Project, cluster: string, t: LabelledTag, people: Map<string, string>) {
  const article = project.articles.find((a) => a.id === `${cluster}/${t.article}`)
  if (!article) throw new Error(`${cluster}/${t.id}: no article ${t.article}`)
  const start = article.text.indexOf(t.exact)
  if (start < 0) throw new Error(`${cluster}/${t.id}: “${t.exact}” is not in ${t.article}`)
  const tag = createAnnotation({ articleId: article.id, text: article.text, start, end: start + t.exact.length, kind: t.kind, author: 'gold', now: NOW, id: `${cluster}/${t.id}` })
  if (t.speaker) {
    const speakerId = people.get(t.speaker)
    if (!speakerId) throw new Error(`${cluster}/${t.id}: ${t.speaker} is not among the cluster's people`)
    tag.speakerId = speakerId
  }
  return tag
}

export type PairScore = { tp: number; fp: number; fn: number; precision: number; recall: number }

function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>()
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) pairs.add([g[i]!, g[j]!].sort().join('|'))
  }
  return pairs
}

function score(found: Set<string>, gold: Set<string>): PairScore {
  let tp = 0
  for (const p of found) if (gold.has(p)) tp++
  const fp = found.size - tp
  const fn = gold.size - tp
  return { tp, fp, fn, precision: found.size ? tp / found.size : 1, recall: gold.size ? tp / gold.size : 1 }
}

export type StatementsScore = { groups: PairScore; contradictions: PairScore }

/** Pairwise precision and recall of what was offered (at `at` confidence: only high, or high and low) against the clusters' gold. */
export function scoreFound(found: StatementsFound, clusters: readonly LabelledCluster[], at: Confidence | 'any'): StatementsScore {
  const keep = (x: { confidence: Confidence }) => at === 'any' || x.confidence === at
  const prefixed = (c: LabelledCluster, ids: readonly string[]) => ids.map((id) => `${c.id}/${id}`)
  const goldGroups = pairsOf(clusters.flatMap((c) => c.groups.map((g) => prefixed(c, g))))
  const goldContradictions = pairsOf(clusters.flatMap((c) => c.contradictions.map((g) => prefixed(c, g))))
  return {
    groups: score(pairsOf(found.groups.filter(keep).map((g) => g.tagIds)), goldGroups),
    contradictions: score(pairsOf(found.contradictions.filter(keep).map((c) => c.tagIds)), goldContradictions)
  }
}
