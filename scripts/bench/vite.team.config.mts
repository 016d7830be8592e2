/**
 * `npm run bench:team`: scripts/bench/team.ts bundled for plain Node into
 * out/bench-team/team.cjs (it spawns the built quotemark-server); the
 * packages of the team sync stay outside, required from node_modules.
 * With QM_TEAM_PROFILE=1: scripts/bench/teamProfile.ts into
 * out/bench-team-profile/profile.cjs instead (where a join's time goes).
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodeBundleConfig } from '../nodeBundle.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const outside = [/^better-sqlite3/, /^ws$/, /^@hocuspocus\//, /^yjs$/, /^y-protocols/, /^lib0/, /^ioredis/]

const profile = process.env.QM_TEAM_PROFILE === '1'
const config = nodeBundleConfig({
  root,
  entry: resolve(root, profile ? 'scripts/bench/teamProfile.ts' : 'scripts/bench/team.ts'),
  outDir: resolve(root, profile ? 'out/bench-team-profile' : 'out/bench-team'),
  fileName: profile ? 'profile.cjs' : 'team.cjs',
  format: 'cjs',
  version: 'bench'
})
const builtinExternal = config.build!.rolldownOptions!.external as (id: string) => boolean
config.build!.rolldownOptions!.external = (id: string) => builtinExternal(id) || outside.some((re) => re.test(id))

export default defineConfig(config)
