/**
 * Statements across outlets on the sample project: with the two reports'
 * Maduro claims and Rodríguez quotes tagged, the Statements panel
 * (Ctrl+Shift+O) lists the Saturday/Sunday contradiction first; A links the
 * two claims as contradicting; R rejects the Rodríguez group, and after a
 * restart neither is offered again (the rejection is kept in the file).
 * With the panel open, tags a colleague adds are offered once the changes
 * settle (the panel asks main again only when what statements depend on
 * changed, after a burst of changes: components/StatementsPanel.tsx).
 */
import { expect, test } from '@playwright/test'
import { createAnnotation } from '../../src/core/annotations'
import type { SingleCommand } from '../../src/core/commands'
import { createPerson } from '../../src/core/people'
import { giveAuthorName, openDesk, type Desk } from './harness'

const NYT = '965e9a29-261d-4b44-aef8-d4a816ac235e'
const BBC = '7884ab6c-4d84-43b4-9464-18f7773515af'
const NOW = '2026-01-10T00:00:00.000Z'

let desk: Desk
test.afterEach(async () => desk?.close())

const panel = (desk: Desk) => desk.page.getByRole('dialog', { name: 'Statements across articles' })
const offers = (desk: Desk) => panel(desk).getByRole('listbox').getByRole('option')

/** Tag words of the sample's articles from main, as a colleague's change would arrive. */
function tagSample(desk: Desk): void {
  const project = desk.store.snapshot()!.project
  const rodriguez = createPerson('Jorge Rodríguez', NOW, { aliases: ['Rodríguez'] })
  const steps: SingleCommand[] = [{ type: 'person.add', person: rodriguez }]
  const tag = (articleId: string, words: string, kind: 'quote' | 'claim', speakerId: string | null = null) => {
    const article = project.articles.find((a) => a.id === articleId)!
    const start = article.text.indexOf(words)
    expect(start).toBeGreaterThanOrEqual(0)
    const annotation = createAnnotation({ articleId, text: article.text, start, end: start + words.length, kind, author: 'Ana Reporter', now: NOW })
    steps.push({ type: 'annotation.add', annotation: { ...annotation, speakerId } })
  }
  tag(NYT, 'the United States captured President Nicolás Maduro on Sunday', 'claim')
  tag(BBC, 'the US seized Venezuela\'s President Nicolás Maduro in a raid on the capital, Caracas, on Saturday', 'claim')
  tag(NYT, 'an important number', 'quote', rodriguez.id)
  tag(BBC, 'a significant number', 'quote', rodriguez.id)
  const applied = desk.store.applyTrusted({ type: 'batch', label: 'Tag the sample', commands: steps })
  expect(applied.ok).toBe(true)
}

test('the Saturday/Sunday contradiction is listed; accepting links it, rejecting the Rodríguez group hides it after a restart', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  await expect(page.getByRole('option', { name: /Venezuela Begins Releasing/ })).toBeVisible()
  tagSample(desk)

  await page.keyboard.press('Control+Shift+O')
  await expect(offers(desk).first()).toContainText('Contradiction on a date: Sunday / Saturday')
  await expect(offers(desk).first()).toContainText('The New York Times')
  await expect(offers(desk).first().locator('mark', { hasText: 'Saturday' })).toHaveCount(1)
  const group = offers(desk).filter({ hasText: 'Same statement by Jorge Rodríguez' })
  await expect(group).toHaveCount(1)
  await expect(group.locator('mark')).toHaveText(['important', 'significant'])
  if (process.env.STATEMENTS_SCREENSHOT) await page.screenshot({ path: process.env.STATEMENTS_SCREENSHOT })

  // One speaker's offers alone, then everyone's again, the keyboard back in the list.
  await panel(desk).getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Jorge Rodríguez' })
  await expect(offers(desk)).toHaveCount(1)
  await panel(desk).getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Everyone' })
  await expect(offers(desk)).toHaveCount(2)
  await offers(desk).first().click()

  // A accepts the contradiction under review: a 'contradicts' link between the two claims; the group is next.
  await page.keyboard.press('a')
  await expect(offers(desk).filter({ hasText: 'Sunday / Saturday' })).toHaveCount(0)
  await expect.poll(() => desk.store.snapshot()!.project.links.map((l) => l.type)).toEqual(['contradicts'])
  await expect(panel(desk).getByRole('listbox').getByRole('option', { selected: true })).toContainText('Same statement by Jorge Rodríguez')

  // R rejects the group: gone, and remembered in the project file.
  await page.keyboard.press('r')
  await expect(group).toHaveCount(0)
  await expect.poll(async () => ((await desk.readProjectJson()).statementRejections as { type: string }[] | undefined)?.map((r) => r.type)).toEqual(['same-statement'])

  // After a restart the panel offers neither again.
  await desk.restart()
  await expect(desk.page.getByRole('option', { name: /Venezuela Begins Releasing/ })).toBeVisible()
  await desk.page.keyboard.press('Control+Shift+O')
  await expect(panel(desk)).toBeVisible()
  await expect(panel(desk)).toContainText('No statement is told by more than one article, or every one has been linked or rejected.')
  await expect(offers(desk)).toHaveCount(0)
})

test('with the panel open, tags a colleague adds are offered once their changes settle', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  await expect(page.getByRole('option', { name: /Venezuela Begins Releasing/ })).toBeVisible()
  await page.keyboard.press('Control+Shift+O')
  await expect(panel(desk)).toContainText('No statement is told by more than one article, or every one has been linked or rejected.')

  tagSample(desk)
  await expect(offers(desk).first()).toContainText('Contradiction on a date: Sunday / Saturday')
  await expect(offers(desk)).toHaveCount(2)
})
