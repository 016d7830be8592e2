// Baseline for the CSV export figure: a fresh Node process that reads the
// exact cells of the export's rows (precomputed by the bench) and writes
// them with Papa Parse alone, with the same options as src/core/export/rows.ts.
//
// With a third argument (a project file) it first reads and JSON.parses that
// file too, and nothing more: the least any export that reads the project
// must do on top of the baseline. The bench reports that as a reference
// figure beside the export's, never as its baseline.
'use strict'
const { readFileSync, writeFileSync } = require('node:fs')
const Papa = require('papaparse')
const [rowsPath, outPath, projectPath] = process.argv.slice(2)
if (projectPath) JSON.parse(readFileSync(projectPath, 'utf8'))
const { fields, data } = JSON.parse(readFileSync(rowsPath, 'utf8'))
const csv = Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/, header: true })
writeFileSync(outPath, `\uFEFF${csv}\r\n`)
