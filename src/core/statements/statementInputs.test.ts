import { describe, expect, test } from 'vitest'
import { taggedSample } from '../../../tests/support/seedsTagged'
import { createAnnotation } from '../annotations'
import { applyCommand, type Command } from '../commands'
import type { Project } from '../schema'
import { statementInputsChanged } from './statementInputs'
import { acceptStatementEdit, rejectStatementEdit } from './statementEdits'
import { findStatements } from './statements'

const NOW = '2026-01-10T00:00:00.000Z'

function after(project: Project, command: Command): Project {
  const result = applyCommand(project, command)
  if (!result.ok) throw new Error(result.error)
  return result.project
}

const project = taggedSample()
const quote = project.annotations.find((t) => t.kind === 'quote' && t.speakerId)!
const claim = project.annotations.find((t) => t.kind === 'claim')!
const person = project.people[0]!
const article = project.articles[0]!

describe('changes that cannot alter the statements found ask main no more', () => {
  const cases: [string, Command][] = [
    ['writing a note on a tag', { type: 'annotation.update', id: quote.id, patch: { note: 'Check the tape.' }, updatedAt: NOW, updatedBy: 'Ana' }],
    ['marking a claim disputed', { type: 'annotation.update', id: claim.id, patch: { status: 'disputed' }, updatedAt: NOW, updatedBy: 'Ana' }],
    ['renaming an article', { type: 'article.update', id: article.id, patch: { title: 'A better title', outlet: 'The Times' }, updatedAt: NOW }],
    ['giving a person a role', { type: 'person.update', id: person.id, patch: { role: 'Minister', note: 'Met in May' }, updatedAt: NOW }]
  ]
  for (const [what, command] of cases) {
    test(`${what} does not ask again, and the answer would indeed be the same`, () => {
      const next = after(project, command)
      expect(statementInputsChanged(project, next)).toBe(false)
      expect(findStatements(next)).toEqual(findStatements(project))
    })
  }

  test('the same project read again from its file (every record a new object) does not ask again', () => {
    expect(statementInputsChanged(project, structuredClone(project))).toBe(false)
  })
})

describe('changes that can alter the statements found ask main again', () => {
  test('tagging a new quote asks again', () => {
    const start = article.text.indexOf(' ') + 1
    const tag = createAnnotation({ articleId: article.id, text: article.text, start, end: start + 12, kind: 'quote', author: 'Ana', now: NOW })
    expect(statementInputsChanged(project, after(project, { type: 'annotation.add', annotation: tag }))).toBe(true)
  })

  test('giving a quote another speaker asks again', () => {
    const other = project.people.find((p) => p.id !== quote.speakerId)!
    const next = after(project, { type: 'annotation.update', id: quote.id, patch: { speakerId: other.id }, updatedAt: NOW, updatedBy: 'Ana' })
    expect(statementInputsChanged(project, next)).toBe(true)
  })

  test('a new alias for a speaker asks again (two records may now be one person)', () => {
    const next = after(project, { type: 'person.update', id: person.id, patch: { aliases: [...person.aliases, 'The Minister'] }, updatedAt: NOW })
    expect(statementInputsChanged(project, next)).toBe(true)
  })

  test('accepting an offer (a link) or rejecting one asks again, so it leaves the list', () => {
    const found = findStatements(project)
    const accepted = after(project, acceptStatementEdit(project, found.contradictions[0]!, NOW)!)
    const rejected = after(project, rejectStatementEdit(found.groups[0]!, NOW, 'Ana'))
    expect(statementInputsChanged(project, accepted)).toBe(true)
    expect(statementInputsChanged(project, rejected)).toBe(true)
  })

  test('putting the articles in another order asks again (offers follow the articles)', () => {
    const reordered = { ...project, articles: [...project.articles].reverse() }
    expect(statementInputsChanged(project, reordered)).toBe(true)
  })
})
