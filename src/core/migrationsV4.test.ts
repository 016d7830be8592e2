import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCommand } from './commands'
import { migrate, MIGRATIONS, type JsonObject } from './migrations'
import { parseProject, serializeProject } from './projectFile'
import { historyOf, withoutRevisions } from './revisions'
import { PROJECT_FORMAT, PROJECT_VERSION, type Project } from './schema'
import { deepFreeze } from '../../tests/support/projectTesting'

const root = join(__dirname, '..', '..')
const V4 = 'project-v4.quotemark.json'
const stepTo5 = MIGRATIONS.find((m) => m.from === 4)!

describe('step 4 → 5', () => {
  it('gives every record a first revision from its content and the project an empty list of removed records', () => {
    const doc = deepFreeze({ format: PROJECT_FORMAT, version: 4, articles: [], people: [{ id: 'p1', name: 'Ana' }], annotations: [], links: [], rejections: [] })
    const result = migrate(doc, MIGRATIONS, 5)
    if (!result.ok) throw new Error(result.message)
    expect(result.doc).toMatchObject({ version: 5, removed: [], people: [{ id: 'p1', name: 'Ana', rev: expect.stringMatching(/^1-[0-9a-f]{16}$/), revs: [] }] })
    expect(result.applied).toEqual([stepTo5.describe])
  })

  it('leaves anything that is not a list of records for validation to judge', () => {
    expect(stepTo5.up({ version: 4, annotations: 'broken' })).toEqual({ version: 4, annotations: 'broken', removed: [] })
    expect(stepTo5.up({ version: 4, articles: [], people: [], annotations: [null], links: [], rejections: [], removed: 'x' })).toMatchObject({ annotations: [null], removed: 'x' })
  })
})

describe('the version 4 file written by the previous Quotemark', () => {
  const v4 = readFileSync(join(root, 'tests', 'fixtures', V4), 'utf8')
  const original = JSON.parse(v4) as JsonObject

  function open(): Project {
    const result = parseProject(v4, V4)
    if (!result.ok) throw new Error(result.message)
    expect(result.migratedFrom).toBe(4)
    return result.project
  }

  it('opens as the current version with a revision on every record, and nothing removed yet', () => {
    const project = open()
    expect(project.version).toBe(PROJECT_VERSION)
    expect(project.removed).toEqual([])
    const records = [...project.people, ...project.annotations, ...project.links, ...project.rejections]
    expect(records.length).toBeGreaterThan(8)
    for (const record of records) expect(historyOf(record)).toEqual({ rev: record.rev, revs: [], fieldRevs: {} })
    // Each article's kind of source (format 6) is a second revision, its one change.
    for (const article of project.articles) expect(historyOf(article)).toEqual({ rev: article.rev, revs: [expect.stringMatching(/^1-/)], fieldRevs: { sourceKind: article.rev } })
    const all = [...records, ...project.articles]
    expect(new Set(all.map((r) => r.rev)).size).toBe(all.length)
  })

  it('keeps everything else exactly as the file has it, fields it does not know included', () => {
    const { version: _v, removed: _r, sources: _s, statementRejections: _sr, articles, ...opened } = withoutRevisions(open())
    const { version: _v2, articles: originalArticles, ...rest } = original
    expect(opened).toStrictEqual(rest)
    expect(articles.map(({ sourceKind: _k, ...a }) => a)).toStrictEqual(originalArticles)
    expect(open().people[0]).toMatchObject({ pronouns: 'he/him' })
  })

  it('saves as the current version, and the saved file opens again without migrating or changing a revision', () => {
    const project = open()
    expect(parseProject(serializeProject(project), V4)).toEqual({ ok: true, project, migratedFrom: null })
  })

  it('gives a record changed afterwards a new revision whose parent is the one it had, and remembers a removed one', () => {
    const project = open()
    const person = project.people[1]!
    const changed = applyCommand(project, { type: 'person.update', id: person.id, patch: { role: 'City councilman' }, updatedAt: '2026-01-12T10:00:00.000Z' })
    if (!changed.ok) throw new Error(changed.error)
    const after = changed.project.people[1]!
    expect(after.revs).toEqual([person.rev])
    expect(after.rev).toMatch(/^2-/)
    expect(after.fieldRevs).toEqual({ role: after.rev, updatedAt: after.rev })
    const link = project.links[0]!
    const removed = applyCommand(project, { type: 'link.remove', id: link.id })
    if (!removed.ok) throw new Error(removed.error)
    expect(removed.project.removed).toEqual([{ id: link.id, rev: link.rev, revs: [] }])
  })
})
