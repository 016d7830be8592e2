import { describe, expect, it } from 'vitest'
import { makeTarget, targetMatches } from './anchoring'
import { createAnnotation } from './annotations'
import { invertCommand } from './commandInverse'
import { importArticle } from './importer'
import { parseProject, serializeProject } from './projectFile'
import { articleUpdateEdit, reattachOrphanEdit } from './edits'
import { reanchor, type ReanchorStatus } from './reanchor'
import { foldChars } from './text/fold'
import { emptyProject, type Annotation, type Article, type Project, type Target } from './schema'
import { applied, deepFreeze, refusal } from '../../tests/support/projectTesting'

const NOW = '2026-01-10T09:00:00.000Z'
const EDIT = '2026-01-11T12:00:00.000Z'
const UNDO = '2026-01-11T12:05:00.000Z'

const PARAGRAPHS = [
  'Venezuela’s government began to release political prisoners on Thursday.',
  'Jorge Rodríguez, the head of the National Assembly, said it would be "an importnat number" of people.',
  '"Consider this gesture as the contribution we all must make," said Rodríguez.',
  'Among the first released was Rocío San Miguel, a security expert.',
  'The government did not say how many would be freed. The government did not say when.'
]
const ORIGINAL = PARAGRAPHS.join('\n\n')
const ANOTHER = 'Storms closed schools across the north on Monday.\n\nForecasters expect more rain by the weekend, and rivers are already high.'

/** The target of the n-th occurrence (from 0) of `exact` in the original text. */
function targetOf(exact: string, occurrence = 0): Target {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = ORIGINAL.indexOf(exact, start + 1)
  if (start < 0) throw new Error(`"${exact}" is not in the original`)
  return makeTarget(ORIGINAL, start, start + exact.length)
}

const edit = (from: string, to: string): string => {
  if (!ORIGINAL.includes(from)) throw new Error(`"${from}" is not in the original`)
  return ORIGINAL.replace(from, to)
}

type Case = { name: string; exact: string; occurrence?: number; text: string; status: ReanchorStatus; found?: string; at?: (text: string) => number }

const CASES: Case[] = [
  { name: 'the same text', exact: 'Rocío San Miguel', text: ORIGINAL, status: 'exact', found: 'Rocío San Miguel' },
  { name: 'a paragraph inserted before the span', exact: 'Rocío San Miguel', text: `Updated on Friday.\n\n${ORIGINAL}`, status: 'moved', found: 'Rocío San Miguel' },
  { name: 'words inserted just before the span', exact: 'a security expert', text: edit('Miguel, a', 'Miguel, who spoke to reporters, a'), status: 'moved', found: 'a security expert' },
  {
    name: 'a word inserted inside the span',
    exact: '"Consider this gesture as the contribution we all must make,"',
    text: edit('as the contribution', 'as the real contribution'),
    status: 'fuzzy',
    found: '"Consider this gesture as the real contribution we all must make,"'
  },
  { name: 'words added after the span', exact: 'Rocío San Miguel', text: edit('San Miguel,', 'San Miguel, 57,'), status: 'exact', found: 'Rocío San Miguel' },
  { name: 'a typo fixed inside a quote', exact: '"an importnat number"', text: edit('importnat', 'important'), status: 'fuzzy', found: '"an important number"' },
  { name: 'a typo fixed and a paragraph inserted before', exact: '"an importnat number"', text: `Updated.\n\n${edit('importnat', 'important')}`, status: 'fuzzy', found: '"an important number"' },
  { name: 'its paragraph removed', exact: '"Consider this gesture as the contribution we all must make,"', text: edit(`${PARAGRAPHS[2]}\n\n`, ''), status: 'orphan' },
  { name: 'straight quotes made curly', exact: '"an importnat number"', text: edit('"an importnat number"', '“an importnat number”'), status: 'fuzzy', found: '“an importnat number”' },
  { name: 'a curly apostrophe made straight', exact: 'Venezuela’s government', text: edit('Venezuela’s', "Venezuela's"), status: 'fuzzy', found: "Venezuela's government" },
  { name: 'accents dropped', exact: 'Rocío San Miguel', text: edit('Rocío', 'Rocio'), status: 'fuzzy', found: 'Rocio San Miguel' },
  { name: 'accents added, with the article moved', exact: 'Jorge Rodríguez, the head', text: `New line.\n\n${edit('Rodríguez, the head', 'Rodrìguez, the head')}`, status: 'fuzzy', found: 'Jorge Rodrìguez, the head' },
  {
    name: 'the same words twice, the second tagged and both moved',
    exact: 'The government did not say',
    occurrence: 1,
    text: `Updated.\n\n${ORIGINAL}`,
    status: 'moved',
    found: 'The government did not say',
    at: (text) => text.lastIndexOf('The government did not say')
  },
  {
    name: 'the same words twice, the first tagged and both moved',
    exact: 'The government did not say',
    text: `Updated.\n\n${ORIGINAL}`,
    status: 'moved',
    found: 'The government did not say',
    at: (text) => text.indexOf('The government did not say')
  },
  {
    name: 'a word changed in the second of two copies of the same words',
    exact: 'The government did not say',
    occurrence: 1,
    text: edit('freed. The government did not say when', 'freed. The government did not tell when'),
    status: 'fuzzy',
    found: 'The government did not tell'
  },
  { name: 'short words whose context has gone, found only elsewhere', exact: 'said Rodríguez', text: edit('make," said Rodríguez.', 'make," he added.') + '\n\nLater, on Friday, it said Rodríguez would travel.', status: 'orphan' },
  { name: 'the whole article replaced by another', exact: 'political prisoners on Thursday', text: ANOTHER, status: 'orphan' },
  { name: 'an empty text', exact: 'Rocío San Miguel', text: '', status: 'orphan' }
]

describe('reanchor, case by case', () => {
  for (const c of CASES) {
    it(`finds a tag after ${c.name}: ${c.status}`, () => {
      const target = deepFreeze(targetOf(c.exact, c.occurrence))
      const result = reanchor(c.text, target)
      expect(result.status).toBe(c.status)
      if (c.status === 'orphan') {
        expect(result.target).toStrictEqual(target)
        return
      }
      expect(targetMatches(c.text, result.target)).toBe(true)
      expect(result.target).toEqual(makeTarget(c.text, result.target.start, result.target.end))
      expect(result.target.exact).toBe(c.found)
      if (c.at) expect(result.target.start).toBe(c.at(c.text))
      expect(result.score).toBeGreaterThan(c.status === 'exact' ? 0.99 : 0.7)
    })
  }

  it('keeps fields a newer Quotemark put on the target', () => {
    const target = { ...targetOf('Rocío San Miguel'), selector: 'v4' }
    expect(reanchor(`Updated.\n\n${ORIGINAL}`, target).target).toMatchObject({ selector: 'v4', start: target.start + 10 })
  })

  it('folds without changing the length, so offsets carry over', () => {
    const s = 'Rocío “dijo” — it’s\u00a0DONE\n'
    expect(foldChars(s)).toBe('rocio "dijo" - it\'s done ')
    expect(foldChars(s)).toHaveLength(s.length)
    expect(foldChars('😊 İ')).toHaveLength('😊 İ'.length)
  })
})

/** About 2,000 words of made-up news copy, the same every run. */
function longArticle(): string {
  const words = ['the', 'government', 'said', 'prisoners', 'released', 'on', 'Thursday', 'according', 'to', 'rights', 'groups', 'in', 'Caracas', 'officials', 'confirmed', 'number', 'families', 'waited', 'outside', 'jail']
  let seed = 42
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
  const paragraphs: string[] = []
  for (let p = 0; p < 40; p++) {
    paragraphs.push(Array.from({ length: 50 }, () => words[next() % words.length]).join(' ') + '.')
  }
  return paragraphs.join('\n\n')
}

describe('reanchor on a 2,000-word article', () => {
  // (How long it takes is measured by `npm run bench`, against a baseline in the same run: never a timed test.)
  it('re-anchors 60 tags and 20 one-letter tags after edits all through the text, and orphans them in another text', () => {
    const text = longArticle()
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(2000)
    const letters = Array.from({ length: 20 }, (_, i) => text.indexOf('e', i * 500)).map((at) => makeTarget(text, at, at + 1))
    const targets = [...Array.from({ length: 60 }, (_, i) => makeTarget(text, i * 190, i * 190 + 40)), ...letters]
    const edited = text.replace(/Caracas/g, 'Caracás').replace(/\n\n/g, '\n\nUpdated. ')
    const results = targets.map((t) => reanchor(edited, t))
    const orphans = targets.slice(0, 60).map((t) => reanchor(ANOTHER.repeat(40), t))
    expect(results.filter((r) => r.status === 'orphan')).toHaveLength(0)
    expect(orphans.every((r) => r.status === 'orphan')).toBe(true)
  })
})

function tagOn(article: Article, id: string, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = article.text.indexOf(exact)
  return { ...createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind: 'quote', author: 'Ana', now: NOW }), ...extra }
}

function project(): Project {
  const story = importArticle({ fileName: 'story.txt', content: ORIGINAL, meta: { title: 'Prisoners' } }, NOW, 'story')
  const other = importArticle({ fileName: 'other.txt', content: ANOTHER }, NOW, 'other')
  const p = emptyProject('Update', 'p', NOW)
  p.articles.push(story, other)
  p.annotations.push(
    tagOn(story, 'same', 'Venezuela’s government began'),
    tagOn(story, 'moved', 'Rocío San Miguel'),
    tagOn(story, 'typo', '"an importnat number"'),
    tagOn(story, 'gone', '"Consider this gesture as the contribution we all must make,"'),
    tagOn(other, 'elsewhere', 'Storms closed schools')
  )
  return deepFreeze(p)
}

describe('articleUpdateEdit', () => {
  const NEW_TEXT = ORIGINAL.replace(`${PARAGRAPHS[2]}\n\n`, 'Families waited outside the jail.\n\nPrisoners wrote letters.\n\n').replace('importnat', 'important')
  const replacement = () => {
    const article = importArticle({ fileName: 'story-v2.txt', content: NEW_TEXT }, NOW)
    return { text: article.text, blocks: article.blocks, source: 'story-v2.txt' }
  }

  it('replaces the words and re-anchors only the tags that changed, counting what happened to each', () => {
    const before = project()
    const { command, summary } = articleUpdateEdit(before, 'story', replacement(), EDIT, 'Bea')
    expect(summary).toEqual({ unchanged: 1, moved: 1, fuzzy: 1, orphaned: 1, fuzzyIds: [expect.any(String)] })
    if (command.type !== 'batch') throw new Error('expected a batch')
    expect(command.commands.map((c) => [c.type, 'id' in c ? c.id : ''])).toEqual([
      ['article.replace', 'story'],
      ['annotation.reanchor', 'moved'],
      ['annotation.reanchor', 'typo'],
      ['annotation.reanchor', 'gone']
    ])
    const after = applied(before, command)
    const byId = new Map(after.annotations.map((a) => [a.id, a]))
    expect(byId.get('typo')).toMatchObject({ orphan: false, updatedBy: 'Bea', updatedAt: EDIT, target: { exact: '"an important number"' } })
    expect(byId.get('gone')).toMatchObject({ orphan: true, target: before.annotations[3]!.target })
    expect(byId.get('same')).toStrictEqual(before.annotations[0])
    expect(byId.get('elsewhere')).toStrictEqual(before.annotations[4])
    expect(after.articles[0]).toMatchObject({ text: NEW_TEXT, source: 'story-v2.txt', updatedAt: EDIT })
    expect(parseProject(serializeProject(after), 'after.quotemark.json')).toMatchObject({ ok: true })
  })

  it('is undone as one, bringing back the old words and the tags where they were', () => {
    const before = project()
    const { command } = articleUpdateEdit(before, 'story', replacement(), EDIT, 'Bea')
    const back = applied(applied(before, command), invertCommand(before, command, UNDO, 'Undoer')!)
    expect(back.articles[0]!.text).toBe(ORIGINAL)
    expect(back.annotations.map((a) => [a.target, a.orphan])).toEqual(before.annotations.map((a) => [a.target, a.orphan]))
  })

  it('finds an orphan again when a later version brings its words back', () => {
    const orphaned = applied(project(), articleUpdateEdit(project(), 'story', replacement(), EDIT, 'Bea').command)
    const { command, summary } = articleUpdateEdit(orphaned, 'story', { text: ORIGINAL, blocks: project().articles[0]!.blocks }, UNDO, 'Bea')
    expect(summary.orphaned).toBe(0)
    const back = applied(orphaned, command)
    expect(back.annotations.find((a) => a.id === 'gone')).toMatchObject({ orphan: false, target: project().annotations[3]!.target })
    expect(back.articles[0]!.source).toBe('story-v2.txt')
  })

  it('gives a command that is refused when the article is not there', () => {
    expect(refusal(project(), articleUpdateEdit(project(), 'missing', replacement(), EDIT, 'Bea').command)).toBe('That article no longer exists.')
  })
})

describe('reattachOrphanEdit', () => {
  it('attaches an orphan to the words selected, trimmed of white space, and it is no longer an orphan', () => {
    const orphaned = applied(project(), { type: 'annotation.reanchor', id: 'gone', target: project().annotations[3]!.target, orphan: true, updatedAt: EDIT, updatedBy: 'Bea' })
    const words = 'a security expert.'
    const start = ORIGINAL.indexOf(words)
    expect(ORIGINAL.slice(start - 1, start + words.length + 2)).toBe(' a security expert.\n\n')
    const command = reattachOrphanEdit(orphaned, 'gone', start - 1, start + words.length + 2, UNDO, 'Carl')
    expect(command).toMatchObject({ type: 'annotation.reanchor', id: 'gone', orphan: false, updatedAt: UNDO, updatedBy: 'Carl', target: { start, exact: words } })
    const ann = applied(orphaned, command).annotations.find((a) => a.id === 'gone')!
    expect([ann.orphan, ann.target.exact, ann.note, ann.author]).toEqual([false, words, '', 'Ana'])
  })

  it('gives a command that is refused for a tag that is not there', () => {
    expect(refusal(project(), reattachOrphanEdit(project(), 'nobody', 0, 5, EDIT, 'Bea'))).toBe('That tag no longer exists.')
  })
})
