/**
 * What a command may touch besides the disk: two output streams, the working
 * directory paths are resolved against, and the environment. `run` takes them
 * as arguments so the whole command line can be driven in process.
 */
export type Output = { write(text: string): unknown }

export type CliIO = {
  /** Data (an export, a summary) and nothing else. */
  stdout: Output
  /** Errors and skipped files: one sentence a line, never a stack trace. */
  stderr: Output
  cwd: string
  env: Record<string, string | undefined>
}

/** Exit codes, as documented in `quotemark --help`. */
export const EXIT = {
  ok: 0,
  /** A project or article that cannot be read or is not valid, or a file that cannot be written. */
  badInput: 1,
  /** Unknown command or option, missing argument, bad option value. */
  usage: 2
} as const

/** A failure whose message is one sentence fit to show as is. */
export class CliError extends Error {
  override name = 'CliError'
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message)
  }
}

export const usageError = (message: string): CliError => new CliError(message, EXIT.usage)
export const inputError = (message: string): CliError => new CliError(message, EXIT.badInput)

/** One line, ending with a full stop: messages from elsewhere may span lines or lack the stop. */
export function sentence(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim()
  return /[.!?]$/.test(flat) ? flat : `${flat}.`
}
