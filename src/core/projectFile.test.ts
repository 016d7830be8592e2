import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeTarget } from './anchoring'
import { createAnnotation } from './annotations'
import { importArticle } from './importer'
import { checkBlocks, describeRebuiltBlocks, parseProject, serializeProject, type LoadProblemCode } from './projectFile'
import { emptyProject, PROJECT_VERSION, type Annotation, type AnnotationKind, type Article, type Block, type Project } from './schema'

const root = join(__dirname, '..', '..')
const NYT = 'nyt-2026-01-09-venezuela-prisoner-release.txt'
const NOW = '2026-01-10T09:00:00.000Z'
const LATER = '2026-01-11T14:30:00.000Z'
const FILE = 'venezuela.quotemark.json'
const TITLE = 'Venezuela Begins Releasing Political Prisoners'

/** A tag on the first occurrence of `exact` in the article. */
function tag(article: Article, id: string, kind: AnnotationKind, exact: string): Annotation {
  const start = article.text.indexOf(exact)
  expect(start).toBeGreaterThanOrEqual(0)
  return { ...createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: 'M. Reporter', now: NOW }), updatedAt: LATER }
}

/** The New York Times seed with a quote, its attribution, a claim, a person and a link. */
function buildProject(): Project {
  const content = readFileSync(join(root, 'seeds', NYT), 'utf8')
  const article = importArticle(
    { fileName: NYT, content, meta: { captionLines: 2, title: TITLE, outlet: 'The New York Times', publishedAt: '2026-01-09' } },
    NOW,
    'article-nyt'
  )
  const project = emptyProject('Venezuela prisoner release', 'project-1', NOW)
  project.articles.push(article)
  project.people.push({
    id: 'person-rodriguez',
    kind: 'person',
    name: 'Jorge Rodríguez',
    aliases: ['Rodríguez'],
    role: 'head of the National Assembly',
    affiliation: 'Government of Venezuela',
    note: '',
    createdAt: NOW,
    updatedAt: NOW
  })
  project.annotations.push(
    { ...tag(article, 'ann-quote', 'quote', '"an important number"'), note: 'Check the number against Foro Penal.', attributionId: 'ann-attr', updatedBy: 'B. Editor' },
    { ...tag(article, 'ann-attr', 'attribution', "Jorge Rodríguez, the head of Venezuela's National Assembly"), speakerId: 'person-rodriguez' },
    {
      ...tag(article, 'ann-claim', 'claim', 'between 800 and 900 political prisoners are incarcerated in Venezuela'),
      status: 'disputed',
      evidence: [{ url: 'https://foropenal.com/', note: 'Foro Penal counts 863' }]
    }
  )
  project.links.push({ id: 'link-1', type: 'same-statement', from: 'ann-quote', to: 'ann-attr', note: '', createdAt: NOW, updatedAt: NOW })
  return project
}

/** Loose JSON as it sits in a file, to be edited into something broken. */
type Doc = { [key: string]: any }

/** The realistic project's file, edited by `change`. */
function fileWith(change: (doc: Doc) => void): string {
  const doc = JSON.parse(serializeProject(buildProject())) as Doc
  change(doc)
  return JSON.stringify(doc, null, 2)
}

function opened(json: string, fileName = FILE): { project: Project; migratedFrom: number | null } {
  const result = parseProject(json, fileName)
  if (!result.ok) throw new Error(`expected ${fileName} to open, got: ${result.message}`)
  return { project: result.project, migratedFrom: result.migratedFrom }
}

function refused(json: string, fileName = FILE): { code: LoadProblemCode; message: string } {
  const result = parseProject(json, fileName)
  if (result.ok) throw new Error(`${fileName} was opened`)
  return { code: result.code, message: result.message }
}

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

describe('a project file with bad contents', () => {
  it('names the tag and the field when a tag has an unknown kind', () => {
    const problem = refused(fileWith((doc) => (doc.annotations[1].kind = 'opinion')))
    expect(problem.code).toBe('invalid')
    expect(problem.message).toMatch(/^venezuela\.quotemark\.json cannot be opened: annotation ann-attr \(number 2\) has an invalid field "kind": .+\.$/)
    expect(problem.message).toContain('"quote"')
  })

  it('names the nested field of a tag’s target', () => {
    const problem = refused(fileWith((doc) => (doc.annotations[2].target.start = -4)))
    expect(problem.message).toMatch(/^venezuela\.quotemark\.json cannot be opened: annotation ann-claim \(number 3\) has an invalid field "target\.start": /)
  })

  it('names the field when a tag has an unknown status, a missing speaker field or bad evidence, or a person an unknown kind', () => {
    expect(refused(fileWith((doc) => (doc.annotations[2].status = 'true'))).message).toMatch(/: annotation ann-claim \(number 3\) has an invalid field "status": /)
    expect(refused(fileWith((doc) => delete doc.annotations[0].speakerId)).message).toMatch(/: annotation ann-quote \(number 1\) has an invalid field "speakerId": /)
    expect(refused(fileWith((doc) => (doc.annotations[2].evidence = [{ url: 5, note: '' }]))).message).toMatch(/: annotation ann-claim \(number 3\) has an invalid field "evidence\.0\.url": /)
    expect(refused(fileWith((doc) => (doc.people[0].kind = 'robot'))).message).toMatch(/: person person-rodriguez \(number 1\) has an invalid field "kind": /)
  })

  it('names a record without an id by its number alone', () => {
    const problem = refused(fileWith((doc) => delete doc.annotations[0].id))
    expect(problem.message).toMatch(/^venezuela\.quotemark\.json cannot be opened: annotation \(number 1\) has an invalid field "id": /)
  })

  it('names an article, a person and a link with a bad field', () => {
    expect(refused(fileWith((doc) => delete doc.articles[0].title)).message).toMatch(/: article article-nyt \(number 1\) has an invalid field "title": /)
    expect(refused(fileWith((doc) => (doc.people[0].name = ''))).message).toMatch(/: person person-rodriguez \(number 1\) has an invalid field "name": /)
    expect(refused(fileWith((doc) => (doc.links[0].type = 'agrees'))).message).toMatch(/: link link-1 \(number 1\) has an invalid field "type": /)
  })

  it('names a bad top-level field', () => {
    const problem = refused(fileWith((doc) => (doc.annotations = { 'ann-quote': {} })))
    expect(problem.message).toMatch(/^venezuela\.quotemark\.json cannot be opened: field "annotations" is invalid: /)
    expect(refused(fileWith((doc) => delete doc.id)).message).toMatch(/: field "id" is invalid: /)
  })

  it('refuses a tag on an article that is not in the project', () => {
    expect(refused(fileWith((doc) => (doc.annotations[2].articleId = 'article-gone')))).toEqual({
      code: 'invalid',
      message: `${FILE} cannot be opened: annotation ann-claim points to an article (article-gone) that is not in the project.`
    })
  })

  it('refuses an id used twice, in one list or across lists', () => {
    expect(refused(fileWith((doc) => (doc.annotations[2].id = 'ann-quote'))).message).toBe(`${FILE} cannot be opened: the id ann-quote is used twice.`)
    expect(refused(fileWith((doc) => (doc.people[0].id = 'article-nyt'))).message).toBe(`${FILE} cannot be opened: the id article-nyt is used twice.`)
    expect(refused(fileWith((doc) => (doc.links[0].id = 'ann-claim'))).code).toBe('invalid')
  })

  it('finds a tag again from its words when its offsets run past its article’s text, instead of refusing the file', () => {
    const json = fileWith((doc) => {
      const target = doc.annotations[2].target
      const length = target.end - target.start
      target.start = doc.articles[0].text.length - 2
      target.end = target.start + length
    })
    const result = parseProject(json, FILE)
    if (!result.ok) throw new Error(result.message)
    const tag = result.project.annotations[2]!
    expect(tag.orphan).toBe(false)
    expect(result.project.articles[0]!.text.slice(tag.target.start, tag.target.end)).toBe(tag.target.exact)
    expect(result.reanchored).toEqual({ moved: 1, fuzzy: 0, orphaned: 0 })
  })

  it('opens a tag that ends exactly at the end of its article’s text', () => {
    const json = fileWith((doc) => {
      const text = doc.articles[0].text as string
      doc.annotations[2].target = makeTarget(text, text.length - 10, text.length)
    })
    expect(opened(json).project.annotations[2]!.target.suffix).toBe('')
  })

  it('refuses a tag with an empty or reversed range', () => {
    const message = `${FILE} cannot be opened: annotation ann-quote has an empty or reversed range.`
    expect(refused(fileWith((doc) => (doc.annotations[0].target.end = doc.annotations[0].target.start))).message).toBe(message)
    expect(refused(fileWith((doc) => (doc.annotations[0].target.end = doc.annotations[0].target.start - 1))).message).toBe(message)
  })

  it('rebuilds the paragraphs of an article whose blocks no longer tile its text (its text edited by a script), and says so', () => {
    for (const change of [(doc: Doc) => (doc.articles[0].blocks[3].start += 1), (doc: Doc) => doc.articles[0].blocks.pop(), (doc: Doc) => (doc.articles[0].text += ' and more')]) {
      const result = parseProject(fileWith(change), FILE)
      if (!result.ok) throw new Error(result.message)
      const article = result.project.articles[0]!
      expect(checkBlocks(article.text, article.blocks)).toBeNull()
      expect(article.blocks.every((b) => b.type === 'paragraph' && b.marks.length === 0)).toBe(true)
      expect(result.rebuiltBlocks).toEqual([TITLE])
      expect(describeRebuiltBlocks(FILE, result.rebuiltBlocks)).toBe(
        `In ${FILE}, the text of “${TITLE}” was changed outside Quotemark without its paragraphs; its paragraphs were rebuilt from the text (headings and formatting in it are lost).`
      )
    }
    expect(parseProject(fileWith(() => {}), FILE)).not.toHaveProperty('rebuiltBlocks')
  })

  it('refuses a link to a tag that is not in the project, at either end', () => {
    const message = `${FILE} cannot be opened: link link-1 points to an annotation that is not in the project.`
    expect(refused(fileWith((doc) => (doc.links[0].to = 'ann-gone'))).message).toBe(message)
    expect(refused(fileWith((doc) => (doc.links[0].from = 'ann-gone'))).message).toBe(message)
    expect(refused(fileWith((doc) => (doc.links[0].to = 'person-rodriguez'))).message).toBe(message)
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
