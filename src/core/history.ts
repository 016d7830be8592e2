/**
 * Undo and redo for the reporter's own actions. ProseMirror's history does not
 * apply: the editor never edits the text (an article's words change only when
 * a command replaces them whole, `article.replace`). Instead each step is a
 * project command paired with its inverse, computed against the project just
 * before it ran, and undoing sends the inverse to main like any other command.
 * Only commands this window made are recorded, so undo never undoes a
 * colleague's change that arrived meanwhile. Immutable, so React state and
 * tests can hold it as is.
 */
import { type Command } from './commands'
import { invertCommand } from './commandInverse'
import type { Project } from './schema'

export type HistoryStep = { command: Command; inverse: Command }
export type History = { readonly done: readonly HistoryStep[]; readonly undone: readonly HistoryStep[] }

export const MAX_HISTORY = 500

export const emptyHistory: History = { done: [], undone: [] }

/** Record a command about to be applied to `before`; a new action clears the redo stack. */
export function recordStep(history: History, before: Project, command: Command, now: string, by = ''): History {
  const inverse = invertCommand(before, command, now, by)
  if (!inverse) return history
  return { done: [...history.done, { command, inverse }].slice(-MAX_HISTORY), undone: [] }
}

export function canUndo(history: History): boolean {
  return history.done.length > 0
}

export function canRedo(history: History): boolean {
  return history.undone.length > 0
}

/** The command that undoes the last step, and the history after it. Updates carry the time of the undo. */
export function undoStep(history: History, now: string): { command: Command; history: History } | null {
  const step = history.done[history.done.length - 1]
  if (!step) return null
  return { command: stamp(step.inverse, now), history: { done: history.done.slice(0, -1), undone: [...history.undone, step] } }
}

export function redoStep(history: History, now: string): { command: Command; history: History } | null {
  const step = history.undone[history.undone.length - 1]
  if (!step) return null
  return { command: stamp(step.command, now), history: { done: [...history.done, step], undone: history.undone.slice(0, -1) } }
}

function stamp(command: Command, now: string): Command {
  if (command.type === 'batch') return { ...command, commands: command.commands.map((c) => stampSingle(c, now)) }
  return stampSingle(command, now)
}

function stampSingle<C extends Exclude<Command, { type: 'batch' }>>(command: C, now: string): C {
  return 'updatedAt' in command ? { ...command, updatedAt: now } : command
}
