import { expect, test } from '@playwright/test'
import { giveAuthorName, openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

/**
 * The README's pictures of the main window, light and dark (docs/screenshot.png, docs/dark.png), made with the
 * current UI: `DOCS_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots.spec.ts` after `npm run build`.
 * (docs/speakers-and-claims.png and docs/suggestions.png come from speakers.spec.ts and suggest.spec.ts, which
 * write them to test-results/.) Skipped otherwise: it checks nothing the other specs do not.
 */
const NYT = 'Venezuela Begins Releasing Political Prisoners'
const CLAIM = 'did not specify how many people would be freed but said it would be "an important number"'

let desk: Desk
test.afterEach(async () => desk?.close())

test('the README pictures of the main window, in the light and the dark theme', async ({ browser }) => {
  test.skip(!process.env.DOCS_SCREENSHOTS, 'set DOCS_SCREENSHOTS=1 to write docs/screenshot.png and docs/dark.png')
  desk = await openDesk(browser)
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('q')
  await selectTextWithMouse(page, 'Jorge Rodríguez')
  await page.keyboard.press('p')
  await selectTextWithMouse(page, 'said Rodríguez')
  await page.keyboard.press('a')
  await page.keyboard.press('Escape')
  await selectTextWithMouse(page, CLAIM)
  await page.keyboard.press('c')
  await page.locator('.qm-article-text .qm-quote', { hasText: /^an important number$/ }).click()
  await expect(page.locator('.qm-tag-item.qm-current')).toContainText('Jorge Rodríguez')
  for (const dismiss of await page.getByRole('region', { name: 'Notices' }).getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click()
  await page.mouse.move(0, 0)
  await page.screenshot({ path: 'docs/screenshot.png' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'docs/dark.png' })
})
