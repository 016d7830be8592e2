/**
 * The commands behind reviewing statements across outlets. Accepting an
 * offer links its tags (`same-statement` for a group, through the pairs that
 * hold it together; `contradicts` for a contradiction), skipping pairs a link
 * already joins; rejecting it remembers every pair of its tags in
 * `statementRejections`, so the finder does not offer them again. Either is
 * one change, undone as one. Pure builders, like edits/.
 */
import type { Command, SingleCommand } from '../commands'
import { findLink } from '../commands'
import { linkEdit } from '../edits/tagEdits'
import { newId } from '../ids'
import type { Project } from '../schema'
import type { Contradiction, StatementGroup } from './statements'

export type StatementOffer = StatementGroup | Contradiction

function single(steps: SingleCommand[], label: string): Command | null {
  if (steps.length === 0) return null
  return steps.length === 1 ? steps[0]! : { type: 'batch', label, commands: steps }
}

/** The links accepting the offer makes; null when its tags are all linked already. */
export function acceptStatementEdit(project: Pick<Project, 'links'>, offer: StatementOffer, now: string): Command | null {
  const pairs = offer.type === 'contradicts' ? [offer.tagIds] : offer.pairs
  const steps = pairs.filter(([a, b]) => !findLink(project, a, b)).map(([a, b]) => linkEdit(project as Project, a, b, offer.type, now) as SingleCommand)
  return single(steps, offer.type === 'contradicts' ? 'Link as contradicting' : 'Link as the same statement')
}

/** Every pair of the offer's tags, remembered as rejected. */
export function rejectStatementEdit(offer: StatementOffer, now: string, by: string): Command {
  const ids = [...offer.tagIds].sort()
  const steps: SingleCommand[] = []
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      steps.push({ type: 'statementRejection.add', statementRejection: { id: newId(), type: offer.type, tagIds: [ids[i]!, ids[j]!], rejectedAt: now, rejectedBy: by } })
    }
  }
  return single(steps, offer.type === 'contradicts' ? 'Reject the contradiction' : 'Reject the statement group')!
}
