import { expect, test } from '@playwright/test'
import { giveAuthorName, openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const NYT = 'Venezuela Begins Releasing Political Prisoners'

let desk: Desk
test.afterEach(async () => desk?.close())

const panel = (desk: Desk) => desk.page.getByRole('region', { name: 'Suggested quotes' })
const quotes = (desk: Desk) => panel(desk).getByRole('listbox', { name: /^Suggested quotes/ })
const options = (desk: Desk) => quotes(desk).getByRole('option')
const active = (desk: Desk) => quotes(desk).getByRole('option', { selected: true })
const tags = (desk: Desk) => desk.page.getByRole('list', { name: 'Tags in this article' })

type File = {
  people: { id: string; name: string; role: string }[]
  annotations: { kind: string; origin?: string; speakerId: string | null; attributionId: string | null; target: { exact: string } }[]
  rejections: { target: { exact: string } }[]
}

test('a reporter reviews suggested quotes from the keyboard: rejects one, accepts one, fixes a speaker, answers “speaker?” for one speaker’s guesses, undoes, and finds it all after a restart', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  await page.getByRole('option', { name: new RegExp(NYT) }).click()

  // Ctrl+Shift+G: every quote of the article is suggested, outlined in the text apart from tags, the first under review.
  await page.keyboard.press('Control+Shift+G')
  await expect(options(desk)).toHaveCount(9)
  await expect(page.locator('.qm-article-text .qm-suggestion')).toHaveCount(9)
  await expect(page.locator('.qm-article-text .qm-suggestion-active')).toHaveText('an important number')
  await expect(active(desk)).toContainText('Jorge Rodríguez')
  const dashed = await page.locator('.qm-article-text .qm-suggestion').first().evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).borderBottomStyle)
  expect(dashed).toContain('dashed')

  // R rejects: gone from the list and the text, the next one under review.
  await page.keyboard.press('r')
  await expect(options(desk)).toHaveCount(8)
  await expect(page.locator('.qm-article-text .qm-suggestion', { hasText: 'an important number' })).toHaveCount(0)
  await expect(active(desk)).toContainText('Consider this gesture')

  // A accepts: a quote tagged with Jorge Rodríguez as its speaker, and its attribution.
  await page.keyboard.press('a')
  await expect(options(desk)).toHaveCount(7)
  await expect(tags(desk)).toContainText('Consider this gesture')
  await expect(tags(desk)).toContainText('Jorge Rodríguez')
  await expect(page.locator('.qm-article-text .qm-quote', { hasText: 'Consider this gesture' })).toHaveCount(1)

  // Fix the speaker before accepting: J to the Himiob quote's neighbour, E to edit, Enter to accept.
  while (!(await active(desk).innerText()).includes('A certain faction')) await page.keyboard.press('j')
  await expect(active(desk)).toContainText('Gonzalo Himiob')
  await page.keyboard.press('e')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Foro Penal')
  await page.keyboard.press('Enter')
  await expect(options(desk)).toHaveCount(6)

  // Fix the words: select part of a suggestion in the text, S, then accept.
  await page.keyboard.press('Home')
  await expect(active(desk)).toContainText('Let us hope')
  await selectTextWithMouse(page, 'Let us hope')
  await panel(desk).getByRole('button', { name: /Use selection/ }).click()
  await expect(panel(desk)).toContainText('Words to tag instead')
  await panel(desk).getByRole('button', { name: /^Accept A$/ }).click()
  await expect(page.locator('.qm-article-text .qm-quote', { hasText: /^Let us hope$/ })).toHaveCount(1)

  // Donald Trump's three quotes are only guesses ("he said" after others are named): Shift+A leaves them, and accepting asks who said it.
  const trump = () => options(desk).filter({ hasText: 'speaker? Donald Trump' })
  await quotes(desk).focus()
  while (!(await active(desk).innerText()).includes('speaker? Donald Trump')) await page.keyboard.press('j')
  await page.keyboard.press('Shift+A')
  await expect(page.getByText('3 where Donald Trump is only a guess are left to choose')).toBeVisible()
  await expect(trump()).toHaveCount(3)
  await page.keyboard.press('a')
  const chooser = panel(desk).getByRole('listbox', { name: /Speaker\?/ })
  await expect(chooser).toBeFocused()
  await expect(chooser.getByRole('option', { selected: true })).toContainText('Donald Trump')
  // The README's picture (docs/suggestions.png): the guess outlined in the text, "speaker?" in the list, the choices open.
  await page.locator('.qm-article-text .qm-suggestion-active').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/suggestions.png' })
  // Enter takes the first choice; then 1 answers at once for the other two. Ctrl+Z takes the last back, Ctrl+Shift+Z redoes it.
  await page.keyboard.press('Enter')
  await expect(trump()).toHaveCount(2)
  await page.keyboard.press('1')
  await page.keyboard.press('1')
  await expect(trump()).toHaveCount(0)
  const afterAll = await options(desk).count()
  await page.locator('.qm-article-text').focus()
  await page.keyboard.press('Control+z')
  await expect(trump()).toHaveCount(1)
  await expect(options(desk)).toHaveCount(afterAll + 1)
  await page.keyboard.press('Control+Shift+z')
  await expect(trump()).toHaveCount(0)

  // Everything is in the file: origin kept for provenance, the rejection remembered, across a restart.
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')
  const file = (await desk.readProjectJson()) as unknown as File
  const byText = (exact: string) => file.annotations.find((a) => a.target.exact === exact)
  const person = (name: string) => file.people.find((p) => p.name === name)
  expect(byText('an important number')).toBeUndefined()
  expect(file.rejections.map((r) => r.target.exact)).toEqual(['an important number'])
  const consider = file.annotations.find((a) => a.kind === 'quote' && a.target.exact.startsWith('Consider this gesture'))!
  expect(consider).toMatchObject({ origin: 'suggested', speakerId: person('Jorge Rodríguez')!.id })
  expect(file.annotations.find((a) => a.target.exact.startsWith('A certain faction'))).toMatchObject({ speakerId: person('Foro Penal')!.id })
  expect(file.annotations.filter((a) => a.kind === 'quote' && a.speakerId === person('Donald Trump')?.id)).toHaveLength(3)

  await desk.restart()
  await desk.page.getByRole('option', { name: new RegExp(NYT) }).click()
  await desk.page.keyboard.press('Control+Shift+G')
  await expect(options(desk).filter({ hasText: 'an important number' })).toHaveCount(0)
  await expect(options(desk).filter({ hasText: 'Consider this gesture' })).toHaveCount(0)
})

test('suggestions for the whole project move from article to article, and Esc closes them', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('button', { name: 'Suggest', exact: true }).click()
  await panel(desk).getByRole('button', { name: 'All articles' }).click()
  await expect(options(desk)).toHaveCount(18)
  await quotes(desk).focus()
  await page.keyboard.press('End')
  await expect(page.locator('.qm-article-heading')).toHaveText('Venezuelan government begins releasing political prisoners')
  await expect(page.locator('.qm-article-text .qm-suggestion-active')).toHaveText('that would be a great honour')
  await page.keyboard.press('Escape')
  await expect(panel(desk)).toHaveCount(0)
  await expect(page.locator('.qm-article-text .qm-suggestion')).toHaveCount(0)
})

test('claim candidates are offered on request, with their source, and accepting one tags a claim to check', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await page.keyboard.press('Control+Shift+G')
  await expect(options(desk)).toHaveCount(9)
  await panel(desk).getByRole('button', { name: 'Claims too' }).click()
  await expect(panel(desk).getByRole('button', { name: 'Claims too' })).toHaveAttribute('aria-pressed', 'true')
  const claim = options(desk).filter({ hasText: 'according to rights groups' })
  await expect(claim).toContainText('source: rights groups')
  await claim.click()
  await expect(page.locator('.qm-article-text .qm-suggestion-claim.qm-suggestion-active')).toContainText('at least 80 political prisoners')
  await page.screenshot({ path: 'test-results/suggestions-claims.png' })
  await quotes(desk).focus()
  await page.keyboard.press('a')
  await expect(page.locator('.qm-article-text .qm-claim', { hasText: 'at least 80 political prisoners' })).toHaveCount(1)
  await expect(options(desk).filter({ hasText: 'according to rights groups' })).toHaveCount(0)
})

test('in a larger project (read article by article between frames), every article’s suggestions are offered and the progress line goes away', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(page.locator('.qm-article-item')).toHaveCount(2)
  // Twelve more articles, each with a quote: fourteen in all, past the size read through in one go.
  await page.evaluate(() => {
    const dt = new DataTransfer()
    for (let i = 1; i <= 12; i++) {
      const text = `Council vote ${i}\n\nThe council met on Tuesday.\n\n"We will vote again in ${i} weeks," said Mayor Ana Ruiz.`
      dt.items.add(new File([text], `council-${i}.txt`, { type: 'text/plain' }))
    }
    document.querySelector('.qm-app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  })
  await expect(page.locator('.qm-article-item')).toHaveCount(14)
  await page.keyboard.press('Control+Shift+G')
  await panel(desk).getByRole('button', { name: 'All articles' }).click()
  await expect(options(desk)).toHaveCount(18 + 12)
  await expect(page.getByRole('status').filter({ hasText: 'Looking for quotes' })).toHaveCount(0)
  await expect(options(desk).filter({ hasText: 'Ana Ruiz' })).toHaveCount(12)
})
