import type { EditorView } from 'prosemirror-view'
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import type { MenuCommand, QuotemarkApi } from '../../../core/api'
import { caretOffset } from '../editor/annotationPlugin'
import { deleteArticleAsking, importAsking, runExtentAction } from './editActions'
import type { DeskStore } from '../deskStore'
import { teamWindow } from '../store/team'
import { changeTextSize, loadTextSize, textSizeStep } from '../store/textSize'
import { importUrlWindow } from '../components/ImportUrlDialog'
import { statementsWindow } from '../components/StatementsPanel'
import { printQuoteSheet } from './quoteSheet'
import { addSource, checkSelectedQuote } from './sourceActions'
import { previewMerge, type SetDialogs } from './useDialogs'

/**
 * The menu's commands, as the application menu, the toolbar, the welcome
 * screen and the window's keys all send them: one function, the same from
 * render to render. Also starts the desk (main's session and events) and
 * routes main's `menuCommand` events here. `panes`: what the window's own
 * panes do for a command (the two finds).
 */
export function useMenuCommands(
  store: DeskStore,
  api: QuotemarkApi,
  setDialogs: SetDialogs,
  viewRef: RefObject<EditorView | null>,
  panes: { findInText: () => void; findTags: () => void }
): (command: MenuCommand) => void {
  const run = (command: MenuCommand): void => {
    const hasProject = Boolean(store.getState().project)
    switch (command) {
      case 'new':
        return void store.openWith(api.newProject)
      case 'open':
        return void store.openWith(api.openProject)
      case 'openSample':
        return void store.openWith(api.openSample)
      case 'saveAs':
        return void store.openWith(api.saveProjectAs)
      case 'import':
        return void importAsking(store, api)
      case 'deleteArticle':
        return void deleteArticleAsking(store, store.getState().selectedArticleId)
      case 'splitTag':
      case 'joinTag':
      case 'growEnd':
      case 'shrinkEnd':
      case 'growStart':
      case 'shrinkStart': {
        const view = viewRef.current
        return void runExtentAction(store, command, view ? caretOffset(view) : null)
      }
      case 'importUrl':
        if (!hasProject) return store.notify('info', 'Open or create a project first, then import a web page into it.')
        return importUrlWindow.open()
      case 'export':
        return setDialogs({ exporting: hasProject })
      case 'printQuoteSheet':
      case 'quoteSheetPdf':
        return void printQuoteSheet(store, api, command === 'printQuoteSheet' ? 'print' : 'pdf')
      case 'mergeProject':
        return void previewMerge(store, api, setDialogs)
      case 'restoreBackup':
        return setDialogs({ restoring: hasProject })
      case 'close':
        return void store.close()
      case 'shareTeam':
        if (!hasProject) return store.notify('info', 'Open a project first, then share it with the team.')
        return teamWindow.open('share')
      case 'joinTeam':
        return teamWindow.open('join')
      case 'leaveTeam':
        return void teamWindow.leave((session) => store.replica.adopt(session))
      case 'suggest':
        return store.review.suggest('article')
      case 'suggestAll':
        return store.review.suggest('project')
      case 'statements':
        if (!hasProject) return store.notify('info', 'Open a project first, then look for statements told by more than one article.')
        return statementsWindow.open()
      case 'importSource':
        return void addSource(store, api)
      case 'checkQuote':
        return checkSelectedQuote(store)
      case 'textLarger':
      case 'textSmaller':
      case 'textReset':
        return void changeTextSize(api, textSizeStep[command], (text) => store.notify('info', text))
      case 'findInText':
      case 'findTags':
        return panes[command]()
      case 'undo':
      case 'redo':
        // In a note or a details field, the menu's Undo means the field's own typing undo.
        if (document.activeElement?.closest('input, textarea')) return void document.execCommand(command)
        return command === 'undo' ? store.undo() : store.redo()
    }
  }
  const latest = useRef(run)
  latest.current = run

  useEffect(() => {
    void store.start((command) => latest.current(command))
    void loadTextSize(api)
    return () => store.stop()
  }, [store])

  return useCallback((command: MenuCommand) => latest.current(command), [])
}
