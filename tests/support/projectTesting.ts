/** Helpers shared by the core's tests (never imported by the app). */
import { expect } from 'vitest'
import { applyCommand, type Command } from '../../src/core/commands'
import type { Project } from '../../src/core/schema'

/** Freeze a value and everything in it, so a test fails if the code under test mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/** The project after a command that must apply. */
export function applied(project: Project, command: Command): Project {
  const result = applyCommand(project, command)
  if (!result.ok) throw new Error(`expected the command to apply, got: ${result.error}`)
  return result.project
}

/** The reason a command is refused; the project must be left exactly as it was. */
export function refusal(project: Project, command: Command): string {
  const before = structuredClone(project)
  const result = applyCommand(project, command)
  if (result.ok) throw new Error('expected the command to be refused')
  expect(project).toStrictEqual(before)
  return result.error
}
