/**
 * The bundled sample project (the NYT and BBC seed articles) with the seed
 * gold's quotes and claims tagged: the finder offers exactly the two
 * cross-article relations the gold names with high confidence — Rodríguez's
 * "an important number" / "a significant number", and Maduro captured on
 * Sunday / seized on Saturday — and nothing else with high confidence.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createAnnotation } from '../annotations'
import { createPerson } from '../people'
import { buildSampleProject } from '../sample'
import type { Project } from '../schema'
import { findStatements } from './statements'

const root = join(__dirname, '../../..')
type GoldTag = { file: string; exact: string; speaker?: string; source?: string | null }
const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/seed-gold.json'), 'utf8')) as {
  quotes: GoldTag[]
  claims: GoldTag[]
  speakers: { name: string; aliases: string[] }[]
}

/** The sample with every gold quote and claim tagged, and their speakers (claims: the source they name) as people. */
export function taggedSample(): Project {
  const now = '2026-01-09T00:00:00.000Z'
  const manifest = readFileSync(join(root, 'seeds/manifest.json'), 'utf8')
  const project = buildSampleProject(manifest, (file) => readFileSync(join(root, 'seeds', file), 'utf8'), now)
  const people = new Map<string, string>()
  const personId = (name: string) => {
    if (!people.has(name)) {
      const known = gold.speakers.find((s) => s.name === name)
      const person = createPerson(name, now, { aliases: known?.aliases ?? [] })
      project.people.push(person)
      people.set(name, person.id)
    }
    return people.get(name)!
  }
  const tag = (g: GoldTag, kind: 'quote' | 'claim') => {
    const article = project.articles.find((a) => g.file.includes(a.outlet === 'BBC News' ? 'bbc-' : 'nyt-'))!
    const exact = g.exact.replace(/\[([^\]]*)\]\(#\)/g, '$1')
    const start = article.text.indexOf(exact)
    if (start < 0) throw new Error(`not in the article: ${exact}`)
    const t = createAnnotation({ articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: 'gold', now })
    const who = kind === 'quote' ? g.speaker : g.source
    if (who) t.speakerId = personId(who)
    project.annotations.push(t)
  }
  gold.quotes.forEach((q) => tag(q, 'quote'))
  gold.claims.forEach((c) => tag(c, 'claim'))
  return project
}

const words = (project: Project, ids: readonly string[]) => ids.map((id) => project.annotations.find((t) => t.id === id)!.target.exact)

describe('statements across the two seed articles', () => {
  const project = taggedSample()
  const found = findStatements(project)

  test('Rodríguez’s “an important number” and “a significant number” are one statement, with the changed word side by side', () => {
    const high = found.groups.filter((g) => g.confidence === 'high')
    expect(high.map((g) => words(project, g.tagIds))).toEqual([['an important number', 'a significant number']])
    expect(high[0]!.diff.onlyA).toEqual(['important'])
    expect(high[0]!.diff.onlyB).toEqual(['significant'])
  })

  test('the NYT’s Sunday and the BBC’s Saturday for Maduro’s capture contradict each other, and nothing else does surely', () => {
    const high = found.contradictions.filter((c) => c.confidence === 'high')
    expect(high).toHaveLength(1)
    expect(words(project, high[0]!.tagIds)[0]).toContain('Maduro on Sunday')
    expect(high[0]!.on).toBe('date')
    expect(high[0]!.values).toEqual([['Sunday'], ['Saturday']])
  })

  test('a pair already linked is not offered again', () => {
    const c = found.contradictions.find((x) => x.confidence === 'high')!
    const link = { id: 'l1', type: 'contradicts' as const, from: c.tagIds[1], to: c.tagIds[0], note: '', createdAt: '', updatedAt: '' }
    const again = findStatements({ ...project, links: [link] })
    expect(again.contradictions.some((x) => x.key === c.key)).toBe(false)
  })

  test('a rejected offer is not offered again', () => {
    const g = found.groups.find((x) => x.confidence === 'high')!
    const again = findStatements({ ...project, statementRejections: [{ type: 'same-statement', tagIds: [...g.tagIds].sort() }] })
    expect(again.groups.some((x) => x.key === g.key)).toBe(false)
    expect(again.contradictions).toHaveLength(found.contradictions.length)
  })
})
