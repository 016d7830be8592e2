import type { Command } from '../command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { mergeCommand } from './merge'
import { statementsCommand } from './statements'
import { suggestCommand } from './suggest'
import { validateCommand } from './validate'

/** Every `quotemark <command>`, in the order `quotemark --help` lists them. */
export const commands: readonly Command[] = [exportCommand, importCommand, mergeCommand, statementsCommand, suggestCommand, validateCommand]
