import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate, MIGRATIONS, type JsonObject } from './migrations'
import { parseProject, serializeProject } from './projectFile'
import { historyOf, withoutRevisions } from './revisions'
import { PROJECT_FORMAT, PROJECT_VERSION, type Project } from './schema'
import { deepFreeze } from '../../tests/support/projectTesting'

const root = join(__dirname, '..', '..')
const V5 = 'project-v5.quotemark.json'
const stepTo6 = MIGRATIONS.find((m) => m.from === 5)!

const article = (source: unknown): JsonObject => ({ id: `a-${String(source)}`, source })

describe('step 5 → 6', () => {
  it('gives an article the kind its source file name ends in, whatever its case', () => {
    const doc = deepFreeze({ format: PROJECT_FORMAT, version: 5, articles: [article('notes.txt'), article('Story.MD'), article('page.htm'), article('filing.pdf')] })
    const result = migrate(doc, MIGRATIONS, 6)
    if (!result.ok) throw new Error(result.message)
    expect((result.doc.articles as JsonObject[]).map((a) => a.sourceKind)).toEqual(['text', 'markdown', 'html', 'pdf'])
    expect(result.applied).toEqual([stepTo6.describe])
  })

  it('leaves out the kind when the source names no known kind of file', () => {
    const up = stepTo6.up({ version: 5, articles: [article('pasted'), article('notes.odt'), article('x.constructor'), article(''), article(7)] })
    for (const a of up.articles as JsonObject[]) expect(a).not.toHaveProperty('sourceKind')
  })

  it('keeps a kind an article already has, and leaves what is not a list of records for validation to judge', () => {
    expect(stepTo6.up({ articles: [{ id: 'a', source: 'x.txt', sourceKind: 'docx' }] })).toEqual({ articles: [{ id: 'a', source: 'x.txt', sourceKind: 'docx' }] })
    expect(stepTo6.up({ articles: 'broken' })).toEqual({ articles: 'broken' })
    expect(stepTo6.up({ articles: [null] })).toEqual({ articles: [null] })
  })
})

describe('the version 5 file written by the previous Quotemark', () => {
  const v5 = readFileSync(join(root, 'tests', 'fixtures', V5), 'utf8')
  const original = JSON.parse(v5) as JsonObject

  function open(): Project {
    const result = parseProject(v5, V5)
    if (!result.ok) throw new Error(result.message)
    expect(result.migratedFrom).toBe(5)
    return result.project
  }

  it('opens as the current version with each article knowing it came from a text or Markdown file', () => {
    const project = open()
    expect(project.version).toBe(PROJECT_VERSION)
    expect(project.articles.map((a) => [a.source, a.sourceKind])).toEqual([
      ['nyt-2026-01-09-venezuela-prisoner-release.txt', 'text'],
      ['bbc-2026-01-09-venezuela-prisoner-release.md', 'markdown']
    ])
  })

  it('keeps everything else exactly as the file has it, revisions of the other records included', () => {
    const { version: _v, sources: _s, statementRejections: _sr, articles, ...opened } = open()
    const { version: _v2, articles: originalArticles, ...rest } = original
    expect(opened).toStrictEqual(rest)
    expect(withoutRevisions({ ...open(), articles: articles.map(({ sourceKind: _k, ...a }) => a) }).articles).toStrictEqual(
      withoutRevisions({ ...open(), articles: originalArticles as Project['articles'] }).articles
    )
  })

  it('makes each article given a kind a new revision of the one it had, the same in every copy upgraded', () => {
    const before = original.articles as Array<{ rev: string }>
    const project = open()
    project.articles.forEach((article, i) => {
      expect(historyOf(article)).toEqual({ rev: article.rev, revs: [before[i]!.rev], fieldRevs: { sourceKind: article.rev } })
    })
    expect(open().articles.map((a) => a.rev)).toEqual(project.articles.map((a) => a.rev))
  })

  it('saves as the current version, and the saved file opens again without migrating', () => {
    const project = open()
    expect(parseProject(serializeProject(project), V5)).toEqual({ ok: true, project, migratedFrom: null })
  })

  it('refuses a page that is not a whole page number or a negative time on a block', () => {
    const project = open()
    const withBlock = (extra: JsonObject): string => {
      const [first, ...others] = project.articles
      const blocks = [{ ...first!.blocks[0]!, ...extra }, ...first!.blocks.slice(1)]
      return serializeProject({ ...project, articles: [{ ...first!, blocks }, ...others] } as Project)
    }
    expect(parseProject(withBlock({ page: 12, time: 754.5 }), V5).ok).toBe(true)
    expect(parseProject(withBlock({ page: 0 }), V5).ok).toBe(false)
    expect(parseProject(withBlock({ page: 1.5 }), V5).ok).toBe(false)
    expect(parseProject(withBlock({ time: -1 }), V5).ok).toBe(false)
  })
})
