import { describe, expect, it } from 'vitest'
import { makeTarget } from './anchoring'
import { checkBlocks, describeRebuiltBlocks, parseProject } from './projectFile'
import { FILE, fileWith, opened, refused, TITLE, type Doc } from '../../tests/support/projectFileTesting'

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
