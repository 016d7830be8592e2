import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const NYT = 'Venezuela Begins Releasing Political Prisoners'

let desk: Desk
test.afterEach(async () => desk?.close())

test('People say what a person’s tags are: quotes and the attribution naming them, counted apart', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await selectTextWithMouse(page, 'Consider this gesture')
  await page.keyboard.press('q')
  await selectTextWithMouse(page, 'Jorge Rodríguez')
  await page.keyboard.press('p')
  await selectTextWithMouse(page, 'said Rodríguez')
  await page.keyboard.press('a')
  await expect(page.getByRole('list', { name: 'Tags in this article' }).getByRole('listitem')).toHaveCount(2)

  await page.getByRole('tab', { name: 'People' }).click()
  await page.getByRole('list', { name: 'People' }).getByRole('button', { name: /Jorge Rodríguez/ }).click()
  await expect(page.getByRole('button', { name: 'Show their 2 tags (1 quote, 1 attribution)' })).toBeVisible()
})

test('an empty project says there are no articles yet and how to import one, not "Choose an article on the left"', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  desk.dialogs.newProjectPaths.push(join(desk.workDir, 'empty'))
  await page.keyboard.press('Control+N')
  await expect(page.getByRole('option', { name: new RegExp(NYT) })).toHaveCount(0)
  await expect(page.getByText('No articles in this project yet')).toBeVisible()
  await expect(page.getByText('Choose an article on the left')).toHaveCount(0)
})
