/**
 * The bundled sample project (seeds/) with the seed gold's quotes and claims
 * tagged (tests/fixtures/seed-gold.json), their speakers (for a claim, the
 * source it names) made people: the project the statements finder is held
 * to, and the e2e test's starting point.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createAnnotation } from '../../src/core/annotations'
import { createPerson } from '../../src/core/people'
import { buildSampleProject } from '../../src/core/sample'
import type { Project } from '../../src/core/schema'

const root = join(__dirname, '../..')
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

