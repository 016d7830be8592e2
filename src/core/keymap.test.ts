import { describe, expect, it } from 'vitest'
import { menuCommands } from './api'
import { actionForKey, keyActions, keyLabel, matchesKey, menuAccelerator, menuKeyInTextOnly } from './keymap'

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})

describe('the keymap', () => {
  it('gives the menu the same keys the window answers', () => {
    expect(menuAccelerator('undo')).toBe('CmdOrCtrl+Z')
    expect(menuAccelerator('redo')).toBe('CmdOrCtrl+Shift+Z')
    expect(menuAccelerator('suggest')).toBe('CmdOrCtrl+Shift+G')
    expect(menuAccelerator('close')).toBe('CmdOrCtrl+W')
    expect(menuAccelerator('openSample')).toBeUndefined()
  })

  it('shows the article text’s keys in the menu without taking them from the window', () => {
    expect(menuAccelerator('growEnd')).toBe('Alt+Shift+Right')
    expect(menuAccelerator('growStart')).toBe('CmdOrCtrl+Alt+Shift+Left')
    expect(menuAccelerator('joinTag')).toBe('Shift+J')
    expect(menuKeyInTextOnly('splitTag')).toBe(true)
    expect(menuKeyInTextOnly('undo')).toBe(false)
    expect(keyLabel('Mod-Alt-Shift-ArrowLeft')).toBe('Ctrl+Alt+Shift+←')
  })

  it('names keys as people read them', () => {
    expect(keyLabel('Mod-Shift-z')).toBe('Ctrl+Shift+Z')
    expect(keyLabel('Mod-Shift-z', true)).toBe('Cmd+Shift+Z')
    expect(keyLabel('q')).toBe('Q')
    expect(keyLabel('Delete')).toBe('Del')
  })

  it('knows Ctrl+Shift+Z from Ctrl+Z, Cmd from Ctrl, and ? whatever Shift it took', () => {
    expect(actionForKey(press('Z', { ctrlKey: true, shiftKey: true }), 'window')?.id).toBe('redo')
    expect(actionForKey(press('z', { metaKey: true }), 'window')?.id).toBe('undo')
    expect(actionForKey(press('?', { shiftKey: true }), 'window')?.id).toBe('help')
    expect(actionForKey(press('F1'), 'window')?.id).toBe('help')
    expect(actionForKey(press('q'), 'window')).toBeUndefined()
    expect(matchesKey(press('q', { ctrlKey: true }), 'q')).toBe(false)
    expect(actionForKey(press('A', { shiftKey: true }), 'review')?.id).toBe('reviewAcceptAll')
    expect(actionForKey(press('a'), 'review')?.id).toBe('reviewAccept')
    expect(actionForKey(press('2'), 'review')?.id).toBe('reviewChooseSpeaker')
    expect(actionForKey(press('0'), 'review')?.id).toBe('reviewChooseSpeaker')
  })

  it('the text size keys are Ctrl+= (or Ctrl++), Ctrl+- and Ctrl+0, in the window, the menu and the help alike', () => {
    expect(actionForKey(press('=', { ctrlKey: true }), 'window')?.id).toBe('textLarger')
    expect(actionForKey(press('+', { ctrlKey: true, shiftKey: true }), 'window')?.id).toBe('textLarger')
    expect(actionForKey(press('-', { ctrlKey: true }), 'window')?.id).toBe('textSmaller')
    expect(actionForKey(press('0', { ctrlKey: true }), 'window')?.id).toBe('textReset')
    expect(menuAccelerator('textSmaller')).toBe('CmdOrCtrl+-')
    expect(menuAccelerator('textLarger')).toBe('CmdOrCtrl+=')
    expect(keyLabel('Mod--')).toBe('Ctrl+-')
  })

  it('binds no key twice in the same place, and only to menu commands that exist', () => {
    for (const where of ['window', 'menu', 'text', 'review', 'list', 'find'] as const) {
      const keys = keyActions.filter((a) => a.where === where).flatMap((a) => a.keys)
      expect(new Set(keys).size, where).toBe(keys.length)
    }
    for (const a of keyActions) if (a.menu) expect(menuCommands).toContain(a.menu)
  })
})
