/** Run the built command line (bin/quotemark.js) as a user would, with its exit code and both streams. */
import { execFile } from 'node:child_process'
import { join } from 'node:path'

export type CliResult = { code: number; stdout: string; stderr: string }

export function runQuotemark(root: string, args: string[], cwd = root): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'quotemark.js'), ...args], { cwd, encoding: 'utf8' }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
}
