/**
 * What a command may touch besides the disk: two output streams, the working
 * directory paths are resolved against, and the environment. `run` takes them
 * as arguments so the whole command line can be driven in process.
 *
 * Everything a command prints for a person to read (summaries, listings,
 * errors) is cleaned of what would drive a terminal instead of being shown
 * (terminalText): a project's name or a file's words are anyone's to write.
 * An export's data is written byte for byte (writeData) to a pipe or a file,
 * since a program reads it; only when stdout is a terminal is it cleaned too.
 */
export type Output = { write(text: string): unknown; isTTY?: boolean }

export type CliIO = {
  /** Data (an export, a summary) and nothing else. */
  stdout: Output
  /** Errors and skipped files: one sentence a line, never a stack trace. */
  stderr: Output
  cwd: string
  env: Record<string, string | undefined>
  /** Where writeData writes an export's bytes; stdout when not given. */
  data?: Output
}

/**
 * Escape sequences, each dropped whole: CSI (ESC [ or U+009B, parameters, a
 * final character), OSC (ESC ] or U+009D up to BEL or ST, the payload too:
 * OSC 52 writes the clipboard), the string commands DCS, SOS, PM and APC, and
 * any other ESC with its intermediates and final character. A string left
 * open ends at the end of its line.
 */
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c\n]*(?:\u0007|\u009c|\u001b\\)?|\u001b[ -/]*[0-~]?/g
/** What is left: C0 controls but line feed and tab, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Text as a terminal should get it: the words, line breaks and tabs, and nothing a terminal would act on. */
export function terminalText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '')
}

/** An output that cleans everything written to it. */
function cleaned(out: Output): Output {
  return { write: (text: string) => out.write(terminalText(text)), ...(out.isTTY ? { isTTY: true } : {}) }
}

/** The streams a command gets from `run`: messages cleaned; data byte for byte, unless stdout is a terminal. */
export function terminalIO(io: CliIO): CliIO {
  return { ...io, stdout: cleaned(io.stdout), stderr: cleaned(io.stderr), data: io.stdout.isTTY ? cleaned(io.stdout) : (io.data ?? io.stdout) }
}

/** Write data a program may read (an export, JSON) to stdout. */
export function writeData(io: CliIO, text: string): void {
  ;(io.data ?? io.stdout).write(text)
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
  // Lines joined by single spaces (split, not a pattern that retries a long run of spaces from each of them).
  const flat = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
  return /[.!?]$/.test(flat) ? flat : `${flat}.`
}
