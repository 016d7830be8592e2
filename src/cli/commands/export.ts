import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { exportFormats, exportProjectCounted, peopleNamed, type ExportFormat } from '../../core/export'
import { annotationKinds, type AnnotationKind } from '../../core/schema'
import { stringValue, stringValues } from '../args'
import type { Command } from '../command'
import { sameFile, writeFileAtomic } from '../files'
import { EXIT, inputError, usageError, writeData } from '../io'
import { count, exportTime, loadProject } from '../project'

const SEE_HELP = '(see quotemark export --help)'

export const exportCommand: Command = {
  name: 'export',
  summary: "Write a project's tags as CSV, Markdown, JSON, W3C Web Annotation or ClaimReview",
  help: `Usage: quotemark export PROJECT --format FORMAT [--kind KIND]... [--speaker NAME] [--out FILE]

Write the tags in PROJECT (a .quotemark.json file) in one format, to stdout or to a file.

Options:
  -f, --format FORMAT  csv          one row per tag, for Excel, Google Sheets, LibreOffice
                       md           a Markdown quote sheet, quotes grouped by speaker
                       json         the tags with their article metadata
                       w3c          W3C Web Annotation JSON-LD
                       claimreview  schema.org ClaimReview JSON-LD (claims with a verdict)
  -k, --kind KIND      only quote, attribution or claim tags; repeat it or use
                       commas for more than one (--kind quote,claim)
      --speaker NAME   only what NAME said
  -o, --out FILE       write to FILE (atomically: a temp file, then renamed)
                       instead of stdout; never the project file itself
  -h, --help           show this help

Without --kind or --speaker every tag is exported. No matching tags is not an error.
SOURCE_DATE_EPOCH (seconds), if set, is the export time written into the output.

Examples:
  quotemark export story.quotemark.json --format csv --out quotes.csv
  quotemark export story.quotemark.json -f md --kind quote --speaker "Jorge Rodríguez"

Exit codes: 0 written, 1 the project cannot be read or the output cannot be written,
2 usage (unknown option, missing PROJECT or --format, bad --format or --kind value).`,
  options: {
    format: { type: 'string', short: 'f' },
    kind: { type: 'string', short: 'k', multiple: true },
    speaker: { type: 'string' },
    out: { type: 'string', short: 'o' }
  },

  async run(args, io) {
    const [projectArg, ...extra] = args.positionals
    if (projectArg === undefined) throw usageError(`Missing the project file: quotemark export PROJECT --format FORMAT ${SEE_HELP}.`)
    if (extra.length > 0) throw usageError(`Too many arguments: quotemark export takes one project file, but "${extra[0]}" follows ${projectArg} ${SEE_HELP}.`)

    const formatArg = stringValue(args, 'format')
    const choices = exportFormats.join(', ')
    if (formatArg === undefined) throw usageError(`Missing --format: choose one of ${choices} ${SEE_HELP}.`)
    if (!(exportFormats as readonly string[]).includes(formatArg)) throw usageError(`Unknown export format "${formatArg}": choose one of ${choices}.`)
    const format = formatArg as ExportFormat

    const kinds: AnnotationKind[] = []
    const kindArgs = stringValues(args, 'kind')
    const kindNames = kindArgs.flatMap((v) => v.split(',')).map((k) => k.trim()).filter(Boolean)
    if (kindArgs.length > 0 && kindNames.length === 0) throw usageError(`Option --kind needs a value: ${annotationKinds.join(', ')} ${SEE_HELP}.`)
    for (const kind of kindNames) {
      if (!(annotationKinds as readonly string[]).includes(kind)) {
        throw usageError(`Unknown tag kind "${kind}" for --kind: choose from ${annotationKinds.join(', ')}.`)
      }
      if (!kinds.includes(kind as AnnotationKind)) kinds.push(kind as AnnotationKind)
    }
    const speakerArg = stringValue(args, 'speaker')
    const speaker = speakerArg?.trim()
    if (speakerArg !== undefined && !speaker) throw usageError(`Option --speaker needs a name ${SEE_HELP}.`)
    const outArg = stringValue(args, 'out')
    const toStdout = outArg === undefined || outArg === '-'

    const { path: projectPath, project } = await loadProject(io.cwd, projectArg)
    const outPath = toStdout ? null : resolve(io.cwd, outArg)
    if (outPath !== null) {
      if (outPath === projectPath || (await sameFile(outPath, projectPath))) {
        throw usageError(`An export cannot be written over the project file itself (${basename(projectPath)}): choose another --out file.`)
      }
      if ((await stat(outPath).catch(() => null))?.isDirectory()) throw usageError(`${outArg} is a folder: give --out a file name.`)
    }

    const selection = kinds.length > 0 || speaker ? { ...(kinds.length > 0 ? { kinds } : {}), ...(speaker ? { speaker } : {}) } : undefined
    const { text, count: tagCount, notes } = exportProjectCounted(project, { format, ...(selection ? { selection } : {}), now: exportTime(io.env) })
    // Not an error (the export is written, empty), but a misspelt name should not pass unnoticed.
    if (speaker && peopleNamed(project.people, speaker).length === 0) {
      io.stderr.write(`No one in ${basename(projectPath)} is called "${speaker}", so the export has no tags.\n`)
    }

    // What the export left out (addresses that are not web links) goes beside the data, never into it.
    for (const note of notes) io.stderr.write(`${note}\n`)

    if (outPath === null) {
      writeData(io, text)
      return EXIT.ok
    }
    try {
      await writeFileAtomic(outPath, text)
    } catch (err) {
      throw inputError(`Could not write the export to ${basename(outPath)}: ${(err as Error).message}.`)
    }
    io.stdout.write(`Wrote ${count(tagCount, 'tag')} from ${basename(projectPath)} to ${basename(outPath)} (${format}).\n`)
    return EXIT.ok
  }
}
