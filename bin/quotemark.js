#!/usr/bin/env node
// The `quotemark` command: a thin launcher for the bundle `npm run build` makes
// (out/cli/quotemark.js, built from src/cli by vite.cli.config.ts).
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const bundle = join(__dirname, '..', 'out', 'cli', 'quotemark.js')
if (!existsSync(bundle)) {
  process.stderr.write(`quotemark is not built yet (${bundle} is missing): run \`npm run build\` in ${join(__dirname, '..')} first.\n`)
  process.exit(2)
}
require(bundle).main()
