import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate, MIGRATIONS, type JsonObject } from './migrations'
import { parseProject, serializeProject } from './projectFile'
import { PROJECT_FORMAT, PROJECT_VERSION, type Project, type SourceDocument, type Verification } from './schema'
import { deepFreeze } from '../../tests/support/projectTesting'

const root = join(__dirname, '..', '..')
const V6 = 'project-v6.quotemark.json'
const stepTo7 = MIGRATIONS.find((m) => m.from === 6)!

describe('step 6 → 7', () => {
  it('gives a project no source documents and no rejected statement groups yet', () => {
    const result = migrate(deepFreeze({ format: PROJECT_FORMAT, version: 6, articles: [] }), MIGRATIONS, 7)
    if (!result.ok) throw new Error(result.message)
    expect(result.doc).toMatchObject({ version: 7, sources: [], statementRejections: [] })
    expect(result.applied).toEqual([stepTo7.describe])
  })

  it('keeps lists a file already has, even malformed ones, for validation to judge', () => {
    expect(stepTo7.up({ sources: 'broken', statementRejections: [1] })).toEqual({ sources: 'broken', statementRejections: [1] })
  })
})

describe('the version 6 file written by the previous Quotemark', () => {
  const v6 = readFileSync(join(root, 'tests', 'fixtures', V6), 'utf8')
  const original = JSON.parse(v6) as JsonObject

  function open(): Project {
    const result = parseProject(v6, V6)
    if (!result.ok) throw new Error(result.message)
    expect(result.migratedFrom).toBe(6)
    return result.project
  }

  it('opens as the current version with everything kept exactly as the file has it', () => {
    const { version, sources, statementRejections, ...opened } = open()
    const { version: _v, ...rest } = original
    expect(version).toBe(PROJECT_VERSION)
    expect(sources).toEqual([])
    expect(statementRejections).toEqual([])
    expect(opened).toStrictEqual(rest)
  })

  it('saves as the current version, and the saved file opens again without migrating', () => {
    const project = open()
    expect(parseProject(serializeProject(project), V6)).toEqual({ ok: true, project, migratedFrom: null })
  })

  const transcript: SourceDocument = {
    id: 'src-1',
    title: 'Press conference',
    kind: 'transcript',
    fileKind: 'vtt',
    fileName: 'press.vtt',
    text: 'We will release an important number.',
    blocks: [{ type: 'paragraph', start: 0, end: 36, marks: [], time: 754 }],
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z'
  }
  const verification = (sourceId: string): Verification => ({
    status: 'changed',
    sourceId,
    sourceStart: 0,
    sourceEnd: 36,
    time: 754,
    differences: [{ kind: 'changed', quote: 'significant', source: 'important' }],
    flags: [],
    checkedBy: 'Ana',
    checkedAt: '2026-01-10T10:00:00.000Z'
  })
  const withCheck = (sourceId: string): string => {
    const project = open()
    const [first, ...others] = project.annotations
    return serializeProject({ ...project, sources: [transcript], annotations: [{ ...first!, verification: verification(sourceId) }, ...others] })
  }

  it('keeps a source document and a quote checked against it through a save', () => {
    const result = parseProject(withCheck('src-1'), V6)
    if (!result.ok) throw new Error(result.message)
    expect(result.project.sources[0]).toMatchObject({ title: 'Press conference', kind: 'transcript' })
    expect(result.project.annotations[0]!.verification).toMatchObject({ status: 'changed', time: 754, differences: [{ kind: 'changed', quote: 'significant', source: 'important' }] })
  })

  it('refuses a check against a source document the project does not have', () => {
    const result = parseProject(withCheck('gone'), V6)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/checked against a source document \(gone\) that is not in the project/)
  })

  it('refuses a rejected statement group that does not name two tags', () => {
    const project = open()
    const rejection = { id: 'sr-1', type: 'same-statement' as const, tagIds: ['a'], rejectedAt: '2026-01-10T10:00:00.000Z', rejectedBy: 'Ana' }
    expect(parseProject(serializeProject({ ...project, statementRejections: [rejection] }), V6).ok).toBe(false)
    expect(parseProject(serializeProject({ ...project, statementRejections: [{ ...rejection, tagIds: ['a', 'b'] }] }), V6).ok).toBe(true)
  })
})
