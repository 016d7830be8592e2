import { describe, expect, it } from 'vitest'
import { invokeChannels } from './api'
import { checkInvokeArgs, invokeArgs } from './apiArgs'

describe('the arguments main accepts on each channel', () => {
  it('has a schema for every channel of the contract and no other', () => {
    expect(Object.keys(invokeArgs).sort()).toEqual(Object.keys(invokeChannels).sort())
  })

  it('accepts the calls the window makes', () => {
    expect(checkInvokeArgs('getSession', [])).toEqual({ ok: true, args: [] })
    expect(checkInvokeArgs('openRecent', ['/home/ana/Story.quotemark.json']).ok).toBe(true)
    expect(checkInvokeArgs('exportAnnotations', [{ format: 'csv', annotationIds: ['a', 'b'], scopeLabel: 'all tags' }]).ok).toBe(true)
    expect(checkInvokeArgs('updateArticleFromText', ['article-1', { name: 'nyt.txt', content: 'Words.' }]).ok).toBe(true)
  })

  it('refuses calls of the wrong shape before any handler runs, naming the channel', () => {
    expect(checkInvokeArgs('openRecent', [{ path: '/etc/passwd' }])).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused openRecent: argument 0 /) })
    expect(checkInvokeArgs('getSession', ['extra']).ok).toBe(false)
    expect(checkInvokeArgs('exportAnnotations', [{ format: 'exe' }]).ok).toBe(false)
    expect(checkInvokeArgs('importDroppedFiles', [[{ name: 'a.txt' }]]).ok).toBe(false)
    expect(checkInvokeArgs('copyText', ['x'.repeat(1_000_001)]).ok).toBe(false)
    expect(checkInvokeArgs('toString' as never, []).ok).toBe(false)
  })
})
