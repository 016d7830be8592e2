import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportError } from './importer'
import { checkBlocks, parseProject, serializeProject } from './projectFile'
import { buildSampleProject, SAMPLE_PROJECT_ID, SeedManifestSchema } from './sample'
import { PROJECT_FORMAT, PROJECT_VERSION, ProjectSchema } from './schema'

const seeds = join(__dirname, '..', '..', 'seeds')
const manifestJson = readFileSync(join(seeds, 'manifest.json'), 'utf8')
const readSeed = (file: string): string => readFileSync(join(seeds, file), 'utf8')
const NOW = '2026-01-10T09:00:00.000Z'

const NYT_ID = '965e9a29-261d-4b44-aef8-d4a816ac235e'
const BBC_ID = '7884ab6c-4d84-43b4-9464-18f7773515af'

describe('the seed manifest', () => {
  it('is valid and names files that are in the seeds folder', () => {
    const manifest = SeedManifestSchema.parse(JSON.parse(manifestJson))
    expect(manifest.name).toBe('Sample: Venezuela prisoner release (9 Jan 2026)')
    expect(manifest.articles.map((a) => a.file)).toEqual([
      'nyt-2026-01-09-venezuela-prisoner-release.txt',
      'bbc-2026-01-09-venezuela-prisoner-release.md'
    ])
    for (const article of manifest.articles) expect(existsSync(join(seeds, article.file))).toBe(true)
  })
})

describe('building the sample project', () => {
  const project = buildSampleProject(manifestJson, readSeed, NOW)

  it('is an empty-of-tags project with the two articles under their fixed ids', () => {
    expect(project).toMatchObject({
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      id: '2c01037d-1955-4355-9c54-c538214b5645',
      name: 'Sample: Venezuela prisoner release (9 Jan 2026)',
      createdAt: NOW,
      updatedAt: NOW,
      people: [],
      annotations: [],
      links: []
    })
    expect(project.articles.map((a) => a.id)).toEqual([NYT_ID, BBC_ID])
  })

  it('carries the manifest metadata onto each article', () => {
    const [nyt, bbc] = project.articles
    expect(nyt).toMatchObject({
      title: 'Venezuela Begins Releasing Political Prisoners',
      outlet: 'The New York Times',
      byline: '',
      publishedAt: '2026-01-09',
      source: 'nyt-2026-01-09-venezuela-prisoner-release.txt',
      createdAt: NOW
    })
    // The seed files carry no address; an invented one would end up in citations.
    expect(nyt!.url).toBe('')
    expect(bbc).toMatchObject({
      title: 'Venezuelan government begins releasing political prisoners',
      outlet: 'BBC News',
      byline: 'Will Grant and Olivia Ireland',
      publishedAt: '2026-01-09',
      source: 'bbc-2026-01-09-venezuela-prisoner-release.md'
    })
    expect(bbc!.url).toBe('')
  })

  it('imports the seeds with the NYT caption and credit as captions', () => {
    const [nyt, bbc] = project.articles
    expect(nyt!.blocks).toHaveLength(23)
    expect(nyt!.blocks.filter((b) => b.type === 'caption')).toHaveLength(2)
    expect(bbc!.blocks).toHaveLength(30)
    expect(bbc!.blocks.filter((b) => b.type === 'caption')).toHaveLength(3)
    for (const article of project.articles) expect(checkBlocks(article.text, article.blocks)).toBeNull()
  })

  it('passes the checks a saved project file gets when it is opened', () => {
    expect(ProjectSchema.parse(project)).toEqual(project)
    const reopened = parseProject(serializeProject(project), 'sample.quotemark.json')
    expect(reopened.ok && reopened.project).toEqual(project)
  })

  it('comes out the same every time', () => {
    expect(buildSampleProject(manifestJson, readSeed, NOW)).toEqual(project)
  })

  it('reads each seed file once, by the name in the manifest', () => {
    const asked: string[] = []
    buildSampleProject(manifestJson, (file) => (asked.push(file), readSeed(file)), NOW)
    expect(asked).toEqual(['nyt-2026-01-09-venezuela-prisoner-release.txt', 'bbc-2026-01-09-venezuela-prisoner-release.md'])
  })
})

describe('a broken sample', () => {
  const manifest = (patch: object): string => JSON.stringify({ ...JSON.parse(manifestJson), ...patch })
  const oneArticle = (patch: object): string =>
    manifest({ articles: [{ file: 'a.txt', id: 'a1', ...patch }] })

  it('says so when the manifest is not JSON', () => {
    expect(() => buildSampleProject('{ "name": ', readSeed, NOW)).toThrow(/^The sample manifest is not valid JSON/)
  })

  it('names the field that is wrong', () => {
    expect(() => buildSampleProject(manifest({ name: '' }), readSeed, NOW)).toThrow('The sample manifest is invalid: field "name"')
    expect(() => buildSampleProject(manifest({ articles: [] }), readSeed, NOW)).toThrow('field "articles"')
    expect(() => buildSampleProject(oneArticle({ captionLines: -1 }), () => 'x', NOW)).toThrow('field "articles.0.captionLines"')
  })

  it('refuses a seed path that would reach outside the seeds folder', () => {
    const read = (): string => {
      throw new Error('should not be read')
    }
    expect(() => buildSampleProject(oneArticle({ file: '../secret.txt' }), read, NOW)).toThrow('field "articles.0.file" must be a file name in the seeds folder')
    expect(() => buildSampleProject(oneArticle({ file: '..' }), read, NOW)).toThrow('field "articles.0.file"')
  })

  it('passes on the import error that names an empty seed', () => {
    const build = (): unknown => buildSampleProject(oneArticle({}), () => '\n\n', NOW)
    expect(build).toThrow(ImportError)
    expect(build).toThrow('a.txt has no text to import.')
  })

  it('refuses two articles with the same id', () => {
    const twice = manifest({ articles: [{ file: 'a.txt', id: 'same' }, { file: 'b.txt', id: 'same' }] })
    expect(() => buildSampleProject(twice, () => 'Text', NOW)).toThrow('the id same is used twice')
  })

  it('falls back to the fixed project id when the manifest has none', () => {
    const { id: _ignored, ...rest } = JSON.parse(manifestJson) as Record<string, unknown>
    const project = buildSampleProject(JSON.stringify({ ...rest, articles: [{ file: 'a.txt', id: 'a1' }] }), () => 'Text', NOW)
    expect(project.id).toBe(SAMPLE_PROJECT_ID)
    expect(project.articles[0]!.title).toBe('Text')
  })
})
