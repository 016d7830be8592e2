import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../annotations'
import { importArticle } from '../importer'
import { buildSampleProject } from '../sample'
import { emptyProject, type Annotation, type Project } from '../schema'
import { exportProject } from '.'
import { escapeMarkdown } from './markdown'
import { CHECKER, tagSample, TAGGED_SAMPLE_NOW, type SeedGold } from './taggedSample'

const root = join(__dirname, '..', '..', '..')
const read = (...parts: string[]): string => readFileSync(join(root, ...parts), 'utf8')
const sample = buildSampleProject(read('seeds', 'manifest.json'), (f) => read('seeds', f), '2026-01-10T08:00:00.000Z')
const project = tagSample(sample, JSON.parse(read('tests', 'fixtures', 'seed-gold.json')) as SeedGold)
const NOW = TAGGED_SAMPLE_NOW

const sheet = (p: Project, selection?: Parameters<typeof exportProject>[1]['selection'], exportedBy = CHECKER): string =>
  exportProject(p, { format: 'md', now: NOW, exportedBy, selection })

/** A one-article project with an address, tagged on the given words. */
function smallProject(content: string, tags: Array<Partial<Annotation> & { exact: string }>): Project {
  const article = importArticle({ fileName: 'a.txt', content, meta: { title: 'Rates *rise*', outlet: 'The Ledger', publishedAt: '3 March 2026', url: 'https://example.org/rates' } }, NOW, 'a1')
  const annotations = tags.map(({ exact, ...rest }, i) => {
    const start = article.text.indexOf(exact)
    return { ...createAnnotation({ articleId: 'a1', text: article.text, start, end: start + exact.length, kind: 'quote', author: 'Ana', now: NOW, id: `t${i}` }), ...rest }
  })
  return { ...emptyProject('Desk <Monday>', 'p1', NOW), articles: [article], annotations }
}

describe('the Markdown quote sheet', () => {
  const md = sheet(project)
  const headings = md.split('\n').filter((l) => l.startsWith('#'))

  it('is titled with the project and says when, by whom and how much was exported', () => {
    expect(md.startsWith('# Quote sheet: Sample: Venezuela prisoner release (9 Jan 2026)\n\nExported from Quotemark on 2026-01-12 by Sam Okafor: 18 quotes, 5 claims.\n')).toBe(true)
    expect(md.endsWith('\n')).toBe(true)
    expect(md).not.toMatch(/\n\n\n/)
  })

  it('groups quotes under each speaker with their role, in the order they first speak', () => {
    expect(headings).toEqual([
      '# Quote sheet: Sample: Venezuela prisoner release (9 Jan 2026)',
      '## Quotes',
      "### Jorge Rodríguez, President of Venezuela's National Assembly",
      '### Alfredo Romero, Director, Foro Penal',
      '### Donald Trump, President of the United States',
      '### Gonzalo Himiob, Lawyer; president of Foro Penal',
      '### Committee for the Freedom of Political Prisoners, Advocacy group',
      '### UN Human Rights Office, United Nations office',
      '## Claims'
    ])
  })

  it('gives each quote as a block quote, then its citation and the sentence around it', () => {
    expect(md).toContain(
      [
        '> “an important number”',
        '*The New York Times*, 2026-01-09 · “Venezuela Begins Releasing Political Prisoners” · paragraph 4',
        'Checked: verbatim against the transcript “Rodríguez statement (illustrative)” at 12:34.',
        'Context: Jorge Rodríguez, the head of Venezuela\'s National Assembly, did not specify how many people would be freed but said it would be "an important number" and that they would be both Venezuelans and foreign nationals.'
      ].join('\n\n')
    )
    expect(md).toContain('· paragraph 5 · attributed by “said Rodríguez”')
  })

  it('lists claims with their status, claimant or the outlet, note, links and evidence', () => {
    const claims = md.slice(md.indexOf('## Claims'))
    expect(claims).toContain('**Disputed** · claimed by the outlet itself · *The New York Times*, 2026-01-09')
    expect(claims).toContain('**Verified** · claimed by Spanish government · *The New York Times*')
    expect(claims).toContain('Note: The BBC puts the capture on Saturday; confirm the day before repeating either.')
    expect(claims).toContain('Contradicts “the US seized Venezuela\'s President Nicolás Maduro in a raid on the capital, Caracas, on Saturday” (BBC News, 2026-01-09).')
    expect(claims).toContain('Evidence:\n\n- BBC News, same day: "in a raid on the capital, Caracas, on Saturday"')
  })

  it('puts quotes with nobody to attribute them to last, under Unattributed', () => {
    const p = smallProject('"Rates will rise," an official said. Ruiz disagreed.', [{ exact: 'Rates will rise,' }])
    const ruiz = { id: 'r', kind: 'person' as const, name: 'Eva Ruiz', aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
    const text = p.articles[0]!.text
    const second = createAnnotation({ articleId: 'a1', text, start: text.indexOf('Ruiz disagreed'), end: text.length - 1, kind: 'quote', author: 'Ana', now: NOW, id: 'q2' })
    const md = sheet({ ...p, people: [ruiz], annotations: [...p.annotations, { ...second, speakerId: 'r' }] })
    expect(md.split('\n').filter((l) => l.startsWith('###'))).toEqual(['### Eva Ruiz', '### Unattributed'])
  })

  it('links to the article and to evidence when they have web addresses, and leaves any other address out', () => {
    const p = smallProject('"Rates will rise," an official said.', [
      { exact: 'Rates will rise,', kind: 'claim', status: 'false', evidence: [{ url: 'https://example.org/check', note: 'Bank minutes' }, { url: 'javascript:alert(1)', note: '' }] }
    ])
    const md = sheet(p)
    expect(md).toContain('· paragraph 1 · <https://example.org/rates>')
    expect(md).toContain('- <https://example.org/check> — Bank minutes')
    // Only web addresses are written (safeUrl.ts): evidence that is only a javascript: address has nothing left to show.
    expect(md).not.toContain('javascript:')
    expect(md).toMatch(/Evidence:\n\n- <https:\/\/example\.org\/check> — Bank minutes\n(\n|$)/)
    expect(md).toContain('**False** · claimed by the outlet itself · *The Ledger*, 3 March 2026 · “Rates \\*rise\\*”')
  })

  it('escapes Markdown in user text so the sheet shows the words, not formatting', () => {
    const p = smallProject('He said *not* [this](x) <b>or</b> `that`, snake_case and _that_ & &amp; stay.', [
      { exact: '*not* [this](x) <b>or</b> `that`', note: 'Line one\n# not a heading\n- not a list\n1. not a list\n> not a quote' }
    ])
    const md = sheet(p)
    expect(md).toContain('> “\\*not\\* \\[this\\](x) \\<b>or\\</b> \\`that\\`”')
    expect(md).toContain('Note: Line one\n\\# not a heading\n\\- not a list\n1\\. not a list\n\\> not a quote')
    expect(md).toContain('# Quote sheet: Desk \\<Monday>')
    expect(escapeMarkdown('snake_case and _that_ & &amp; ~x~')).toBe('snake_case and \\_that\\_ & \\&amp; \\~x\\~')
  })

  it('keeps every line of a quote spanning paragraphs inside the block quote', () => {
    const article = importArticle({ fileName: 'b.md', content: '"First part.\n\nSecond part," she said.' }, NOW, 'a1')
    const start = 1
    const end = article.text.indexOf(',"')
    const ann = createAnnotation({ articleId: 'a1', text: article.text, start, end, kind: 'quote', author: 'Ana', now: NOW, id: 'q' })
    const md = sheet({ ...emptyProject('P', 'p', NOW), articles: [article], annotations: [ann] })
    expect(md).toContain('> “First part.\n>\n> Second part”')
  })

  it('shows only the selected tags, an attribution on its own only when nothing it attributes is in the sheet', () => {
    const trump = sheet(project, { speaker: 'donald trump', kinds: ['quote'] })
    expect(trump).toContain('Sam Okafor: 9 quotes, 0 claims.')
    expect(trump).not.toContain('## Claims')
    const attributions = sheet(project, { kinds: ['attribution'] })
    expect(attributions).toContain('## Attributions')
    expect(attributions).toContain("Names Jorge Rodríguez, President of Venezuela's National Assembly · *The New York Times*")
    expect(md).not.toContain('## Attributions')
    expect(sheet(project, { annotationIds: [] }, '')).toBe(
      '# Quote sheet: Sample: Venezuela prisoner release (9 Jan 2026)\n\nExported from Quotemark on 2026-01-12: 0 quotes, 0 claims.\n\nNo tags were selected for this export.\n'
    )
  })
})
