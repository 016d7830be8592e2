/**
 * One plain function per channel of the IPC contract (src/core/api.ts),
 * split by area and merged into the one `Handlers` object. No Electron
 * import: the shell registers these with ipcMain through dispatch.ts, and the
 * end-to-end harness calls the very same functions from a browser page.
 *
 * Arguments from the window are checked against the contract before any
 * handler runs (dispatch.ts, apiArgs.ts); handlers check what the contract
 * cannot (that a file is one of ours, that an id still exists).
 *
 * The window hears of changes from the store, not from each handler: every
 * change made by a command passes the store's one door and is pushed here as
 * a projectChanged event, with the id of the command that made it.
 */
import type { Handlers, OpenResult } from '../../core/api'
import { BACKUPS_FOLDER } from '../backups'
import { join } from 'node:path'
import { articleHandlers } from './articleHandlers'
import { createContext, type HandlerDeps } from './context'
import { exportHandlers } from './exportHandlers'
import { openProjectFile, projectHandlers } from './projectHandlers'
import { quoteSheetHandlers } from './quoteSheetHandlers'
import { settingsHandlers } from './settingsHandlers'
import { sharingHandlers } from './sharingHandlers'
import { statementHandlers } from './statementHandlers'
import { tagHandlers } from './tagHandlers'
import { teamHandlers } from './teamHandlers'
import { verifyHandlers } from './verifyHandlers'

export type { Dialogs } from '../dialogs'
export type { HandlerDeps } from './context'
export { SAMPLE_FILE_NAME, SEED_MANIFEST, withProjectExtension } from './projectHandlers'
export { MAX_IMPORT_FILES } from './articleHandlers'
export { MAX_ARTICLE_BYTES as MAX_IMPORT_BYTES } from '../articleFiles'

/** The contract's handlers, and main's own way to open a file the user chose outside the window (openRequests.ts). */
export type HandlerSet = { handlers: Handlers; openFile: (path: string) => Promise<OpenResult>; /** Before quitting: stop what runs beside the project (the team sync). */ stop: () => Promise<void> }

export function createHandlers(deps: HandlerDeps): Handlers {
  return createHandlerSet(deps).handlers
}

export function createHandlerSet(deps: HandlerDeps): HandlerSet {
  const ctx = createContext(deps)
  const { store, emit } = ctx
  store.onStatus((status) => emit('saveStatus', status))
  store.onChange((change) => {
    if (change.command && change.commandId) emit('projectChanged', { kind: 'command', revision: change.revision, command: change.command, commandId: change.commandId })
  })
  // Someone else changed the open file: the window gets the project as it now is, with a notice saying
  // what happened. (A version that cannot be read is reported through the save status instead: nothing
  // in the window changes, and saving waits until the file can be read again.)
  store.onDiskChange((change) => {
    if (change.kind === 'unreadable') return
    emit('projectChanged', { kind: 'reopened', session: ctx.currentSession(change.notice) })
  })
  if (!store.keepsBackups && deps.backupsDir !== null) store.useBackupsFolder(deps.backupsDir ?? join(deps.sampleDir, BACKUPS_FOLDER))

  const project = projectHandlers(ctx)
  // The team's handlers own the one TeamSync: `guard` keeps it on the project that is open.
  const team = teamHandlers(ctx)
  const handlers: Handlers = team.guard({
    ...project,
    ...articleHandlers(ctx),
    ...sharingHandlers(ctx),
    ...tagHandlers(ctx),
    ...exportHandlers(ctx),
    ...quoteSheetHandlers(ctx),
    ...settingsHandlers(ctx),
    ...statementHandlers(ctx),
    ...verifyHandlers(ctx),
    ...team.handlers
  })
  return { handlers, openFile: team.after((path: string) => ctx.exclusive(() => openProjectFile(ctx, path))), stop: team.stop }
}
