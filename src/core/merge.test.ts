import { describe, expect, it } from 'vitest'
import { createAnnotation } from './annotations'
import { applyCommand, type Command } from './commands'
import { invertCommand } from './commandInverse'
import { importArticle } from './importer'
import { applyMerge, mergeProjects, normaliseUrl } from './merge'
import { parseProject, serializeProject } from './projectFile'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Link, type Person, type Project } from './schema'
import { applied, deepFreeze } from '../../tests/support/projectTesting'

const NOW = '2026-01-10T09:00:00.000Z'
const LATER = '2026-01-11T15:00:00.000Z'
const MERGED = '2026-01-12T08:00:00.000Z'
const SOURCE = 'colleague.quotemark.json'
const OPTIONS = { source: SOURCE, now: MERGED }

const STORY = [
  'Jorge Rodríguez said the release was "an important number" of prisoners.',
  '"Consider this gesture a contribution to peace," said Rodríguez on Thursday.',
  'The government did not say how many would be freed.'
].join('\n\n')
const OTHER = 'Delcy Rodríguez was sworn in on Monday. "A significant number," Rodriguez announced.'
const URL = 'https://www.example.com/world/prisoners'

const article = (id: string, content: string, url = ''): Article => importArticle({ fileName: `${id}.txt`, content, meta: { url } }, NOW, id)
const person = (id: string, name: string): Person => ({ id, kind: 'person', name, aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW })
const link = (id: string, from: string, to: string): Link => ({ id, type: 'same-statement', from, to, note: '', createdAt: NOW, updatedAt: NOW })

function tag(on: Article, id: string, kind: AnnotationKind, exact: string, author: string, extra: Partial<Annotation> = {}): Annotation {
  const start = on.text.indexOf(exact)
  if (start < 0) throw new Error(`"${exact}" is not in ${on.id}`)
  return { ...createAnnotation({ id, articleId: on.id, text: on.text, start, end: start + exact.length, kind, author, now: NOW }), ...extra }
}

/** What both reporters started from: one article with an attributed quote, a person and a link. */
function shared(): Project {
  const story = article('story', STORY, URL)
  const p = emptyProject('Desk', 'project-1', NOW)
  p.articles.push(story)
  p.people.push(person('jorge', 'Jorge Rodríguez'))
  p.annotations.push(
    tag(story, 'attr', 'attribution', 'said Rodríguez', 'Ana', { speakerId: 'jorge' }),
    tag(story, 'gesture', 'quote', '"Consider this gesture a contribution to peace,"', 'Ana', { attributionId: 'attr' }),
    tag(story, 'number', 'quote', '"an important number"', 'Ana', { speakerId: 'jorge' })
  )
  p.links.push(link('link-1', 'gesture', 'number'))
  return p
}

const change = (p: Project, id: string, extra: Partial<Annotation>): Project => ({ ...p, annotations: p.annotations.map((a) => (a.id === id ? { ...a, ...extra } : a)) })
const add = (p: Project, extra: Partial<Project>): Project => ({
  ...p,
  articles: [...p.articles, ...(extra.articles ?? [])],
  people: [...p.people, ...(extra.people ?? [])],
  annotations: [...p.annotations, ...(extra.annotations ?? [])],
  links: [...p.links, ...(extra.links ?? [])]
})

/** Merge, check the result opens as a valid file and that undoing the merge gives back mine exactly. */
function merged(mine: Project, theirs: Project): { project: Project; command: Command | null; summary: ReturnType<typeof mergeProjects>['summary'] } {
  deepFreeze(mine)
  deepFreeze(theirs)
  const { command, summary } = mergeProjects(mine, theirs, OPTIONS)
  if (!command) return { project: mine, command, summary }
  const project = applied(mine, command)
  expect(parseProject(serializeProject(project), 'merged.quotemark.json')).toEqual({ ok: true, project, migratedFrom: null })
  expect(applied(project, invertCommand(mine, command, MERGED)!)).toStrictEqual(mine)
  return { project, command, summary }
}

describe('mergeProjects', () => {
  it('adds everything from a project that shares nothing with mine, authors and all', () => {
    const other = article('other', OTHER, 'https://example.org/sworn-in')
    const theirs = add(emptyProject('Theirs', 'project-2', NOW), {
      articles: [other],
      people: [person('delcy', 'Delcy Rodríguez')],
      annotations: [tag(other, 'sworn', 'claim', 'Delcy Rodríguez was sworn in on Monday.', 'Bo', { speakerId: 'delcy' }), tag(other, 'significant', 'quote', '"A significant number,"', 'Bo')],
      links: [link('link-2', 'sworn', 'significant')]
    })
    const { project, summary } = merged(shared(), theirs)
    expect(summary).toMatchObject({ articlesAdded: 1, articlesMatched: 0, annotationsAdded: 2, duplicatesSkipped: 0, conflicts: 0, peopleAdded: 1, linksAdded: 1, orphaned: 0 })
    expect(project.articles.map((a) => a.id)).toEqual(['story', 'other'])
    expect(project.annotations.map((a) => [a.id, a.author])).toEqual([
      ['attr', 'Ana'],
      ['gesture', 'Ana'],
      ['number', 'Ana'],
      ['sworn', 'Bo'],
      ['significant', 'Bo']
    ])
    expect(project.links.map((l) => l.id)).toEqual(['link-1', 'link-2'])
    expect(summary.lines).toEqual([
      `2 tags came in from ${SOURCE}.`,
      '2 new tags were added, with their authors.',
      '1 article was added.',
      '1 person was added.',
      '1 link was added.'
    ])
  })

  it('keeps mine when both changed the same tag, with theirs beside it as a conflict', () => {
    const mine = change(shared(), 'number', { note: 'Ask Foro Penal', updatedBy: 'Ana', updatedAt: LATER })
    const theirs = change(shared(), 'number', { note: 'BBC says "significant"', status: 'disputed', updatedBy: 'Bo', updatedAt: LATER })
    const { project, summary } = merged(mine, theirs)
    expect(project.annotations.find((a) => a.id === 'number')).toStrictEqual(mine.annotations[2])
    expect(project.conflicts).toEqual([{ id: expect.any(String), annotationId: 'number', theirs: theirs.annotations[2], source: SOURCE, detectedAt: MERGED }])
    expect(summary).toMatchObject({ conflicts: 1, annotationsAdded: 0 })
    expect(summary.lines).toEqual([
      `3 tags came in from ${SOURCE}; 2 were already here; 1 was changed on both sides and is shown as a conflict.`,
      '1 article was already here.',
      'The quote “"an important number"” in “Jorge Rodríguez said the release was "an important number" of prisoners.” was changed on both sides (note, status): yours is kept, theirs is shown beside it until you choose.'
    ])
    expect(summary.items).toEqual([
      expect.objectContaining({ change: 'conflict', record: 'tag', id: 'number', kind: 'quote', label: '"an important number"', articleId: 'story', fields: ['note', 'status'], mine: { note: 'Ask Foro Penal', status: 'unverified' }, theirs: { note: 'BBC says "significant"', status: 'disputed' } })
    ])
  })

  it('sees no conflict when theirs differs only in when it was last saved, nor twice for the same version', () => {
    expect(mergeProjects(shared(), change(shared(), 'number', { updatedAt: LATER }), OPTIONS).command).toBeNull()
    const theirs = change(shared(), 'number', { note: 'theirs' })
    const once = applyMerge(shared(), theirs, OPTIONS).project
    expect(once.conflicts).toHaveLength(1)
    expect(mergeProjects(once, theirs, OPTIONS)).toMatchObject({ command: null, summary: { conflicts: 0 } })
  })

  it('keeps a tag only I have (deleted by them or never theirs) and adds one only they have', () => {
    const theirs = { ...shared(), annotations: shared().annotations.filter((a) => a.id !== 'number'), links: [] }
    expect(mergeProjects(shared(), theirs, OPTIONS).command).toBeNull()
    const mine = { ...shared(), annotations: shared().annotations.filter((a) => a.id !== 'number'), links: [] }
    const { project, summary } = merged(mine, shared())
    expect(project.annotations.map((a) => a.id)).toEqual(['attr', 'gesture', 'number'])
    expect(project.links).toEqual(shared().links)
    expect(summary).toMatchObject({ annotationsAdded: 1, linksAdded: 1 })
  })

  it('adds one tag when both tagged the same words the same way, re-pointing their attribution and links to mine', () => {
    const story = shared().articles[0]!
    const mine = add(shared(), { annotations: [tag(story, 'mine-claim', 'claim', 'The government did not say how many would be freed.', 'Ana')] })
    const theirs = add(shared(), {
      annotations: [
        tag(story, 'their-claim', 'claim', 'The government did not say how many would be freed.', 'Bo'),
        tag(story, 'their-attr', 'attribution', 'Jorge Rodríguez said', 'Bo'),
        tag(story, 'their-quote', 'quote', 'the release was', 'Bo', { attributionId: 'their-attr' })
      ],
      links: [link('link-3', 'their-claim', 'number')]
    })
    const withDuplicateAttribution = add(mine, { annotations: [tag(story, 'mine-attr', 'attribution', 'Jorge Rodríguez said', 'Ana')] })
    const { project, summary } = merged(withDuplicateAttribution, theirs)
    expect(summary).toMatchObject({ duplicatesSkipped: 2, annotationsAdded: 1, linksAdded: 1, conflicts: 0 })
    expect(project.annotations.filter((a) => a.kind === 'claim').map((a) => a.id)).toEqual(['mine-claim'])
    expect(project.annotations.find((a) => a.id === 'their-quote')).toMatchObject({ attributionId: 'mine-attr', author: 'Bo' })
    expect(project.links.find((l) => l.id === 'link-3')).toMatchObject({ from: 'mine-claim', to: 'number' })
    expect(summary.lines[0]).toBe(`6 tags came in from ${SOURCE}; 3 were already here; 2 were on words you had tagged the same way and were not added twice.`)
  })

  it('keeps their details of a duplicate as a conflict when they say something mine does not', () => {
    const story = shared().articles[0]!
    const mine = add(shared(), { annotations: [tag(story, 'mine-claim', 'claim', 'The government did not say how many would be freed.', 'Ana')] })
    const theirs = add(shared(), { annotations: [tag(story, 'their-claim', 'claim', 'The government did not say how many would be freed.', 'Bo', { status: 'false' })] })
    const { project, summary } = merged(mine, theirs)
    expect(summary).toMatchObject({ duplicatesSkipped: 1, conflicts: 1 })
    expect(project.conflicts[0]).toMatchObject({ annotationId: 'mine-claim', theirs: { id: 'mine-claim', status: 'false', author: 'Bo' } })
    expect(summary.lines[0]).toContain('1 was on words you had tagged the same way and was not added twice (1 with other details, shown as a conflict).')
  })

  it('matches an article with another id by its URL, however the URL was copied, and re-points their tags to mine', () => {
    // Another version of the text, so that only the URL can match it.
    const copy = article('their-story', `${STORY}\n\nA paragraph added later.`, 'http://example.com/world/prisoners/?utm_source=mail#top')
    const theirs = add(emptyProject('Theirs', 'project-2', NOW), { articles: [copy], annotations: [tag(copy, 'freed', 'claim', 'how many would be freed', 'Bo')] })
    const { project, summary } = merged(shared(), theirs)
    expect(summary).toMatchObject({ articlesMatched: 1, articlesAdded: 0, annotationsAdded: 1 })
    expect(project.articles).toHaveLength(1)
    expect(project.annotations.find((a) => a.id === 'freed')!.articleId).toBe('story')
    expect(normaliseUrl(' HTTPS://www.Example.com/a/?utm_medium=x&id=4#c ')).toBe('example.com/a?id=4')
    expect(normaliseUrl('   ')).toBe('')
  })

  it('matches an article with another id and no URL by its text', () => {
    const mine = { ...shared(), articles: [{ ...shared().articles[0]!, url: '' }] }
    const copy = article('their-story', STORY)
    const theirs = add(emptyProject('Theirs', 'project-2', NOW), { articles: [copy], annotations: [tag(copy, 'freed', 'claim', 'how many would be freed', 'Bo')] })
    const { project, summary } = merged(mine, theirs)
    expect(summary).toMatchObject({ articlesMatched: 1, articlesAdded: 0 })
    expect(project.annotations.find((a) => a.id === 'freed')!.articleId).toBe('story')
  })

  it('re-anchors their tags in my text when they have another version of the article, and never changes my text', () => {
    const edited = STORY.replace('Jorge Rodríguez said', 'On Friday, Jorge Rodríguez said').replace('Thursday.', 'Thursday, and more.')
    const theirArticle = { ...article('story', `${edited}\n\nThey added this paragraph.`, URL) }
    const theirs = add({ ...shared(), articles: [theirArticle], annotations: [], links: [] }, {
      annotations: [tag(theirArticle, 'gesture-2', 'quote', 'a contribution to peace', 'Bo'), tag(theirArticle, 'added', 'claim', 'They added this paragraph.', 'Bo')]
    })
    const { project, summary } = merged(shared(), theirs)
    expect(project.articles).toStrictEqual(shared().articles)
    const gesture = project.annotations.find((a) => a.id === 'gesture-2')!
    expect([gesture.orphan, STORY.slice(gesture.target.start, gesture.target.end)]).toEqual([false, 'a contribution to peace'])
    expect(project.annotations.find((a) => a.id === 'added')).toMatchObject({ orphan: true, target: theirs.annotations[1]!.target })
    expect(summary).toMatchObject({ annotationsAdded: 2, orphaned: 1 })
    expect(summary.lines).toContain('1 tag could not be found in your text of its article and is listed as an orphan.')
  })

  it('finds a tag both have in my text and sees it as the same, though their text has moved it', () => {
    const theirArticle = article('story', `Updated.\n\n${STORY}`, URL)
    const theirs = { ...shared(), articles: [theirArticle], annotations: shared().annotations.map((a) => tag(theirArticle, a.id, a.kind, a.target.exact, a.author, { speakerId: a.speakerId, attributionId: a.attributionId })) }
    expect(mergeProjects(shared(), theirs, OPTIONS).command).toBeNull()
  })

  it('matches people by name, ignoring case and accents, and points their tags at my person', () => {
    const other = article('other', OTHER)
    const theirs = add(emptyProject('Theirs', 'project-2', NOW), {
      articles: [other],
      people: [person('their-jorge', 'JORGE RODRIGUEZ'), person('delcy', 'Delcy Rodríguez')],
      annotations: [tag(other, 'significant', 'quote', '"A significant number,"', 'Bo', { speakerId: 'their-jorge' })]
    })
    const { project, summary } = merged(shared(), theirs)
    expect(summary.peopleAdded).toBe(1)
    expect(project.people.map((p) => p.name)).toEqual(['Jorge Rodríguez', 'Delcy Rodríguez'])
    expect(project.annotations.find((a) => a.id === 'significant')!.speakerId).toBe('jorge')
  })

  it('changes nothing when a project is merged with itself', () => {
    const withConflict = applyMerge(shared(), change(shared(), 'number', { note: 'x' }), OPTIONS).project
    for (const project of [shared(), withConflict]) {
      const { command, summary } = mergeProjects(project, project, OPTIONS)
      expect(command).toBeNull()
      expect(summary.lines).toEqual([`Nothing new came in from ${SOURCE}; everything in it is already here.`])
    }
  })

  it('skips a link whose two tags are already linked, either way round', () => {
    const theirs = { ...shared(), links: [link('link-9', 'number', 'gesture')] }
    expect(mergeProjects(shared(), theirs, OPTIONS).command).toBeNull()
  })

  it('brings their unresolved conflicts along, and gives a record whose id is taken here a new one', () => {
    const theirs = applyMerge(shared(), change(shared(), 'gesture', { note: 'third version', author: 'Cy' }), OPTIONS).project
    const story = shared().articles[0]!
    const clash = add(theirs, { annotations: [tag(story, 'jorge', 'claim', 'The government did not say', 'Bo')] })
    const { project, summary } = merged(shared(), clash)
    expect(project.conflicts).toEqual([expect.objectContaining({ annotationId: 'gesture', theirs: expect.objectContaining({ note: 'third version', author: 'Cy' }) })])
    const added = project.annotations.find((a) => a.target.exact === 'The government did not say')!
    expect(added.id).not.toBe('jorge')
    expect(summary).toMatchObject({ conflicts: 1, annotationsAdded: 1 })
    expect(summary.lines).toContain(`1 conflict not yet resolved in ${SOURCE} came along.`)
  })
})

describe('applyMerge', () => {
  it('returns the merged project, which the command line saves, and mine untouched when nothing came in', () => {
    const theirs = change(shared(), 'number', { note: 'theirs', updatedBy: 'Bo' })
    const { project, summary } = applyMerge(shared(), theirs, OPTIONS)
    expect(applyCommand(shared(), mergeProjects(shared(), theirs, OPTIONS).command!)).toMatchObject({ ok: true, project: { conflicts: [{ annotationId: 'number' }] } })
    expect([project.conflicts.length, summary.conflicts]).toEqual([1, 1])
    const mine = shared()
    expect(applyMerge(mine, mine, OPTIONS).project).toBe(mine)
  })
})
