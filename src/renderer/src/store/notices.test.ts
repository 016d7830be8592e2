import { describe, expect, it } from 'vitest'
import { INFO_FADES_AFTER_MS, MAX_NOTICES, Notices } from './notices'

function withClock() {
  const timers: { run: () => void; ms: number }[] = []
  const notices = new Notices((run, ms) => timers.push({ run, ms }))
  return { notices, fire: () => timers.splice(0).forEach((t) => t.run()), timers }
}

describe('notices', () => {
  it('lets a confirmation fade by itself, and keeps an error until it is dismissed', () => {
    const { notices, fire, timers } = withClock()
    notices.notify('info', 'Copied.')
    notices.notify('error', 'Not saved.')
    expect(timers.map((t) => t.ms)).toEqual([INFO_FADES_AFTER_MS])
    fire()
    expect(notices.getState().list.map((n) => n.text)).toEqual(['Not saved.'])
    notices.dismiss(notices.getState().list[0]!.id)
    expect(notices.getState().list).toEqual([])
  })

  it('shows at most four, the newest last', () => {
    const { notices } = withClock()
    for (let i = 1; i <= 6; i++) notices.notify('error', `problem ${i}`)
    expect(notices.getState().list.map((n) => n.text)).toEqual(['problem 3', 'problem 4', 'problem 5', 'problem 6'])
    expect(MAX_NOTICES).toBe(4)
  })

  it('tells its listeners of each change and not of a dismissal that changes nothing', () => {
    const { notices } = withClock()
    let calls = 0
    notices.subscribe(() => calls++)
    notices.notify('error', 'x')
    notices.dismiss(999)
    expect(calls).toBe(1)
  })
})
