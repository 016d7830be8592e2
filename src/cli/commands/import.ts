import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { nowIso } from '../../core/ids'
import type { Article } from '../../core/schema'
import { PROJECT_EXTENSION } from '../../core/schema'
import { ProjectStore, ProjectStoreError } from '../../main/projectStore'
import type { Command } from '../command'
import type { ImportedFile } from '../../main/import'
import { EXIT, inputError, sentence, usageError } from '../io'
import { count } from '../project'

const SEE_HELP = '(see quotemark import --help)'

export const importCommand: Command = {
  name: 'import',
  summary: 'Add articles (.txt, .md, .html, .docx, .vtt, .srt) to a project, creating it if absent',
  help: `Usage: quotemark import PROJECT FILE...

Add each FILE to PROJECT as an article: plain text (.txt) or Markdown (.md),
UTF-8; a saved web page (.html, .htm: its story, title, byline, date, outlet
and address); a Word file (.docx: an interview's "NAME:" turns kept, the named
speakers added to the project's people); subtitles (.vtt, .srt: paragraphs by speaker and pause,
each with its time). A FILE that is an http(s) address is fetched (at most
10 MB, 15 s, no cookies) and imported as a web page (or a PDF).
If PROJECT does not exist it is created, named after its file name
(story.quotemark.json is "story"); a new project's file name must end in .json.

Text and Markdown words are kept exactly as the file has them. A file that
cannot be imported (missing, unreadable, empty, too large: 5 MB for text,
Markdown and subtitles, 10 MB for web pages, 20 MB for Word files) is skipped with one line on stderr naming
it; the others are still added, and the exit code is then 1. A file whose text
is already in the project under the same name is not added twice.

The project is saved atomically (a temp file, then renamed), and a project file
that cannot be read or is not valid is never written. Close the project in the
Quotemark app first: the app would save over the new articles.

Options:
  -h, --help  show this help

Example:
  quotemark import story.quotemark.json nyt.txt bbc.md story.html interview.docx clip.vtt

Exit codes: 0 every file added, 1 a file was skipped or the project cannot be
read or saved, 2 usage (unknown option, missing PROJECT or FILE).`,
  options: {},

  async run(args, io) {
    // Loaded only for this command: the importers (web pages, PDF, Word) are most of the command line's code,
    // and every other command starts faster without them.
    const [{ importBytes, ImportFailure, IMPORTABLE_FILES, isImportableFile, readImportBytes }, { importEdit }, { importUrl }] = await Promise.all([
      import('../../main/import'),
      import('../../main/import/importEdit'),
      import('../../main/import/url')
    ])
    const [projectArg, ...files] = args.positionals
    if (projectArg === undefined) throw usageError(`Missing the project file and the articles: quotemark import PROJECT FILE... ${SEE_HELP}.`)
    if (isImportableFile(projectArg)) {
      throw usageError(`The first argument must be the project file (a .quotemark.json file), not an article: ${projectArg} ${SEE_HELP}.`)
    }
    if (files.length === 0) throw usageError(`Missing the articles to import: quotemark import ${projectArg} FILE... ${SEE_HELP}.`)

    const projectPath = resolve(io.cwd, projectArg)
    const projectName = basename(projectPath)
    const exists = await stat(projectPath).then(
      () => true,
      (err: NodeJS.ErrnoException) => err.code !== 'ENOENT'
    )
    if (!exists && !projectPath.toLowerCase().endsWith('.json')) {
      throw usageError(`${projectName} does not exist, and a new project's file name must end in .json (for example ${projectName}${PROJECT_EXTENSION}).`)
    }

    const store = new ProjectStore({ watch: false })
    try {
      // Open (and so validate) an existing project before reading any article: a bad one is never written.
      if (exists) await store.open(projectPath)
      const existing = store.project?.articles ?? []

      const articles: Article[] = []
      const imports: ImportedFile[] = []
      let skipped = 0
      let duplicates = 0
      const skip = (message: string): void => {
        skipped++
        io.stderr.write(`Skipped ${sentence(message)}\n`)
      }
      for (const file of files) {
        const web = /^https?:\/\//i.test(file)
        const name = web ? file : basename(file)
        if (!web && !isImportableFile(name)) {
          skip(`${name}: only ${IMPORTABLE_FILES} can be imported`)
          continue
        }
        let imported: ImportedFile
        try {
          imported = web ? await importUrl(file, nowIso()) : await importBytes(name, await readImportBytes(resolve(io.cwd, file), name), nowIso())
        } catch (err) {
          if (!(err instanceof ImportFailure)) throw err
          skip(`${name}: ${err.message}`)
          continue
        }
        const article = imported.article
        if ([...existing, ...articles].some((a) => a.source === article.source && a.text === article.text)) {
          duplicates++
          io.stdout.write(`${name} is already in ${projectName}; not added again.\n`)
          continue
        }
        articles.push(article)
        imports.push(imported)
      }

      if (articles.length > 0) {
        if (!exists) await store.create(projectPath)
        const edit = importEdit(imports, store.project?.people ?? [], nowIso())
        store.applyTrusted(edit.command)
        if (edit.people.length > 0) io.stdout.write(`Added ${count(edit.people.length, 'speaker')} to the people: ${edit.people.map((p) => p.name).join(', ')}.\n`)
        await store.flush()
      }
      const total = store.project?.articles.length ?? 0
      const added = count(articles.length, 'article')
      if (!exists && articles.length === 0) io.stdout.write(`No articles imported; ${projectName} was not created.\n`)
      else if (!exists) io.stdout.write(`Created ${projectName} with ${added}.\n`)
      else if (articles.length > 0) io.stdout.write(`Added ${added} to ${projectName}; it now has ${count(total, 'article')}.\n`)
      else if (duplicates === 0) io.stdout.write(`No articles imported; ${projectName} is unchanged.\n`)
      return skipped > 0 ? EXIT.badInput : EXIT.ok
    } catch (err) {
      if (err instanceof ProjectStoreError) {
        const message = err.code === 'write-failed' && err.reason ? `Could not save ${projectName}: ${err.reason}; the articles were not added` : err.message
        throw inputError(sentence(message))
      }
      throw err
    } finally {
      await store.dispose()
    }
  }
}
