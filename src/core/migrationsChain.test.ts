import { describe, expect, it, vi } from 'vitest'
import { migrate, type JsonObject, type Migration } from './migrations'
import { deepFreeze } from '../../tests/support/projectTesting'

/**
 * A made-up format: version 1 has `title`, version 2 renamed it `name`, and
 * version 3 added `tags` with an empty default. Each step checks it is given
 * the shape it expects, so running them out of order fails loudly.
 */
const renameTitle: Migration = {
  from: 1,
  describe: 'rename "title" to "name"',
  up: (doc) => {
    if (!('title' in doc) || 'name' in doc) throw new Error('rename step given a document that is not version 1')
    const { title, ...rest } = doc
    return { ...rest, name: title }
  }
}
const addTags: Migration = {
  from: 2,
  describe: 'add an empty "tags" list',
  up: (doc) => {
    if (!('name' in doc)) throw new Error('tags step given a document that is not version 2')
    return { ...doc, tags: [] }
  }
}
const synthetic = [renameTitle, addTags]

describe('migrate with a made-up chain of migrations', () => {
  it('runs every step from the file’s version up to the target, in order', () => {
    const doc = { version: 1, title: 'Election night', items: [1, 2] }
    expect(migrate(doc, synthetic, 3)).toEqual({
      ok: true,
      doc: { version: 3, name: 'Election night', items: [1, 2], tags: [] },
      from: 1,
      applied: ['rename "title" to "name"', 'add an empty "tags" list']
    })
  })

  it('starts at the file’s version, skipping the steps it does not need', () => {
    const title = vi.fn(renameTitle.up)
    const result = migrate({ version: 2, name: 'Runoff' }, [{ ...renameTitle, up: title }, addTags], 3)
    expect(result).toEqual({ ok: true, doc: { version: 3, name: 'Runoff', tags: [] }, from: 2, applied: ['add an empty "tags" list'] })
    expect(title).not.toHaveBeenCalled()
  })

  it('stops at the target even when later steps exist', () => {
    expect(migrate({ version: 1, title: 'Budget' }, synthetic, 2)).toEqual({
      ok: true,
      doc: { version: 2, name: 'Budget' },
      from: 1,
      applied: ['rename "title" to "name"']
    })
  })

  it('runs nothing for a file already at the target', () => {
    const doc = { version: 3, name: 'Current', tags: ['x'] }
    expect(migrate(doc, synthetic, 3)).toEqual({ ok: true, doc, from: 3, applied: [] })
  })

  it('orders steps by their version, not by their place in the list', () => {
    expect(migrate({ version: 1, title: 'Reversed' }, [addTags, renameTitle], 3)).toEqual({
      ok: true,
      doc: { version: 3, name: 'Reversed', tags: [] },
      from: 1,
      applied: ['rename "title" to "name"', 'add an empty "tags" list']
    })
  })

  it('gives each step the previous step’s output and sets the version itself', () => {
    const seen: JsonObject[] = []
    const spy = (from: number): Migration => ({
      from,
      describe: `step ${from}`,
      up: (doc) => {
        seen.push(doc)
        return { ...doc, [`touched${from}`]: true, version: 'left alone by the step' }
      }
    })
    const result = migrate({ version: 1 }, [spy(1), spy(2), spy(3)], 4)
    expect(seen).toEqual([{ version: 1 }, { version: 2, touched1: true }, { version: 3, touched1: true, touched2: true }])
    expect(result).toEqual({ ok: true, doc: { version: 4, touched1: true, touched2: true, touched3: true }, from: 1, applied: ['step 1', 'step 2', 'step 3'] })
  })

  it('does not change the document it is given', () => {
    const doc = deepFreeze({ version: 1, title: 'Frozen', items: [{ id: 'a' }] })
    const copy = structuredClone(doc)
    const result = migrate(doc, synthetic, 3)
    expect(result.ok).toBe(true)
    expect(doc).toStrictEqual(copy)
    if (result.ok) expect(result.doc).not.toBe(doc)
  })

  it('refuses a file from a newer version without running any step', () => {
    const up = vi.fn((doc: JsonObject) => doc)
    expect(migrate({ version: 4 }, [{ from: 4, describe: 'never', up }], 3)).toEqual({
      ok: false,
      reason: 'newer',
      version: 4,
      message: 'it was made by a newer version of Quotemark (file format 4; this version reads up to 3)'
    })
    expect(up).not.toHaveBeenCalled()
  })

  it('refuses when a step is missing, naming the version it cannot upgrade', () => {
    const tags = vi.fn(addTags.up)
    expect(migrate({ version: 1, title: 'Gap' }, [renameTitle], 3)).toEqual({
      ok: false,
      reason: 'missing-step',
      version: 1,
      message: 'this version of Quotemark cannot upgrade file format 2'
    })
    expect(migrate({ version: 1, title: 'Gap' }, [{ ...addTags, up: tags }], 3)).toMatchObject({
      ok: false,
      reason: 'missing-step',
      message: 'this version of Quotemark cannot upgrade file format 1'
    })
    expect(tags).not.toHaveBeenCalled()
  })

  it('refuses a version that is missing, not a number, not a whole number or below 1', () => {
    const cases: [unknown, string][] = [
      [undefined, 'missing'],
      ['2', '"2"'],
      [null, 'null'],
      [1.5, '1.5'],
      [0, '0'],
      [-3, '-3'],
      [[1], '[1]']
    ]
    for (const [version, shown] of cases) {
      const doc: JsonObject = version === undefined ? { title: 'No version' } : { version, title: 'Odd version' }
      expect(migrate(doc, synthetic, 3)).toEqual({
        ok: false,
        reason: 'invalid-version',
        version,
        message: `its "version" is ${shown}, not a version number`
      })
    }
  })
})
