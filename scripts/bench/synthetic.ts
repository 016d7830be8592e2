/**
 * A deterministic synthetic project for the benchmark: 200 articles of about
 * 2,000 words, 20,000 tags (100 per article, overlapping, all kinds), 300
 * people and 2,000 links. Same seed, same bytes.
 */
import { makeTarget } from '../../src/core/anchoring'
import { claimStatuses, linkTypes, PROJECT_FORMAT, PROJECT_VERSION, type Annotation, type Article, type Block, type Link, type Person, type Project } from '../../src/core/schema'
import { prng } from '../../tests/support/random'

export { prng }

export type SyntheticSize = { articles: number; wordsPerArticle: number; tagsPerArticle: number; people: number; links: number }
export const FULL_SIZE: SyntheticSize = { articles: 200, wordsPerArticle: 2000, tagsPerArticle: 100, people: 300, links: 2000 }


const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'je', 'ki', 'lo', 'ma', 'ne', 'pi', 'ro', 'sa', 'te', 'vi', 'zo', 'ri', 'len', 'tor', 'mi', 'ca', 'des', 'pre', 'sión', 'ño', 'über', 'ção']
const COMMON = ['the', 'of', 'and', 'to', 'a', 'in', 'that', 'said', 'government', 'minister', 'prisoners', 'release', 'would', 'not', 'was', 'it', 'for', 'on', 'with', 'as', 'by', 'people', 'election', 'report', 'percent']
const FIRST = ['Ana', 'José', 'María', 'Jorge', 'Delcy', 'Lucía', 'Pedro', 'Sofía', 'Miguel', 'Elena', 'Tomás', 'Inés', 'Carlos', 'Zoë', 'Jürgen', 'Aïcha', 'Nikos', 'Yuki', 'Olu', 'Priya']
const LAST = ['Rodríguez', 'Machado', 'García', 'Pérez', 'Müller', 'Okafor', 'Tanaka', 'Novak', 'Silva', 'Dubois', 'Kowalski', 'Haddad', 'Ivanova', 'Santos', 'Nguyen', 'Moreno', 'Fischer', 'Rossi', 'Costa', 'Ortega']

export function syntheticProject(size: SyntheticSize = FULL_SIZE, seed = 20240607): Project {
  const rand = prng(seed)
  const int = (n: number) => Math.floor(rand() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('')
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`
  const when = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 3_600_000).toISOString()

  const vocabulary = [...COMMON, ...Array.from({ length: 1500 }, () => Array.from({ length: 1 + int(3) }, () => pick(SYLLABLES)).join(''))]
  const word = () => (rand() < 0.45 ? pick(COMMON) : pick(vocabulary))
  const sentence = (words: number) => {
    const ws = Array.from({ length: words }, word)
    ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1)
    let s = ws.join(' ') + '.'
    if (rand() < 0.2) s = `“${s}”`
    return s
  }

  const people: Person[] = Array.from({ length: size.people }, (_, i) => {
    const isOrg = rand() < 0.15
    const name = isOrg ? `${pick(LAST)} ${pick(['Institute', 'Foundation', 'Ministry', 'Party', 'Council'])}` : `${pick(FIRST)} ${pick(LAST)} ${i}`
    return {
      id: uuid(),
      kind: isOrg ? 'organisation' : 'person',
      name,
      aliases: Array.from({ length: int(3) }, () => `${pick(LAST)} ${int(1000)}`),
      role: rand() < 0.7 ? pick(['Minister', 'Director', 'Spokesperson', 'Professor', 'Lawyer', '']) : '',
      affiliation: rand() < 0.6 ? `${pick(LAST)} ${pick(['Institute', 'Foundation', 'Party'])}` : '',
      note: rand() < 0.2 ? sentence(12) : '',
      createdAt: when(i),
      updatedAt: when(i)
    }
  })

  const articles: Article[] = []
  const annotations: Annotation[] = []
  for (let ai = 0; ai < size.articles; ai++) {
    const parts: string[] = []
    const blocks: Block[] = []
    let pos = 0
    const push = (type: Block['type'], text: string, level?: number) => {
      if (parts.length) pos += 2
      const marks: Block['marks'] = []
      if (type === 'paragraph' && rand() < 0.3) {
        const from = int(Math.max(1, text.length - 20))
        marks.push({ type: 'em', from, to: from + 10 })
      }
      blocks.push(level ? { type, level, start: pos, end: pos + text.length, marks } : { type, start: pos, end: pos + text.length, marks })
      parts.push(text)
      pos += text.length
    }
    push('heading', sentence(8).replace(/[“”.]/g, ''), 1)
    let words = 8
    while (words < size.wordsPerArticle) {
      const sentences: string[] = []
      let n = 0
      const target = 60 + int(80)
      while (n < target) {
        const len = 8 + int(18)
        sentences.push(sentence(len))
        n += len
      }
      push(rand() < 0.05 ? 'blockquote' : 'paragraph', sentences.join(' '))
      words += n
    }
    const text = parts.join('\n\n')
    const id = uuid()
    articles.push({
      id,
      title: blocks.length ? text.slice(0, blocks[0]!.end) : `Article ${ai}`,
      outlet: pick(['The Daily Planet', 'El Diario', 'Le Monde', 'BBC News', 'Reuters']),
      byline: `${pick(FIRST)} ${pick(LAST)}`,
      publishedAt: when(ai).slice(0, 10),
      url: `https://news.example/${ai}/${hex(6)}`,
      source: '',
      text,
      blocks,
      createdAt: when(ai),
      updatedAt: when(ai)
    })

    // Word spans of this article, to tag whole words.
    const spans: [number, number][] = []
    for (const m of text.matchAll(/\S+/g)) spans.push([m.index!, m.index! + m[0].length])
    const tag = (kind: Annotation['kind'], minWords: number, maxWords: number): Annotation => {
      const first = int(spans.length - maxWords)
      const last = first + minWords - 1 + int(maxWords - minWords + 1)
      const start = spans[first]![0]
      const end = spans[last]![1]
      const t = when(ai * 10 + int(10))
      return {
        id: uuid(),
        articleId: id,
        kind,
        target: makeTarget(text, start, end),
        note: rand() < 0.3 ? (rand() < 0.05 ? `=${sentence(6)}` : sentence(10 + int(20))) : '',
        speakerId: null,
        attributionId: null,
        status: 'unverified',
        evidence: [],
        author: pick(['Ana Reporter', 'Ben Editor', 'Chloé Checker']),
        updatedBy: pick(['Ana Reporter', 'Ben Editor']),
        createdAt: t,
        updatedAt: t,
        orphan: false
      }
    }
    const attributions: Annotation[] = []
    for (let k = 0; k < size.tagsPerArticle; k++) {
      const roll = k % 4
      if (roll === 0) {
        const a = tag('attribution', 2, 4)
        a.speakerId = rand() < 0.9 ? pick(people).id : null
        attributions.push(a)
        annotations.push(a)
      } else if (roll === 1 || roll === 2) {
        const q = tag('quote', 4, 35)
        if (attributions.length && rand() < 0.6) q.attributionId = pick(attributions).id
        else if (rand() < 0.7) q.speakerId = pick(people).id
        annotations.push(q)
      } else {
        const c = tag('claim', 6, 40)
        c.speakerId = rand() < 0.6 ? pick(people).id : null
        c.status = pick(claimStatuses)
        if (rand() < 0.3) c.evidence = [{ url: `https://factcheck.example/${hex(8)}`, note: sentence(8) }]
        annotations.push(c)
      }
    }
  }

  const links: Link[] = Array.from({ length: size.links }, (_, i) => {
    const from = pick(annotations)
    let to = pick(annotations)
    while (to.id === from.id) to = pick(annotations)
    return { id: uuid(), type: pick(linkTypes), from: from.id, to: to.id, note: rand() < 0.3 ? sentence(10) : '', createdAt: when(i), updatedAt: when(i) }
  })

  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id: uuid(),
    name: 'Benchmark project',
    createdAt: when(0),
    updatedAt: when(0),
    articles,
    people,
    annotations,
    links,
    conflicts: [],
    rejections: [],
    sources: [],
    statementRejections: []
  }
}

/** Queries typed one key at a time in the filter: a common word, a name, a rare string, one that matches nothing. */
export const FILTER_QUERIES = ['government', 'rodríguez', 'prisoners rel', 'zzqx']
