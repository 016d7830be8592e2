import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const NYT = 'Venezuela Begins Releasing Political Prisoners'
const BBC = 'Venezuelan government begins releasing political prisoners'
const GOLD_QUOTE = 'an important number'
const LONG_QUOTE =
  'Consider this gesture from the Bolivarian Government -- made with sincere intentions toward peace -- as the contribution we all must make so that our republic can continue living peacefully and striving for prosperity,'
const CLAIM = 'did not specify how many people would be freed but said it would be "an important number"'
const ATTRIBUTION = 'said Rodríguez'

let desk: Desk
test.afterEach(async () => desk?.close())

const tagList = (desk: Desk) => desk.page.getByRole('list', { name: 'Tags in this article' })
const tagToolbar = (desk: Desk) => desk.page.getByRole('group', { name: 'Tag the selection' })
const savedIndicator = (desk: Desk) => desk.page.locator('[data-save-state]')

test('a journalist tags a quote, an overlapping claim and an attribution, and finds them after a reload, a restart and on disk', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana Reporter')
  await page.getByRole('button', { name: 'Use this name' }).click()
  // First run: the sample project with both seed articles.
  const articles = page.getByRole('listbox', { name: 'Articles' })
  await expect(articles.getByRole('option')).toHaveCount(2)
  await expect(articles).toContainText(NYT)
  await expect(articles).toContainText(BBC)
  await articles.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(page.locator('.qm-article-heading')).toHaveText(NYT)

  // The gold quote: selected with the mouse, tagged with the keyboard.
  await selectTextWithMouse(page, GOLD_QUOTE)
  await page.keyboard.press('q')
  await expect(page.locator('.qm-article-text .qm-quote')).toHaveText(GOLD_QUOTE)
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(1)

  // An overlapping claim that contains the quote, with Ctrl+3.
  await selectTextWithMouse(page, CLAIM)
  await page.keyboard.press('Control+3')
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(2)
  await expect(page.locator('.qm-article-text .qm-claim').first()).toContainText('did not specify')
  // Both stay visible where they overlap: one span for the overlap, carrying both kinds and both tags.
  const overlap = page.locator('.qm-article-text .qm-claim.qm-quote')
  await expect(overlap).toHaveCount(1)
  await expect(overlap).toHaveText(GOLD_QUOTE)
  await expect(overlap).toHaveAttribute('data-annotation-ids', /^\S+ \S+$/)

  // A second quote and its attribution, by toolbar buttons.
  await selectTextWithMouse(page, LONG_QUOTE)
  await tagToolbar(desk).getByRole('button', { name: /^Quote/ }).click()
  await selectTextWithMouse(page, ATTRIBUTION)
  await tagToolbar(desk).getByRole('button', { name: /^Attribution/ }).click()
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(4)
  await expect(page.locator('.qm-article-text .qm-attribution')).toHaveText(ATTRIBUTION)
  await expect(articles.getByRole('option', { name: new RegExp(NYT) })).toContainText('4')

  await expect(savedIndicator(desk)).toHaveAttribute('data-save-state', 'saved')
  // The screenshot a reader of the README sees: no stray text selection, the article from its top.
  await page.evaluate(() => {
    window.getSelection()?.removeAllRanges()
    document.querySelector('.qm-pane-text')?.scrollTo(0, 0)
  })
  await page.screenshot({ path: test.info().outputPath('desk-all-kinds.png') })
  await page.screenshot({ path: join('test-results', 'desk-all-kinds.png') })

  // Reload the window: everything comes back from main.
  await page.reload()
  await articles.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(4)
  await expect(page.locator('.qm-article-text .qm-quote').first()).toHaveText(GOLD_QUOTE)

  // And in the JSON file on disk, with the exact words.
  const onDisk = await desk.readProjectJson()
  expect(onDisk.annotations.map((a) => [a.kind, a.target.exact]).sort()).toEqual(
    [
      ['attribution', ATTRIBUTION],
      ['claim', CLAIM],
      ['quote', GOLD_QUOTE],
      ['quote', LONG_QUOTE]
    ].sort()
  )

  // Quit and start again: the project reopens from disk.
  await desk.restart()
  const again = desk.page.getByRole('listbox', { name: 'Articles' })
  await again.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(4)
  await expect(desk.page.locator('.qm-article-text .qm-claim')).not.toHaveCount(0)
})

test('undo and redo take back and restore tag actions from the keyboard, and the file follows', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await selectTextWithMouse(page, GOLD_QUOTE)
  await page.keyboard.press('q')
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(1)

  // Delete the selected tag with the Delete key, then undo and redo that.
  await page.keyboard.press('Delete')
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(page.locator('.qm-article-text .qm-quote')).toHaveText(GOLD_QUOTE)

  // A duplicate (same kind, same words) is refused with a reason.
  await selectTextWithMouse(page, GOLD_QUOTE)
  await page.keyboard.press('q')
  await expect(page.getByRole('alert')).toContainText('already tagged as a quote')
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(1)

  // Change its kind and add a note from the sidebar.
  await tagList(desk).getByRole('button', { name: /an important number/ }).click()
  await page.getByRole('radio', { name: 'Claim' }).check()
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Check the Spanish original')
  await page.getByRole('textbox', { name: 'Note', exact: true }).press('Control+Enter')
  await expect(savedIndicator(desk)).toHaveAttribute('data-save-state', 'saved')
  await expect.poll(async () => (await desk.readProjectJson()).annotations).toEqual([
    expect.objectContaining({ kind: 'claim', note: 'Check the Spanish original', target: expect.objectContaining({ exact: GOLD_QUOTE }) })
  ])
})

test('a broken project file is named with its problem and left untouched on disk', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(page.getByRole('option')).toHaveCount(2)
  const broken = join(desk.workDir, 'Colleague.quotemark.json')
  const bytes = '{"format":"quotemark-project","version":1,"id":"x","name":"Colleague","articles":[{"id":"a1","title":"Cut off'
  await writeFile(broken, bytes)
  desk.dialogs.openPaths.push(broken)
  await page.keyboard.press('Control+o')
  await expect(page.getByRole('alert')).toContainText('Colleague.quotemark.json')
  await expect(page.getByRole('alert')).toContainText(/cut short|empty/)
  // The open project is still there, and the broken file was not written.
  await expect(page.getByRole('option')).toHaveCount(2)
  expect(await readFile(broken, 'utf8')).toBe(bytes)
})

test('articles dropped on the window are imported with their paragraphs and words as written', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(page.getByRole('option')).toHaveCount(2)
  await mkdir(desk.workDir, { recursive: true })
  await page.evaluate(() => {
    const dt = new DataTransfer()
    dt.items.add(new File(['# Council vote\n\nThe mayor said "we\'re done -- finally" on Tuesday.\n\nSecond *paragraph* here.'], 'council.md', { type: 'text/markdown' }))
    dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])], 'photo.png', { type: 'image/png' }))
    document.querySelector('.qm-app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  })
  await expect(page.getByRole('option')).toHaveCount(3)
  await expect(page.locator('.qm-article-heading')).toHaveText('Council vote')
  await expect(page.locator('.qm-article-text')).toContainText(`The mayor said "we're done -- finally" on Tuesday.`)
  await expect(page.locator('.qm-article-text em')).toHaveText('paragraph')
  await expect(page.getByRole('alert')).toContainText('photo.png')
})

test('everything works from the keyboard alone: reach the text, select, tag, step between tags and delete', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(page.getByRole('option')).toHaveCount(2)
  // Tab from the top of the window until the article text has focus.
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate(() => document.activeElement?.classList.contains('qm-article-text'))) break
    await page.keyboard.press('Tab')
  }
  await expect(page.locator('.qm-article-text')).toBeFocused()
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('Shift+End')
  await page.keyboard.press('c')
  await expect(page.locator('.qm-article-text .qm-claim')).toHaveCount(1)
  await expect(page.locator('.qm-article-text .qm-claim')).toContainText('Family members of detainees')

  await page.keyboard.press('Escape')
  await expect(tagList(desk).getByRole('button', { pressed: true })).toHaveCount(0)
  await page.keyboard.press('j')
  await expect(tagList(desk).getByRole('button', { pressed: true })).toContainText('Family members')
  await page.keyboard.press('Delete')
  await expect(tagList(desk).getByRole('listitem')).toHaveCount(0)
  await expect.poll(async () => (await desk.readProjectJson()).annotations.length).toBe(0)
})

test('clicking a tag in the text opens it in the sidebar, and article details can be corrected after import', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(BBC) }).click()
  await selectTextWithMouse(page, 'a significant number')
  await page.keyboard.press('q')
  await page.keyboard.press('Escape')
  await expect(tagList(desk).getByRole('button', { pressed: true })).toHaveCount(0)
  await page.locator('.qm-article-text .qm-quote').click()
  await expect(tagList(desk).getByRole('button', { pressed: true })).toContainText('a significant number')
  await expect(page.locator('.qm-article-text .qm-quote.qm-selected')).toHaveCount(1)

  await page.getByRole('button', { name: 'Edit details' }).click()
  await page.getByLabel('URL').fill('https://www.bbc.com/news/articles/example')
  await page.getByLabel('Outlet').fill('BBC News Online')
  await page.getByRole('button', { name: 'Save details' }).click()
  await expect(page.locator('.qm-article-header')).toContainText('BBC News Online')
  await expect(page.getByRole('option', { name: new RegExp(BBC) })).toContainText('BBC News Online')
  await expect
    .poll(async () => ((await desk.readProjectJson()).articles as { title: string; outlet: string; url: string }[]).find((a) => a.title === BBC))
    .toMatchObject({ outlet: 'BBC News Online', url: 'https://www.bbc.com/news/articles/example' })
})
