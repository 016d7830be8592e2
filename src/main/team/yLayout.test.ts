import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { drainLegacy, hasLegacy, PACKED, readFields, recordsMap, writeField, writeFields } from './yLayout'

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

const tag = { id: 't1', articleId: 'a1', kind: 'quote', note: '', speakerId: null, evidence: [] as unknown[] }

function shared(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc()
  const b = new Y.Doc()
  a.transact(() => writeFields(recordsMap(a, 'annotations'), 't1', tag))
  sync(a, b)
  return [a, b]
}

const fieldsOf = (doc: Y.Doc): Record<string, unknown> => {
  const read = readFields(recordsMap(doc, 'annotations').get('t1')!)
  if (!read.ok) throw new Error(read.reason)
  return read.fields
}

describe('the team document layout', () => {
  it('keeps a new record as one packed value and reads it back whole', () => {
    const [a] = shared()
    const map = recordsMap(a, 'annotations').get('t1')!
    expect([...map.keys()]).toEqual([PACKED])
    expect(fieldsOf(a)).toEqual(tag)
  })

  it('lets two people change different fields of one record at once, and both win on both desks', () => {
    const [a, b] = shared()
    a.transact(() => writeFields(recordsMap(a, 'annotations'), 't1', { ...tag, note: 'checked' }))
    b.transact(() => writeFields(recordsMap(b, 'annotations'), 't1', { ...tag, speakerId: 'p1' }))
    sync(a, b)
    expect(fieldsOf(a)).toEqual({ ...tag, note: 'checked', speakerId: 'p1' })
    expect(fieldsOf(b)).toEqual(fieldsOf(a))
  })

  it('gives the same field changed on both desks one value everywhere', () => {
    const [a, b] = shared()
    a.transact(() => writeField(recordsMap(a, 'annotations'), 't1', 'note', 'from a'))
    b.transact(() => writeField(recordsMap(b, 'annotations'), 't1', 'note', 'from b'))
    sync(a, b)
    expect(['from a', 'from b']).toContain(fieldsOf(a).note)
    expect(fieldsOf(b).note).toBe(fieldsOf(a).note)
  })

  it('removes a field by writing the record without it', () => {
    const [a] = shared()
    a.transact(() => writeFields(recordsMap(a, 'annotations'), 't1', { ...tag, origin: 'suggested' }))
    a.transact(() => writeFields(recordsMap(a, 'annotations'), 't1', tag))
    expect(fieldsOf(a)).toEqual(tag)
    expect('origin' in fieldsOf(a)).toBe(false)
  })

  it('says a packed value that is not a JSON object is bad, and never lets a key reach a prototype', () => {
    const a = new Y.Doc()
    const records = recordsMap(a, 'annotations')
    const bad = new Y.Map<unknown>()
    records.set('bad', bad)
    bad.set(PACKED, '[1, 2]')
    expect(readFields(bad).ok).toBe(false)
    const sly = new Y.Map<unknown>()
    records.set('sly', sly)
    sly.set(PACKED, '{"id": "sly", "__proto__": {"polluted": true}}')
    sly.set('__proto__', { polluted: true })
    const read = readFields(sly)
    expect(read.ok && Object.getPrototypeOf(read.fields)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('moves a project kept in the old layout (a map of fields per record) into the current one', () => {
    const old = new Y.Doc()
    old.transact(() => {
      const rec = new Y.Map<unknown>()
      old.getMap<Y.Map<unknown>>('annotations').set('t1', rec)
      for (const [k, v] of Object.entries(tag)) rec.set(k, v)
    })
    const desk = new Y.Doc()
    sync(old, desk)
    expect(hasLegacy(desk)).toBe(true)
    desk.transact(() => expect(drainLegacy(desk)).toEqual([['annotations', 't1']]))
    expect(hasLegacy(desk)).toBe(false)
    expect(fieldsOf(desk)).toEqual(tag)
    expect(desk.getMap('meta').get('version')).toBe(2)
    // A tag made on a desk still on the old layout (its saved state, offline) is moved over when it arrives.
    old.transact(() => {
      const rec = new Y.Map<unknown>()
      old.getMap<Y.Map<unknown>>('annotations').set('t2', rec)
      for (const [k, v] of Object.entries({ ...tag, id: 't2' })) rec.set(k, v)
    })
    sync(old, desk)
    desk.transact(() => expect(drainLegacy(desk)).toEqual([['annotations', 't2']]))
    expect(readFields(recordsMap(desk, 'annotations').get('t2')!)).toEqual({ ok: true, fields: { ...tag, id: 't2' } })
    expect(hasLegacy(desk)).toBe(false)
  })
})
