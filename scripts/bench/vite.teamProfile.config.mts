/**
 * `npm run bench:team`: scripts/bench/teamProfile.ts bundled for plain Node into
 * out/bench-team/team.cjs (it spawns the built quotemark-server); the
 * packages of the team sync stay outside, required from node_modules.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodeBundleConfig } from '../nodeBundle.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const outside = [/^better-sqlite3/, /^ws$/, /^@hocuspocus\//, /^yjs$/, /^y-protocols/, /^lib0/, /^ioredis/]

const config = nodeBundleConfig({ root, entry: resolve(root, 'scripts/bench/teamProfile.ts'), outDir: resolve(root, 'out/bench-team-profile'), fileName: 'profile.cjs', format: 'cjs', version: 'bench' })
const builtinExternal = config.build!.rolldownOptions!.external as (id: string) => boolean
config.build!.rolldownOptions!.external = (id: string) => builtinExternal(id) || outside.some((re) => re.test(id))

export default defineConfig(config)
