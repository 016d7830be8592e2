import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { mergeProjects } from '../../core/merge'
import { serializeProject } from '../../core/projectFile'
import { ProjectStore, ProjectStoreError } from '../../main/projectStore'
import { mergeSummaryLines } from '../../main/mergeText'
import { stringValue } from '../args'
import type { Command } from '../command'
import { sameFile, writeFileAtomic } from '../files'
import { EXIT, inputError, sentence, usageError } from '../io'
import { exportTime, loadProject } from '../project'

const SEE_HELP = '(see quotemark merge --help)'

export const mergeCommand: Command = {
  name: 'merge',
  summary: "Merge a colleague's copy of a project into yours",
  help: `Usage: quotemark merge MINE THEIRS [--out FILE] [--dry-run]

Merge THEIRS (a colleague's copy of a project, or another project) into MINE,
as the app's "Merge a Colleague's Project" does. Each record's revisions say
who changed what since the two copies parted: what only they changed comes in
(a person's role, an article's corrected text, with your tags found again in
it), what only you changed stays, what they removed and you left alone goes.
A field you both changed keeps yours; for a tag theirs waits beside it as a
conflict to resolve in the app. The same words tagged the same way by both of
you are kept once. An older copy of your own project changes nothing.

Both files are checked as the app checks a file it opens; a file that cannot
be read or is not valid is never written. THEIRS is never written.

Without --out, MINE is updated in place (atomically: a temp file, then renamed),
and only if something came in from THEIRS. Close MINE in the Quotemark app
first, or the app merges the two again when it notices the change.

With --out, the merged project is written to FILE (atomically) and MINE is left
as it is; FILE is written even when nothing came in.

Prints what came in, one line each, to stdout: totals, then each record
updated, removed or in conflict, by name (a tag by its kind, words and article).

With --dry-run, prints what the merge would do and writes nothing.

Options:
  -o, --out FILE  write the merged project to FILE instead of updating MINE
  --dry-run       print what would come in; write nothing
  -h, --help      show this help

SOURCE_DATE_EPOCH (seconds), if set, is the time written into the merged project.

Examples:
  quotemark merge story.quotemark.json "story (Ana).quotemark.json"
  quotemark merge story.quotemark.json ana.quotemark.json --out combined.quotemark.json
  quotemark merge story.quotemark.json ana.quotemark.json --dry-run

Exit codes: 0 merged (also when nothing new came in), 1 MINE or THEIRS cannot be
read or is not valid, or the result cannot be written, 2 usage (unknown option,
missing MINE or THEIRS, --out naming THEIRS or a folder).`,
  options: {
    out: { type: 'string', short: 'o' },
    'dry-run': { type: 'boolean' }
  },

  async run(args, io) {
    const [mineArg, theirsArg, ...extra] = args.positionals
    if (mineArg === undefined) throw usageError(`Missing the two project files: quotemark merge MINE THEIRS ${SEE_HELP}.`)
    if (theirsArg === undefined) throw usageError(`Missing the project to merge in: quotemark merge ${mineArg} THEIRS ${SEE_HELP}.`)
    if (extra.length > 0) throw usageError(`Too many arguments: quotemark merge takes two project files, but "${extra[0]}" follows ${theirsArg} ${SEE_HELP}.`)
    const minePath = resolve(io.cwd, mineArg)
    const theirsPath = resolve(io.cwd, theirsArg)
    const mineName = basename(minePath)
    const theirsName = basename(theirsPath)
    if (minePath === theirsPath || (await sameFile(minePath, theirsPath))) {
      throw usageError(`${mineName} and ${theirsArg} are the same file: give your project and a colleague's copy ${SEE_HELP}.`)
    }
    const outArg = stringValue(args, 'out')
    const outPath = outArg === undefined ? null : resolve(io.cwd, outArg)
    if (outPath !== null) {
      if (outPath === theirsPath || (await sameFile(outPath, theirsPath))) {
        throw usageError(`The merge is never written over ${theirsName} (the project merged in): choose another --out file.`)
      }
      if ((await stat(outPath).catch(() => null))?.isDirectory()) throw usageError(`${outArg} is a folder: give --out a file name.`)
    }

    // Both are read and checked before anything is written.
    const now = exportTime(io.env)
    const store = new ProjectStore({ watch: false, now: () => now })
    try {
      try {
        await store.open(minePath)
      } catch (err) {
        if (err instanceof ProjectStoreError) throw inputError(sentence(err.message))
        throw err
      }
      const { project: theirs } = await loadProject(io.cwd, theirsArg)
      const mine = store.project!
      const { command, summary } = mergeProjects(mine, theirs, { source: theirsName, now })
      const lines = mergeSummaryLines(summary).map((line) => `  ${line}\n`)
      if (args.values['dry-run'] === true) {
        io.stdout.write(command ? `Merging ${theirsName} into ${mineName} would do this (nothing was written):\n${lines.join('')}` : `Nothing new in ${theirsName}; nothing was written.\n`)
        return EXIT.ok
      }
      if (command) {
        const applied = store.applyTrusted(command)
        if (!applied.ok) throw inputError(sentence(`${theirsName} could not be merged into ${mineName}: ${applied.error}`))
      }

      if (outPath !== null) {
        try {
          await writeFileAtomic(outPath, serializeProject(store.project!))
        } catch (err) {
          throw inputError(`Could not write the merged project to ${basename(outPath)}: ${(err as Error).message}.`)
        }
        io.stdout.write(command ? `Merged ${theirsName} into ${mineName} and wrote the result to ${basename(outPath)}:\n` : `Nothing new in ${theirsName}; wrote ${mineName} as it is to ${basename(outPath)}.\n`)
        if (command) io.stdout.write(lines.join(''))
        return EXIT.ok
      }

      if (!command) {
        io.stdout.write(`Nothing new in ${theirsName}: ${mineName} is unchanged.\n`)
        return EXIT.ok
      }
      try {
        await store.flush()
      } catch (err) {
        const reason = err instanceof ProjectStoreError && err.reason ? err.reason : (err as Error).message
        throw inputError(sentence(`Could not save ${mineName}: ${reason}; it is unchanged`))
      }
      io.stdout.write(`Merged ${theirsName} into ${mineName}:\n${lines.join('')}`)
      return EXIT.ok
    } finally {
      await store.dispose()
    }
  }
}
