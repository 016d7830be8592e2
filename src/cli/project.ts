import { resolve } from 'node:path'
import { loadProjectFile, ProjectStoreError } from '../main/projectStore'
import type { Project } from '../core/schema'
import { inputError, sentence } from './io'

/** Read and validate a project exactly as the app opens one; never writes. A bad file is a CliError (exit 1) with the loader's message. */
export async function loadProject(cwd: string, path: string): Promise<{ path: string; project: Project; /** The file's own format, when it was older and migrated in memory. */ migratedFrom: number | null }> {
  const abs = resolve(cwd, path)
  try {
    const loaded = await loadProjectFile(abs)
    return { path: abs, project: loaded.project, migratedFrom: loaded.migratedFrom }
  } catch (err) {
    if (err instanceof ProjectStoreError) throw inputError(sentence(err.message))
    throw err
  }
}

/** "1 article", "2 articles"; "1 person", "7 people". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The time an export is stamped with: now, or SOURCE_DATE_EPOCH (seconds) for byte-for-byte reproducible output. */
export function exportTime(env: Record<string, string | undefined>): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim()
  if (epoch && /^\d{1,12}$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString()
  return new Date().toISOString()
}
