import { expect, test, type Page } from '@playwright/test'
import { openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

// Issue 15: what a screen reader hears when a tag is made, selected or suggested (the README's "Screen readers").
const NYT = 'Venezuela Begins Releasing Political Prisoners'

let desk: Desk
test.afterEach(async () => desk?.close())

/** The one polite live region that says what just happened (components/Announcer.tsx). */
const said = (page: Page) => page.locator('[data-announcer]')

test('making and selecting a tag is said with its kind, speaker and words; the tagged words say the same', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(said(page)).toHaveAttribute('aria-live', 'polite')
  await expect(said(page)).toHaveAttribute('role', 'status')

  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('q')
  await expect(said(page)).toHaveText('Tagged quote: “an important number”.')

  await selectTextWithMouse(page, 'Jorge Rodríguez')
  await page.keyboard.press('p')
  const mark = page.locator('.qm-article-text [role="mark"]', { hasText: /^an important number$/ })
  await expect(mark).toHaveAttribute('aria-description', 'quote by Jorge Rodríguez')

  await page.keyboard.press('Escape')
  await mark.click()
  await expect(said(page)).toHaveText('Selected quote by Jorge Rodríguez: “an important number”.')

  // A person renamed in People: the tagged words name them anew.
  await page.getByRole('tab', { name: 'People' }).click()
  await page.getByRole('list', { name: 'People' }).getByRole('button', { name: /Jorge Rodríguez/ }).click()
  const details = page.getByRole('form', { name: 'Details of Jorge Rodríguez' })
  await details.getByLabel('Name', { exact: true }).fill('Jorge J. Rodríguez')
  await details.getByRole('button', { name: 'Save' }).click()
  await expect(mark).toHaveAttribute('aria-description', 'quote by Jorge J. Rodríguez')
})

test('each suggestion under review is said with its place, speaker and words, then whether it was accepted or rejected', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await page.keyboard.press('Control+Shift+G')
  await expect(said(page)).toHaveText(/^Suggested quote 1 of 9, (by|speaker not sure)[^:]*: “/)
  // The notice that opens the review is said too: notices are a live region.
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('9 suggested quotes in this article')

  // The first is a guess (only a name right after the quote's cue is shown as sure): accepting asks, Enter takes the first candidate.
  await expect(said(page)).toHaveText(/^Suggested quote 1 of 9, speaker not sure \(Jorge Rodríguez\?\)/)
  await page.keyboard.press('a')
  await page.keyboard.press('Enter')
  await expect(said(page)).toHaveText(/^Accepted\. Suggested quote 1 of 8/)
  await page.keyboard.press('r')
  await expect(said(page)).toHaveText(/^Rejected\. Suggested quote \d of 7/)
})
