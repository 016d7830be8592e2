/**
 * Entry of the bundle out/cli/quotemark.js (CommonJS, plain Node 20).
 * bin/quotemark.js requires it and calls `main`; requiring it does nothing
 * by itself.
 */
import { terminalText } from './io'
import { run } from './main'

export { run, toolHelp, EXIT, type CliIO } from './main'

/** Run with the process's arguments and streams and set its exit code. */
export async function main(): Promise<void> {
  // Anything that escapes `run` (a timer, a stream) is still one sentence, never a stack trace.
  const last = (err: unknown): void => {
    const detail = err instanceof Error ? err.message.split('\n')[0] || err.name : String(err)
    process.stderr.write(terminalText(`quotemark stopped on an unexpected error: ${detail}.\n`))
    process.exit(1)
  }
  process.on('uncaughtException', last)
  process.on('unhandledRejection', last)
  // `quotemark export … | head` closes stdout early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    else last(err)
  })
  process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env })
}
