import type { Command } from '../command'
import { checkCommand } from './check'
import { exportCommand } from './export'
import { importCommand } from './import'
import { mergeCommand } from './merge'
import { statementsCommand } from './statements'
import { suggestCommand } from './suggest'
import { validateCommand } from './validate'

/** Every `quotemark <command>`, in the order `quotemark --help` lists them. */
export const commands: readonly Command[] = [checkCommand, exportCommand, importCommand, mergeCommand, statementsCommand, suggestCommand, validateCommand]
