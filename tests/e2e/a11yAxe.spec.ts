import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

/**
 * Issue 15: axe (the pinned @axe-core/playwright) on every surface a reporter works in, in both themes, with all
 * of its rules on; any violation fails. Each surface is opened as a reporter opens it, then checked.
 */
const NYT = 'Venezuela Begins Releasing Political Prisoners'

let desk: Desk
test.afterEach(async () => desk?.close())

async function expectNoViolations(page: Page, surface: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  // For review (not violations): text over the tag tints' gradients, which tests/e2e/themes.spec.ts measures itself.
  console.log(`${surface}: ${results.passes.length} rules pass, ${results.violations.length} violated; for review: ${results.incomplete.map((r) => `${r.id} ×${r.nodes.length}`).join(', ') || 'none'}`)
  const found = results.violations.map((v) => `${surface}: ${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`)
  expect(found).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation in the ${colorScheme} theme: main window and first-run prompt, tag details, Find, People, Suggestions, Export, keyboard help`, async ({ browser }) => {
    test.setTimeout(120_000)
    desk = await openDesk(browser)
    const { page } = desk
    await page.emulateMedia({ colorScheme })
    await page.getByRole('option', { name: new RegExp(NYT) }).click()
    await expect(page.getByRole('form', { name: 'Your name on tags' })).toBeVisible()
    await expectNoViolations(page, 'main window with the first-run prompt')

    await selectTextWithMouse(page, 'an important number')
    await page.keyboard.press('q')
    await selectTextWithMouse(page, 'did not specify how many people would be freed')
    await page.keyboard.press('c')
    await expect(page.locator('.qm-tag-details')).toBeVisible()
    await expectNoViolations(page, 'tag details')

    await page.keyboard.press('Control+Shift+F')
    await expect(page.getByRole('tab', { name: 'Find' })).toHaveAttribute('aria-selected', 'true')
    await expectNoViolations(page, 'Find')

    await page.getByRole('tab', { name: 'People' }).click()
    await expect(page.getByRole('tab', { name: 'People' })).toHaveAttribute('aria-selected', 'true')
    await expectNoViolations(page, 'People')

    await page.getByRole('tab', { name: 'Articles' }).click()
    await page.keyboard.press('Control+Shift+G')
    await expect(page.getByRole('region', { name: 'Suggested quotes' })).toBeVisible()
    await expectNoViolations(page, 'Suggestions')
    await page.keyboard.press('Escape')

    await page.keyboard.press('Control+e')
    await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible()
    await expectNoViolations(page, 'Export')
    await page.keyboard.press('Escape')

    await page.keyboard.press('F1')
    await expect(page.getByRole('dialog', { name: /keyboard/i })).toBeVisible()
    await expectNoViolations(page, 'keyboard help')
  })
}
