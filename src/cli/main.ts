/**
 * `quotemark`: the command line. Runs under plain Node (no Electron) from the
 * bundle vite.cli.config.ts builds; `run` is the whole tool, driven in
 * process by giving it the arguments and the streams.
 *
 * Data goes to stdout; errors go to stderr as one sentence naming the file
 * and the problem, never a stack trace. Exit codes: 0 ok, 1 bad input,
 * 2 usage (see EXIT).
 */
import { parseCommandArgs } from './args'
import type { Command } from './command'
import { commands } from './commands'
import { CliError, EXIT, sentence, terminalIO, type CliIO } from './io'
import { VERSION } from './version'

export { EXIT, type CliIO } from './io'

const commandNames = (): string => {
  const names = commands.map((c) => c.name)
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '')
}

export function toolHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 3
  return `quotemark ${VERSION}: tag quotes, attributions and claims in news articles, from the command line.

Usage:
  quotemark COMMAND [ARGUMENTS] [OPTIONS]
  quotemark COMMAND --help     help for one command

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Options:
  -h, --help     show this help
  -v, --version  show the version

Exit codes:
  0  success (also when there is nothing to export)
  1  bad input: a project or article that cannot be read or is not valid, or an
     output that cannot be written (a project file that fails to load is never written)
  2  usage: unknown command or option, missing argument, bad option value

Data goes to stdout; errors go to stderr, one sentence each.
`
}

function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name)
}

/** Run `quotemark` with `argv` (the arguments after the program name) and resolve to the exit code. Never throws. */
export async function run(argv: readonly string[], streams: CliIO): Promise<number> {
  // Whatever a command prints for a person is cleaned of terminal escapes; its data is not (io.ts).
  const io = terminalIO(streams)
  const fail = (message: string, code: number): number => {
    io.stderr.write(`${sentence(message)}\n`)
    return code
  }
  const [first, ...rest] = argv
  try {
    if (first === undefined) return fail(`Missing command: use quotemark ${commandNames()} (see quotemark --help).`, EXIT.usage)
    if (first === '--help' || first === '-h') {
      io.stdout.write(toolHelp())
      return EXIT.ok
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      io.stdout.write(`${VERSION}\n`)
      return EXIT.ok
    }
    if (first === 'help') {
      const topic = rest[0]
      if (topic === undefined) {
        io.stdout.write(toolHelp())
        return EXIT.ok
      }
      const command = findCommand(topic)
      if (!command) return fail(`Unknown command "${topic}": use quotemark ${commandNames()} (see quotemark --help).`, EXIT.usage)
      io.stdout.write(`${command.help}\n`)
      return EXIT.ok
    }
    if (first.startsWith('-')) return fail(`Unknown option ${first} (see quotemark --help).`, EXIT.usage)
    const command = findCommand(first)
    if (!command) return fail(`Unknown command "${first}": use quotemark ${commandNames()} (see quotemark --help).`, EXIT.usage)

    const args = parseCommandArgs(rest, command.options, `quotemark ${command.name}`)
    if (args.help) {
      io.stdout.write(`${command.help}\n`)
      return EXIT.ok
    }
    return await command.run(args, io)
  } catch (err) {
    if (err instanceof CliError) return fail(err.message, err.exitCode)
    const what = first ? `quotemark ${first}` : 'quotemark'
    const detail = err instanceof Error ? err.message.split('\n')[0] || err.name : String(err)
    return fail(`${what} stopped on an unexpected error: ${detail}`, EXIT.badInput)
  }
}
