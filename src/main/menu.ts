/**
 * The application menu. Items that act on the project only tell the window
 * (a `menuCommand` event); the renderer runs them through the same IPC calls
 * as its own buttons. Undo and Redo are Quotemark's tag history, not the
 * text-editing roles: the article text is read-only.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../core/api'

export function buildMenuTemplate(send: (command: MenuCommand) => void, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command)
  })
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        item('New Project…', 'new', 'CmdOrCtrl+N'),
        item('Open…', 'open', 'CmdOrCtrl+O'),
        item('Open Sample Project', 'openSample'),
        { type: 'separator' },
        item('Import Articles…', 'import', 'CmdOrCtrl+I'),
        item('Export Tags…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item('Merge a Colleague’s Project…', 'mergeProject'),
        item('Restore a Previous Version…', 'restoreBackup'),
        { type: 'separator' },
        item('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('Close Project', 'close', 'CmdOrCtrl+W'),
        ...(mac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'quit' } as MenuItemConstructorOptions])
      ]
    },
    {
      label: 'Edit',
      submenu: [
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: 'Tags',
      submenu: [
        // The window also answers Ctrl+Shift+G itself, so the key works where the menu is hidden.
        item('Suggest Quotes in This Article', 'suggest', 'CmdOrCtrl+Shift+G'),
        item('Suggest Quotes in All Articles', 'suggestAll')
      ]
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' }
  ]
}
