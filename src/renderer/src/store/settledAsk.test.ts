import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { taggedSample } from '../../../../tests/support/seedsTagged'
import { applyCommand, type Command } from '../../../core/commands'
import type { Project } from '../../../core/schema'
import { statementInputsChanged } from '../../../core/statements/statementInputs'
import { SETTLE_MS, SettledAsk } from './settledAsk'

/** A stand-in for main: counts asks, holds each until answered, and answers with the ask's number. */
function fakeMain() {
  const pending: ((answer: number) => void)[] = []
  const shown: number[] = []
  let asks = 0
  let inFlight = 0
  let mostInFlight = 0
  const settled = new SettledAsk<number>({
    ask: () => {
      const n = ++asks
      mostInFlight = Math.max(mostInFlight, ++inFlight)
      return new Promise((resolve) => pending.push(() => resolve(n)))
    },
    show: (answer) => shown.push(answer)
  })
  /** Main answers the oldest ask still waiting. */
  const answer = async () => {
    inFlight--
    pending.shift()!(0)
    await vi.advanceTimersByTimeAsync(0)
  }
  return { settled, answer, shown, asks: () => asks, mostInFlight: () => mostInFlight }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('asking main for the statements while the project changes', () => {
  test('ten quick edits ask main once, after they settle', async () => {
    const main = fakeMain()
    for (let i = 0; i < 10; i++) {
      main.settled.changed()
      await vi.advanceTimersByTimeAsync(50)
    }
    expect(main.asks()).toBe(0)
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    expect(main.asks()).toBe(1)
    await main.answer()
    expect(main.shown).toEqual([1])
  })

  test('opening the panel or choosing another speaker asks at once', () => {
    const main = fakeMain()
    main.settled.now()
    expect(main.asks()).toBe(1)
  })

  test('never more than one ask is in flight; one due meanwhile is made when the first is answered', async () => {
    const main = fakeMain()
    main.settled.now()
    main.settled.now()
    main.settled.changed()
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 3)
    expect(main.asks()).toBe(1)
    await main.answer()
    expect(main.asks()).toBe(2)
    expect(main.mostInFlight()).toBe(1)
  })

  test('an answer for an older revision is not shown, so an offer just accepted does not come back for a moment', async () => {
    const main = fakeMain()
    main.settled.now()
    main.settled.changed()
    await main.answer()
    expect(main.shown).toEqual([])
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    await main.answer()
    expect(main.shown).toEqual([2])
  })

  test('a closed panel asks no more and shows nothing', async () => {
    const main = fakeMain()
    main.settled.now()
    main.settled.changed()
    main.settled.stop()
    await main.answer()
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    expect(main.asks()).toBe(1)
    expect(main.shown).toEqual([])
  })

  test('a failed ask does not stop the next change from asking', async () => {
    const failed = vi.fn()
    let asks = 0
    const settled = new SettledAsk<number>({ ask: () => (++asks === 1 ? Promise.reject(new Error('main is gone')) : Promise.resolve(asks)), show: () => {}, failed })
    settled.now()
    await vi.advanceTimersByTimeAsync(0)
    settled.changed()
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    expect(failed).toHaveBeenCalledOnce()
    expect(asks).toBe(2)
  })
})

describe('asking only when the statements could have changed', () => {
  const NOW = '2026-01-10T00:00:00.000Z'

  /** The panel's rule: each change the project goes through asks only if it touches what the finder reads. */
  async function asksFor(start: Project, commands: Command[]): Promise<number> {
    const main = fakeMain()
    let project = start
    for (const command of commands) {
      const result = applyCommand(project, command)
      if (!result.ok) throw new Error(result.error)
      if (statementInputsChanged(project, result.project)) main.settled.changed()
      project = result.project
      await vi.advanceTimersByTimeAsync(30)
    }
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    return main.asks()
  }

  test('typing a note on a tag, forty keystrokes, asks main not at all', async () => {
    const project = taggedSample()
    const tag = project.annotations[0]!
    const typing = [...'Confirmed by phone with the press office.'].map((_, i, all): Command => ({
      type: 'annotation.update',
      id: tag.id,
      patch: { note: all.slice(0, i + 1).join('') },
      updatedAt: NOW,
      updatedBy: 'Ana'
    }))
    expect(await asksFor(project, typing)).toBe(0)
  })

  test('giving five quotes their speaker in quick succession asks main once', async () => {
    const project = taggedSample()
    const speaker = project.people[0]!
    const quotes = project.annotations.filter((t) => t.kind === 'quote' && t.speakerId !== speaker.id).slice(0, 5)
    const commands = quotes.map((t): Command => ({ type: 'annotation.update', id: t.id, patch: { speakerId: speaker.id }, updatedAt: NOW, updatedBy: 'Ana' }))
    expect(commands).toHaveLength(5)
    expect(await asksFor(project, commands)).toBe(1)
  })
})
