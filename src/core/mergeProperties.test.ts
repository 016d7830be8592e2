/**
 * Seeded property tests of the merge: from one base project, two reporters
 * make random edits (tags added, changed, re-kinded and deleted; people
 * added, changed and removed; articles added, retitled and given new text;
 * links added and removed), then their copies are merged.
 */
import { describe, expect, it } from 'vitest'
import { prng } from '../../tests/support/random'
import { createAnnotation } from './annotations'
import { blocksFromText } from './blocks'
import { applyCommand, type Command } from './commands'
import { articleUpdateEdit, removeAnnotationEdit } from './edits'
import { importArticle } from './importer'
import { mergeProjects } from './merge'
import { contentOf, groupOf, historyOf, sameValue, withRevisions } from './revisions'
import { annotationKinds, claimStatuses, emptyProject, type Project } from './schema'

const NOW = '2026-02-01T09:00:00.000Z'
const WORDS = 'the minister said prisoners would be freed on Thursday but critics doubted the number and asked for names of all detainees held'.split(' ')
type Rng = () => number
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!

function sentence(rng: Rng, n = 8): string {
  const words = Array.from({ length: n }, () => pick(rng, WORDS))
  return `${words.join(' ')}.`
}

function paragraphs(rng: Rng, count: number): string {
  return Array.from({ length: count }, () => `${sentence(rng)} ${sentence(rng)}`).join('\n\n')
}

/** The base both reporters copy: three articles, three people, tags and links, with revisions. */
function base(seed: number): Project {
  const rng = prng(seed)
  let p: Project = emptyProject('Desk', 'desk', NOW)
  p = { ...p, removed: [] }
  const articles = [0, 1, 2].map((i) => importArticle({ fileName: `a${i}.txt`, content: paragraphs(rng, 4), meta: { url: `https://example.com/${seed}/${i}` } }, NOW, `art-${i}`))
  p = { ...p, articles, people: [0, 1, 2].map((i) => ({ id: `per-${i}`, kind: 'person' as const, name: `Base Person ${i}`, aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW })) }
  const project = withRevisions(p)
  let current = project
  for (let i = 0; i < 6; i++) current = tryApply(current, addTagCommand(rng, current, `base-${i}`, i % 2)) ?? current
  for (let i = 0; i < 2; i++) current = tryApply(current, addLinkCommand(rng, current, `base-link-${i}`)) ?? current
  return current
}

function tryApply(project: Project, command: Command | null): Project | null {
  if (!command) return null
  const result = applyCommand(project, command)
  return result.ok ? result.project : null
}

/** A tag on a few words of a paragraph of the given parity (0 for A, 1 for B): the two never tag the same words. */
function addTagCommand(rng: Rng, p: Project, id: string, parity: number): Command | null {
  const article = pick(rng, p.articles)
  const blocks = article.blocks.filter((_, i) => i % 2 === parity)
  if (!blocks.length) return null
  const block = pick(rng, blocks)
  const text = article.text.slice(block.start, block.end)
  const starts = [0, ...[...text.matchAll(/ /g)].map((m) => m.index + 1)]
  const from = pick(rng, starts)
  const to = Math.min(text.length, from + 5 + Math.floor(rng() * 20))
  if (to <= from) return null
  const ann = createAnnotation({ id, articleId: article.id, text: article.text, start: block.start + from, end: block.start + to, kind: pick(rng, annotationKinds), author: id, now: NOW })
  const speakerId = rng() < 0.5 && p.people.length ? pick(rng, p.people).id : null
  return { type: 'annotation.add', annotation: { ...ann, speakerId } }
}

function addLinkCommand(rng: Rng, p: Project, id: string): Command | null {
  if (p.annotations.length < 2) return null
  const from = pick(rng, p.annotations).id
  const to = pick(rng, p.annotations).id
  return { type: 'link.add', link: { id, type: 'corroborates', from, to, note: '', createdAt: NOW, updatedAt: NOW } }
}

/** One random edit by `who` (who is also the id prefix and the parity of the paragraphs they tag). */
function randomEdit(rng: Rng, p: Project, who: 'A' | 'B', n: number): Command | null {
  const at = `2026-02-0${2 + (n % 7)}T10:00:00.000Z`
  const tag = p.annotations.length ? pick(rng, p.annotations) : undefined
  const person = p.people.length ? pick(rng, p.people) : undefined
  const article = pick(rng, p.articles)
  const unique = `${who}${n}`
  switch (Math.floor(rng() * 12)) {
    case 0:
    case 1:
      return addTagCommand(rng, p, `${who}-tag-${n}`, who === 'A' ? 0 : 1)
    case 2:
      return tag ? { type: 'annotation.update', id: tag.id, patch: { note: `note ${unique}` }, updatedAt: at, updatedBy: who } : null
    case 3:
      return tag ? { type: 'annotation.update', id: tag.id, patch: { status: pick(rng, claimStatuses.filter((s) => s !== tag.status)), kind: pick(rng, annotationKinds.filter((k) => k !== tag.kind)) }, updatedAt: at, updatedBy: who } : null
    case 4:
      return tag ? removeAnnotationEdit(p, tag.id, at, who) : null
    case 5:
      return person ? { type: 'person.update', id: person.id, patch: { role: `role ${unique}` }, updatedAt: at } : null
    case 6:
      return person ? { type: 'person.update', id: person.id, patch: rng() < 0.5 ? { affiliation: `aff ${unique}` } : { aliases: [...person.aliases, `alias ${unique}`] }, updatedAt: at } : null
    case 7:
      if (person && rng() < 0.5) return { type: 'person.remove', id: person.id }
      return { type: 'person.add', person: { id: `${who}-per-${n}`, kind: 'person', name: `Person ${unique}`, aliases: [], role: '', affiliation: '', note: '', createdAt: at, updatedAt: at } }
    case 8:
      return { type: 'article.update', id: article.id, patch: { title: `Title ${unique}` }, updatedAt: at }
    case 9: {
      // New words: one word replaced in place, or a paragraph added at the end.
      const text = rng() < 0.5 ? article.text.replace(` ${pick(rng, WORDS)} `, ` ${unique} `) : `${article.text}\n\n${sentence(rng)} ${unique}.`
      return articleUpdateEdit(p, article.id, { text, blocks: blocksFromText(text) }, at, who).command
    }
    case 10:
      return addLinkCommand(rng, p, `${who}-link-${n}`)
    default:
      if (rng() < 0.3) return { type: 'article.add', article: importArticle({ fileName: `${unique}.txt`, content: paragraphs(rng, 2) }, at, `${who}-art-${n}`) }
      return p.links.length ? { type: 'link.remove', id: pick(rng, p.links).id } : null
  }
}

function edited(rng: Rng, start: Project, who: 'A' | 'B', count: number): Project[] {
  const versions = [start]
  let p = start
  for (let n = 0; n < count; n++) {
    p = tryApply(p, randomEdit(rng, p, who, n)) ?? p
    versions.push(p)
  }
  return versions
}

function merge(mine: Project, theirs: Project): { project: Project; summary: ReturnType<typeof mergeProjects>['summary'] } {
  const { command, summary } = mergeProjects(mine, theirs, { source: 'theirs.quotemark.json', now: '2026-02-10T00:00:00.000Z' })
  if (!command) return { project: mine, summary }
  const result = applyCommand(mine, command)
  if (!result.ok) throw new Error(result.error)
  return { project: result.project, summary }
}

type Rec = { id: string } & Record<string, unknown>
const COLLECTIONS = ['articles', 'annotations', 'people', 'links'] as const
const byId = (p: Project): Map<string, Rec> => new Map(COLLECTIONS.flatMap((c) => (p[c] as Rec[]).map((r) => [`${c}:${r.id}`, r] as const)))
const changedGroups = (before: Rec, after: Rec): Set<string> => {
  const a = historyOf(before).fieldRevs
  const b = historyOf(after).fieldRevs
  return new Set(Object.keys(b).filter((g) => b[g] !== a[g]))
}
const valueOf = (r: Rec, group: string): unknown => Object.fromEntries(Object.keys(contentOf(r)).filter((k) => groupOf(k) === group).map((k) => [k, r[k]]))
const SKIPPED = new Set(['updatedAt', 'updatedBy'])

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1)

describe('merging two copies edited at random (300 seeded cases)', () => {
  const cases = SEEDS.map((seed) => {
    const rng = prng(seed * 7919)
    const start = base(seed)
    const a = edited(rng, start, 'A', 6 + Math.floor(rng() * 10))
    const b = edited(rng, start, 'B', 6 + Math.floor(rng() * 10))
    return { seed, start, a: a[a.length - 1]!, aOld: a[Math.floor(a.length / 2)]!, b: b[b.length - 1]! }
  })

  it('every field changed on one side only ends with that side’s value; one both changed differently is a conflict holding both', () => {
    let checked = 0
    let conflicts = 0
    for (const { seed, start, a, b } of cases) {
      const { project, summary } = merge(a, b)
      const [s, ma, mb, out] = [byId(start), byId(a), byId(b), byId(project)]
      for (const [key, original] of s) {
        const [ra, rb, merged] = [ma.get(key), mb.get(key), out.get(key)]
        if (!ra || !rb || !merged) continue
        const [ca, cb] = [changedGroups(original, ra), changedGroups(original, rb)]
        for (const group of new Set([...ca, ...cb])) {
          if (SKIPPED.has(group)) continue
          checked++
          const [va, vb, vm] = [valueOf(ra, group), valueOf(rb, group), valueOf(merged, group)]
          const context = `seed ${seed}, ${key}, ${group}`
          // A tag's place is in its article's words: it can only be theirs where their words came in.
          const textOf = (m: Map<string, Rec>, r: Rec): unknown => m.get(`articles:${r.articleId}`)?.text
          if (group === 'place' && (textOf(out, merged) !== textOf(ma, ra) || textOf(out, merged) !== textOf(mb, rb))) continue
          if (ca.has(group) && !cb.has(group)) expect(vm, context).toEqual(va)
          else if (cb.has(group) && !ca.has(group)) expect(vm, context).toEqual(vb)
          else if (!sameValue(va, vb)) {
            conflicts++
            expect(vm, context).toEqual(va)
            const id = original.id
            const tagConflict = project.conflicts.find((c) => c.annotationId === id)
            const listed = summary.items.find((item) => item.change === 'conflict' && item.id === id)
            expect(tagConflict ?? listed, context).toBeDefined()
            if (tagConflict && group !== 'place') expect(valueOf(tagConflict.theirs as unknown as Rec, group), context).toEqual(vb)
            if (listed && group !== 'text' && group !== 'place') expect(listed.fields, context).toContain(group)
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000)
    expect(conflicts).toBeGreaterThan(10)
  })

  it('loses nothing: every record of either side is there, unless the other side removed it unchanged', () => {
    for (const { seed, a, b } of cases) {
      const { project } = merge(a, b)
      const out = byId(project)
      const removedBy = (p: Project, record: Rec): boolean => (p.removed ?? []).some((t) => t.id === record.id && (t.rev === historyOf(record).rev || t.revs.includes(historyOf(record).rev)))
      for (const [key, record] of byId(a)) if (!out.has(key)) expect(removedBy(b, record), `seed ${seed}: ${key} of mine is gone`).toBe(true)
      for (const [key, record] of byId(b)) {
        if (out.has(key) || removedBy(a, record)) continue
        // A link whose tags were already linked is not added twice.
        const link = key.startsWith('links') && project.links.some((l) => (l.from === record.from && l.to === record.to) || (l.from === record.to && l.to === record.from))
        expect(link || removedBy(a, record), `seed ${seed}: ${key} of theirs is missing`).toBe(true)
      }
    }
  })

  it('changes nothing when the same file is merged again', () => {
    for (const { seed, a, b } of cases) {
      const once = merge(a, b).project
      const again = mergeProjects(once, b, { source: 'theirs.quotemark.json', now: '2026-02-11T00:00:00.000Z' })
      expect(again.command, `seed ${seed}`).toBeNull()
    }
  })

  it('changes nothing and raises no conflict when an older copy of my own project is merged', () => {
    for (const { seed, a, aOld } of cases) {
      const { command, summary } = mergeProjects(a, aOld, { source: 'old.quotemark.json', now: '2026-02-11T00:00:00.000Z' })
      expect([command, summary.conflictItems, summary.conflicts], `seed ${seed}`).toEqual([null, 0, 0])
    }
  })

  it('gives the same records merging A into B as B into A (each keeps its own value where both changed a field)', () => {
    for (const { seed, a, b } of cases) {
      const ab = merge(a, b)
      const ba = merge(b, a)
      // One link per pair of tags: when both linked the same two, each keeps its own link.
      const pairs = (p: Project): Map<string, Rec> => new Map([...byId(p)].map(([k, r]) => [k.startsWith('links') ? `links:${[r.from, r.to].sort().join('+')}` : k, k.startsWith('links') ? ({ id: '', type: r.type } as Rec) : r]))
      const [x, y] = [pairs(ab.project), pairs(ba.project)]
      expect([...x.keys()].sort(), `seed ${seed}`).toEqual([...y.keys()].sort())
      const conflicted = new Set([...ab.summary.items, ...ba.summary.items].filter((i) => i.change === 'conflict').map((i) => i.id))
      for (const [key, record] of x) {
        if (conflicted.has(record.id)) continue
        const other = y.get(key)!
        // Where both changed an article's text each keeps its own, and its tags are placed in it.
        const ownText = record.articleId !== undefined && x.get(`articles:${record.articleId}`)?.text !== y.get(`articles:${record.articleId}`)?.text
        const strip = (r: Rec): unknown => Object.fromEntries(Object.entries(contentOf(r)).filter(([k]) => !SKIPPED.has(k) && !(ownText && groupOf(k) === 'place')))
        expect(strip(record), `seed ${seed}: ${key}`).toEqual(strip(other))
      }
    }
  })
})
