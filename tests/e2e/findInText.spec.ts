import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const NYT = 'Venezuela Begins Releasing Political Prisoners'

let desk: Desk
test.afterEach(async () => desk?.close())

test('Ctrl+F finds words in the article text: count, next and previous, Esc back to the text on the match, and Q tags it', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await page.locator('.qm-article-text').focus()

  await page.keyboard.press('Control+F')
  const box = page.getByRole('searchbox', { name: 'Find in the article text' })
  await expect(box).toBeFocused()
  await box.fill('rodriguez')
  const count = page.locator('#qm-find-bar-count')
  await expect(count).toHaveText(/^1 of \d+$/)
  const total = Number((await count.textContent())!.split(' of ')[1])
  expect(total).toBeGreaterThan(1)
  await expect(page.locator('.qm-article-text .qm-find-match')).toHaveCount(total)
  await expect(page.locator('.qm-article-text .qm-find-current')).toHaveText(/^Rodr[ií]guez$/)

  await page.keyboard.press('Enter')
  await expect(count).toHaveText(`2 of ${total}`)
  await page.keyboard.press('F3')
  await expect(count).toHaveText(`3 of ${total}`)
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.press('Shift+F3')
  await expect(count).toHaveText(`1 of ${total}`)
  await page.keyboard.press('Shift+Enter')
  await expect(count).toHaveText(`${total} of ${total}`)
  await page.screenshot({ path: join('test-results', 'find-in-text.png') })

  // Ctrl+2 tags the current match from the box; Esc closes the bar, the keyboard back in the text on the match.
  await page.keyboard.press('Control+2')
  const tags = page.getByRole('list', { name: 'Tags in this article' }).getByRole('listitem')
  await expect(tags).toHaveCount(1)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(box).toHaveCount(0)
  await expect(page.locator('.qm-article-text .qm-find-match')).toHaveCount(0)
  await expect(page.locator('.qm-article-text')).toBeFocused()
  await page.keyboard.press('q')
  await expect(tags).toHaveCount(2)
  // (By its kind, not its words: an open tag's editor lists every kind, "Quote" among them.)
  await expect(tags.and(page.locator('.qm-kind-quote'))).toContainText(/Rodr[ií]guez/)

  // No match says so.
  await page.keyboard.press('Control+F')
  await box.fill('zzzz not here')
  await expect(count).toHaveText('No matches')
})

test('Find among tags keeps Ctrl+Shift+F, and sorts its results by article order, speaker, kind or newest, remembered', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await selectTextWithMouse(page, 'Consider this gesture')
  await page.keyboard.press('q')
  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('c')
  await selectTextWithMouse(page, 'said Rodríguez')
  await page.keyboard.press('a')

  await page.keyboard.press('Control+Shift+F')
  await expect(page.getByLabel('Search tags in the project')).toBeFocused()
  const rows = page.getByRole('listbox', { name: 'Matching tags' }).getByRole('option')
  await expect(rows).toHaveCount(3)
  const firstWords = async () => (await rows.locator('.qm-tag-exact').allTextContents()).map((t) => t.split(' ')[0])
  const inArticle = await firstWords()
  const sort = page.getByLabel('Sort')
  await sort.focus()
  await sort.selectOption('kind')
  expect(await firstWords()).toEqual(['Consider', 'said', 'an'])
  await sort.selectOption('newest')
  expect(await firstWords()).toEqual(['said', 'an', 'Consider'])
  await page.screenshot({ path: join('test-results', 'find-sorted.png') })

  // Remembered when Find is left and come back to.
  await page.getByRole('tab', { name: 'Articles' }).click()
  await page.getByRole('tab', { name: 'Find' }).click()
  await expect(page.getByLabel('Sort')).toHaveValue('newest')
  await page.getByLabel('Sort').selectOption('article')
  expect(await firstWords()).toEqual(inArticle)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation in the ${colorScheme} theme with the find bar, Find's sort and a refused article detail on screen`, async ({ browser }) => {
    desk = await openDesk(browser)
    const { page } = desk
    await page.emulateMedia({ colorScheme })
    await page.getByRole('option', { name: new RegExp(NYT) }).click()
    await page.keyboard.press('Control+F')
    await page.getByRole('searchbox', { name: 'Find in the article text' }).fill('prisoners')
    await expect(page.locator('.qm-article-text .qm-find-current')).toHaveCount(1)
    await page.getByRole('tab', { name: 'Find' }).click()
    await page.getByRole('button', { name: 'Edit details' }).click()
    await page.getByLabel('URL').fill('example.com/story')
    await page.getByRole('button', { name: 'Save details' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'has no scheme' })).toBeVisible()
    await page.screenshot({ path: join('test-results', `find-bar-${colorScheme}.png`) })
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
}
