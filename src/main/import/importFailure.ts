import type { Article } from '../../core/schema'

/** Why a file could not be imported, in a few words fit to show after its name ("story.pdf: …"). */
export class ImportFailure extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'ImportFailure'
  }
}

/** How long one file's import may take before it is abandoned (checked between steps). */
export const IMPORT_TIME_LIMIT_MS = 20_000

/** A deadline for one import; `check` throws an ImportFailure once it has passed. */
export function deadline(limitMs = IMPORT_TIME_LIMIT_MS): { check: (what: string) => void } {
  const end = Date.now() + limitMs
  return {
    check(what) {
      if (Date.now() > end) throw new ImportFailure(`${what} took longer than ${Math.round(limitMs / 1000)} s, so the import was stopped`)
    }
  }
}

/** An imported article, and the speakers its labelled turns name (a transcript's "Jorge Rodríguez:"), to offer as people. */
export type ImportedFile = { article: Article; speakers: string[] }
