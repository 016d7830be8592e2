import { describe, expect, it } from 'vitest'
import { createAnnotation } from './annotations'
import { applyCommand, type Command } from './commands'
import { facetCounts, filterAnnotations, findAnnotations, NO_SPEAKER, type AnnotationFilter } from './filter'
import { foldText, personNames } from './people'
import { annotationKinds, claimStatuses, type Annotation, type AnnotationKind, type ClaimStatus, type Project } from './schema'
import { buildProject, filter, NOW } from '../../tests/support/filterTesting'
import { prng } from '../../tests/support/random'

const project = buildProject()

/** The straightforward way: every tag checked against every constraint, then sorted. What the kept indexes must agree with. */
function reference(p: Project, f: AnnotationFilter): { ids: string[]; counts: ReturnType<typeof facetCounts> } {
  const byId = new Map(p.annotations.map((a) => [a.id, a]))
  const speakerOf = (a: Annotation) => a.speakerId ?? (a.attributionId ? (byId.get(a.attributionId)?.speakerId ?? null) : null)
  const q = foldText(f.text)
  const passes = (a: Annotation) => {
    const speakerKey = speakerOf(a) ?? NO_SPEAKER
    const person = p.people.find((x) => x.id === speakerKey)
    return {
      kind: !f.kinds.length || f.kinds.includes(a.kind),
      speaker: !f.speakerIds.length || f.speakerIds.includes(speakerKey),
      status: !f.statuses.length || (a.kind === 'claim' && f.statuses.includes(a.status)),
      article: !f.articleIds.length || f.articleIds.includes(a.articleId),
      text: !q || foldText(a.target.exact).includes(q) || foldText(a.note).includes(q) || (!!person && personNames(person).some((n) => foldText(n).includes(q))),
      speakerKey
    }
  }
  const rank = new Map(p.articles.map((a, i) => [a.id, i]))
  const counts = {
    kinds: Object.fromEntries(annotationKinds.map((k) => [k, 0])) as Record<AnnotationKind, number>,
    speakers: new Map([...p.people.map((x): [string, number] => [x.id, 0]), [NO_SPEAKER, 0]]),
    statuses: Object.fromEntries(claimStatuses.map((s) => [s, 0])) as Record<ClaimStatus, number>,
    articles: new Map(p.articles.map((a): [string, number] => [a.id, 0])),
    total: 0
  }
  const found: Annotation[] = []
  for (const a of p.annotations) {
    const x = passes(a)
    if (x.speaker && x.status && x.article && x.text) counts.kinds[a.kind]++
    if (x.kind && x.status && x.article && x.text) counts.speakers.set(x.speakerKey, counts.speakers.get(x.speakerKey)! + 1)
    if (a.kind === 'claim' && x.kind && x.speaker && x.article && x.text) counts.statuses[a.status]++
    if (x.kind && x.speaker && x.status && x.text) counts.articles.set(a.articleId, counts.articles.get(a.articleId)! + 1)
    if (x.kind && x.speaker && x.status && x.article && x.text) {
      counts.total++
      found.push(a)
    }
  }
  found.sort((a, b) => rank.get(a.articleId)! - rank.get(b.articleId)! || a.target.start - b.target.start || a.target.end - b.target.end || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
  return { ids: found.map((a) => a.id), counts }
}

describe('the kept search indexes', () => {
  it('agree with a plain scan while typing, narrowing, deleting, and while tags change between keystrokes', () => {
    const rand = prng(7)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
    let current = project
    const words = ['rodriguez', 'prisoners', 'the oil', 'trump', 'important number', 'gobierno', 'said', 'xq']
    let tagged = 0
    for (let round = 0; round < 40; round++) {
      const word = pick(words)
      const base: Partial<AnnotationFilter> = rand() < 0.5 ? {} : rand() < 0.5 ? { kinds: [pick(annotationKinds)] } : { speakerIds: [pick([...current.people.map((p) => p.id), NO_SPEAKER])] }
      // Type the word a letter at a time, then delete back two letters.
      const typed = [...Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)), word.slice(0, -1), word.slice(0, -2)]
      for (const text of typed) {
        const f = filter({ ...base, text })
        const got = findAnnotations(current, f)
        const want = reference(current, f)
        expect(got.results.map((a) => a.id), `${JSON.stringify(f)}`).toEqual(want.ids)
        expect(got.counts, `${JSON.stringify(f)}`).toEqual(want.counts)
        expect(filterAnnotations(current, f).map((a) => a.id)).toEqual(want.ids)
      }
      // Between words, change the project as a user would: tag, retag, note, delete, rename a speaker.
      const r = rand()
      const nyt = current.articles[0]!
      let command: Command | null = null
      if (r < 0.35) {
        const start = Math.floor(rand() * (nyt.text.length - 40))
        command = { type: 'annotation.add', annotation: { ...createAnnotation({ id: `round-${tagged++}`, articleId: nyt.id, text: nyt.text, start, end: start + 10 + Math.floor(rand() * 20), kind: pick(annotationKinds), author: 'x', now: NOW }), speakerId: rand() < 0.5 ? pick(current.people).id : null } }
      } else if (r < 0.55) {
        command = { type: 'annotation.update', id: pick(current.annotations).id, patch: { note: `gobierno ${round}` }, updatedAt: NOW, updatedBy: 'x' }
      } else if (r < 0.7) {
        const attribution = current.annotations.find((a) => a.kind === 'attribution' && a.speakerId)
        if (attribution) command = { type: 'annotation.update', id: attribution.id, patch: { speakerId: pick(current.people).id }, updatedAt: NOW, updatedBy: 'x' }
      } else if (r < 0.85) {
        const removable = current.annotations.filter((a) => a.kind !== 'attribution' && !current.links.some((l) => l.from === a.id || l.to === a.id) && !current.conflicts.some((c) => c.annotationId === a.id))
        if (removable.length) command = { type: 'annotation.remove', id: pick(removable).id }
      } else {
        const person = pick(current.people)
        command = { type: 'person.update', id: person.id, patch: { aliases: [...person.aliases, `Xqalias ${round}`] }, updatedAt: NOW }
      }
      if (command) {
        const result = applyCommand(current, command)
        if (result.ok) current = result.project
      }
      // The next keystroke extends the last text, on the changed project: the last matches must not be trusted.
      const f = filter({ ...base, text: word.slice(0, -1) })
      expect(findAnnotations(current, f).results.map((a) => a.id), `after a change: ${JSON.stringify(f)}`).toEqual(reference(current, f).ids)
    }
  })
})
