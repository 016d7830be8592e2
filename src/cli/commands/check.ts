import { basename, resolve } from 'node:path'
import { nowIso } from '../../core/ids'
import { matchPeople } from '../../core/people'
import type { Annotation, Project, SourceDocument } from '../../core/schema'
import { exportIndex, speakerIdIn } from '../../core/export/context'
import { indexSource } from '../../core/verify/align'
import { checkQuote, type CheckResult } from '../../core/verify/check'
import { differenceLine, flagLine, verificationLine } from '../../core/verify/describe'
import { sourceFromArticle, sourceKindNouns } from '../../core/verify/sources'
import type { Command } from '../command'
import { EXIT, inputError, usageError, writeData } from '../io'
import { count, loadProject } from '../project'

const SEE_HELP = '(see quotemark check --help)'

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check the quotes of a project against a source (a transcript, subtitles, a speech)',
  help: `Usage: quotemark check PROJECT --source FILE [--speaker NAME] [--json]

Check PROJECT's quotes against what was said, as the app's Check against
source… does (offline; nothing is written): each quote's words are found in
FILE (any file an article can be imported from: .txt, .md, .html, .docx, .pdf,
.vtt, .srt) and compared word by word, case, punctuation and quotation marks
aside; an ellipsis stands for words cut, a bracketed insertion for words of
the source.

Each quote gets a status:
  verbatim    its words are the source's, in order
  cut         the only differences are words cut where it has an ellipsis
  changed     a word was changed, added, or left out without an ellipsis
  not-found   fewer than half of its words line up with any passage
and meaning flags for a difference that may change what was said: a negation
dropped or added (not, no, never; no, nunca), a number changed, a name changed.

Without --json, a readable listing. With --json, one object:
  { "source": { "fileName", "title", "kind" },
    "counts": { "verbatim", "cut", "changed", "not-found" },
    "results": [ { "id", "articleId", "speaker", "text", "status",
                   "sourceStart", "sourceEnd", "time", "sourceText",
                   "differences": [ { "kind", "quote", "source" } ],
                   "flags": [ { "kind", "quote", "source" } ],
                   "closest": [ { "start", "end", "time", "text" } ] } ] }
  sourceStart, sourceEnd  offsets into the source's text; time in seconds
                          into the recording (subtitles), or null
  closest                 for a quote not found: the nearest passages

Options:
  --source FILE   the source document (required)
  --speaker NAME  only this person's quotes (name or alias)
  --json          print JSON instead of the listing
  -h, --help      show this help

Exit codes: 0 ok (whatever the statuses), 1 the project or the source cannot
be read, or no one in the project goes by NAME, 2 usage (unknown option,
missing PROJECT or --source).`,
  options: { json: { type: 'boolean' }, source: { type: 'string' }, speaker: { type: 'string' } },

  async run(args, io) {
    const [projectArg, ...extra] = args.positionals
    if (projectArg === undefined) throw usageError(`Missing the project file: quotemark check PROJECT --source FILE ${SEE_HELP}.`)
    if (extra.length > 0) throw usageError(`Too many arguments: quotemark check takes one project file, but "${extra[0]}" follows ${projectArg} ${SEE_HELP}.`)
    const sourceArg = args.values.source
    if (typeof sourceArg !== 'string' || sourceArg === '') throw usageError(`Missing the source: quotemark check PROJECT --source FILE ${SEE_HELP}.`)
    const { project } = await loadProject(io.cwd, projectArg)
    const source = await readSource(resolve(io.cwd, sourceArg))
    const quotes = quotesOf(project, args.values.speaker)
    const index = indexSource(source.text)
    const results = quotes.map((q) => resultRow(project, source, q, checkQuote(index, source.blocks, q.target.exact)))
    const counts = { verbatim: 0, cut: 0, changed: 0, 'not-found': 0 }
    for (const r of results) counts[r.status]++
    const out = { source: { fileName: source.fileName, title: source.title, kind: source.kind }, counts, results }
    if (args.values.json) writeData(io, `${JSON.stringify(out, null, 2)}\n`)
    else io.stdout.write(listing(project, source, out))
    return EXIT.ok
  }
}

async function readSource(path: string): Promise<SourceDocument> {
  const name = basename(path)
  const { importBytes, ImportFailure, IMPORTABLE_FILES, isImportableFile, readImportBytes } = await import('../../main/import')
  if (!isImportableFile(name)) throw inputError(`${name} cannot be a source: only ${IMPORTABLE_FILES} can be read.`)
  try {
    const { article } = await importBytes(name, await readImportBytes(path, name), nowIso())
    return sourceFromArticle(article, name)
  } catch (err) {
    throw inputError(`Could not read the source ${name}: ${err instanceof ImportFailure ? err.message : (err as Error).message}.`)
  }
}

/** The project's quotes, or one person's (by name or alias; their attributions' quotes too). */
function quotesOf(project: Project, speaker: unknown): Annotation[] {
  const quotes = project.annotations.filter((a) => a.kind === 'quote' && !a.orphan)
  if (typeof speaker !== 'string') return quotes
  const person = matchPeople(project.people, speaker)[0]
  if (!person) throw inputError(`No one in ${project.name} goes by “${speaker}”.`)
  const index = exportIndex(project)
  return quotes.filter((q) => speakerIdIn(index, q) === person.id)
}

function resultRow(project: Project, source: SourceDocument, tag: Annotation, result: CheckResult) {
  const speakerId = speakerIdIn(exportIndex(project), tag)
  const { status, sourceStart, sourceEnd, time, differences, flags } = result
  return {
    id: tag.id,
    articleId: tag.articleId,
    speaker: project.people.find((p) => p.id === speakerId)?.name ?? null,
    text: tag.target.exact,
    status,
    sourceStart,
    sourceEnd,
    time,
    sourceText: source.text.slice(sourceStart, sourceEnd),
    differences,
    flags,
    closest: result.passages.map((p) => ({ start: p.start, end: p.end, time: p.time, text: p.text }))
  }
}

type Output = { counts: Record<CheckResult['status'], number>; results: ReturnType<typeof resultRow>[] }

function listing(project: Project, source: SourceDocument, out: Output): string {
  const { counts, results } = out
  if (!results.length) return `${project.name} has no quotes to check.\n`
  const lines = [
    `Checked ${count(results.length, 'quote')} of ${project.name} against ${source.title} (${sourceKindNouns[source.kind]}, ${source.fileName}): ${counts.verbatim} verbatim, ${counts.cut} cut, ${counts.changed} changed, ${counts['not-found']} not found.`
  ]
  results.forEach((r, i) => {
    lines.push('', `${i + 1}. “${r.text}” (quote ${r.id}${r.speaker ? `, ${r.speaker}` : ''})`, `   ${verificationLine(r, source)}${r.status === 'not-found' ? '' : ` (source ${r.sourceStart}–${r.sourceEnd})`}`)
    if (r.flags.length) lines.push(`   check the meaning: ${r.flags.map(flagLine).join('; ')}`)
    if (r.differences.length) lines.push(`   ${r.differences.map(differenceLine).join('; ')}`)
    for (const p of r.closest) lines.push(`   closest: “${p.text}”${p.time === null ? '' : ` at ${p.time}s`}`)
  })
  return `${lines.join('\n')}\n`
}
