import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { buildSampleProject } from '../sample'
import type { Project } from '../schema'
import { suggestionFailures, suggestionsForArticle, suggestionsForProject } from './suggestEdits'

// The rules, failing on one article's text only: a fault of ours that one odd article may still find (as "Pakal-Na- Palenque" once did).
vi.mock('./transcriptTurns', async (original) => (await import('../../../tests/support/failingRules')).failingOn(await original(), 'Pakal-Na-', new TypeError("Cannot read properties of undefined (reading 'toLowerCase')")))

function sample(): Project {
  const read = (name: string) => readFileSync(join(__dirname, '../../..', 'seeds', name), 'utf8')
  const project = buildSampleProject(read('manifest.json'), read, '2026-01-12T10:00:00.000Z')
  return { ...project, annotations: [], links: [], people: [] }
}

describe('an article the suggester fails on', () => {
  test('the other articles are still offered, and the reporter is told which article failed and that nothing of it was touched', () => {
    const base = sample()
    const odd = { ...base.articles[0]!, id: 'odd', title: 'Tren Maya', text: 'El tramo Pakal-Na- Palenque abrió, “una obra que cambia la región”, dijo la SCT.' }
    const project = { ...base, articles: [...base.articles, odd] }
    const all = suggestionsForProject(project)
    expect(all.length).toBeGreaterThan(0)
    expect(all.some((s) => s.articleId === 'odd')).toBe(false)
    expect(suggestionsForArticle(project, 'odd')).toEqual([])
    const [message, ...more] = suggestionFailures(project)
    expect(more).toEqual([])
    expect(message).toContain('“Tren Maya”')
    expect(message).toContain('toLowerCase')
    expect(message).toMatch(/untouched/u)
    expect(suggestionFailures(project, base.articles[0]!.id)).toEqual([])
  })
})
