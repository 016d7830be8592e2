#!/usr/bin/env node
/**
 * Electronegativity on src/, as CI runs it (`npm run security:scan`).
 *
 * Electronegativity (pinned in ./package.json, with its own TypeScript parser in
 * ./node_modules: it breaks on the project's TypeScript 7) runs on the source
 * folder. Every finding is printed with its severity and confidence. The scan
 * fails (exit 1) when
 *   - a HIGH or MEDIUM finding is not answered by an entry of allowlist.json
 *     (nor may any node-integration finding be: electronegativity rates an
 *     explicit `nodeIntegration: true` INFORMATIONAL only),
 *   - an allow-list entry matches no finding any more (stale: remove it),
 *   - a file could not be parsed (it would not have been checked at all).
 * Exit 2: the scan could not run (not installed, bad allow-list).
 *
 * An allow-list entry: { "check": "CHECK_ID", "file": "src/…", "code": "…", "reason": "…" }.
 * `file` is relative to the repository root; `code` (optional) must appear in
 * the flagged source line, so an entry answers that call and not any other the
 * same check finds later in the same file; `reason` says why it is fine there.
 *
 * Usage: node tools/electronegativity/scan.mjs [folder, default src/] [--sarif report.sarif]
 *
 * Offline: electronegativity fetches translations and Electron's release list
 * with `got`. Here `got` is replaced by a stand-in that answers 503 without
 * touching the network, and the one check that needs that release list
 * (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, which reads package.json, not in src/)
 * is left out, so the result depends on the source alone.
 */
import { readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '..', '..')
const GATED = new Set(['HIGH', 'MEDIUM'])
/** Gated at any severity: Quotemark has no Node in any page, so every such finding needs an answer. */
const ALWAYS_GATED = new Set(['NODE_INTEGRATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK', 'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK'])
const isGated = (finding) => GATED.has(finding.severity) || ALWAYS_GATED.has(finding.check)
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

function usageError(message) {
  console.error(`security:scan: ${message}`)
  process.exit(2)
}

// ---- arguments --------------------------------------------------------------
const args = process.argv.slice(2)
let sarif = null
const positional = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--sarif') sarif = resolve(args[++i] ?? usageError('--sarif needs a file name'))
  else if (args[i].startsWith('-')) usageError(`unknown option ${args[i]}`)
  else positional.push(args[i])
}
const input = resolve(positional[0] ?? join(repo, 'src'))

// ---- electronegativity, offline -------------------------------------------------
const require = createRequire(join(here, 'package.json'))
let entry
try {
  entry = require.resolve('@doyensec/electronegativity')
} catch {
  usageError('electronegativity is not installed: run `npm ci --prefix tools/electronegativity` first.')
}
const enVersion = require('@doyensec/electronegativity/package.json').version
const gotPath = createRequire(entry).resolve('got')
const offlineGot = Object.assign(async () => ({ statusCode: 503, body: '' }), { head: async () => ({ statusCode: 503, headers: {} }) })
const gotModule = new Module(gotPath)
gotModule.filename = gotPath
gotModule.loaded = true
gotModule.exports = offlineGot
require.cache[gotPath] = gotModule

const electronVersion = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies?.electron?.replace(/^[^\d]*/, '')
if (!electronVersion) usageError('package.json names no electron devDependency.')

// ---- allow-list -------------------------------------------------------------
const allowlistPath = join(here, 'allowlist.json')
let allowlist
try {
  allowlist = JSON.parse(readFileSync(allowlistPath, 'utf8'))
} catch (err) {
  usageError(`${relative(repo, allowlistPath)} cannot be read: ${err.message}`)
}
if (!allowlist || !Array.isArray(allowlist.entries)) usageError('allowlist.json must be { "entries": [ … ] }.')
const KEYS = new Set(['check', 'file', 'code', 'reason'])
const entries = allowlist.entries.map((e, i) => {
  const where = `allowlist.json entries[${i}]`
  if (!e || typeof e !== 'object') usageError(`${where} is not an object.`)
  for (const key of Object.keys(e)) if (!KEYS.has(key)) usageError(`${where} has an unknown key "${key}" (allowed: ${[...KEYS].join(', ')}).`)
  if (typeof e.check !== 'string' || !/^[A-Z0-9_]+$/.test(e.check)) usageError(`${where}: "check" must be a check id like PRELOAD_JS_CHECK.`)
  if (typeof e.file !== 'string' || !e.file || isAbsolute(e.file) || e.file.includes('\\')) usageError(`${where}: "file" must be a path relative to the repository root, with / separators.`)
  if (e.code !== undefined && (typeof e.code !== 'string' || !e.code.trim())) usageError(`${where}: "code", when given, must be a piece of the flagged line.`)
  if (typeof e.reason !== 'string' || e.reason.trim().length < 40) usageError(`${where}: "reason" must say why this finding is fine here (40 characters at least).`)
  return { ...e, index: i, used: 0 }
})

// ---- scan -------------------------------------------------------------------
const run = require('@doyensec/electronegativity')
const result = await run(
  {
    input,
    output: sarif ?? undefined,
    isSarif: Boolean(sarif),
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
    electronVersionOverride: electronVersion,
    isRelative: false,
    parserPlugins: []
  },
  false
)

const toRepoPath = (file) => relative(repo, resolve(input, file)).split(sep).join('/')
const lineCache = new Map()
function sourceLine(file, line) {
  if (!lineCache.has(file)) {
    try {
      lineCache.set(file, readFileSync(resolve(input, file), 'utf8').split(/\r?\n/))
    } catch {
      lineCache.set(file, [])
    }
  }
  return (lineCache.get(file)[line - 1] ?? '').trim()
}

const findings = result.issues
  .map((issue) => {
    const line = issue.location?.line ?? 0
    return {
      check: issue.id,
      file: toRepoPath(issue.file),
      line,
      column: issue.location?.column ?? 0,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      review: Boolean(issue.manualReview),
      url: issue.shortenedURL,
      description: String(issue.description ?? '').replace(/\s+/g, ' ').trim(),
      code: sourceLine(issue.file, line)
    }
  })
  .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.check.localeCompare(b.check))

for (const finding of findings) {
  finding.allowedBy = entries.find((e) => e.check === finding.check && e.file === finding.file && (e.code === undefined || finding.code.includes(e.code))) ?? null
  if (finding.allowedBy) finding.allowedBy.used++
}

// ---- report -----------------------------------------------------------------
const shown = relative(repo, input).split(sep).join('/') || '.'
console.log(`electronegativity ${enVersion} on ${shown}/ (Electron ${electronVersion}): ${result.atomicChecks} atomic and ${result.globalChecks} global checks; left out: ${EXCLUDED_CHECKS.join(', ')}`)
const problems = []
for (const f of findings) {
  const gated = isGated(f)
  const verdict = f.allowedBy ? `allow-listed: ${f.allowedBy.reason}` : gated ? 'NOT ALLOW-LISTED' : 'below the gate (HIGH, MEDIUM, node integration)'
  console.log(`\n  ${`${f.severity}/${f.confidence}`.padEnd(22)} ${f.check}  ${f.file}:${f.line}:${f.column}${f.review ? '  (manual review)' : ''}  ${f.url}`)
  if (f.description) console.log(`      ${f.description}`)
  if (f.code) console.log(`      | ${f.code}`)
  console.log(`      → ${verdict}`)
  if (gated && !f.allowedBy) problems.push(`${f.severity} ${f.check} at ${f.file}:${f.line} is not answered in the allow-list.`)
}
for (const error of result.errors) {
  const file = toRepoPath(error.file)
  if (error.tolerable) console.log(`\n  warning: ${file} parsed with errors: ${error.message}`)
  else problems.push(`${file} could not be parsed, so it was not checked: ${error.message}`)
}
for (const e of entries) {
  if (e.used === 0) problems.push(`allow-list entry ${e.index} (${e.check} in ${e.file}${e.code ? `, "${e.code}"` : ''}) matches no finding: it is stale, remove it.`)
}
if (result.atomicChecks === 0) problems.push('electronegativity loaded no checks.')

const count = (severity) => findings.filter((f) => f.severity === severity).length
const allowed = findings.filter((f) => f.allowedBy && isGated(f)).length
console.log(
  `\n${findings.length} finding(s): ${count('HIGH')} HIGH, ${count('MEDIUM')} MEDIUM, ${count('LOW')} LOW, ${count('INFORMATIONAL')} INFORMATIONAL; ` +
    `${allowed} gated finding(s) allow-listed; ${entries.length} allow-list entries.`
)
if (sarif) console.log(`SARIF report: ${sarif}`)
if (problems.length > 0) {
  console.error(`\nsecurity:scan FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(1)
}
console.log('security:scan passed.')
