import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

let desk: Desk
test.afterEach(async () => desk?.close())

test('Save quote sheet as PDF (Ctrl+Shift+P) writes Chromium’s PDF of the printed quote sheet where the user chose', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: /Venezuela Begins Releasing/ }).click()
  await selectTextWithMouse(page, 'Consider this gesture from the Bolivarian Government')
  await page.keyboard.press('q')
  await selectTextWithMouse(page, 'Jorge Rodríguez')
  await page.keyboard.press('p')
  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('c')
  await expect(page.getByRole('list', { name: 'Tags in this article' }).getByRole('listitem')).toHaveCount(2)

  const pdfPath = join(desk.workDir, 'sheet.pdf')
  desk.dialogs.exportPaths.push(pdfPath)
  await page.keyboard.press('Control+Shift+P')
  await expect(page.getByText('Saved the quote sheet (2 tags) as sheet.pdf.')).toBeVisible()
  const pdf = await readFile(pdfPath)
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect((await stat(pdfPath)).size).toBeGreaterThan(5_000)

  // The page the PDF was made of: the quote under its speaker, the claim with its status.
  expect(desk.printed).toHaveLength(1)
  const sheet = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 794, height: 640 } })
  await sheet.setContent(desk.printed[0]!)
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(/^Quote sheet: Sample/)
  await expect(sheet.getByRole('heading', { level: 3 })).toHaveText('Jorge Rodríguez')
  await expect(sheet.locator('blockquote').first()).toContainText('Consider this gesture from the Bolivarian Government')
  await expect(sheet.getByText('Unverified', { exact: true })).toBeVisible()
  // The README's picture of it with DOCS_SCREENSHOTS=1.
  await sheet.screenshot({ path: process.env.DOCS_SCREENSHOTS ? join('docs', 'quote-sheet.png') : join('test-results', 'quote-sheet-print.png') })
  await sheet.close()

  // Print (Ctrl+P) hands the same page to the system's dialog; closing it says nothing.
  await page.keyboard.press('Control+P')
  await expect.poll(() => desk.printed.length).toBe(2)
  expect(desk.printed[1]).toBe(desk.printed[0])
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a project with no tags has no quote sheet to print, and says why', async ({ browser }) => {
  desk = await openDesk(browser)
  await expect(desk.page.getByRole('option', { name: /Venezuela Begins Releasing/ })).toBeVisible()
  await desk.page.keyboard.press('Control+Shift+P')
  await expect(desk.page.getByText('There is nothing for a quote sheet yet: tag some quotes or claims first.')).toBeVisible()
  expect(desk.printed).toHaveLength(0)
})
