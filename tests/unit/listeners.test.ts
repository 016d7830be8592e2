import { describe, expect, it } from 'vitest'
import { Listeners } from '../../src/main/listeners'

describe('listeners in main', () => {
  it('tells every listener even when one of them throws, and stops telling one that stopped listening', () => {
    const listeners = new Listeners<number>()
    const heard: string[] = []
    listeners.add(() => {
      throw new Error('a broken window bridge')
    })
    const stop = listeners.add((n) => heard.push(`second ${n}`))
    listeners.add((n) => heard.push(`third ${n}`))
    expect(() => listeners.tell(1)).not.toThrow()
    stop()
    listeners.tell(2)
    expect(heard).toEqual(['second 1', 'third 1', 'third 2'])
  })
})
