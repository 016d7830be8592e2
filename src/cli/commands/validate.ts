import { PROJECT_VERSION } from '../../core/schema'
import type { Command } from '../command'
import { EXIT, usageError } from '../io'
import { count, loadProject } from '../project'

const SEE_HELP = '(see quotemark validate --help)'

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check that a file is a project Quotemark can open',
  help: `Usage: quotemark validate PROJECT

Check PROJECT with the same checks the app runs when it opens a file (JSON, the
Quotemark format, the file version and its migrations, every field, and that
every tag, speaker and link points at something in the project). Never writes.

On success prints one line to stdout, for example
  OK: Story: 2 articles, 31 tags, 7 people, 3 links (file format ${PROJECT_VERSION})
otherwise one sentence on stderr naming the file and the problem.

Options:
  -h, --help  show this help

Exit codes: 0 valid, 1 not valid or cannot be read, 2 usage (unknown option, missing PROJECT).`,
  options: {},

  async run(args, io) {
    const [projectArg, ...extra] = args.positionals
    if (projectArg === undefined) throw usageError(`Missing the project file: quotemark validate PROJECT ${SEE_HELP}.`)
    if (extra.length > 0) throw usageError(`Too many arguments: quotemark validate takes one project file, but "${extra[0]}" follows ${projectArg} ${SEE_HELP}.`)
    const { project, migratedFrom } = await loadProject(io.cwd, projectArg)
    // Read once: the loader says which format the file had (it migrates older ones in memory).
    const version = migratedFrom ?? PROJECT_VERSION
    const format = version === PROJECT_VERSION ? `file format ${version}` : `file format ${version}; Quotemark saves it as format ${PROJECT_VERSION}`
    const counts = [
      count(project.articles.length, 'article'),
      count(project.annotations.length, 'tag'),
      count(project.people.length, 'person', 'people'),
      count(project.links.length, 'link')
    ].join(', ')
    io.stdout.write(`OK: ${project.name}: ${counts} (${format})\n`)
    return EXIT.ok
  }
}
