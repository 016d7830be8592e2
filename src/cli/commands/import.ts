import { addArticlesEdit } from '../../core/edits'
import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { nowIso } from '../../core/ids'
import { ImportError, importArticle, isImportable } from '../../core/importer'
import type { Article } from '../../core/schema'
import { PROJECT_EXTENSION } from '../../core/schema'
import { ProjectStore, ProjectStoreError } from '../../main/projectStore'
import type { Command } from '../command'
import { looksBinaryText, readArticleText } from '../files'
import { EXIT, inputError, sentence, usageError } from '../io'
import { count } from '../project'

const SEE_HELP = '(see quotemark import --help)'

export const importCommand: Command = {
  name: 'import',
  summary: 'Add articles (.txt, .md) to a project, creating it if absent',
  help: `Usage: quotemark import PROJECT FILE...

Add each FILE (plain text .txt or Markdown .md, UTF-8) to PROJECT as an article.
If PROJECT does not exist it is created, named after its file name
(story.quotemark.json is "story"); a new project's file name must end in .json.

The words are kept exactly as the file has them. A file that cannot be imported
(missing, not text, empty, too large) is skipped with one line on stderr naming
it; the others are still added, and the exit code is then 1. A file whose text
is already in the project under the same name is not added twice.

The project is saved atomically (a temp file, then renamed), and a project file
that cannot be read or is not valid is never written. Close the project in the
Quotemark app first: the app would save over the new articles.

Options:
  -h, --help  show this help

Example:
  quotemark import story.quotemark.json nyt.txt bbc.md

Exit codes: 0 every file added, 1 a file was skipped or the project cannot be
read or saved, 2 usage (unknown option, missing PROJECT or FILE).`,
  options: {},

  async run(args, io) {
    const [projectArg, ...files] = args.positionals
    if (projectArg === undefined) throw usageError(`Missing the project file and the articles: quotemark import PROJECT FILE... ${SEE_HELP}.`)
    if (isImportable(projectArg)) {
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
      let skipped = 0
      let duplicates = 0
      const skip = (message: string): void => {
        skipped++
        io.stderr.write(`Skipped ${sentence(message)}\n`)
      }
      for (const file of files) {
        const name = basename(file)
        if (!isImportable(name)) {
          skip(`${name}: only plain text (.txt) and Markdown (.md) files can be imported`)
          continue
        }
        const read = await readArticleText(resolve(io.cwd, file))
        if (!read.ok) {
          skip(`${name}: ${read.reason}`)
          continue
        }
        if (looksBinaryText(read.text)) {
          skip(`${name}: it is not a text file (it contains binary data)`)
          continue
        }
        let article: Article
        try {
          article = importArticle({ fileName: name, content: read.text }, nowIso())
        } catch (err) {
          if (!(err instanceof ImportError)) throw err
          skip(err.problem === 'empty' ? `${name}: it has no text to import` : `${name}: it is not a text or Markdown file`)
          continue
        }
        if ([...existing, ...articles].some((a) => a.source === article.source && a.text === article.text)) {
          duplicates++
          io.stdout.write(`${name} is already in ${projectName}; not added again.\n`)
          continue
        }
        articles.push(article)
      }

      if (articles.length > 0) {
        if (!exists) await store.create(projectPath)
        store.applyTrusted(addArticlesEdit(articles))
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
      store.dispose()
    }
  }
}
