/**
 * Every key binding of Quotemark, in one table: the application menu (its
 * accelerators), the window's own key handling, the article text's keys, the
 * footer's hints and the keyboard-help overlay all read it, so a key is
 * written down once.
 *
 * A key is written as ProseMirror's keymap writes it (w3c-keyname): `Mod-`
 * for Ctrl (Cmd on a Mac), `Shift-`, `Alt-`, then the key's name (`z`,
 * `Delete`, `F1`, `?`). `where` says where the binding works:
 * - `window`: anywhere in the window (and in the menu, when the action has a `menu` command);
 * - `menu`: only as the menu's accelerator (the window leaves the key to the browser);
 * - `text`: in the article text, with the keyboard there;
 * - `list`: on a focused row of the article list;
 * - `review`: in the Suggestions panel, while reviewing suggested quotes (the Statements panel
 *   reads its moves, accept and reject too);
 * - `find`: in the find bar over the article text (Ctrl+F).
 */
import type { MenuCommand } from './api'

export type KeyScope = 'window' | 'menu' | 'text' | 'review' | 'list' | 'find'

export type KeyAction = {
  readonly id: string
  readonly label: string
  readonly keys: readonly string[]
  readonly where: KeyScope
  /** The menu command this action runs (the menu item's accelerator is the first key). */
  readonly menu?: MenuCommand
  /** Shown in the footer's short list. */
  readonly footer?: boolean
}

export const keyActions: readonly KeyAction[] = [
  { id: 'new', label: 'New project', keys: ['Mod-n'], where: 'window', menu: 'new' },
  { id: 'open', label: 'Open a project', keys: ['Mod-o'], where: 'window', menu: 'open' },
  { id: 'import', label: 'Import articles', keys: ['Mod-i'], where: 'window', menu: 'import' },
  { id: 'export', label: 'Export tags', keys: ['Mod-e'], where: 'window', menu: 'export' },
  { id: 'printQuoteSheet', label: 'Print the quote sheet', keys: ['Mod-p'], where: 'window', menu: 'printQuoteSheet' },
  { id: 'quoteSheetPdf', label: 'Save the quote sheet as PDF', keys: ['Mod-Shift-p'], where: 'window', menu: 'quoteSheetPdf' },
  { id: 'saveAs', label: 'Save a copy as', keys: ['Mod-Shift-s'], where: 'window', menu: 'saveAs' },
  { id: 'close', label: 'Close the project', keys: ['Mod-w'], where: 'menu', menu: 'close' },
  { id: 'undo', label: 'Undo the last tag action', keys: ['Mod-z'], where: 'window', menu: 'undo', footer: true },
  { id: 'redo', label: 'Redo', keys: ['Mod-Shift-z', 'Mod-y'], where: 'window', menu: 'redo', footer: true },
  { id: 'suggest', label: 'Suggest quotes in this article', keys: ['Mod-Shift-g'], where: 'window', menu: 'suggest', footer: true },
  { id: 'statements', label: 'Statements told by more than one article (A accept, R reject there)', keys: ['Mod-Shift-o'], where: 'window', menu: 'statements' },
  { id: 'importSource', label: 'Add a source (a transcript, subtitles, a speech) to check quotes against', keys: ['Mod-Alt-i'], where: 'window', menu: 'importSource' },
  { id: 'checkQuote', label: 'Check the selected quote against a source (with none selected, the article’s quotes)', keys: ['Mod-Shift-k'], where: 'window', menu: 'checkQuote' },
  { id: 'copyCitation', label: 'Copy the selected tag with its citation', keys: ['Mod-Shift-c'], where: 'window' },
  { id: 'findInText', label: 'Find words in the article text', keys: ['Mod-f'], where: 'window', menu: 'findInText' },
  { id: 'find', label: 'Find tags in the project', keys: ['Mod-Shift-f'], where: 'window', menu: 'findTags' },
  { id: 'help', label: 'Show the keyboard shortcuts', keys: ['?', 'F1'], where: 'window', footer: true },
  { id: 'textLarger', label: 'Larger text (remembered)', keys: ['Mod-=', 'Mod-+'], where: 'window', menu: 'textLarger', footer: true },
  { id: 'textSmaller', label: 'Smaller text', keys: ['Mod--'], where: 'window', menu: 'textSmaller', footer: true },
  { id: 'textReset', label: 'Text at its usual size', keys: ['Mod-0'], where: 'window', menu: 'textReset' },
  { id: 'quote', label: 'Tag the selection as a quote', keys: ['q', 'Mod-1'], where: 'text', footer: true },
  { id: 'attribution', label: 'Tag the selection as an attribution', keys: ['a', 'Mod-2'], where: 'text', footer: true },
  { id: 'claim', label: 'Tag the selection as a claim', keys: ['c', 'Mod-3'], where: 'text', footer: true },
  { id: 'nextTag', label: 'Next tag', keys: ['j'], where: 'text', footer: true },
  { id: 'previousTag', label: 'Previous tag', keys: ['k'], where: 'text', footer: true },
  { id: 'speakerFromText', label: 'Selected name is the speaker', keys: ['p'], where: 'text', footer: true },
  { id: 'link', label: 'Link the selected tag to another', keys: ['l'], where: 'text', footer: true },
  { id: 'delete', label: 'Delete the selected tag (also on a focused row of the tag list)', keys: ['Delete', 'Backspace'], where: 'text', footer: true },
  { id: 'deselect', label: 'Deselect the tag', keys: ['Escape'], where: 'text', footer: true },
  { id: 'growEnd', label: 'Selected tag: move its end a word right', keys: ['Alt-Shift-ArrowRight'], where: 'text', menu: 'growEnd' },
  { id: 'shrinkEnd', label: 'Selected tag: move its end a word left', keys: ['Alt-Shift-ArrowLeft'], where: 'text', menu: 'shrinkEnd' },
  { id: 'growStart', label: 'Selected tag: move its start a word left', keys: ['Mod-Alt-Shift-ArrowLeft'], where: 'text', menu: 'growStart' },
  { id: 'shrinkStart', label: 'Selected tag: move its start a word right', keys: ['Mod-Alt-Shift-ArrowRight'], where: 'text', menu: 'shrinkStart' },
  { id: 'splitTag', label: 'Split the selected tag in two at the caret', keys: ['s'], where: 'text', menu: 'splitTag' },
  { id: 'joinTag', label: 'Join the selected tag with the next one of its kind', keys: ['Shift-J'], where: 'text', menu: 'joinTag' },
  { id: 'deleteArticle', label: 'Delete the article, with its tags (asks first)', keys: ['Delete'], where: 'list' },
  { id: 'reviewNext', label: 'Next suggestion', keys: ['j', 'ArrowDown'], where: 'review' },
  { id: 'reviewPrevious', label: 'Previous suggestion', keys: ['k', 'ArrowUp'], where: 'review' },
  { id: 'reviewPageDown', label: 'Ten suggestions on', keys: ['PageDown'], where: 'review' },
  { id: 'reviewPageUp', label: 'Ten suggestions back', keys: ['PageUp'], where: 'review' },
  { id: 'reviewFirst', label: 'First suggestion', keys: ['Home'], where: 'review' },
  { id: 'reviewLast', label: 'Last suggestion', keys: ['End'], where: 'review' },
  { id: 'reviewAccept', label: 'Accept the suggestion', keys: ['a', 'Enter'], where: 'review' },
  { id: 'reviewAcceptAll', label: 'Accept all by this speaker', keys: ['Shift-a'], where: 'review' },
  { id: 'reviewReject', label: 'Reject the suggestion', keys: ['r', 'Delete', 'Backspace'], where: 'review' },
  { id: 'reviewSelection', label: 'Use the selected words instead', keys: ['s'], where: 'review' },
  { id: 'reviewSpeaker', label: 'Fix the speaker', keys: ['e'], where: 'review' },
  { id: 'reviewChooseSpeaker', label: 'Speaker? Choose a listed speaker by number (0: no speaker)', keys: ['1', '2', '3', '4', '0'], where: 'review' },
  { id: 'reviewClose', label: 'Stop reviewing', keys: ['Escape'], where: 'review' },
  { id: 'findNext', label: 'Next match', keys: ['Enter', 'F3'], where: 'find' },
  { id: 'findPrevious', label: 'Previous match', keys: ['Shift-Enter', 'Shift-F3'], where: 'find' },
  { id: 'findTag', label: 'Tag the match as a quote, an attribution or a claim', keys: ['Mod-1', 'Mod-2', 'Mod-3'], where: 'find' },
  { id: 'findClose', label: 'Close the find bar, the match selected in the text (then Q, A or C tags it)', keys: ['Escape'], where: 'find' }
]

export const keyScopeLabel: Record<KeyScope, string> = {
  window: 'Anywhere in the window',
  menu: 'From the menu',
  text: 'In the article text (select words first to tag them)',
  list: 'On a focused row of the article list',
  review: 'Reviewing suggestions',
  find: 'In the find bar (Ctrl+F)'
}

export function keyAction(id: string): KeyAction {
  const action = keyActions.find((a) => a.id === id)
  if (!action) throw new Error(`No key action ${id}`)
  return action
}

/** The accelerator of a menu item (Electron's notation), or undefined when the command has no key. */
export function menuAccelerator(command: MenuCommand): string | undefined {
  const key = keyActions.find((a) => a.menu === command)?.keys[0]
  const names: Record<string, string> = { Mod: 'CmdOrCtrl', ArrowLeft: 'Left', ArrowRight: 'Right', ArrowUp: 'Up', ArrowDown: 'Down' }
  return key && splitKey(key).map((part) => names[part] ?? (part.length === 1 ? part.toUpperCase() : part)).join('+')
}

/** A menu item whose key only works in the article text: the menu shows the key but leaves it to the text (so a field still gets its own S or Alt+Shift+→). */
export function menuKeyInTextOnly(command: MenuCommand): boolean {
  return keyActions.find((a) => a.menu === command)?.where === 'text'
}

/** A key as a person reads it: `Ctrl+Shift+Z` (`Cmd` on a Mac), `Q`, `Del`. */
export function keyLabel(key: string, mac = false): string {
  const names: Record<string, string> = { Mod: mac ? 'Cmd' : 'Ctrl', Delete: 'Del', Escape: 'Esc', ArrowDown: '↓', ArrowUp: '↑', ArrowLeft: '←', ArrowRight: '→', Backspace: 'Backspace' }
  return splitKey(key)
    .map((part) => names[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+')
}

/** Does a key event (its `key`, modifier flags) press this key? `Mod` is Ctrl or Cmd. */
export function matchesKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }, key: string): boolean {
  const parts = splitKey(key)
  const name = parts[parts.length - 1]!
  const mods = new Set(parts.slice(0, -1))
  if (mods.has('Mod') !== (event.ctrlKey || event.metaKey) || mods.has('Alt') !== event.altKey) return false
  // A printed symbol such as `?` already says Shift; a letter does not.
  const symbol = name.length === 1 && name.toLowerCase() === name.toUpperCase()
  if (!symbol && mods.has('Shift') !== event.shiftKey) return false
  return name.length === 1 ? event.key.toLowerCase() === name.toLowerCase() : event.key === name
}

/** The first action of a scope whose key the event presses. */
export function actionForKey(event: Parameters<typeof matchesKey>[0], where: KeyScope): KeyAction | undefined {
  return keyActions.find((a) => a.where === where && a.keys.some((k) => matchesKey(event, k)))
}

/** The keys of one text action as ProseMirror keymap entries. */
export function textKeys(id: string): readonly string[] {
  return keyAction(id).keys
}

function splitKey(key: string): string[] {
  // A key that is itself the dash: `-` alone, or `Mod--` (Ctrl and minus).
  if (key === '-') return ['-']
  if (key.endsWith('--')) return [...key.slice(0, -2).split('-'), '-']
  return key.split('-')
}
