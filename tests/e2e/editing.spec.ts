/**
 * Mistakes that can be undone, and tags whose words can be corrected (issue
 * 15): deleting an article from the keyboard with a question that counts its
 * tags, undoing an import, the question before a first import into the
 * sample, tags kept to one paragraph, and resizing, splitting and joining a
 * tag without losing its id, speaker or note.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { giveAuthorName, openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const NYT = 'Venezuela Begins Releasing Political Prisoners'

let desk: Desk
test.afterEach(async () => desk?.close())

const articleRows = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
const quotes = (page: Page) => page.locator('.qm-article-text .qm-quote')
type Saved = { annotations: { id: string; kind: string; note: string; target: { exact: string } }[]; articles: { title: string }[] }
const saved = async (desk: Desk) => (await desk.readProjectJson()) as unknown as Saved

async function openNyt(desk: Desk): Promise<Page> {
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  await articleRows(page).filter({ hasText: NYT }).click()
  return page
}

test('Delete on a focused article asks, naming how many tags go with it; Ctrl+Z brings the article and its tags back', async ({ browser }) => {
  desk = await openDesk(browser)
  const page = await openNyt(desk)
  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('q')
  await expect(quotes(page)).toHaveCount(1)

  await articleRows(page).filter({ hasText: NYT }).focus()
  await page.keyboard.press('Delete')
  const question = page.getByRole('dialog', { name: `Delete “${NYT}”?` })
  await expect(question).toContainText('Its 1 tag goes with it')
  await expect(question.getByRole('button', { name: 'Delete the article and its 1 tag' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(articleRows(page)).toHaveCount(1)
  await expect(page.locator('.qm-notices')).toContainText(`Deleted “${NYT}” and its 1 tag.`)
  // The keyboard stays in the list, on the article shown now.
  await expect(articleRows(page).first()).toBeFocused()
  await expect.poll(async () => (await saved(desk)).articles.length).toBe(1)

  await page.keyboard.press('Control+z')
  await expect(articleRows(page)).toHaveCount(2)
  await articleRows(page).filter({ hasText: NYT }).click()
  await expect(quotes(page)).toHaveText('an important number')
  await expect.poll(async () => (await saved(desk)).annotations.map((a) => a.target.exact)).toEqual(['an important number'])

  // Esc answers no: nothing is deleted.
  await articleRows(page).filter({ hasText: NYT }).focus()
  await page.keyboard.press('Delete')
  await page.keyboard.press('Escape')
  await expect(articleRows(page)).toHaveCount(2)
})

test('an import is one step of undo: Ctrl+Z takes the imported article out again', async ({ browser }) => {
  desk = await openDesk(browser)
  await giveAuthorName(desk.page, 'Ana Reporter')
  const { page } = desk
  await writeFile(join(desk.workDir, 'council.txt'), 'Council meets\n\n“We will rebuild,” the mayor said.')
  desk.dialogs.articlePaths.push([join(desk.workDir, 'council.txt')])
  await page.keyboard.press('Control+i')
  await expect(articleRows(page)).toHaveCount(3)
  await page.keyboard.press('Control+z')
  await expect(articleRows(page)).toHaveCount(2)
  await expect.poll(async () => (await saved(desk)).articles.length).toBe(2)
})

test('a first import while the sample is open asks where the articles go: a new project, or the sample', async ({ browser }) => {
  desk = await openDesk(browser, { askAboutSample: true })
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  await writeFile(join(desk.workDir, 'council.txt'), 'Council meets\n\n“We will rebuild,” the mayor said.')

  // Start a new project: the import lands there, and the sample keeps its two articles.
  desk.dialogs.newProjectPaths.push(join(desk.workDir, 'Council.quotemark.json'))
  desk.dialogs.articlePaths.push([join(desk.workDir, 'council.txt')])
  await page.keyboard.press('Control+i')
  const question = page.getByRole('dialog', { name: 'The sample project is open' })
  await expect(question.getByRole('button', { name: 'Start a new project for your articles' })).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('sample-import-question.png') })
  await page.keyboard.press('Enter')
  await expect(articleRows(page)).toHaveCount(1)
  await expect(articleRows(page)).toContainText('Council meets')
  expect(desk.projectPath()).toBe(join(desk.workDir, 'Council.quotemark.json'))

})

test('answering “Add to the sample project” (by Tab) imports there, and is not asked again', async ({ browser }) => {
  desk = await openDesk(browser, { askAboutSample: true })
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  await writeFile(join(desk.workDir, 'council.txt'), 'Council meets\n\n“We will rebuild,” the mayor said.')
  desk.dialogs.articlePaths.push([join(desk.workDir, 'council.txt')], [join(desk.workDir, 'council.txt')])
  await page.keyboard.press('Control+i')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Add to the sample project' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(articleRows(page)).toHaveCount(3)
  await page.keyboard.press('Control+i')
  await expect(articleRows(page)).toHaveCount(4)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('a selection extended past the end of its paragraph is tagged only to that end, and the reporter is told', async ({ browser }) => {
  desk = await openDesk(browser)
  const page = await openNyt(desk)
  await selectTextWithMouse(page, 'interim leader, Delcy')
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Control+ArrowRight')
  await page.keyboard.press('q')
  await expect(quotes(page)).toHaveText('interim leader, Delcy Rodríguez.')
  await expect(page.locator('.qm-notices')).toContainText('A tag stays within one paragraph')
})

test('a tag is resized from the keyboard and by dragging an end, keeping its note; split at the caret and joined again; each undone by Ctrl+Z', async ({ browser }) => {
  desk = await openDesk(browser)
  const page = await openNyt(desk)
  await selectTextWithMouse(page, 'important number')
  await page.keyboard.press('q')
  await page.getByRole('textbox', { name: 'Note' }).fill('check the count')
  await page.getByRole('textbox', { name: 'Note' }).press('Control+Enter')
  await expect.poll(async () => (await saved(desk)).annotations[0]?.note).toBe('check the count')
  const id = (await saved(desk)).annotations[0]!.id

  // Keys: the end a word right, the start a word left.
  await page.locator('.qm-article-text').focus()
  await page.keyboard.press('Alt+Shift+ArrowRight')
  await expect(quotes(page)).toHaveText('important number"')
  await page.keyboard.press('Alt+Shift+ArrowRight')
  await expect(quotes(page)).toHaveText('important number" and')
  await page.keyboard.press('Control+Alt+Shift+ArrowLeft')
  await expect(quotes(page)).toHaveText('"an important number" and')
  await page.keyboard.press('Alt+Shift+ArrowLeft')
  await expect(quotes(page)).toHaveText('"an important number"')
  await page.keyboard.press('Control+z')
  await expect(quotes(page)).toHaveText('"an important number" and')
  await page.keyboard.press('Control+z')
  await expect(quotes(page)).toHaveText('important number" and')

  // The handles: drag the end onto "Venezuelans".
  const handles = page.locator('.qm-tag-handle')
  await expect(handles).toHaveCount(2)
  await page.evaluate(() => window.getSelection()?.removeAllRanges())
  await page.screenshot({ path: test.info().outputPath('tag-resize-handles.png') })
  await page.locator('.qm-pane-text').screenshot({ path: join('test-results', 'tag-resize-handles.png') })
  const end = await page.locator('.qm-tag-handle-end').boundingBox()
  const target = await wordBox(page, 'Venezuelans')
  await page.mouse.move(end!.x, end!.y + end!.height / 2)
  await page.mouse.down()
  await page.mouse.move(target.x, target.y, { steps: 6 })
  await page.mouse.up()
  await expect(quotes(page)).toHaveText('important number" and that they would be both Venezuelans')
  await expect.poll(async () => (await saved(desk)).annotations.map((a) => [a.id, a.note, a.target.exact])).toEqual([
    [id, 'check the count', 'important number" and that they would be both Venezuelans']
  ])

  // Split at the caret (S), then join again (Shift+J): the note stays on the first.
  await clickBefore(page, 'that they')
  await page.keyboard.press('s')
  await expect(quotes(page)).toHaveText(['important number" and', 'that they would be both Venezuelans'])
  await expect.poll(async () => (await saved(desk)).annotations.map((a) => [a.id === id, a.note])).toEqual([
    [true, 'check the count'],
    [false, '']
  ])
  await page.getByRole('list', { name: 'Tags in this article' }).getByRole('listitem').first().click()
  await page.locator('.qm-article-text').focus()
  await page.keyboard.press('Shift+J')
  await expect(quotes(page)).toHaveText('important number" and that they would be both Venezuelans')
  await page.keyboard.press('Control+z')
  await expect(quotes(page)).toHaveText(['important number" and', 'that they would be both Venezuelans'])
})

/** The middle of the first occurrence of a word in the article text, on screen. */
async function wordBox(page: Page, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate((word) => {
    const root = document.querySelector('.qm-article-text')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(word)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(n, at + word.length - 1)
      range.setEnd(n, at + word.length)
      const r = range.getBoundingClientRect()
      return { x: r.right - 1, y: r.top + r.height / 2 }
    }
    throw new Error(`Not in the article: ${word}`)
  }, word)
}

/** Click just before a phrase in the article text: the caret goes there (and the tag under it is selected). */
async function clickBefore(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((phrase) => {
    const root = document.querySelector('.qm-article-text')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(phrase)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(n, at)
      range.setEnd(n, at + 1)
      const r = range.getBoundingClientRect()
      return { x: r.left + 1, y: r.top + r.height / 2 }
    }
    throw new Error(`Not in the article: ${phrase}`)
  }, phrase)
  await page.mouse.click(box.x, box.y)
}
