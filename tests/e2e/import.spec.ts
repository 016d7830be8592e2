import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { makePdf } from '../unit/import/makePdf'
import { openDesk, type Desk } from './harness'

const fixtures = join(__dirname, '..', 'fixtures')
const BBC_TITLE = "Obama admits US gun laws are his 'biggest frustration'"

let desk: Desk
test.afterEach(async () => desk?.close())

const articles = (desk: Desk) => desk.page.getByRole('listbox', { name: 'Articles' }).getByRole('option')

test('Import… brings in a saved web page and a subtitle file with their metadata, paragraphs and times', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(articles(desk)).toHaveCount(2)
  await copyFile(join(fixtures, 'html', 'bbc-1', 'source.html'), join(desk.workDir, 'obama.html'))
  await copyFile(join(fixtures, 'vtt', 'interview.vtt'), join(desk.workDir, 'interview.vtt'))
  desk.dialogs.articlePaths.push([join(desk.workDir, 'obama.html'), join(desk.workDir, 'interview.vtt')])
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(articles(desk)).toHaveCount(4)
  await articles(desk).filter({ hasText: BBC_TITLE }).click()
  await expect(page.locator('.qm-article-heading')).toHaveText(BBC_TITLE)
  await expect(page.locator('.qm-article-text')).toContainText('President Barack Obama has admitted that his failure to pass "common sense gun safety laws"')
  await articles(desk).filter({ hasText: 'interview' }).click()
  await expect(page.locator('.qm-article-text')).toContainText('Jorge Rodríguez: After a long pause, I can say more & better.')
  await expect
    .poll(async () => {
      const saved = (await desk.readProjectJson()) as unknown as { articles: Array<{ sourceKind?: string; outlet: string; blocks: Array<{ time?: number }> }> }
      return saved.articles.slice(2).map((a) => [a.sourceKind, a.outlet, a.blocks.flatMap((b) => (b.time === undefined ? [] : [b.time])).join(' ')])
    })
    .toEqual([
      ['html', 'BBC News', ''],
      ['vtt', '', '1 6.5 754 758.5']
    ])
})

test('a dropped web page gives only its words to the window, never its scripts, frames or links; a dropped subtitle file keeps its speakers', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(articles(desk)).toHaveCount(2)
  const vtt = await readFile(join(fixtures, 'vtt', 'interview.vtt'), 'utf8')
  await page.evaluate((subtitles) => {
    const html = `<html><head><title>Council</title><script>window.hacked = 1</script></head><body onload="window.hacked = 2">
      <article><h1>Council votes</h1><p>The council voted on Tuesday. <a href="javascript:window.hacked = 3">Read more</a> about it.</p>
      <iframe src="https://example.org/"></iframe><img src="x" onerror="window.hacked = 4"><p><strong>Nothing</strong> else was decided.</p></article></body></html>`
    const dt = new DataTransfer()
    dt.items.add(new File([html], 'council.html', { type: 'text/html' }))
    dt.items.add(new File([subtitles], 'clip.vtt', { type: 'text/vtt' }))
    document.querySelector('.qm-app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  }, vtt)
  await expect(articles(desk)).toHaveCount(4)
  await articles(desk).filter({ hasText: 'Council' }).click()
  await expect(page.locator('.qm-article-text')).toContainText('The council voted on Tuesday. Read more about it.')
  await expect(page.locator('.qm-article-text strong')).toHaveText('Nothing')
  await expect(page.locator('.qm-article-text a, .qm-article-text iframe, .qm-article-text img, .qm-article-text script')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined()
  await articles(desk).filter({ hasText: 'clip' }).click()
  await expect(page.locator('.qm-article-text')).toContainText('Ana Pérez: Good morning. We are here with the mayor. Thank you for joining us.')
})

test('Import… brings in a PDF with each paragraph’s page and a Word transcript with its speaker turns', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(articles(desk)).toHaveCount(2)
  const pdf = await makePdf([{ heading: 'Court filing', paragraphs: [['The plaintiff asks the court to order the re-', 'lease of the records.']] }, { paragraphs: [['The hearing is set for March.']] }], { pageNumbers: true })
  await writeFile(join(desk.workDir, 'filing.pdf'), pdf)
  await copyFile(join(fixtures, 'docx', 'interview.docx'), join(desk.workDir, 'interview.docx'))
  desk.dialogs.articlePaths.push([join(desk.workDir, 'filing.pdf'), join(desk.workDir, 'interview.docx')])
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(articles(desk)).toHaveCount(4)
  await articles(desk).filter({ hasText: 'filing' }).click()
  await expect(page.locator('.qm-article-text')).toContainText('The plaintiff asks the court to order the release of the records.')
  await articles(desk).filter({ hasText: 'interview' }).click()
  await expect(page.locator('.qm-article-text')).toContainText('Jorge Rodríguez: Today, and more of them next week.')
  await expect
    .poll(async () => ((await desk.readProjectJson()) as unknown as { articles: Array<{ blocks: Array<{ page?: number }> }> }).articles[2]?.blocks.map((b) => b.page))
    .toEqual([1, 1, 2])
})

test('a PDF and a Word file dropped on the window are imported from their bytes', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(articles(desk)).toHaveCount(2)
  const pdf = (await makePdf([{ heading: 'Agency report', paragraphs: [['Emissions fell by a third last year.']] }])).toString('base64')
  const docx = (await readFile(join(fixtures, 'docx', 'interview.docx'))).toString('base64')
  await page.evaluate(
    ([pdf, docx]) => {
      const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const dt = new DataTransfer()
      dt.items.add(new File([bytes(pdf!)], 'report.pdf', { type: 'application/pdf' }))
      dt.items.add(new File([bytes(docx!)], 'interview.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))
      document.querySelector('.qm-app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    [pdf, docx]
  )
  await expect(articles(desk)).toHaveCount(4)
  await articles(desk).filter({ hasText: 'report' }).click()
  await expect(page.locator('.qm-article-text')).toContainText('Emissions fell by a third last year.')
  await articles(desk).filter({ hasText: 'interview' }).click()
  await expect(page.locator('.qm-article-text')).toContainText('REPORTER: When will the prisoners be released?')
})
