/**
 * Articles and people in a merge, before the tags that point at them.
 * Their article is mine when it has my article's id, URL (however it was
 * copied: normaliseUrl) or text; their person is mine when it has my
 * person's id or name (ignoring case and accents). The same record on both
 * sides takes their newer fields, field by field when both changed it
 * (mergeFields.ts; a field both set differently keeps mine and the summary
 * names both values); their newer article text replaces mine with my tags
 * found again in it (articleUpdateEdit). A record only they have is added,
 * unless I removed it and they have not changed it since (nor tagged it, nor
 * quoted the person). Each returns their ids to the ids of the same records
 * here, for re-pointing their tags (merge.ts).
 */
import { articleUpdateEdit } from './edits'
import { mergeFields } from './mergeFields'
import { removedAsIs } from './mergeRemovals'
import { addBothChanged, addItem, fieldList, type MergeSummary } from './mergeSummary'
import type { MergeWork } from './mergeWork'
import { foldText } from './people'
import { historyOf, relation, type Tombstone } from './revisions'
import type { Article, Person, Project } from './schema'

const ARTICLE_META = ['title', 'outlet', 'byline', 'publishedAt', 'url'] as const
const PERSON_FIELDS = ['kind', 'name', 'aliases', 'role', 'affiliation', 'note'] as const

/** Lower case, without scheme, "www.", fragment, tracking parameters or trailing slash: the same page however it was copied. */
export function normaliseUrl(url: string): string {
  const [address = '', query = ''] = url.trim().toLowerCase().replace(/#.*$/, '').split('?', 2)
  const page = address.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '')
  const kept = query.split('&').filter((param) => param !== '' && !param.startsWith('utm_'))
  return page === '' ? '' : kept.length ? `${page}?${kept.join('&')}` : page
}

/** Their articles brought in; `by` is who the tags re-anchored in their newer text are changed by. */
export function mergeArticles(out: MergeWork, mine: Project, theirs: Project, myRemoved: ReadonlyMap<string, Tombstone>, summary: MergeSummary, by: string): Map<string, string> {
  const ids = new Map<string, string>()
  const byUrl = new Map<string, string>()
  const byText = new Map<string, string>()
  for (const article of mine.articles) {
    const url = normaliseUrl(article.url)
    if (url && !byUrl.has(url)) byUrl.set(url, article.id)
    // The text itself is the key: a Map hashes it, and unlike a digest two different texts can never collide.
    if (!byText.has(article.text)) byText.set(article.text, article.id)
  }
  for (const article of theirs.articles) {
    const same = mine.articles.find((a) => a.id === article.id)
    const url = normaliseUrl(article.url)
    const match = same?.id ?? (url ? byUrl.get(url) : undefined) ?? byText.get(article.text)
    if (match) {
      ids.set(article.id, match)
      summary.articlesMatched++
      if (same) mergeArticle(out, summary, by, same, article)
      continue
    }
    const tomb = myRemoved.get(article.id)
    const tagged = theirs.annotations.some((a) => a.articleId === article.id && !removedAsIs(myRemoved.get(a.id), a))
    if (removedAsIs(tomb, article) && !tagged) continue
    const id = out.fresh(article.id)
    if (!out.apply({ type: 'article.add', article: { ...article, id } })) continue
    ids.set(article.id, id)
    summary.articlesAdded++
    addItem(summary, 'new', 'article', id, { label: article.title }, tomb ? 'came back: you had removed it, and they changed or tagged it since' : 'was added')
  }
  return ids
}

/** The same article on both sides: their newer metadata and text come in (my tags found again in their text). */
function mergeArticle(out: MergeWork, summary: MergeSummary, by: string, mine: Article, theirs: Article): void {
  const mineHistory = historyOf(mine)
  const theirHistory = historyOf(theirs)
  if (!['theirs-newer', 'diverged'].includes(relation(mineHistory, theirHistory))) return
  const { merged, taken, conflicts } = mergeFields(mine, mineHistory, theirs, theirHistory)
  const patch = Object.fromEntries(ARTICLE_META.filter((k) => taken.includes(k)).map((k) => [k, merged[k]]))
  let changed = false
  if (Object.keys(patch).length) changed = out.apply({ type: 'article.update', id: mine.id, patch, updatedAt: merged.updatedAt })
  if (taken.includes('text')) {
    const replacement = { text: theirs.text, blocks: theirs.blocks, ...(theirs.source === undefined ? {} : { source: theirs.source }) }
    const { command } = articleUpdateEdit(out.current, mine.id, replacement, merged.updatedAt, by)
    changed = out.applyAll(command.type === 'batch' ? command.commands : [command]) || changed
  }
  const label = { label: merged.title }
  const shown = taken.filter((f) => (ARTICLE_META as readonly string[]).includes(f) || f === 'text')
  if (changed) addItem(summary, 'updated', 'article', mine.id, { ...label, fields: shown }, `was updated from theirs (${fieldList(shown)})`)
  const open = conflicts.filter((f) => (ARTICLE_META as readonly string[]).includes(f) || f === 'text')
  if (open.length) addBothChanged(summary, 'article', mine.id, label, mine, theirs, open)
}

/** Their people brought in. */
export function mergePeople(out: MergeWork, mine: Project, theirs: Project, myRemoved: ReadonlyMap<string, Tombstone>, summary: MergeSummary): Map<string, string> {
  const ids = new Map<string, string>()
  const byName = new Map<string, string>()
  for (const person of mine.people) if (!byName.has(foldText(person.name))) byName.set(foldText(person.name), person.id)
  const speakers = new Set(theirs.annotations.filter((a) => !removedAsIs(myRemoved.get(a.id), a)).map((a) => a.speakerId))
  for (const person of theirs.people) {
    const same = mine.people.find((p) => p.id === person.id)
    const match = same?.id ?? byName.get(foldText(person.name))
    if (match) {
      ids.set(person.id, match)
      if (same) mergePerson(out, summary, same, person)
      continue
    }
    const tomb = myRemoved.get(person.id)
    if (removedAsIs(tomb, person) && !speakers.has(person.id)) continue
    const id = out.fresh(person.id)
    if (!out.apply({ type: 'person.add', person: { ...person, id } })) continue
    ids.set(person.id, id)
    summary.peopleAdded++
    addItem(summary, 'new', 'person', id, { label: person.name, kind: person.kind }, tomb ? 'came back: you had removed them, and they changed or quoted them since' : 'was added')
  }
  return ids
}

function mergePerson(out: MergeWork, summary: MergeSummary, mine: Person, theirs: Person): void {
  const mineHistory = historyOf(mine)
  const theirHistory = historyOf(theirs)
  if (!['theirs-newer', 'diverged'].includes(relation(mineHistory, theirHistory))) return
  const { merged, taken, conflicts } = mergeFields(mine, mineHistory, theirs, theirHistory)
  const fields = PERSON_FIELDS.filter((k) => taken.includes(k))
  const label = { label: merged.name, kind: merged.kind }
  if (fields.length && out.apply({ type: 'person.update', id: mine.id, patch: Object.fromEntries(fields.map((k) => [k, merged[k]])), updatedAt: merged.updatedAt })) {
    addItem(summary, 'updated', 'person', mine.id, { ...label, fields }, `was updated from theirs (${fieldList(fields)})`)
  }
  const open = conflicts.filter((f) => (PERSON_FIELDS as readonly string[]).includes(f))
  if (open.length) addBothChanged(summary, 'person', mine.id, label, mine, theirs, open)
}
