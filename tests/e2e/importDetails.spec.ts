import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openDesk, type Desk } from './harness'

let desk: Desk
test.afterEach(async () => desk?.close())

const articles = (desk: Desk) => desk.page.getByRole('listbox', { name: 'Articles' }).getByRole('option')

test('an imported .txt and .md show their headline once, as the title, and their byline and date line as the byline and date', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await writeFile(join(desk.workDir, 'bridge.txt'), 'Mayor Opens New Bridge\nBy Jane Doe and Ben Okafor | March 4, 2026\nThe mayor opened the bridge on Tuesday.\nIt cost $4m.\n')
  await writeFile(join(desk.workDir, 'tunnel.md'), '# Council Closes Old Tunnel\n\nPublished 5 March 2026\n\nThe council closed the tunnel on Wednesday.\n')
  desk.dialogs.articlePaths.push([join(desk.workDir, 'bridge.txt'), join(desk.workDir, 'tunnel.md')])
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(articles(desk)).toHaveCount(4)

  await articles(desk).filter({ hasText: 'Mayor Opens New Bridge' }).click()
  await expect(page.locator('.qm-article-heading')).toHaveText('Mayor Opens New Bridge')
  await expect(page.locator('.qm-article-header .qm-article-meta')).toContainText('Jane Doe and Ben Okafor · 2026-03-04')
  await expect(page.locator('.qm-article-text')).not.toContainText('Mayor Opens New Bridge')
  await expect(page.locator('.qm-article-text')).not.toContainText('By Jane Doe')
  await expect(page.locator('.qm-article-text p').first()).toHaveText('The mayor opened the bridge on Tuesday.')

  await articles(desk).filter({ hasText: 'Council Closes Old Tunnel' }).click()
  await expect(page.locator('.qm-article-header .qm-article-meta')).toContainText('2026-03-05')
  await expect(page.locator('.qm-article-text')).toHaveText('The council closed the tunnel on Wednesday.')
})

test('the article details refuse an address without a scheme (offering https://) and save "March 4, 2026" as 2026-03-04, saying so', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: /Venezuela Begins Releasing/ }).click()
  await page.getByRole('button', { name: 'Edit details' }).click()
  await page.getByLabel('Date').fill('March 4, 2026')
  const url = page.getByLabel('URL')
  await url.fill('www.nytimes.com/2026/01/09/world/venezuela.html')
  await page.getByRole('button', { name: 'Save details' }).click()

  const problem = page.getByRole('alert').filter({ hasText: 'has no scheme' })
  await expect(problem).toContainText('Start it with https://')
  await expect(url).toBeFocused()
  await expect(url).toHaveAttribute('aria-invalid', 'true')
  await page.screenshot({ path: join('test-results', 'details-url-refused.png') })
  await page.getByRole('button', { name: 'Use https://www.nytimes.com/2026/01/09/world/venezuela.html' }).click()
  await expect(url).toHaveValue('https://www.nytimes.com/2026/01/09/world/venezuela.html')
  await page.getByRole('button', { name: 'Save details' }).click()

  await expect(page.getByRole('status').filter({ hasText: 'is saved as 2026-03-04' })).toBeVisible()
  await expect(page.locator('.qm-article-header .qm-article-meta')).toContainText('2026-03-04')
  await expect
    .poll(async () => ((await desk.readProjectJson()) as unknown as { articles: { title: string; publishedAt: string }[] }).articles.find((a) => a.title.startsWith('Venezuela Begins'))?.publishedAt)
    .toBe('2026-03-04')

  // Words that are no date are refused, with how to write one.
  await page.getByRole('button', { name: 'Edit details' }).click()
  await page.getByLabel('Date').fill('last Tuesday')
  await page.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'not a date' })).toContainText('for example 2026-03-04')
  await expect(page.getByLabel('Date')).toBeFocused()
})

test('Import from URL refuses a host name without a scheme and offers its https:// address', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(articles(desk)).toHaveCount(2)
  await page.evaluate(() => (window as unknown as { __quotemarkEmit: (ch: string, p: unknown) => void }).__quotemarkEmit('event:menu-command', 'importUrl'))
  const dialog = page.getByRole('dialog', { name: 'Import from URL' })
  const box = dialog.getByLabel('Web address')
  await box.fill('www.example.org/news/story.html')
  await box.press('Enter')
  await expect(dialog.getByRole('alert')).toContainText('has no scheme, so it is not a full web address. Start it with https://')
  await dialog.getByRole('button', { name: 'Use https://www.example.org/news/story.html' }).click()
  await expect(box).toHaveValue('https://www.example.org/news/story.html')
  await expect(dialog.getByRole('alert')).toHaveCount(0)
})
