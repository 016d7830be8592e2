// `npm start`: build, then open the app in Electron. The electron package fetches its binary from
// GitHub the first time it is run, not when npm installs it; this script fetches it once (unless
// ELECTRON_SKIP_BINARY_DOWNLOAD is set) and, when it is still missing, says so in plain words with
// what to do, instead of a stack trace. The check reads the package's own record of its binary and
// never loads `require('electron')`, which would try the download itself.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The Electron binary `electron .` would run, or null when it is not installed. */
export function findElectron(env = process.env, from = root) {
  let packageDir
  try {
    packageDir = dirname(createRequire(join(from, 'package.json')).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron') : executable ? join(packageDir, 'dist', executable) : null
  return binary && existsSync(binary) ? binary : null
}

export const missingElectronMessage = `Quotemark cannot start: the Electron binary is not installed.

The electron package downloads it from GitHub on first use; that was skipped
(ELECTRON_SKIP_BINARY_DOWNLOAD is set) or failed (no network access to GitHub).
To get it, with network access:

  npx install-electron   then npm start again (without ELECTRON_SKIP_BINARY_DOWNLOAD set)

Without it, everything but the desktop window still runs:

  npm test                              typecheck, unit, shell and end-to-end tests
  npm run build && npx playwright test  the app's window in Chromium with the real handlers (tests/e2e)
`

/** One try at the download the electron package would make, its own output kept back (a failure is a stack trace). */
function downloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return
  process.stdout.write('Downloading the Electron binary from GitHub (once)…\n')
  const installer = join(dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json')), 'install.js')
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'pipe', timeout: 600_000 })
}

function main() {
  if (!findElectron()) downloadElectron()
  const electron = findElectron()
  if (!electron) {
    process.stderr.write(missingElectronMessage)
    process.exit(1)
  }
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
  const app = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
