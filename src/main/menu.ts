/**
 * The application menu. Items that act on the project only tell the window
 * (a `menuCommand` event); the renderer runs them through the same IPC calls
 * as its own buttons. Undo and Redo are Quotemark's tag history, not the
 * text-editing roles: the article text is read-only. Accelerators come from
 * the one keymap (src/core/keymap.ts) the window's keys and help read too.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../core/api'
import { menuAccelerator, menuKeyInTextOnly } from '../core/keymap'

export function buildMenuTemplate(send: (command: MenuCommand) => void, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const item = (label: string, command: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = menuAccelerator(command)
    // A key of the article text is shown, not taken: the text answers it itself, and a field keeps its own.
    const keyed = accelerator ? { accelerator, ...(menuKeyInTextOnly(command) ? { registerAccelerator: false } : {}) } : {}
    return { label, ...keyed, click: () => send(command) }
  }
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        item('New Project…', 'new'),
        item('Open…', 'open'),
        item('Open Sample Project', 'openSample'),
        { type: 'separator' },
        item('Import Articles…', 'import'),
        item('Import from URL…', 'importUrl'),
        item('Add Source to Check Quotes Against…', 'importSource'),
        item('Delete Article…', 'deleteArticle'),
        item('Export Tags…', 'export'),
        item('Print Quote Sheet…', 'printQuoteSheet'),
        item('Save Quote Sheet as PDF…', 'quoteSheetPdf'),
        { type: 'separator' },
        item('Merge a Colleague’s Project…', 'mergeProject'),
        item('Restore a Previous Version…', 'restoreBackup'),
        { type: 'separator' },
        item('Share with Team…', 'shareTeam'),
        item('Join Team Project…', 'joinTeam'),
        item('Leave Team', 'leaveTeam'),
        { type: 'separator' },
        item('Save As…', 'saveAs'),
        { type: 'separator' },
        item('Close Project', 'close'),
        ...(mac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'quit' } as MenuItemConstructorOptions])
      ]
    },
    {
      label: 'Edit',
      submenu: [
        item('Undo', 'undo'),
        item('Redo', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find in Article…', 'findInText'),
        item('Find Tags…', 'findTags')
      ]
    },
    {
      label: 'Tags',
      submenu: [
        // The window also answers these keys itself, so they work where the menu is hidden.
        item('Suggest Quotes in This Article', 'suggest'),
        item('Suggest Quotes in All Articles', 'suggestAll'),
        item('Statements Across Articles…', 'statements'),
        item('Check Quote Against Source…', 'checkQuote'),
        { type: 'separator' },
        item('Split Tag at the Caret', 'splitTag'),
        item('Join with the Next Tag', 'joinTag'),
        { type: 'separator' },
        item('Move Tag End Right a Word', 'growEnd'),
        item('Move Tag End Left a Word', 'shrinkEnd'),
        item('Move Tag Start Left a Word', 'growStart'),
        item('Move Tag Start Right a Word', 'shrinkStart')
      ]
    },
    {
      label: 'View',
      submenu: [
        // Quotemark's own text size (kept in its settings), in place of the page zoom on the same keys.
        item('Larger Text', 'textLarger'),
        item('Smaller Text', 'textSmaller'),
        item('Usual Text Size', 'textReset'),
        { type: 'separator' },
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' }
  ]
}
