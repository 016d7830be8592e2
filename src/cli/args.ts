/**
 * Flags with node:util's parseArgs, but with our own messages: parseArgs runs
 * non-strict and returns tokens, and every token is checked here, so an
 * unknown option, a missing value or a repeated one is one sentence that says
 * which command to ask for help.
 */
import { parseArgs } from 'node:util'
import { usageError } from './io'

export type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
export type OptionSpecs = Record<string, OptionSpec>

export type ParsedArgs = {
  /** Strings for string options (every value, in order, for `multiple` ones), true for boolean ones; absent when not given. */
  values: Record<string, string | string[] | true | undefined>
  positionals: string[]
  help: boolean
}

const HELP: OptionSpec = { type: 'boolean', short: 'h' }

/** `command` is how the user typed it, e.g. "quotemark export", for the messages. */
export function parseCommandArgs(args: readonly string[], options: OptionSpecs, command: string): ParsedArgs {
  const specs: OptionSpecs = { ...options, help: HELP }
  const seeHelp = `(see ${command} --help)`
  const { tokens } = parseArgs({ args: [...args], options: specs, strict: false, allowPositionals: true, tokens: true })

  // Help wins over every other problem on the line.
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help' && t.value === undefined)) return { values: {}, positionals: [], help: true }

  const values: ParsedArgs['values'] = {}
  const positionals: string[] = []
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value)
      continue
    }
    if (token.kind !== 'option') continue
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined
    const shown = spec ? `--${token.name}` : token.rawName
    if (!spec) throw usageError(`Unknown option ${shown} for ${command} ${seeHelp}.`)
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw usageError(`Option ${shown} takes no value ${seeHelp}.`)
      values[token.name] = true
      continue
    }
    // Without strict mode parseArgs takes the next argument as the value even when it is
    // another option ("--format --out x"): that is a missing value, not a format called "--out".
    const value = token.value
    if (value === undefined || (token.inlineValue === false && value.startsWith('-') && value !== '-')) {
      throw usageError(`Option ${shown} needs a value ${seeHelp}.`)
    }
    const previous = values[token.name]
    if (spec.multiple) values[token.name] = [...(Array.isArray(previous) ? previous : []), value]
    else if (previous !== undefined) throw usageError(`Option ${shown} can be given only once ${seeHelp}.`)
    else values[token.name] = value
  }
  return { values, positionals, help: false }
}

export function stringValue(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name]
  return typeof value === 'string' ? value : undefined
}

export function stringValues(parsed: ParsedArgs, name: string): string[] {
  const value = parsed.values[name]
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
}
