import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { applyCommand, type Command } from '../commands'
import { withoutRevisions } from '../revisions'
import { invertCommand } from '../commandInverse'
import { applyMerge } from '../merge'
import { migrate, MIGRATIONS } from '../migrations'
import { parseProject, serializeProject } from '../projectFile'
import { buildSampleProject } from '../sample'
import { PROJECT_VERSION, type Project } from '../schema'
import { acceptManyEdit, acceptSuggestionEdit, rejectSuggestionEdit, suggestionsForArticle, suggestionsForProject } from './suggestEdits'

const root = join(__dirname, '../../..')
const NOW = '2026-01-12T10:00:00.000Z'

function sample(): Project {
  const read = (name: string) => readFileSync(join(root, 'seeds', name), 'utf8')
  const project = buildSampleProject(read('manifest.json'), read, NOW)
  // Suggestions are for untagged articles: start from the seed articles without their sample tags.
  return { ...project, annotations: [], links: [], people: [] }
}

function apply(project: Project, command: Command | null): Project {
  if (!command) throw new Error('no command')
  const result = applyCommand(project, command)
  if (!result.ok) throw new Error(result.error)
  return result.project
}

const nyt = (p: Project) => p.articles.find((a) => a.source.startsWith('nyt'))!

describe('offering suggestions', () => {
  test('an untagged seed article is offered all its quotes, each with a stable id', () => {
    const project = sample()
    const offered = suggestionsForArticle(project, nyt(project).id)
    expect(offered).toHaveLength(9)
    expect(offered[0]!.id).toBe(`${nyt(project).id}:${offered[0]!.start}:${offered[0]!.end}`)
    expect(suggestionsForProject(project)).toHaveLength(18)
  })

  test('accepting one makes a quote and its attribution with the speaker, as a new person with the article’s role, marked as suggested', () => {
    const project = sample()
    const romero = suggestionsForArticle(project, nyt(project).id).find((s) => s.speaker === 'Alfredo Romero')!
    const next = apply(project, acceptSuggestionEdit(project, romero, {}, NOW, 'Ana'))
    const person = next.people.find((p) => p.name === 'Alfredo Romero')!
    expect(person).toMatchObject({ kind: 'person', role: expect.stringContaining('director of Foro Penal') })
    const quote = next.annotations.find((a) => a.kind === 'quote')!
    const attribution = next.annotations.find((a) => a.kind === 'attribution')!
    expect(quote).toMatchObject({ speakerId: person.id, attributionId: attribution.id, origin: 'suggested', author: 'Ana' })
    expect(quote.target.exact).toBe(romero.text)
    expect(attribution).toMatchObject({ speakerId: person.id, origin: 'suggested' })
    expect(attribution.target.exact).toBe('said Alfredo Romero')
    // Accepted: no longer offered; the continuation quote now matches the person already in the project.
    const left = suggestionsForArticle(next, nyt(project).id)
    expect(left.some((s) => s.id === romero.id)).toBe(false)
    expect(left.find((s) => s.text.startsWith('May the justice'))!.personId).toBe(person.id)
  })

  test('undoing an accept removes the person, the attribution and the quote together', () => {
    const project = sample()
    const s = suggestionsForArticle(project, nyt(project).id)[1]!
    const command = acceptSuggestionEdit(project, s, {}, NOW, 'Ana')
    const next = apply(project, command)
    const undone = apply(next, invertCommand(project, command, NOW))
    // Every record as it was; what undo removed is remembered as removed (format 5), so a merge can tell.
    expect({ ...undone, removed: [] }).toEqual({ ...project, removed: [] })
    expect(undone.people).toHaveLength(project.people.length)
  })

  test('a fixed span and another speaker are what get tagged', () => {
    const project = sample()
    const s = suggestionsForArticle(project, nyt(project).id)[1]!
    const next = apply(project, acceptSuggestionEdit(project, s, { start: s.start, end: s.start + 26, speakerName: 'Delcy Rodríguez' }, NOW, 'Ana'))
    const quote = next.annotations.find((a) => a.kind === 'quote')!
    expect(quote.target.exact).toBe('Consider this gesture from')
    expect(next.people.find((p) => p.id === quote.speakerId)?.name).toBe('Delcy Rodríguez')
  })

  test('a rejected suggestion is not offered again, in this project or in one it is merged into, until the rejection is undone', () => {
    const project = sample()
    const s = suggestionsForArticle(project, nyt(project).id)[0]!
    const command = rejectSuggestionEdit(project, s, NOW, 'Ana')!
    const next = apply(project, command)
    expect(next.rejections).toHaveLength(1)
    expect(suggestionsForArticle(next, nyt(project).id).some((x) => x.text === s.text)).toBe(false)
    expect(suggestionsForArticle(apply(next, invertCommand(next, command, NOW)), nyt(project).id).some((x) => x.text === s.text)).toBe(true)
    const colleague = applyMerge(project, next, { source: 'colleague.quotemark.json', now: NOW }).project
    expect(colleague.rejections).toHaveLength(1)
    expect(suggestionsForArticle(colleague, nyt(project).id).some((x) => x.text === s.text)).toBe(false)
  })

  test('accepting all of a speaker’s suggestions adds the person once and shares the attribution of a quote broken around its cue', () => {
    const project = sample()
    const trump = suggestionsForProject(project).filter((s) => s.speaker === 'Donald Trump')
    expect(trump.length).toBeGreaterThanOrEqual(6)
    const next = apply(project, acceptManyEdit(project, trump, NOW, 'Ana'))
    expect(next.people.filter((p) => p.name === 'Donald Trump')).toHaveLength(1)
    expect(next.annotations.filter((a) => a.kind === 'quote')).toHaveLength(trump.length)
    expect(suggestionsForProject(next).some((s) => s.speaker === 'Donald Trump')).toBe(false)
  })
})

describe('claim candidates', () => {
  test('are offered only when asked, after the quotes, and accepting one makes a claim tag with its source', () => {
    const project = sample()
    const id = nyt(project).id
    expect(suggestionsForArticle(project, id).every((s) => s.kind === 'quote')).toBe(true)
    const all = suggestionsForArticle(project, id, { claims: true })
    const claims = all.filter((s) => s.kind === 'claim')
    expect(claims.length).toBeGreaterThanOrEqual(5)
    expect(all.findIndex((s) => s.kind === 'claim')).toBe(all.length - claims.length)
    const sourced = claims.find((c) => c.text.includes('between 800 and 900'))!
    expect(sourced.speaker).toBeNull()
    const rights = claims.find((c) => c.speaker === 'rights groups')!
    const next = apply(project, acceptSuggestionEdit(project, rights, {}, NOW, 'Ana'))
    const tag = next.annotations.find((a) => a.kind === 'claim')!
    expect(tag).toMatchObject({ origin: 'suggested', status: 'unverified' })
    expect(next.people.find((p) => p.id === tag.speakerId)?.name).toBe('rights groups')
    expect(suggestionsForArticle(next, id, { claims: true }).some((s) => s.id === rights.id)).toBe(false)
  })
})

describe('format 4', () => {
  test('step 3 → 4 gives a version 3 file an empty list of rejected suggestions and keeps everything else', () => {
    const v3 = readFileSync(join(root, 'tests/fixtures/project-v3.quotemark.json'), 'utf8')
    const original = JSON.parse(v3) as Record<string, unknown>
    expect(original.version).toBe(3)
    expect(Object.keys(original)).not.toContain('rejections')
    const opened = parseProject(v3, 'project-v3.quotemark.json')
    if (!opened.ok) throw new Error(opened.message)
    expect(opened.migratedFrom).toBe(3)
    expect(opened.project.version).toBe(PROJECT_VERSION)
    const { version: _v, rejections, removed: _d, sources: _s, statementRejections: _sr, ...rest } = withoutRevisions(opened.project)
    const { version: _v2, ...before } = original
    expect(rejections).toEqual([])
    // Format 6 adds each article's kind of source, format 7 source documents and rejected statement groups; nothing else changes.
    expect({ ...rest, articles: rest.articles.map(({ sourceKind: _k, ...a }) => a) }).toStrictEqual(before)
    expect(opened.project.annotations.every((a) => a.origin === undefined)).toBe(true)
    const migrated = migrate(original, MIGRATIONS)
    expect(migrated).toMatchObject({ ok: true, from: 3 })
    expect(migrated.ok && migrated.applied[0]).toBe(MIGRATIONS.find((m) => m.from === 3)!.describe)
  })

  test('a rejection that points at no article is refused on load, naming it', () => {
    const project = sample()
    const s = suggestionsForArticle(project, nyt(project).id)[0]!
    const next = apply(project, rejectSuggestionEdit(project, s, NOW, 'Ana'))
    const broken = serializeProject({ ...next, rejections: next.rejections.map((r) => ({ ...r, articleId: 'gone' })) })
    const result = parseProject(broken, 'story.quotemark.json')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(`rejected suggestion ${next.rejections[0]!.id} points to an article (gone)`)
  })
})
