import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../core/annotations'
import type { Command } from '../../../core/commands'
import type { Annotation } from '../../../core/schema'
import { FakeMain, NOW, settle, testArticle } from '../../../../tests/support/fakeMain'
import type { Notice } from './notices'
import { Replica } from './replica'

function quote(id: string, exact = 'an important number'): Annotation {
  const start = testArticle.text.indexOf(exact)
  return createAnnotation({ id, articleId: testArticle.id, kind: 'quote', text: testArticle.text, start, end: start + exact.length, author: 'Ana', now: NOW })
}
const add = (annotation: Annotation): Command => ({ type: 'annotation.add', annotation })

async function setup() {
  const main = new FakeMain()
  const notices: { tone: Notice['tone']; text: string }[] = []
  let seq = 0
  const replica = new Replica(main.api(), (tone, text) => notices.push({ tone, text }), undefined, () => `w-${++seq}`)
  replica.listen()
  await replica.load()
  return { main, replica, notices }
}

describe('the replica', () => {
  it('shows a tag at once, before main has answered', async () => {
    const { replica } = await setup()
    expect(replica.perform(add(quote('q1')))).toBe(true)
    expect(replica.getState().project!.annotations.map((a) => a.id)).toEqual(['q1'])
  })

  it('sends each command with its own id, and knows its echo by that id whether the echo comes before or after the reply', async () => {
    const { main, replica } = await setup()
    replica.perform(add(quote('q1')))
    replica.perform(add(quote('q2', 'Officials')))
    await settle()
    expect(main.received.map((r) => r.commandId)).toEqual(['w-1', 'w-2'])
    main.flush()
    // Applied once: the echo did not add the tags a second time, nor report a duplicate.
    expect(replica.getState().project!.annotations.map((a) => a.id)).toEqual(['q1', 'q2'])
    expect(replica.revision()).toBe(main.revision)
  })

  it('applies a change made in another window once', async () => {
    const { main, replica, notices } = await setup()
    main.external(add(quote('q9')), 'other-window-7')
    expect(replica.getState().project!.annotations.map((a) => a.id)).toEqual(['q9'])
    expect(replica.revision()).toBe(main.revision)
    expect(notices).toEqual([])
  })

  it('takes in another window’s change that main made before this window’s own, even when its own reply came first', async () => {
    const { main, replica } = await setup()
    // Main applies the other window's command first (revision 2), then ours (revision 3); our reply arrives before the other echo.
    const other = add(quote('q9'))
    main.project = { ...main.project, annotations: [...main.project.annotations, quote('q9')] }
    main.outbox.push({ kind: 'command', revision: ++main.revision, command: other, commandId: 'other-window-1' })
    replica.perform(add(quote('q1', 'Officials')))
    await settle()
    main.flush()
    expect(replica.getState().project!.annotations.map((a) => a.id).sort()).toEqual(['q1', 'q9'])
  })

  it('rolls back a change main refuses, and says why', async () => {
    const { main, replica, notices } = await setup()
    main.refuse = 'the disk is full'
    replica.perform(add(quote('q1')))
    await settle()
    await settle()
    expect(replica.getState().project!.annotations).toEqual([])
    expect(notices.map((n) => n.text)).toEqual(['That change was not saved: the disk is full'])
  })

  it('undoes and redoes through main like any other change', async () => {
    const { main, replica } = await setup()
    replica.perform(add(quote('q1')))
    expect(replica.undo()).toBe(true)
    expect(replica.getState().project!.annotations).toEqual([])
    expect(replica.redo()).toBe(true)
    await settle()
    main.flush()
    expect(main.project.annotations.map((a) => a.id)).toEqual(['q1'])
    expect(replica.getState().project!.annotations.map((a) => a.id)).toEqual(['q1'])
  })

  it('refuses changes to a file opened read-only, with the reason', async () => {
    const { main, replica, notices } = await setup()
    replica.adopt({ ...main.session(), readOnly: 'Made by a newer Quotemark.' } as never)
    expect(replica.perform(add(quote('q1')))).toBe(false)
    expect(notices.map((n) => n.text)).toContain('Made by a newer Quotemark.')
  })

  it('records an import main made for undo, and does not add its articles twice when the echo follows', async () => {
    const { main, replica } = await setup()
    const article = { ...testArticle, id: 'art-2', title: 'Second' }
    const command: Command = { type: 'batch', label: 'Import', commands: [{ type: 'article.add', article }] }
    const before = replica.getState().project
    main.project = { ...main.project, articles: [...main.project.articles, article] }
    main.revision++
    replica.takeImport(before, { ok: true, articles: [article], revision: main.revision, skipped: [], command, commandId: 'main-import-1' })
    main.emit({ kind: 'command', revision: main.revision, command, commandId: 'main-import-1' })
    expect(replica.getState().project!.articles.map((a) => a.id)).toEqual(['art-1', 'art-2'])
    expect(replica.canUndo()).toBe(true)
  })

})
