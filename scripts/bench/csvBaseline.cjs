// Baseline for the CSV export figure: a fresh Node process that reads the
// exact cells of the export's rows (precomputed by the bench) and writes
// them with Papa Parse alone, with the same options as src/core/export/rows.ts.
'use strict'
const { readFileSync, writeFileSync } = require('node:fs')
const Papa = require('papaparse')
const [rowsPath, outPath] = process.argv.slice(2)
const { fields, data } = JSON.parse(readFileSync(rowsPath, 'utf8'))
const csv = Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/, header: true })
writeFileSync(outPath, `\uFEFF${csv}\r\n`)
