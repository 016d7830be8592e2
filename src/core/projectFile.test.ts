import { describe, expect, it } from 'vitest'
import { makeTarget } from './anchoring'
import { importArticle } from './importer'
import { checkBlocks, serializeProject } from './projectFile'
import { emptyProject, PROJECT_VERSION, type Block } from './schema'
import { buildProject, FILE, fileWith, NOW, opened, refused, tag, type Doc } from '../../tests/support/projectFileTesting'

describe('a valid project file', () => {
  it('opens as exactly the project that was saved, not migrated', () => {
    const project = buildProject()
    const result = opened(serializeProject(project))
    expect(result.migratedFrom).toBeNull()
    expect(result.project).toStrictEqual(project)
    expect(result.project.annotations.map((a) => a.target.exact)).toEqual([
      '"an important number"',
      "Jorge Rodríguez, the head of Venezuela's National Assembly",
      'between 800 and 900 political prisoners are incarcerated in Venezuela'
    ])
    expect(result.project.annotations.map((a) => [a.speakerId, a.attributionId, a.status, a.evidence.length, a.updatedBy])).toEqual([
      [null, 'ann-attr', 'unverified', 0, 'B. Editor'],
      ['person-rodriguez', null, 'unverified', 0, 'M. Reporter'],
      [null, null, 'disputed', 1, 'M. Reporter']
    ])
    expect(result.project.people[0]!.kind).toBe('person')
  })

  it('saves as pretty-printed JSON ending in a newline', () => {
    const json = serializeProject(buildProject())
    expect(json.startsWith(`{\n  "format": "quotemark-project",\n  "version": ${PROJECT_VERSION},\n`)).toBe(true)
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.endsWith('\n\n')).toBe(false)
  })

  it('writes back the same bytes when an opened file is saved unchanged', () => {
    const json = serializeProject(buildProject())
    expect(serializeProject(opened(json).project)).toBe(json)
  })

  it('opens an empty project', () => {
    const project = emptyProject('Nothing yet', 'p-empty', NOW)
    expect(opened(serializeProject(project), 'new.quotemark.json')).toStrictEqual({ project, migratedFrom: null })
  })

  it('keeps fields a newer Quotemark added at the top level and on articles, blocks, people, tags, targets and links', () => {
    const json = fileWith((doc) => {
      doc.settings = { colourScheme: 'dark', reviewers: ['ana', 'ben'] }
      doc.articles[0].language = 'en'
      doc.articles[0].blocks[2].alignment = 'left'
      doc.people[0].wikidata = 'Q5887384'
      doc.annotations[1].confidence = 0.8
      doc.annotations[1].target.selectorVersion = 2
      doc.annotations[1].target.xpath = '/p[3]'
      doc.links[0].strength = 'strong'
    })
    const { project } = opened(json)
    const loose = JSON.parse(serializeProject(project)) as Doc
    expect(loose.settings).toEqual({ colourScheme: 'dark', reviewers: ['ana', 'ben'] })
    expect(loose.articles[0].language).toBe('en')
    expect(loose.articles[0].blocks[2].alignment).toBe('left')
    expect(loose.people[0].wikidata).toBe('Q5887384')
    expect(loose.annotations[1].confidence).toBe(0.8)
    expect(loose.annotations[1].target).toMatchObject({ selectorVersion: 2, xpath: '/p[3]', exact: "Jorge Rodríguez, the head of Venezuela's National Assembly" })
    expect(loose.links[0].strength).toBe('strong')
    expect(loose).toStrictEqual(JSON.parse(json))
  })

  it('keeps accents, curly quotes, dashes and emoji exactly through a UTF-8 file', () => {
    const content = 'Rocío San Miguel — “Nos vamos,” dijo — salió de El Helicoide. ¡Qué alegría! 🇻🇪🙏🏽\n‘Ça va’, l’avocat a dit… naïve café'
    const article = importArticle({ fileName: 'unicode.txt', content }, NOW, 'article-utf8')
    expect(article.text).toBe('Rocío San Miguel — “Nos vamos,” dijo — salió de El Helicoide. ¡Qué alegría! 🇻🇪🙏🏽\n\n‘Ça va’, l’avocat a dit… naïve café')
    const project = emptyProject('Acentos — “prueba” 🇻🇪', 'p-utf8', NOW)
    project.articles.push(article)
    project.annotations.push(tag(article, 'q-curly', 'quote', '“Nos vamos,”'), tag(article, 'c-emoji', 'claim', '¡Qué alegría! 🇻🇪🙏🏽'))
    const bytes = Buffer.from(serializeProject(project), 'utf8')
    expect(bytes.includes(Buffer.from('“Nos vamos,”', 'utf8'))).toBe(true) // written as UTF-8, not \u escapes
    const { project: back } = opened(bytes.toString('utf8'), 'acentos.quotemark.json')
    expect(back).toStrictEqual(project)
    expect(back.name).toBe('Acentos — “prueba” 🇻🇪')
    expect(back.articles[0]!.text).toBe(article.text)
    expect(back.annotations.map((a) => back.articles[0]!.text.slice(a.target.start, a.target.end))).toEqual(['“Nos vamos,”', '¡Qué alegría! 🇻🇪🙏🏽'])
  })

  it('keeps a tag that cuts an emoji in half exactly, lone surrogate and all', () => {
    const article = importArticle({ fileName: 'emoji.txt', content: 'Thumbs 👍 up' }, NOW, 'article-emoji')
    const project = emptyProject('Halves', 'p-half', NOW)
    project.articles.push(article)
    const start = article.text.indexOf('👍')
    project.annotations.push({ ...tag(article, 'half', 'claim', 'Thumbs'), target: makeTarget(article.text, 0, start + 1) })
    const json = Buffer.from(serializeProject(project), 'utf8').toString('utf8')
    expect(json).toContain('"exact": "Thumbs \\ud83d"')
    expect(opened(json).project.annotations[0]!.target.exact).toBe('Thumbs \ud83d')
  })
})

describe('a file that is not a readable project', () => {
  it('calls an empty or blank file empty or cut short', () => {
    for (const json of ['', '   \n\t\n']) {
      expect(refused(json, 'empty.quotemark.json')).toEqual({
        code: 'truncated',
        message: 'empty.quotemark.json is empty or cut short: it ends before the project does. It may not have finished copying or saving.'
      })
    }
  })

  it('calls a file cut off anywhere in the middle cut short', () => {
    const json = serializeProject(buildProject())
    const cuts = [1, 2, 20, json.indexOf('"version"') + 4, json.indexOf('"text"') + 50, json.indexOf('"start"') + 10, json.indexOf('"links"'), json.length - 3]
    for (const cut of cuts) {
      const problem = refused(json.slice(0, cut))
      expect([cut, problem.code]).toEqual([cut, 'truncated'])
      expect(problem.message).toContain(FILE)
      expect(problem.message).toContain('cut short')
    }
  })

  it('calls a file cut short even when it ends inside a number, a literal or an escape', () => {
    for (const json of ['{"format": "quotemark-project", "version": 1', '{"format": "quotemark-project", "version": -', '{"a": tr', '{"a": "caf\\u00', '{"a": "x\\', '[1, 2.']) {
      expect([json, refused(json).code]).toEqual([json, 'truncated'])
    }
  })

  it('says a file that is not JSON at all is not a project, with the parser’s reason', () => {
    const problem = refused('hello', 'notes.quotemark.json')
    expect(problem.code).toBe('not-json')
    expect(problem.message).toMatch(/^notes\.quotemark\.json is not a Quotemark project: it is not valid JSON \(.+\)\.$/)
    expect(problem.message).toContain('hello')
    expect(refused('{"format": "quotemark-project"} trailing words').code).toBe('not-json')
    expect(refused('{ format: quotemark }').code).toBe('not-json')
  })

  it('says JSON that is not a Quotemark project has no Quotemark format', () => {
    const message = 'other.json is not a Quotemark project: it is JSON, but it has no "format": "quotemark-project".'
    const others = ['[]', '[{"format": "quotemark-project", "version": 1}]', '{"foo": 1}', 'null', '42', '"quotemark-project"', fileWith((doc) => (doc.format = 'hypothesis-export')), fileWith((doc) => delete doc.format)]
    for (const json of others) expect(refused(json, 'other.json')).toEqual({ code: 'not-quotemark', message })
  })

  it('asks for a newer Quotemark to open a file from a newer version', () => {
    expect(PROJECT_VERSION).toBe(7)
    const problem = refused(fileWith((doc) => (doc.version = 99)))
    expect(problem.code).toBe('newer-version')
    expect(problem.message).toBe(
      `${FILE} cannot be opened: it was made by a newer version of Quotemark (file format 99; this version reads up to 7). Update Quotemark to open it.`
    )
    expect(refused(fileWith((doc) => (doc.version = 8)))).toEqual({
      code: 'newer-version',
      message: `${FILE} cannot be opened: it was made by a newer version of Quotemark (file format 8; this version reads up to 7). Update Quotemark to open it.`
    })
  })

  it('refuses data nested thousands of levels deep, which could not be saved again, but not a little nesting in an unknown field', () => {
    const deep = fileWith((doc) => (doc.people[0].extra = 'DEEP')).replace('"DEEP"', '['.repeat(5000) + ']'.repeat(5000))
    expect(refused(deep)).toEqual({
      code: 'invalid',
      message: `${FILE} cannot be opened: its data is nested more than 100 levels deep, which no Quotemark project is; it may be damaged.`
    })
    const shallow = fileWith((doc) => (doc.people[0].extra = 'DEEP')).replace('"DEEP"', '['.repeat(50) + ']'.repeat(50))
    expect(opened(shallow).project.people[0]!.extra).toHaveLength(1)
  })

  it('refuses a missing, quoted, zero or fractional version as invalid, naming it', () => {
    const cases: [(doc: Doc) => void, string][] = [
      [(doc) => delete doc.version, 'missing'],
      [(doc) => (doc.version = '1'), '"1"'],
      [(doc) => (doc.version = 0), '0'],
      [(doc) => (doc.version = -1), '-1'],
      [(doc) => (doc.version = 1.5), '1.5'],
      [(doc) => (doc.version = null), 'null']
    ]
    for (const [change, shown] of cases) {
      expect(refused(fileWith(change))).toEqual({ code: 'invalid', message: `${FILE} cannot be opened: its "version" is ${shown}, not a version number.` })
    }
  })
})

describe('checkBlocks', () => {
  const paragraph = (start: number, end: number, marks: Block['marks'] = []): Block => ({ type: 'paragraph', start, end, marks })

  it('accepts blocks that tile the text with a blank line between them', () => {
    expect(checkBlocks('One\n\nTwo two\n\nThree', [paragraph(0, 3), paragraph(5, 12), paragraph(14, 19)])).toBeNull()
    expect(checkBlocks('Solo', [paragraph(0, 4, [{ type: 'em', from: 0, to: 4 }])])).toBeNull()
    expect(checkBlocks('', [])).toBeNull()
    expect(buildProject().articles.map((a) => checkBlocks(a.text, a.blocks))).toEqual([null])
  })

  it('refuses a block that starts in the wrong place or ends before it starts', () => {
    expect(checkBlocks('One\n\nTwo', [paragraph(0, 3), paragraph(4, 8)])).toBe('has a block (number 2) that does not line up with its text')
    expect(checkBlocks('One\n\nTwo', [paragraph(1, 3), paragraph(5, 8)])).toBe('has a block (number 1) that does not line up with its text')
    expect(checkBlocks('One\n\nTwo', [paragraph(0, 3), paragraph(5, 4)])).toBe('has a block (number 2) that does not line up with its text')
  })

  it('refuses blocks not separated by exactly a blank line', () => {
    expect(checkBlocks('One\n Two', [paragraph(0, 3), paragraph(5, 8)])).toBe('has blocks that are not separated by a blank line')
    expect(checkBlocks('One  Two', [paragraph(0, 3), paragraph(5, 8)])).toBe('has blocks that are not separated by a blank line')
  })

  it('refuses text before, after or without blocks', () => {
    expect(checkBlocks('One\n\nTwo', [paragraph(0, 3)])).toBe('has text outside its blocks')
    expect(checkBlocks('One\n\nTwo', [paragraph(0, 8)])).toBeNull()
    expect(checkBlocks('Some text', [])).toBe('has text outside its blocks')
    expect(checkBlocks('One', [paragraph(0, 5)])).toBe('has text outside its blocks')
  })

  it('refuses an empty mark or one that runs past its block', () => {
    expect(checkBlocks('One\n\nTwo', [paragraph(0, 3), paragraph(5, 8, [{ type: 'strong', from: 1, to: 4 }])])).toBe(
      'has a formatting mark outside its block (number 2)'
    )
    expect(checkBlocks('One', [paragraph(0, 3, [{ type: 'em', from: 2, to: 2 }])])).toBe('has a formatting mark outside its block (number 1)')
    expect(checkBlocks('One\n\nTwo', [paragraph(0, 3), paragraph(5, 8, [{ type: 'link', from: 0, to: 3, href: 'https://example.org' }])])).toBeNull()
  })
})
