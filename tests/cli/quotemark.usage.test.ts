/**
 * The command line's usage errors, help, version, and a missing bundle.
 * The real `quotemark` command (bin/quotemark.js → out/cli/quotemark.js,
 * plain Node) on temp files. Run after `npm run build`, with the shell tests
 * (vitest.shell.config.ts); the shared setup is in tests/support/quotemarkCli.ts.
 */
import { chmod, copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BBC, bin, dir, NYT, oneLine, quotemark, useCliFolder, version } from '../support/quotemarkCli'

useCliFolder()

describe.concurrent('usage', () => {
  const usageErrors: [string[], RegExp][] = [
    [[], /^Missing command/],
    [['frobnicate'], /^Unknown command "frobnicate"/],
    [['--frob'], /^Unknown option --frob/],
    [['export'], /^Missing the project file/],
    [['export', 'sample.quotemark.json'], /^Missing --format: choose one of csv, md, json, w3c, claimreview/],
    [['export', 'sample.quotemark.json', '--format', 'pdf'], /^Unknown export format "pdf"/],
    [['export', 'sample.quotemark.json', '--format'], /^Option --format needs a value/],
    [['export', 'sample.quotemark.json', '--format', '--kind', 'quote'], /^Option --format needs a value/],
    [['export', 'sample.quotemark.json', '-f', 'csv', '--kind', 'quotes'], /^Unknown tag kind "quotes"/],
    [['export', 'sample.quotemark.json', '-f', 'csv', '--colour'], /^Unknown option --colour for quotemark export/],
    [['export', 'sample.quotemark.json', '-f', 'csv', '-f', 'md'], /^Option --format can be given only once/],
    [['export', 'a.quotemark.json', 'b.quotemark.json', '-f', 'csv'], /^Too many arguments/],
    [['import', 'only.quotemark.json'], /^Missing the articles to import/],
    [['import', NYT, BBC], /^The first argument must be the project file/],
    [['import', 'story', NYT], /^story does not exist, and a new project's file name must end in \.json/],
    [['merge'], /^Missing the two project files/],
    [['merge', 'sample.quotemark.json'], /^Missing the project to merge in/],
    [['merge', 'sample.quotemark.json', 'sample.quotemark.json'], /^sample\.quotemark\.json and sample\.quotemark\.json are the same file/],
    [['merge', 'sample.quotemark.json', './sub/../sample.quotemark.json'], /are the same file/],
    [['merge', 'a.quotemark.json', 'sample.quotemark.json', '--out', 'sample.quotemark.json'], /^The merge is never written over sample\.quotemark\.json/],
    [['merge', 'a.quotemark.json', 'b.quotemark.json', 'c.quotemark.json'], /^Too many arguments/],
    [['merge', 'a.quotemark.json', 'b.quotemark.json', '--in', 'x'], /^Unknown option --in for quotemark merge/],
    [['validate'], /^Missing the project file/],
    [['validate', 'sample.quotemark.json', '--strict'], /^Unknown option --strict for quotemark validate/]
  ]
  it.each(usageErrors)('quotemark %j is a usage error: exit 2, one sentence on stderr, nothing on stdout', async (args, message) => {
    const result = await quotemark(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(oneLine(result.stderr)).toMatch(message)
    expect(result.stderr.trim()).toMatch(/\.$/)
  })

  it('prints the tool help with every command and the exit codes, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await quotemark([flag])
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain('Usage:')
      for (const command of ['export', 'import', 'merge', 'validate']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
      expect(result.stdout).toMatch(/^ {2}2 {2}usage/m)
    }
  })

  it.each([['export'], ['import'], ['validate']])('prints help for %s with --help, -h and `help`, and exits 0', async (command) => {
    const runs = [await quotemark([command, '--help']), await quotemark([command, '-h']), await quotemark(['help', command]), await quotemark([command, 'x', '--bogus', '--help'])]
    for (const result of runs) {
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout).toMatch(new RegExp(`^Usage: quotemark ${command} PROJECT`))
      expect(result.stdout).toContain('Exit codes:')
      expect(result.stdout).toBe(runs[0]!.stdout)
    }
  })

  it('prints help for merge with --help, -h and `help`, and exits 0', async () => {
    const runs = [await quotemark(['merge', '--help']), await quotemark(['merge', '-h']), await quotemark(['help', 'merge']), await quotemark(['merge', 'x', '--bogus', '--help'])]
    for (const result of runs) {
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout).toMatch(/^Usage: quotemark merge MINE THEIRS \[--out FILE\]/)
      expect(result.stdout).toContain('Exit codes:')
      expect(result.stdout).toBe(runs[0]!.stdout)
    }
  })

  it('prints the version from package.json', async () => {
    const result = await quotemark(['--version'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  it('asks for `npm run build`, in one sentence with exit 2, when the bundle is missing', async () => {
    const unbuilt = join(dir, 'unbuilt')
    await mkdir(join(unbuilt, 'bin'), { recursive: true })
    await copyFile(bin, join(unbuilt, 'bin', 'quotemark.js'))
    await chmod(join(unbuilt, 'bin', 'quotemark.js'), 0o755)
    const result = await quotemark(['--help'], { script: join(unbuilt, 'bin', 'quotemark.js') })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(oneLine(result.stderr)).toMatch(/run `npm run build`/)
  })
})
