import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../../core/api'
import { actionForKey, type KeyAction } from '../../../core/keymap'

/** What the window does for its own (non-menu) actions. */
export type GlobalKeyHandlers = {
  menu: (command: MenuCommand) => void
  copyCitation: () => void
  help: () => void
}

/**
 * The window's keys (the keymap's `window` actions), so every menu action
 * works from the keyboard in any window, menu or not. Undo and redo in a text
 * field are the field's own; `?` is a character there.
 */
export function useGlobalKeys(handlers: GlobalKeyHandlers): void {
  const latest = useRef(handlers)
  latest.current = handlers
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = actionForKey(e, 'window')
      if (!action) return
      const inField = e.target instanceof HTMLElement && e.target.closest('input, textarea, select') !== null
      if (inField && leftToField(action, e)) return
      e.preventDefault()
      run(action, latest.current)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

/** In a text field, Undo and Redo are the field's own typing undo, and `?` is a character. */
function leftToField(action: KeyAction, e: KeyboardEvent): boolean {
  return action.id === 'undo' || action.id === 'redo' || (action.id === 'help' && e.key === '?')
}

function run(action: KeyAction, handlers: GlobalKeyHandlers): void {
  if (action.menu) return handlers.menu(action.menu)
  if (action.id === 'copyCitation') return handlers.copyCitation()
  if (action.id === 'help') return handlers.help()
}
