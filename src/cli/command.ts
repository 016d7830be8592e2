import type { OptionSpecs, ParsedArgs } from './args'
import type { CliIO } from './io'

/** One `quotemark <name>` command. New ones (merge, suggest) are one more entry in the table in commands/index.ts. */
export type Command = {
  name: string
  /** One line for `quotemark --help`. */
  summary: string
  /** The whole of `quotemark <name> --help`. */
  help: string
  /** Flags besides --help, which every command has. */
  options: OptionSpecs
  /** Resolves to the exit code; throws CliError for a failure with a message fit to show. */
  run(args: ParsedArgs, io: CliIO): Promise<number>
}
