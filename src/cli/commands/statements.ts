import type { Project } from '../../core/schema'
import { matchPeople } from '../../core/people'
import { findStatements, type Contradiction, type StatementGroup } from '../../core/statements/statements'
import type { WordDiff } from '../../core/statements/wordDiff'
import type { Command } from '../command'
import { EXIT, inputError, usageError, writeData } from '../io'
import { count, loadProject } from '../project'

const SEE_HELP = '(see quotemark statements --help)'

export const statementsCommand: Command = {
  name: 'statements',
  summary: 'List statements told by more than one article, and contradictions',
  help: `Usage: quotemark statements PROJECT [--speaker NAME] [--json]

Find the statements PROJECT's articles tell more than once, as the app's
Statements panel does (offline; nothing is written):
  groups          quotes by the same speaker in much the same words, or quotes
                  and claims in largely the same words, in different articles,
                  with the words only one telling has
  contradictions  two tags about the same thing that disagree on a date (a day,
                  a month, a year), a number or a name
Each has a confidence: high, or low (worth a look). Pairs already linked, and
offers rejected in the app, are left out.

Without --json, a readable listing. With --json, one object:
  { "groups": [ { "key", "confidence", "reason", "speaker",
                  "tags": [ { "id", "articleId", "outlet", "title", "kind", "text" } ],
                  "pairs": [[id, id]], "onlyA": [...], "onlyB": [...] } ],
    "contradictions": [ { "key", "confidence", "on": "date"|"number"|"name",
                  "values": [[...], [...]], "tags": [...], "onlyA", "onlyB" } ] }
  onlyA, onlyB  the words only the first tag has, and only the second

Options:
  --speaker NAME  only offers involving this person's tags (name or alias)
  --json          print JSON instead of the listing
  -h, --help      show this help

Exit codes: 0 ok (also when nothing is found), 1 the project cannot be read or
is not valid, or no one in it goes by NAME, 2 usage (unknown option, missing
PROJECT).`,
  options: { json: { type: 'boolean' }, speaker: { type: 'string' } },

  async run(args, io) {
    const [projectArg, ...extra] = args.positionals
    if (projectArg === undefined) throw usageError(`Missing the project file: quotemark statements PROJECT ${SEE_HELP}.`)
    if (extra.length > 0) throw usageError(`Too many arguments: quotemark statements takes one project file, but "${extra[0]}" follows ${projectArg} ${SEE_HELP}.`)
    const { project } = await loadProject(io.cwd, projectArg)
    const speakerId = speakerOption(project, args.values.speaker)
    const found = findStatements(project, speakerId ? { speakerId } : {})
    const rows = { groups: found.groups.map((g) => groupRow(project, g)), contradictions: found.contradictions.map((c) => contradictionRow(project, c)) }
    if (args.values.json) writeData(io, `${JSON.stringify(rows, null, 2)}\n`)
    else io.stdout.write(listing(project, rows))
    return EXIT.ok
  }
}

function speakerOption(project: Project, name: unknown): string | null {
  if (typeof name !== 'string') return null
  const person = matchPeople(project.people, name)[0]
  if (!person) throw inputError(`No one in ${project.name} goes by “${name}”.`)
  return person.id
}

type TagRow = { id: string; articleId: string; outlet: string; title: string; kind: string; text: string }

function tagRow(project: Project, id: string): TagRow {
  const tag = project.annotations.find((t) => t.id === id)
  const article = project.articles.find((a) => a.id === tag?.articleId)
  return { id, articleId: tag?.articleId ?? '', outlet: article?.outlet ?? '', title: article?.title ?? '', kind: tag?.kind ?? '', text: tag?.target.exact ?? '' }
}

const differences = (diff: WordDiff) => ({ onlyA: diff.onlyA, onlyB: diff.onlyB })

function groupRow(project: Project, g: StatementGroup) {
  const speaker = project.people.find((p) => p.id === g.speakerId)?.name ?? null
  return { key: g.key, confidence: g.confidence, reason: g.reason, speaker, tags: g.tagIds.map((id) => tagRow(project, id)), pairs: g.pairs, ...differences(g.diff) }
}

function contradictionRow(project: Project, c: Contradiction) {
  return { key: c.key, confidence: c.confidence, on: c.on, values: c.values, tags: c.tagIds.map((id) => tagRow(project, id)), ...differences(c.diff) }
}

type Rows = { groups: ReturnType<typeof groupRow>[]; contradictions: ReturnType<typeof contradictionRow>[] }

function tagLines(tags: readonly TagRow[]): string[] {
  return tags.map((t) => `   ${t.outlet || t.title || 'An article'}: “${t.text}” (${t.kind} ${t.id})`)
}

function onlyLines(tags: readonly TagRow[], row: { onlyA: readonly string[]; onlyB: readonly string[] }): string[] {
  const who = (t: TagRow | undefined) => t?.outlet || t?.title || 'the other'
  return [`   only in ${who(tags[0])}: ${row.onlyA.join(' ') || '(nothing)'}`, `   only in ${who(tags[1])}: ${row.onlyB.join(' ') || '(nothing)'}`]
}

function listing(project: Project, rows: Rows): string {
  const { groups, contradictions } = rows
  if (groups.length === 0 && contradictions.length === 0) return `No statement in ${project.name} is told by more than one article.\n`
  const lines = [`${project.name}: ${count(groups.length, 'statement group')} and ${count(contradictions.length, 'contradiction')} across articles.`]
  if (groups.length) lines.push('', 'Same statement:')
  groups.forEach((g, i) => {
    const who = g.speaker ? `${g.speaker}, ` : ''
    lines.push(`${i + 1}. [${g.confidence}] ${who}in ${count(new Set(g.tags.map((t) => t.articleId)).size, 'article')} (${g.reason})`, ...tagLines(g.tags), ...onlyLines(g.tags, g), '')
  })
  if (contradictions.length) lines.push('', 'Contradictions:')
  contradictions.forEach((c, i) => {
    lines.push(`${i + 1}. [${c.confidence}] on a ${c.on}: ${c.values[0].join(', ')} / ${c.values[1].join(', ')}`, ...tagLines(c.tags), ...onlyLines(c.tags, c), '')
  })
  return `${lines.join('\n').trimEnd()}\n`
}
