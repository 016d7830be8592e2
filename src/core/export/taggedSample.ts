/**
 * The sample project with the hand-labelled gold quotes tagged (from
 * tests/fixtures/seed-gold.json), their speakers with roles, attribution
 * tags, a few claims with a fact-check status, and links: the project the
 * export golden files are made from. Every id and time is fixed, so the
 * goldens change only when the export does. Used by tests and to make
 * README samples; the app never imports it.
 *
 * Pure: the caller reads the sample and the gold file from disk.
 */
import { createAnnotation } from '../annotations'
import type { Annotation, Block, ClaimStatus, Evidence, Link, Person, Project, SourceDocument } from '../schema'
import { indexSource } from '../verify/align'
import { checkQuote, toVerification } from '../verify/check'

/** The parts of seed-gold.json this uses. */
export type SeedGold = {
  quotes: Array<{ file: string; exact: string; speaker: string }>
  claims: Array<{ file: string; exact: string; source: string | null }>
  speakers: Array<{ name: string; role: string; aliases: string[] }>
}

export const TAGGED_SAMPLE_NOW = '2026-01-12T10:00:00.000Z'
export const TAGGER = 'Ana Pérez'
export const CHECKER = 'Sam Okafor'

/** Ids that look like the app's (UUIDs) but are fixed: n = 1, 2, … */
export function fixedId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`
}

/** Tag times a minute apart on the morning after publication, in tagging order. */
function minute(n: number): string {
  return new Date(Date.parse('2026-01-10T09:00:00.000Z') + n * 60_000).toISOString()
}

/** Gold claims quote the raw Markdown; the article's text has the link syntax taken out. */
function plain(exact: string): string {
  return exact.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
}

const ORGANISATIONS = new Set(['Committee for the Freedom of Political Prisoners', 'UN Human Rights Office'])
const AFFILIATIONS: Record<string, string> = { 'Alfredo Romero': 'Foro Penal', 'Gonzalo Himiob': 'Foro Penal' }

/** Attribution tags: the cue and the person it names, and the quotes it attributes (those quotes get no speaker of their own). */
const ATTRIBUTIONS = [
  { file: 'nyt', exact: 'said Rodríguez', speaker: 'Jorge Rodríguez', attributes: ['Consider this gesture from the Bolivarian Government'], keepSpeaker: false },
  {
    file: 'nyt',
    exact: 'said Alfredo Romero, director of Foro Penal',
    speaker: 'Alfredo Romero',
    attributes: ['Let us hope that this', 'May the justice system'],
    keepSpeaker: false
  },
  { file: 'bbc', exact: 'US President Donald Trump wrote on Truth Social', speaker: 'Donald Trump', attributes: ['a very important and smart gesture'], keepSpeaker: true }
]

/** Claims given a claimant, a status, a note or evidence; the other gold claims with no named source stay unverified. */
const CLAIMS: Array<{ file: string; starts: string; status: ClaimStatus; note?: string; evidence?: Evidence[]; claimant?: string }> = [
  { file: 'nyt', starts: "Venezuela's government began", status: 'unverified' },
  {
    file: 'nyt',
    starts: 'the United States captured',
    status: 'disputed',
    note: 'The BBC puts the capture on Saturday; confirm the day before repeating either.',
    evidence: [{ url: '', note: 'BBC News, same day: "in a raid on the capital, Caracas, on Saturday"' }]
  },
  {
    file: 'nyt',
    starts: 'five Spanish citizens',
    status: 'verified',
    claimant: 'Spanish government',
    note: 'Matches the BBC report of the Spanish foreign ministry statement.',
    evidence: [{ url: '', note: "BBC News: \"Spain's foreign ministry said five of its nationals had been released\"" }]
  },
  { file: 'bbc', starts: 'the US seized', status: 'disputed', note: 'The NYT says Sunday.' },
  { file: 'bbc', starts: 'Hundreds of political prisoners', status: 'unverified' }
]

/** Notes that exercise what an export must carry through: Markdown characters, a formula-like start, a line break. */
const QUOTE_NOTES: Record<string, string> = {
  'an important number': 'Same announcement as the BBC\'s "a significant number"; the wording differs in translation.',
  'Consider this gesture': 'Check against the state TV transcript: *not* verbatim, [translated] by the NYT.',
  "We haven't gotten": '+1 — asked whether elections come next.\nUse with the question.'
}

export function tagSample(sample: Project, gold: SeedGold): Project {
  let n = 0
  const nextId = (): string => fixedId(++n)
  const articleFor = (file: string) => {
    const article = sample.articles.find((a) => file.includes(a.source) || a.source.startsWith(file))
    if (!article) throw new Error(`No sample article for ${file}`)
    return article
  }

  const people: Person[] = [...gold.speakers.map((s) => ({ name: s.name, role: s.role, aliases: s.aliases })), { name: 'Spanish government', role: '', aliases: ["Spain's foreign ministry"] }].map(
    (s) => ({
      id: nextId(),
      kind: ORGANISATIONS.has(s.name) || s.name === 'Spanish government' ? 'organisation' : 'person',
      name: s.name,
      aliases: s.aliases.filter((alias) => alias !== s.name),
      role: s.role,
      affiliation: AFFILIATIONS[s.name] ?? '',
      note: '',
      createdAt: minute(0),
      updatedAt: minute(0)
    })
  )
  const personId = (name: string): string => {
    const person = people.find((p) => p.name === name)
    if (!person) throw new Error(`No person named ${name}`)
    return person.id
  }

  const annotations: Annotation[] = []
  const tag = (file: string, exact: string, kind: Annotation['kind']): Annotation => {
    const article = articleFor(file)
    const start = article.text.indexOf(exact)
    if (start < 0 || article.text.indexOf(exact, start + 1) >= 0) throw new Error(`"${exact}" is not in ${article.source} exactly once`)
    const ann = createAnnotation({ articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: TAGGER, now: minute(annotations.length + 1), id: nextId() })
    annotations.push(ann)
    return ann
  }

  const quotes = gold.quotes.map((q) => {
    const ann = tag(q.file, q.exact, 'quote')
    ann.speakerId = personId(q.speaker)
    const note = Object.entries(QUOTE_NOTES).find(([start]) => q.exact.startsWith(start))?.[1]
    if (note) ann.note = note
    return ann
  })
  for (const a of ATTRIBUTIONS) {
    const attribution = tag(a.file, a.exact, 'attribution')
    attribution.speakerId = personId(a.speaker)
    for (const start of a.attributes) {
      const quote = quotes.find((q) => q.target.exact.startsWith(start))!
      quote.attributionId = attribution.id
      if (!a.keepSpeaker) quote.speakerId = null
    }
  }
  const claims = CLAIMS.map((c) => {
    const goldClaim = gold.claims.find((g) => g.file.includes(c.file) && plain(g.exact).startsWith(c.starts))
    if (!goldClaim) throw new Error(`No gold claim starting "${c.starts}"`)
    const ann = tag(c.file, plain(goldClaim.exact), 'claim')
    ann.status = c.status
    ann.note = c.note ?? ''
    ann.evidence = c.evidence ?? []
    ann.speakerId = c.claimant ? personId(c.claimant) : null
    if (c.status !== 'unverified') {
      ann.updatedBy = CHECKER
      ann.updatedAt = minute(60 + annotations.length)
    }
    return ann
  })

  const byStart = (list: Annotation[], start: string): string => list.find((a) => a.target.exact.startsWith(start))!.id
  const link = (type: Link['type'], from: string, to: string, note: string): Link => ({ id: nextId(), type, from, to, note, createdAt: minute(120), updatedAt: minute(120) })
  const links: Link[] = [
    link('contradicts', byStart(claims, 'the United States captured'), byStart(claims, 'the US seized'), 'Sunday vs Saturday'),
    link('same-statement', byStart(quotes, 'an important number'), byStart(quotes, 'a significant number'), '')
  ]

  const source = transcript(nextId())
  const index = indexSource(source.text)
  for (const start of ['an important number', 'Consider this gesture']) {
    const quote = quotes.find((q) => q.target.exact.startsWith(start))!
    quote.verification = toVerification(checkQuote(index, source.blocks, quote.target.exact), source.id, CHECKER, minute(180))
  }

  return { ...sample, updatedAt: TAGGED_SAMPLE_NOW, people, annotations, links, sources: [source] }
}

/** An illustrative transcript (not a real one) of Rodríguez's statement, two subtitle cues, to check two quotes against. */
function transcript(id: string): SourceDocument {
  const cues: Array<[number, string]> = [
    [754, 'We will release an important number of Venezuelans and foreigners.'],
    [771, 'Consider this gesture from the Bolivarian Government, made with sincere intentions toward peace, as the contribution we all must make so that our republic can continue living peacefully.']
  ]
  const blocks: Block[] = []
  let at = 0
  for (const [time, text] of cues) {
    blocks.push({ type: 'paragraph', start: at, end: at + text.length, marks: [], time })
    at += text.length + 2
  }
  const text = cues.map(([, t]) => t).join('\n\n')
  return { id, title: 'Rodríguez statement (illustrative)', kind: 'transcript', fileKind: 'vtt', fileName: 'rodriguez-statement.vtt', text, blocks, createdAt: minute(170), updatedAt: minute(170) }
}
