/**
 * The child process of crashSafeSave.test.ts, bundled by the test with Vite
 * (plain Node cannot import TypeScript). It opens a project with the real
 * ProjectStore and saves change after change through it until it is killed:
 *
 *   about <k> <sha256>   the text of save k, computed before the save starts
 *   done <k>             save k is on disk
 *
 * stdout is a pipe, which Node writes synchronously on Linux, so every line
 * printed before a SIGKILL reaches the parent.
 *
 * argv: <project path> <person id> <seed> [<saves before exiting normally>]
 */
import { createHash } from 'node:crypto'
import { serializeProject } from '../../../src/core/projectFile'
import { ProjectStore } from '../../../src/main/projectStore'

async function main(): Promise<void> {
  const [path, personId, seedArg, limitArg] = process.argv.slice(2)
  if (!path || !personId) throw new Error('usage: saveChild <project> <person id> <seed> [<saves>]')
  const seed = Number(seedArg ?? 1)
  const limit = limitArg ? Number(limitArg) : Number.POSITIVE_INFINITY
  const store = new ProjectStore({ watch: false, debounceMs: 60_000, retryDelaysMs: [60_000] })
  await store.open(path)
  process.stdout.write('ready\n')
  for (let k = 1; k <= limit; k++) {
    // Notes of very different lengths, so a torn write cannot pass for a whole one.
    const size = ((seed * 7919 + k * 104_729) % 90_000) + 1
    const note = `save ${k} of child ${seed} `.padEnd(size, String.fromCharCode(97 + (k % 26)))
    const outcome = store.applyUntrusted({ type: 'person.update', id: personId, patch: { note }, updatedAt: new Date().toISOString() })
    if (!outcome.ok) throw new Error(outcome.error)
    const text = serializeProject(store.snapshot()!.project)
    process.stdout.write(`about ${k} ${createHash('sha256').update(text).digest('hex')}\n`)
    await store.flush()
    process.stdout.write(`done ${k}\n`)
  }
  await store.close()
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(1)
})
