import type { Command } from '../command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { mergeCommand } from './merge'
import { validateCommand } from './validate'

/** Every `quotemark <command>`, in the order `quotemark --help` lists them. Add suggest here. */
export const commands: readonly Command[] = [exportCommand, importCommand, mergeCommand, validateCommand]
