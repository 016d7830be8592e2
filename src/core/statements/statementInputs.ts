/**
 * What the statements finder (statements.ts, candidates.ts) reads from a
 * project, so that a window showing its answer asks main again only when
 * that changed. On a 20,000-tag project one finding costs main 0.5–1 s, and
 * most changes cannot alter it: a tag's note or status, a person's role, an
 * article's title, a source document. The finder reads:
 *
 * - each tag's id, article, kind, speaker, attribution, words, start (for
 *   the order of offers) and whether it is an orphan;
 * - each person's id, name and aliases (one person in two records);
 * - which pairs of tags are linked, and which offers were rejected;
 * - the order of the articles (the order of offers), not what they hold.
 *
 * Records are compared place by place: commands keep unchanged records (and
 * unchanged lists) as the same objects, so this is one pass of reference
 * checks, and a record that did change is compared field by field. A record
 * moved to another place counts as a change, which is never wrong, only an
 * ask too many. Keep this in step with the finder: a field it starts to read
 * belongs here too.
 */
import type { Annotation, Link, Person } from '../schema'
import type { StatementRejectionKey, StatementsProject } from './statements'

/** Whether the finder could answer differently for `after` than for `before`. */
export function statementInputsChanged(before: StatementsProject, after: StatementsProject): boolean {
  if (before === after) return false
  return (
    !sameList(before.annotations, after.annotations, sameTag) ||
    !sameList(before.people, after.people, samePerson) ||
    !sameList(before.links, after.links, sameLink) ||
    !sameList(before.statementRejections ?? [], after.statementRejections ?? [], sameRejection) ||
    !sameList(before.articles, after.articles, (a, b) => a.id === b.id)
  )
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !same(a[i]!, b[i]!)) return false
  return true
}

function sameTag(a: Annotation, b: Annotation): boolean {
  return (
    a.id === b.id &&
    a.articleId === b.articleId &&
    a.kind === b.kind &&
    a.speakerId === b.speakerId &&
    a.attributionId === b.attributionId &&
    a.orphan === b.orphan &&
    a.target.exact === b.target.exact &&
    a.target.start === b.target.start
  )
}

function samePerson(a: Person, b: Person): boolean {
  return a.id === b.id && a.name === b.name && sameList(a.aliases, b.aliases, (x, y) => x === y)
}

/** A link's type and note do not matter: any link between two tags keeps them from being offered. */
function sameLink(a: Link, b: Link): boolean {
  return a.from === b.from && a.to === b.to
}

function sameRejection(a: StatementRejectionKey, b: StatementRejectionKey): boolean {
  return a.type === b.type && sameList(a.tagIds, b.tagIds, (x, y) => x === y)
}
