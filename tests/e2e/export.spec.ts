import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { exportProject } from '../../src/core/export'
import { parseProject } from '../../src/core/projectFile'
import { openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const NYT = 'Venezuela Begins Releasing Political Prisoners'

let desk: Desk
test.afterEach(async () => desk?.close())

test('a reporter exports the quotes she tagged, and the file on disk is exactly what the core export makes of the saved project', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('q')
  const tag = page.getByRole('list', { name: 'Tags in this article' }).locator('.qm-tag-item.qm-current')
  await tag.getByRole('combobox', { name: 'Speaker: type a name' }).fill('Jorge Rodríguez')
  await page.keyboard.press('Enter')
  await expect(tag.locator('.qm-tag-speaker')).toHaveText('Jorge Rodríguez')
  // A quote whose first character would be a formula in a spreadsheet.
  await selectTextWithMouse(page, '-- made with sincere intentions toward peace --')
  await page.keyboard.press('q')

  // Copy with citation puts the quote and who said it, where, on the clipboard.
  await page.getByRole('list', { name: 'Tags in this article' }).getByRole('button', { name: /an important number/ }).click()
  await page.keyboard.press('Control+Shift+C')
  await expect.poll(() => desk.dialogs.clipboard).toEqual(['“an important number” — Jorge Rodríguez (The New York Times, 2026-01-09)'])

  // Export… (Ctrl+E): CSV of every tag.
  const csvPath = join(desk.workDir, 'quotes.csv')
  desk.dialogs.exportPaths.push(csvPath)
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export tags' })
  await dialog.getByRole('radio', { name: /CSV/ }).check()
  await dialog.getByRole('radio', { name: /All tags in the project/ }).check()
  await page.screenshot({ path: test.info().outputPath('export-dialog.png') })
  await dialog.getByRole('button', { name: /Export 2 tags/ }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Exported 2 tags' })).toBeVisible()
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')

  const written = await readFile(csvPath, 'utf8')
  const saved = parseProject(await readFile(desk.projectPath(), 'utf8'), 'project')
  if (!saved.ok) throw new Error(saved.message)
  expect(written).toBe(exportProject(saved.project, { format: 'csv', now: '2000-01-01T00:00:00.000Z', exportedBy: 'x' }))
  expect(written.startsWith('\uFEFF')).toBe(true)
  expect(written).toContain('Jorge Rodríguez')
  expect(written).toContain("'-- made with sincere intentions toward peace --")
  expect(desk.dialogs.exportRequests[0]!.suggestedName).toMatch(/\.csv$/)

  // The Markdown quote sheet of this article only, offered in the folder of the last export.
  const mdPath = join(desk.workDir, 'sheet.md')
  desk.dialogs.exportPaths.push(mdPath)
  await page.getByRole('button', { name: 'Export…' }).click()
  await dialog.getByRole('radio', { name: /Markdown quote sheet/ }).check()
  await dialog.getByRole('radio', { name: new RegExp(`Tags in “${NYT}”`) }).check()
  await dialog.getByRole('button', { name: /Export 2 tags/ }).click()
  await expect(dialog).toHaveCount(0)
  await expect.poll(async () => readFile(mdPath, 'utf8').catch(() => '')).toContain('an important number')
  expect(await readFile(mdPath, 'utf8')).toContain('Jorge Rodríguez')
  expect(desk.dialogs.exportRequests[1]!.folder).toBe(desk.workDir)
})
