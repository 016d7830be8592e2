/**
 * Checking a quote against its source: a reporter adds a council meeting's
 * subtitles as a source (Ctrl+Alt+I), checks a quote tagged in a story
 * (Ctrl+Shift+K), sees that the story dropped a "not" and changed a number,
 * saves the check, and exports the quote sheet with it. VERIFY_SCREENSHOT=path
 * writes the comparison dialog (the README's docs/check-quote.png).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { openDesk, giveAuthorName, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const STORY = `Council delays bridge decision

By Lena Ortiz

The council will close the Harbour Bridge for repairs, the mayor said on Tuesday.

"We will close the bridge in May, and the 14 night buses will keep running," Mayor Denise Okonkwo told reporters.
`

const SUBTITLES = `WEBVTT

00:12:20.000 --> 00:12:24.000
Thank you all for coming. On the Harbour Bridge:

00:12:34.000 --> 00:12:41.000
we will not close the bridge in May, and the 40 night buses will keep running.

00:12:41.000 --> 00:12:45.000
Repairs start in the autumn.
`

const QUOTE = 'We will close the bridge in May, and the 14 night buses will keep running,'

let desk: Desk
test.afterEach(async () => desk?.close())

test('a transcript is added, a quote checked against it shows the dropped “not” and the changed number, and the quote sheet carries the check', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  const storyPath = join(desk.workDir, 'council-bridge.txt')
  const subtitlesPath = join(desk.workDir, "council-meeting.vtt")
  await writeFile(storyPath, STORY)
  await writeFile(subtitlesPath, SUBTITLES)

  desk.dialogs.articlePaths.push([storyPath])
  await page.keyboard.press('Control+i')
  await expect(page.getByRole('option', { name: /Council delays bridge decision/ })).toBeVisible()
  await selectTextWithMouse(page, QUOTE)
  await page.keyboard.press('q')
  const tags = page.getByRole('list', { name: 'Tags in this article' })
  await expect(tags.locator('.qm-tag-item')).toHaveCount(1)

  // Add the meeting's subtitles as a source, from the keyboard.
  desk.dialogs.articlePaths.push([subtitlesPath])
  await page.keyboard.press('Control+Alt+i')
  const sources = page.getByRole('region', { name: 'Sources to check quotes against' })
  await expect(sources.getByRole('listitem')).toContainText('council meeting (transcript, timed)')

  // Check the selected quote against it.
  await expect(tags.locator('.qm-tag-item.qm-current')).toHaveCount(1)
  await page.keyboard.press('Control+Shift+K')
  const dialog = page.getByRole('dialog', { name: 'Check against source' })
  await expect(dialog.locator('.qm-check-status')).toContainText('Words changed against the transcript “council meeting” at 12:34.')
  const flags = dialog.getByRole('list', { name: 'Changes that may alter the meaning' })
  await expect(flags.getByRole('listitem')).toHaveText([
    '⚑ A negation dropped (“not” in the source, nothing in the quote)',
    '⚑ A number changed (“40” in the source, “14” in the quote)'
  ])
  await expect(dialog.locator('.qm-compare del')).toHaveText(['not', '40'])
  await expect(dialog.locator('.qm-compare ins')).toHaveText(['14'])
  if (process.env.VERIFY_SCREENSHOT) await dialog.screenshot({ path: process.env.VERIFY_SCREENSHOT })
  // The comparison is read in words too (not only by colour and strike-through), and axe finds nothing wrong with the dialog in either theme.
  await expect(dialog.locator('.qm-compare')).toContainText('left out: not')
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze()
    expect(axe.violations.map((v) => `${colorScheme}: ${v.id}: ${v.help}`)).toEqual([])
  }
  await dialog.screenshot({ path: test.info().outputPath('check-quote-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })
  await dialog.getByRole('button', { name: 'Save the check' }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  const details = page.getByRole('region', { name: 'Checked against a source' })
  await expect(details).toContainText('Words changed against the transcript “council meeting” at 12:34.')
  await expect(details).toContainText('A negation dropped')
  await page.screenshot({ path: test.info().outputPath('tag-details-checked.png') })
  await expect(tags.locator('.qm-check-badge')).toHaveText('changed ⚑ 2')
  const axeAfter = await new AxeBuilder({ page }).include('.qm-pane-tags').analyze()
  expect(axeAfter.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  // With no tag selected, the same key checks all the quotes in the article.
  await tags.getByRole('button', { name: /We will close the bridge/ }).click()
  await expect(tags.locator('.qm-tag-item.qm-current')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+K')
  await expect(dialog.getByRole('radio', { name: 'All quotes in this article' })).toBeChecked()
  await expect(dialog.locator('.qm-check-result')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // The saved file keeps the check; the quote sheet says it.
  await expect.poll(async () => JSON.stringify((await desk.readProjectJson()).annotations)).toContain('"status":"changed"')
  const mdPath = join(desk.workDir, 'sheet.md')
  desk.dialogs.exportPaths.push(mdPath)
  await page.keyboard.press('Control+e')
  const exporting = page.getByRole('dialog', { name: 'Export tags' })
  await exporting.getByRole('radio', { name: /Markdown quote sheet/ }).check()
  await exporting.getByRole('radio', { name: /All tags in the project/ }).check()
  await exporting.getByRole('button', { name: /Export/ }).click()
  await expect.poll(async () => readFile(mdPath, 'utf8').catch(() => '')).toContain(
    'Checked: words changed against the transcript “council meeting” at 12:34. Check the meaning: a negation dropped (“not” in the source, nothing in the quote); a number changed (“40” in the source, “14” in the quote).'
  )
})
