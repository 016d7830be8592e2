/** Shared by the filter's tests (src/core/filter*.test.ts): the sample project with the seed gold tagged, and a filter from a few constraints. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createAnnotation } from '../../src/core/annotations'
import { applyCommand, type Command } from '../../src/core/commands'
import { emptyFilter, type AnnotationFilter } from '../../src/core/filter'
import { createPerson } from '../../src/core/people'
import { buildSampleProject } from '../../src/core/sample'
import type { Annotation, AnnotationKind, ClaimStatus, Project } from '../../src/core/schema'

const root = join(__dirname, '..', '..')
const seeds = join(root, 'seeds')
export const NOW = '2026-01-10T09:00:00.000Z'
export const NYT = '965e9a29-261d-4b44-aef8-d4a816ac235e'
export const BBC = '7884ab6c-4d84-43b4-9464-18f7773515af'

type GoldQuote = { file: string; exact: string; speaker: string }
type GoldClaim = { file: string; exact: string; source: string | null }
export const gold = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-gold.json'), 'utf8')) as {
  speakers: { name: string; role: string; aliases: string[] }[]
  quotes: GoldQuote[]
  claims: GoldClaim[]
}

const slug = (name: string): string => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]+/g, '-')
export const articleOf = (file: string): string => (file.includes('nyt-') ? NYT : BBC)
/** The gold's exact text as the article has it: Markdown link syntax is not part of an article's text. */
const plain = (exact: string): string => exact.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')

/** A fact-check status for some of the gold claims; the rest stay unverified. */
const STATUS: Record<string, ClaimStatus> = {
  'the United States captured President Nicolás Maduro on Sunday': 'disputed',
  "the US [seized Venezuela's President Nicolás Maduro](#) in a raid on the capital, Caracas, on Saturday": 'disputed',
  'five Spanish citizens released Thursday': 'verified',
  'between 800 and 900 political prisoners are incarcerated in Venezuela': 'verified',
  'Arrested in 2024': 'false'
}
const NOTES: Record<string, string> = {
  'between 800 and 900 political prisoners are incarcerated in Venezuela': 'Rodríguez gave no figure.',
  'a significant number': 'Compare with the NYT’s “important number”.'
}

/**
 * The sample project with the gold speakers as people, every gold quote
 * tagged with its speaker and every gold claim with a status. Two quotes get
 * their speaker only through an attribution tag: NYT "What we want to do now
 * is fix up the oil," (he added → Trump) and "Consider this gesture…" (said
 * Rodríguez → Jorge). Tags are added BBC first, so order is not insertion order.
 */
export function buildProject(): Project {
  const manifest = readFileSync(join(seeds, 'manifest.json'), 'utf8')
  let project = buildSampleProject(manifest, (file) => readFileSync(join(seeds, file), 'utf8'), NOW)
  const apply = (command: Command): void => {
    const result = applyCommand(project, command)
    if (!result.ok) throw new Error(result.error)
    project = result.project
  }
  for (const s of gold.speakers) apply({ type: 'person.add', person: { ...createPerson(s.name, NOW, { role: s.role, aliases: s.aliases }), id: slug(s.name) } })
  apply({ type: 'person.add', person: { ...createPerson('Spanish government', NOW, { kind: 'organisation' }), id: 'spanish-government' } })

  const tag = (articleId: string, exact: string, kind: AnnotationKind, extra: Partial<Annotation> = {}): Annotation => {
    const article = project.articles.find((a) => a.id === articleId)!
    const start = article.text.indexOf(exact)
    if (start < 0) throw new Error(`"${exact}" is not in ${article.title}`)
    return { ...createAnnotation({ id: `${kind}-${slug(exact).slice(0, 40)}-${articleId.slice(0, 4)}`, articleId, text: article.text, start, end: start + exact.length, kind, author: 'Ana', now: NOW }), ...extra }
  }
  const attrOil = tag(NYT, 'he added', 'attribution', { speakerId: 'donald-trump' })
  const attrGesture = tag(NYT, 'said Rodríguez', 'attribution', { speakerId: 'jorge-rodriguez' })
  apply({ type: 'annotation.add', annotation: attrOil })
  apply({ type: 'annotation.add', annotation: attrGesture })
  for (const q of [...gold.quotes].reverse()) {
    const throughAttribution = q.exact === 'What we want to do now is fix up the oil,' ? attrOil : q.exact.startsWith('Consider this gesture') ? attrGesture : null
    const extra: Partial<Annotation> = throughAttribution ? { attributionId: throughAttribution.id } : { speakerId: slug(q.speaker) }
    apply({ type: 'annotation.add', annotation: tag(articleOf(q.file), q.exact, 'quote', { ...extra, note: NOTES[q.exact] ?? '' }) })
  }
  for (const c of [...gold.claims].reverse()) {
    const speakerId = c.source === 'Spanish government' ? 'spanish-government' : null
    apply({ type: 'annotation.add', annotation: tag(articleOf(c.file), plain(c.exact), 'claim', { speakerId, status: STATUS[c.exact] ?? 'unverified', note: NOTES[c.exact] ?? '' }) })
  }
  return project
}

export const filter = (f: Partial<AnnotationFilter>): AnnotationFilter => ({ ...emptyFilter, ...f })
