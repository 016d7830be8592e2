import { describe, expect, it } from 'vitest'
import type { Verification } from '../schema'
import { differenceLine, flagLine, verificationLine, verificationSentence } from './describe'

const transcript = { title: 'Press conference', kind: 'transcript' as const }
const check = (patch: Partial<Verification>): Verification => ({
  status: 'verbatim', sourceId: 's', sourceStart: 0, sourceEnd: 10, time: 754, differences: [], flags: [], checkedBy: 'Ana', checkedAt: '2026-01-12T10:00:00.000Z', ...patch
})

describe('a check in words', () => {
  it('says a quote is verbatim against the transcript at its time', () => {
    expect(verificationLine(check({}), transcript)).toBe('verbatim against the transcript “Press conference” at 12:34')
    expect(verificationLine(check({ time: null, status: 'cut' }), transcript)).toBe('cut at an ellipsis against the transcript “Press conference”')
    expect(verificationLine(check({ status: 'not-found' }), { title: 'Remarks', kind: 'speech' })).toBe('not found in the speech “Remarks”')
  })

  it('names a dropped negation, and each kind of difference, plainly', () => {
    expect(flagLine({ kind: 'negation', quote: '', source: 'not' })).toBe('a negation dropped (“not” in the source, nothing in the quote)')
    expect(flagLine({ kind: 'negation', quote: 'never', source: '' })).toBe('a negation added (nothing in the source, “never” in the quote)')
    expect(differenceLine({ kind: 'changed', quote: 'significant', source: 'important' })).toBe('changed: “important” → “significant”')
    expect(differenceLine({ kind: 'cut', quote: '…', source: 'made with sincere intentions' })).toBe('cut: “made with sincere intentions”')
    expect(differenceLine({ kind: 'removed', quote: '', source: 'not' })).toBe('left out: “not”')
    expect(differenceLine({ kind: 'added', quote: 'very', source: '' })).toBe('added: “very”')
  })

  it('puts the meaning flags before the other differences in one sentence', () => {
    const v = check({ status: 'changed', differences: [{ kind: 'removed', quote: '', source: 'not' }], flags: [{ kind: 'negation', quote: '', source: 'not' }] })
    expect(verificationSentence(v, transcript)).toBe(
      'Words changed against the transcript “Press conference” at 12:34. Check the meaning: a negation dropped (“not” in the source, nothing in the quote). Left out: “not”'
    )
  })
})
