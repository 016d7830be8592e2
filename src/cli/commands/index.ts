import type { Command } from '../command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { validateCommand } from './validate'

/** Every `quotemark <command>`, in the order `quotemark --help` lists them. Add merge and suggest here. */
export const commands: readonly Command[] = [exportCommand, importCommand, validateCommand]
