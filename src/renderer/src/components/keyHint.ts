import { keyAction, keyLabel } from '../../../core/keymap'

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

/** The first key of a keymap action as the user reads it (`Ctrl+Shift+G`, `Q`): for titles and key hints. */
export function keyHint(actionId: string): string {
  return keyLabel(keyAction(actionId).keys[0]!, mac)
}
