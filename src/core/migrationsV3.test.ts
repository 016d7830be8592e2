import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate, MIGRATIONS, type JsonObject } from './migrations'
import { parseProject, serializeProject } from './projectFile'
import { PROJECT_FORMAT, PROJECT_VERSION, type Annotation, type Conflict, type Project } from './schema'
import { withoutRevisions } from './revisions'
import { deepFreeze } from '../../tests/support/projectTesting'

const root = join(__dirname, '..', '..')
const V2 = 'project-v2.quotemark.json'
const NOW = '2026-01-12T10:00:00.000Z'

const stepTo3 = MIGRATIONS.find((m) => m.from === 2)!

describe('step 2 → 3', () => {
  it('makes no tag an orphan and gives the project an empty list of conflicts', () => {
    const doc = deepFreeze({ format: PROJECT_FORMAT, version: 2, annotations: [{ id: 'a1', note: 'n' }, { id: 'a2' }], links: [] })
    const result = migrate(doc, MIGRATIONS, 3)
    expect(result).toEqual({
      ok: true,
      doc: { format: PROJECT_FORMAT, version: 3, annotations: [{ id: 'a1', note: 'n', orphan: false }, { id: 'a2', orphan: false }], links: [], conflicts: [] },
      from: 2,
      applied: [stepTo3.describe]
    })
  })

  it('leaves conflicts a file already has, and anything that is not a list of records, for validation to judge', () => {
    expect(stepTo3.up({ version: 2, annotations: [], conflicts: 'broken' })).toEqual({ version: 2, annotations: [], conflicts: 'broken' })
    expect(stepTo3.up({ version: 2, annotations: { a1: {} } })).toEqual({ version: 2, annotations: { a1: {} }, conflicts: [] })
    expect(stepTo3.up({ version: 2, annotations: [null, 'x', { id: 'a' }] })).toEqual({ version: 2, annotations: [null, 'x', { id: 'a', orphan: false }], conflicts: [] })
  })
})

describe('the version 2 file written by the previous Quotemark', () => {
  const v2 = readFileSync(join(root, 'tests', 'fixtures', V2), 'utf8')
  const original = JSON.parse(v2) as JsonObject & { annotations: JsonObject[]; people: JsonObject[]; links: JsonObject[] }

  function open(): Project {
    const result = parseProject(v2, V2)
    if (!result.ok) throw new Error(`expected the v2 fixture to open, got: ${result.message}`)
    expect(result.migratedFrom).toBe(2)
    return result.project
  }

  it('is a version 2 file with tags, speakers, an attribution, evidence, two people and a link, and no version 3 fields', () => {
    expect(original.version).toBe(2)
    expect(original.annotations.length).toBeGreaterThanOrEqual(5)
    expect(original.people.map((p) => p.kind)).toEqual(['person', 'organisation'])
    expect(original.links).toHaveLength(1)
    expect(original.annotations.some((a) => a.attributionId !== null)).toBe(true)
    for (const ann of original.annotations) expect(Object.keys(ann)).not.toContain('orphan')
    expect(Object.keys(original)).not.toContain('conflicts')
  })

  it('opens as the current version, migrated from 2, with no orphans, no conflicts and no rejected suggestions', () => {
    const project = open()
    expect(project.version).toBe(PROJECT_VERSION)
    expect(project.rejections).toEqual([])
    expect(project.annotations.map((a) => a.orphan)).toEqual([false, false, false, false, false])
    expect(project.conflicts).toEqual([])
  })

  it('keeps everything else exactly as the file has it', () => {
    const { version: _v, conflicts: _c, rejections: _r, removed: _d, sources: _s, statementRejections: _sr, ...opened } = withoutRevisions(open())
    const withoutNew = { ...opened, articles: opened.articles.map(({ sourceKind: _k, ...old }) => old), annotations: opened.annotations.map(({ orphan: _o, ...old }) => old) }
    const { version: _v2, ...rest } = original
    expect(withoutNew).toStrictEqual(rest)
  })

  it('saves as the current version, and the saved file opens again without migrating', () => {
    const project = open()
    const saved = serializeProject(project)
    expect(JSON.parse(saved)).toMatchObject({ version: PROJECT_VERSION, conflicts: [], rejections: [] })
    expect(parseProject(saved, V2)).toEqual({ ok: true, project, migratedFrom: null })
  })
})

describe('orphans and conflicts in a version 3 file', () => {
  const base = (): Project => {
    const result = parseProject(readFileSync(join(root, 'tests', 'fixtures', V2), 'utf8'), V2)
    if (!result.ok) throw new Error(result.message)
    return result.project
  }
  const load = (project: Project) => parseProject(serializeProject(project), 'shared.quotemark.json')
  const withTag = (project: Project, index: number, change: Partial<Annotation>): Project => ({
    ...project,
    annotations: project.annotations.map((a, i) => (i === index ? { ...a, ...change } : a))
  })
  const conflict = (project: Project, extra: Partial<Conflict> = {}): Conflict => ({
    id: 'conflict-1',
    annotationId: project.annotations[0]!.id,
    theirs: { ...project.annotations[0]!, note: 'their note', speakerId: 'someone-they-know' },
    source: 'colleague.quotemark.json',
    detectedAt: NOW,
    ...extra
  })

  it('opens an orphan whose last known place lies beyond the shortened text', () => {
    const project = base()
    const length = project.articles[0]!.text.length
    const orphan = withTag(project, 0, { orphan: true, target: { start: length + 10, end: length + 30, exact: 'words that are gone', prefix: '', suffix: '' } })
    expect(load(orphan)).toMatchObject({ ok: true, migratedFrom: null })
  })

  it('keeps a tag whose words are gone from the text as an orphan, and still refuses an orphan with a reversed range', () => {
    const project = base()
    const length = project.articles[0]!.text.length
    const beyond = withTag(project, 0, { target: { start: length + 10, end: length + 30, exact: 'words that are gone', prefix: '', suffix: '' } })
    expect(load(beyond)).toMatchObject({ ok: true, reanchored: { moved: 0, fuzzy: 0, orphaned: 1 } })
    const reversed = withTag(project, 0, { orphan: true, target: { start: 30, end: 10, exact: 'x', prefix: '', suffix: '' } })
    expect(load(reversed)).toMatchObject({ ok: false, message: expect.stringContaining('has an empty or reversed range') })
  })

  it('opens a conflict about a tag in the project, without checking the references of their version', () => {
    const project = base()
    const result = load({ ...project, conflicts: [conflict(project)] })
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.project.conflicts[0]!.theirs.speakerId).toBe('someone-they-know')
  })

  it('refuses a conflict about a tag that is not there, one holding another tag, and one reusing an id', () => {
    const project = base()
    const missing = load({ ...project, conflicts: [conflict(project, { annotationId: 'gone' })] })
    expect(missing).toMatchObject({ ok: false, message: 'shared.quotemark.json cannot be opened: conflict conflict-1 is about an annotation (gone) that is not in the project.' })
    const other = load({ ...project, conflicts: [conflict(project, { annotationId: project.annotations[1]!.id })] })
    expect(other).toMatchObject({ ok: false, message: expect.stringContaining('conflict conflict-1 holds a version of another annotation') })
    const reused = load({ ...project, conflicts: [conflict(project, { id: project.people[0]!.id })] })
    expect(reused).toMatchObject({ ok: false, message: expect.stringContaining(`the id ${project.people[0]!.id} is used twice`) })
  })

  it('names the conflict and the field when their version is not a valid tag', () => {
    const project = base()
    const broken = JSON.parse(serializeProject({ ...project, conflicts: [conflict(project)] }))
    broken.conflicts[0].theirs.kind = 'rumour'
    const result = parseProject(JSON.stringify(broken), 'shared.quotemark.json')
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^shared\.quotemark\.json cannot be opened: conflict conflict-1 \(number 1\) has an invalid field "theirs\.kind": /) })
  })
})
