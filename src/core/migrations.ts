/**
 * Ordered migrations of the project file, run on every load (as tldraw runs
 * its snapshot migrations). Each step takes a document of version `from` and
 * returns one of version `from + 1`; steps never touch the input object.
 *
 * Version 1 is the first released format, so the list is empty today; the
 * pipeline still runs on every load so the first real migration only has to
 * be appended here, with a fixture file of the version before it.
 */
import { PROJECT_VERSION } from './schema'

export type JsonObject = { [key: string]: unknown }

export type Migration = {
  from: number
  describe: string
  up: (doc: JsonObject) => JsonObject
}

export const MIGRATIONS: readonly Migration[] = []

export type MigrateResult =
  | { ok: true; doc: JsonObject; from: number; applied: string[] }
  | { ok: false; reason: 'newer' | 'invalid-version' | 'missing-step'; version: unknown; message: string }

export function migrate(doc: JsonObject, migrations: readonly Migration[] = MIGRATIONS, target = PROJECT_VERSION): MigrateResult {
  const version = doc.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid-version', version, message: `its "version" is ${JSON.stringify(version) ?? 'missing'}, not a version number` }
  }
  if (version > target) {
    return {
      ok: false,
      reason: 'newer',
      version,
      message: `it was made by a newer version of Quotemark (file format ${version}; this version reads up to ${target})`
    }
  }
  let current = doc
  const applied: string[] = []
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v)
    if (!step) {
      return { ok: false, reason: 'missing-step', version, message: `this version of Quotemark cannot upgrade file format ${v}` }
    }
    current = { ...step.up(current), version: v + 1 }
    applied.push(step.describe)
  }
  return { ok: true, doc: current, from: version, applied }
}
