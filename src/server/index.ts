/** The entry of the `quotemark-server` bundle (out/server/quotemark-server.js, run by bin/quotemark-server.js). */
import { runServerCli } from './cli'

export function main(argv: readonly string[] = process.argv.slice(2)): void {
  const io = { out: (s: string) => process.stdout.write(s + '\n'), err: (s: string) => process.stderr.write(s + '\n') }
  void runServerCli(argv, io).then((code) => {
    if (code !== null) process.exitCode = code
  })
}
