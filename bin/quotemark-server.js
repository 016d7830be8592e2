#!/usr/bin/env node
// The `quotemark-server` command: a thin launcher for the bundle `npm run build` makes
// (out/server/quotemark-server.js, built from src/server by vite.server.config.mts).
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const bundle = join(__dirname, '..', 'out', 'server', 'quotemark-server.js')
if (!existsSync(bundle)) {
  process.stderr.write(`quotemark-server is not built yet (${bundle} is missing): run \`npm run build:server\` in ${join(__dirname, '..')} first.\n`)
  process.exit(2)
}
require(bundle).main()
