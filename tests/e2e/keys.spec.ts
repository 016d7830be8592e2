import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

let desk: Desk
test.afterEach(async () => desk?.close())

test('the keyboard help opens with ? and F1, lists the keys by where they work, closes with Esc and gives the keyboard back', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: /Venezuela Begins Releasing/ }).click()
  // Two overlapping tags, so the picture behind the help shows how runs are painted.
  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('q')
  await selectTextWithMouse(page, 'did not specify how many people would be freed but said it would be "an important number"')
  await page.keyboard.press('c')
  await expect(page.locator('.qm-article-text .qm-claim.qm-quote')).toHaveCount(1)
  await page.locator('.qm-article-text').focus()

  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await page.keyboard.press('?')
  await expect(help).toBeVisible()
  await expect(help.getByRole('region', { name: 'In the article text (select words first to tag them)' })).toContainText('Tag the selection as a quote')
  await expect(help.getByRole('region', { name: 'Anywhere in the window' })).toContainText('Ctrl+Shift+Z')
  await expect(help.getByRole('region', { name: 'Reviewing suggestions' })).toContainText('Accept all by this speaker')
  await page.evaluate(() => window.getSelection()?.removeAllRanges())
  await page.screenshot({ path: join('test-results', 'keyboard-help.png') })
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)
  await expect(page.locator('.qm-article-text')).toBeFocused()

  // F1 works from a text field too, where ? is just a character.
  await page.getByRole('tab', { name: 'Find' }).click()
  const search = page.getByLabel('Search tags in the project')
  await search.click()
  await page.keyboard.press('?')
  await expect(help).toHaveCount(0)
  await expect(search).toHaveValue('?')
  await page.keyboard.press('F1')
  await expect(help).toBeVisible()
  await help.getByRole('button', { name: /Close/ }).click()
  await expect(help).toHaveCount(0)
  await expect(search).toBeFocused()
})
