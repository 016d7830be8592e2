import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { makeTarget } from './anchoring'
import { migrate, MIGRATIONS, type JsonObject, type Migration } from './migrations'
import { parseProject, serializeProject } from './projectFile'
import { emptyProject, PROJECT_FORMAT, PROJECT_VERSION, ProjectSchema, type Project } from './schema'
import { withoutRevisions } from './revisions'
import { deepFreeze } from '../../tests/support/projectTesting'

const root = join(__dirname, '..', '..')
const NOW = '2026-01-10T09:00:00.000Z'

describe('the real migrations', () => {
  it('form one unbroken chain from version 1 to the current version, in order', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: PROJECT_VERSION - 1 }, (_, i) => i + 1))
    for (const migration of MIGRATIONS) expect(migration.describe.trim()).not.toBe('')
  })

  it('are six steps, 1 → 2 up to 6 → 7; a version 7 file passes through untouched and a version 8 file is newer', () => {
    expect(PROJECT_VERSION).toBe(7)
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1, 2, 3, 4, 5, 6])
    const doc = { format: PROJECT_FORMAT, version: 7, name: 'Today' }
    expect(migrate(doc)).toEqual({ ok: true, doc, from: 7, applied: [] })
    expect(migrate({ format: PROJECT_FORMAT, version: 8 })).toMatchObject({ ok: false, reason: 'newer' })
  })

  it('step 1 → 2 gives each tag an empty speaker, attribution, status and evidence, and its author as the last to change it', () => {
    const doc = deepFreeze({
      format: PROJECT_FORMAT,
      version: 1,
      annotations: [
        { id: 'a1', author: 'Ana', note: 'n' },
        { id: 'a2', author: 42 }
      ],
      people: [{ id: 'p1', name: 'Jorge Rodríguez' }]
    })
    const result = migrate(doc, MIGRATIONS, 2)
    expect(result).toMatchObject({ ok: true, from: 1, applied: [MIGRATIONS[0]!.describe] })
    if (!result.ok) return
    expect(result.doc.version).toBe(2)
    expect(result.doc.annotations).toEqual([
      { id: 'a1', author: 'Ana', note: 'n', speakerId: null, attributionId: null, status: 'unverified', evidence: [], updatedBy: 'Ana' },
      { id: 'a2', author: 42, speakerId: null, attributionId: null, status: 'unverified', evidence: [], updatedBy: '' }
    ])
    expect(result.doc.people).toEqual([{ id: 'p1', kind: 'person', name: 'Jorge Rodríguez' }])
  })

  it('step 1 → 2 keeps a person kind a file already has, and leaves anything that is not a list of records as it was', () => {
    const up = MIGRATIONS[0]!.up
    expect(up({ version: 1, people: [{ id: 'p1', kind: 'organisation' }], annotations: [] })).toEqual({ version: 1, people: [{ id: 'p1', kind: 'organisation' }], annotations: [] })
    const odd = { version: 1, annotations: { a1: { id: 'a1' } }, people: [null, 'x', [1], { id: 'p' }] }
    expect(up(odd)).toEqual({ version: 1, annotations: { a1: { id: 'a1' } }, people: [null, 'x', [1], { id: 'p', kind: 'person' }] })
    expect(up({ version: 1 })).toEqual({ version: 1, annotations: undefined, people: undefined })
  })
})

describe('the version 1 file written by the previous Quotemark', () => {
  const v1 = readFileSync(join(root, 'tests', 'fixtures', 'project-v1.quotemark.json'), 'utf8')
  const original = JSON.parse(v1) as JsonObject & { annotations: JsonObject[]; people: JsonObject[]; articles: JsonObject[]; links: JsonObject[] }

  function open(): Project {
    const result = parseProject(v1, 'project-v1.quotemark.json')
    if (!result.ok) throw new Error(`expected the v1 fixture to open, got: ${result.message}`)
    expect(result.migratedFrom).toBe(1)
    return result.project
  }

  it('is a version 1 file with tags and a person, as the previous version wrote it', () => {
    expect(original.version).toBe(1)
    expect(original.annotations.length).toBeGreaterThan(0)
    expect(original.people.length).toBeGreaterThan(0)
    for (const ann of original.annotations) expect(Object.keys(ann)).not.toContain('speakerId')
    for (const person of original.people) expect(Object.keys(person)).not.toContain('kind')
  })

  it('opens as the current version, migrated from 1 through every step', () => {
    const project = open()
    expect(project.version).toBe(PROJECT_VERSION)
    expect(project.annotations).toHaveLength(original.annotations.length)
    expect(migrate(original)).toMatchObject({ ok: true, from: 1, applied: MIGRATIONS.map((m) => m.describe) })
    expect(project.annotations.map((a) => a.orphan)).toEqual(original.annotations.map(() => false))
    expect(project.conflicts).toEqual([])
    expect(project.rejections).toEqual([])
  })

  it('gives every tag no speaker, no attribution, "unverified", no evidence, and its author as the last to change it', () => {
    const project = open()
    for (const ann of project.annotations) {
      expect(ann).toMatchObject({ speakerId: null, attributionId: null, status: 'unverified', evidence: [], updatedBy: ann.author })
    }
    expect(project.annotations.map((a) => a.updatedBy)).toEqual(original.annotations.map((a) => a.author))
    expect(project.annotations.every((a) => a.author !== '')).toBe(true)
  })

  it('makes every person a person', () => {
    const project = open()
    expect(project.people.map((p) => p.kind)).toEqual(original.people.map(() => 'person'))
  })

  it('keeps all the version 1 data: texts, notes, ids, timestamps, people and links', () => {
    const project = open()
    const { version: _v, ...rest } = original
    const { version: _v2, conflicts: _c, rejections: _r, removed: _d, sources: _so, statementRejections: _sr, ...opened } = withoutRevisions(project)
    const withoutNew = {
      ...opened,
      articles: opened.articles.map(({ sourceKind: _k, ...old }) => old),
      annotations: opened.annotations.map(({ speakerId: _s, attributionId: _a, status: _st, evidence: _e, updatedBy: _u, orphan: _o, ...old }) => old),
      people: opened.people.map(({ kind: _k, ...old }) => old)
    }
    expect(withoutNew).toStrictEqual(rest)
    expect(project.annotations.map((a) => [a.id, a.target.exact, a.note, a.createdAt, a.updatedAt])).toEqual(
      original.annotations.map((a) => {
        const target = a.target as JsonObject
        return [a.id, target.exact, a.note, a.createdAt, a.updatedAt]
      })
    )
    expect(project.annotations.find((a) => a.note === 'BBC says Saturday')?.kind).toBe('claim')
    expect(project.people[0]).toMatchObject({ name: 'Jorge Rodríguez', aliases: ['Jorge Rodriguez'] })
  })

  it('saves as the current version, and the saved file opens again without migrating', () => {
    const project = open()
    const saved = serializeProject(project)
    expect(JSON.parse(saved).version).toBe(PROJECT_VERSION)
    const again = parseProject(saved, 'project-v1.quotemark.json')
    expect(again).toEqual({ ok: true, project, migratedFrom: null })
  })

  it('is still refused, not repaired, when its tags are not a list', () => {
    for (const annotations of [{ a: 1 }, 'none', null]) {
      const broken = JSON.stringify({ ...original, annotations })
      const result = parseProject(broken, 'broken.quotemark.json')
      expect(result).toMatchObject({ ok: false, code: 'invalid' })
      if (!result.ok) expect(result.message).toMatch(/^broken\.quotemark\.json cannot be opened: field "annotations" is invalid: /)
    }
    const missing = { ...original } as JsonObject
    delete missing.annotations
    expect(parseProject(JSON.stringify(missing), 'broken.quotemark.json')).toMatchObject({ ok: false, code: 'invalid' })
  })

  it('is still refused when one tag is not a record or lacks its fields', () => {
    const notRecord = JSON.stringify({ ...original, annotations: [...original.annotations, 'tag'] })
    expect(parseProject(notRecord, 'broken.quotemark.json')).toMatchObject({ ok: false, code: 'invalid' })
    const noTarget = JSON.stringify({ ...original, annotations: original.annotations.map((a, i) => (i === 0 ? { ...a, target: undefined } : a)) })
    const result = parseProject(noTarget, 'broken.quotemark.json')
    expect(result).toMatchObject({ ok: false, code: 'invalid' })
    if (!result.ok) expect(result.message).toContain('"target"')
  })
})

describe('parseProject with migrations passed in', () => {
  const v0 = readFileSync(join(root, 'tests', 'fixtures', 'project-v0-synthetic.json'), 'utf8')

  /** What a v0 → v1 step would do to the pre-release shape in the fixture. */
  const fromV0: Migration = {
    from: 0,
    describe: 'turn pre-release tags into annotations',
    up: (doc) => {
      const created = doc.created as string
      const articles = (doc.articles as JsonObject[]).map((a) => {
        const text = a.text as string
        let start = 0
        const blocks = text.split('\n\n').map((part) => {
          const block = { type: 'paragraph', start, end: start + part.length, marks: [] }
          start = block.end + 2
          return block
        })
        return { id: a.id, title: a.title, outlet: '', byline: '', publishedAt: '', url: '', source: '', text, blocks, createdAt: a.created, updatedAt: a.created }
      })
      const annotations = (doc.tags as JsonObject[]).map((t) => {
        const text = articles.find((a) => a.id === t.article)!.text
        return { id: t.id, articleId: t.article, kind: t.type, target: makeTarget(text, t.start as number, t.end as number), note: '', author: '', createdAt: created, updatedAt: created }
      })
      return { format: doc.format, version: 1, id: doc.id, name: doc.title, createdAt: created, updatedAt: created, articles, people: [], annotations, links: [] }
    }
  }

  it('has a fixture whose v0 → v1 step would make a valid version 1 file, which the real migrations then open', () => {
    const upgraded = fromV0.up(JSON.parse(v0) as JsonObject)
    expect(upgraded.version).toBe(1)
    const result = parseProject(JSON.stringify(upgraded), 'upgraded.quotemark.json')
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 })
    if (!result.ok) return
    expect(ProjectSchema.parse(result.project)).toEqual(result.project)
    expect(result.project.annotations[0]!.target.exact).toBe('"We are free,"')
  })

  it('still refuses a version 0 file, because version 1 is the first format a migration can start from', () => {
    const up = vi.fn(fromV0.up)
    expect(parseProject(v0, 'old.quotemark.json', [{ ...fromV0, up }])).toEqual({
      ok: false,
      code: 'invalid',
      message: 'old.quotemark.json cannot be opened: its "version" is 0, not a version number.'
    })
    expect(up).not.toHaveBeenCalled()
  })

  it('runs no step on a current file and reports it as not migrated', () => {
    const breaking = vi.fn((doc: JsonObject) => ({ ...doc, name: 42 }))
    const project = emptyProject('Current', 'p-current', NOW)
    expect(parseProject(serializeProject(project), 'current.quotemark.json', [{ from: PROJECT_VERSION - 1, describe: 'would break it', up: breaking }])).toEqual({
      ok: true,
      project,
      migratedFrom: null
    })
    expect(breaking).not.toHaveBeenCalled()
  })

  it('does not let a step for a newer format open a newer file', () => {
    const down = vi.fn((doc: JsonObject) => ({ ...doc, version: PROJECT_VERSION }))
    const newer = JSON.stringify({ ...emptyProject('Next', 'p-next', NOW), version: PROJECT_VERSION + 1 })
    expect(parseProject(newer, 'next.quotemark.json', [...MIGRATIONS, { from: PROJECT_VERSION + 1, describe: 'not a downgrade', up: down }])).toMatchObject({
      ok: false,
      code: 'newer-version'
    })
    expect(down).not.toHaveBeenCalled()
  })
})
