import { expect, test, type Page } from '@playwright/test'
import { openDesk, type Desk } from './harness'

// Issue 15, item 4: the window's layout holds still and fits, from 800×600 up.
const NYT = 'Venezuela Begins Releasing Political Prisoners'

let desk: Desk
test.afterEach(async () => desk?.close())

const firstWordsTop = (page: Page) => page.locator('.qm-article-text p').first().evaluate((el) => el.getBoundingClientRect().top)
const lineCount = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const style = getComputedStyle(el)
    const inner = el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth)
    return Math.round(inner / parseFloat(style.lineHeight === 'normal' ? String(parseFloat(style.fontSize) * 1.2) : style.lineHeight))
  })

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(page.locator('.qm-article-text')).toContainText('Venezuela')
}

test('a notice (and the first-run name prompt) float over the window: the text does not move when one appears or goes', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await openArticle(page)
  await expect(page.getByRole('form', { name: 'Your name on tags' })).toBeVisible()
  const before = await firstWordsTop(page)
  // Q with nothing selected says what to do, in a notice that fades by itself.
  await page.locator('.qm-article-text').focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('q')
  const notices = page.getByRole('region', { name: 'Notices' })
  await expect(notices.getByText('Select some words in the article first')).toHaveCount(3)
  expect(await firstWordsTop(page)).toBe(before)
  await notices.getByRole('button', { name: 'Dismiss' }).first().click()
  await expect(notices.getByText('Select some words in the article first')).toHaveCount(2)
  expect(await firstWordsTop(page)).toBe(before)
  // The others fade by themselves (after 6 s): still nothing moves.
  await expect(notices.getByText('Select some words in the article first')).toHaveCount(0, { timeout: 15_000 })
  expect(await firstWordsTop(page)).toBe(before)
  // The notices say so to a screen reader: the region is a live one, there before anything is in it.
  await expect(notices.locator('[aria-live="polite"]')).toHaveCount(1)
})

test('at 800×600 the article keeps a column of at least 400 px, and the Suggestions header keeps its × on its line', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.setViewportSize({ width: 800, height: 600 })
  await openArticle(page)
  const column = await page.locator('.qm-article-text').evaluate((el) => el.getBoundingClientRect().width)
  console.log(`article column at 800×600: ${Math.round(column)} px`)
  expect(column).toBeGreaterThanOrEqual(400)

  await page.keyboard.press('Control+Shift+G')
  const panel = page.getByRole('region', { name: 'Suggested quotes' })
  const heading = panel.getByRole('heading').first()
  const close = panel.getByRole('button', { name: 'Close suggestions' })
  await expect(close).toBeVisible()
  const [h, x] = await Promise.all([heading.boundingBox(), close.boundingBox()])
  // The × sits on the heading's line: their vertical middles within a few pixels.
  expect(Math.abs(h!.y + h!.height / 2 - (x!.y + x!.height / 2))).toBeLessThan(6)
  // And the heading is one line, not broken inside its word.
  expect(await lineCount(page, '.qm-suggestions-head h2')).toBe(1)
})

test('the footer lists its keys on one line, at 800 px as at full width', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await openArticle(page)
  for (const width of [1360, 1024, 800]) {
    await page.setViewportSize({ width, height: 600 })
    expect(await lineCount(page, '.qm-footer'), `footer lines at ${width} px`).toBe(1)
  }
  // Keys that do not fit are left out, not wrapped; the help (? or F1) lists them all, and its key is always shown.
  await expect(page.locator('.qm-footer')).toContainText('all keys')
})

test('notices never cover the article text: a full stack of them, and the name prompt, keep clear of it from 800 px up', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await openArticle(page)
  await expect(page.getByRole('form', { name: 'Your name on tags' })).toBeVisible()
  const notices = page.getByRole('region', { name: 'Notices' })
  for (const [width, height] of [
    [800, 600],
    [1024, 768],
    [1360, 860],
    [1920, 1080]
  ] as const) {
    await page.setViewportSize({ width, height })
    // As many notices as the window shows at once (four; a fifth pushes the oldest out), over the name prompt.
    await page.locator('.qm-article-text').focus()
    for (let i = 0; i < 5; i++) await page.keyboard.press('q')
    await expect(notices.getByText('Select some words in the article first')).toHaveCount(4)
    const { boxes, text, overlaps, paneOverlaps } = await page.evaluate(() => {
      type Box = { left: number; top: number; right: number; bottom: number }
      const box = (el: Element): Box => {
        const r = el.getBoundingClientRect()
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
      }
      const meet = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) })
      const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top)
      // The text as the reporter sees it: the editor's box, where its scrolling pane shows it.
      const text = meet(box(document.querySelector('.qm-article-text.ProseMirror')!), box(document.querySelector('.qm-pane-text')!))
      // Each notice where it shows: a stack too tall for the window scrolls inside its region, which clips it.
      const region = box(document.querySelector('.qm-toasts')!)
      const boxes = [...document.querySelectorAll('.qm-toasts .qm-notice, .qm-toasts .qm-author-prompt')].map((el) => meet(box(el), region))
      // Nor the left pane's own controls: while notices show, that pane ends above them and its content scrolls.
      const pane = box(document.querySelector('.qm-pane-articles')!)
      return { boxes, text, overlaps: boxes.map((b) => area(meet(b, text))), paneOverlaps: boxes.map((b) => area(meet(b, pane))) }
    })
    await page.screenshot({ path: test.info().outputPath(`notices-${width}.png`) })
    expect(boxes.length, `notices and prompt at ${width}×${height}`).toBe(5)
    expect(text.right - text.left, `text column at ${width}×${height}`).toBeGreaterThan(300)
    expect(overlaps, `px² of the article text under each notice at ${width}×${height} (text ${JSON.stringify(text)}, notices ${JSON.stringify(boxes)})`).toEqual([0, 0, 0, 0, 0])
    expect(paneOverlaps, `px² of the left pane under each notice at ${width}×${height}`).toEqual([0, 0, 0, 0, 0])
    // Each is in the window, whole, and its Dismiss button can be reached and pressed.
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0)
      expect(b.right).toBeLessThanOrEqual(width)
    }
    // Nothing in the stack is cut at its side; a stack too tall for the window scrolls, keeping the newest notice in view.
    expect(await notices.evaluate((el) => el.scrollWidth - el.clientWidth), `sideways overflow at ${width}×${height}`).toBe(0)
    await expect(notices.getByRole('status').last()).toBeInViewport()
    const dismiss = notices.getByRole('button', { name: 'Dismiss' }).first()
    await dismiss.focus()
    await expect(dismiss).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(notices.getByText('Select some words in the article first')).toHaveCount(3)
  }
})
