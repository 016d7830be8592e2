import { expect, test } from '@playwright/test'
import { PROJECT_VERSION } from '../../src/core/schema'
import { giveAuthorName, openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const NYT = 'Venezuela Begins Releasing Political Prisoners'
const BBC = 'Venezuelan government begins releasing political prisoners'
const RODRIGUEZ_QUOTE =
  'Consider this gesture from the Bolivarian Government -- made with sincere intentions toward peace -- as the contribution we all must make so that our republic can continue living peacefully and striving for prosperity,'
const SUNDAY = 'the United States captured President Nicolás Maduro on Sunday'
const SATURDAY = "the US seized Venezuela's President Nicolás Maduro in a raid on the capital, Caracas, on Saturday"

let desk: Desk
test.afterEach(async () => desk?.close())

const tags = (desk: Desk) => desk.page.getByRole('list', { name: 'Tags in this article' })
const openTag = (desk: Desk) => tags(desk).locator('.qm-tag-item.qm-current')
const tab = (desk: Desk, name: string) => desk.page.getByRole('tab', { name })
const results = (desk: Desk) => desk.page.getByRole('listbox', { name: 'Matching tags' }).getByRole('option')

test('a fact-checker attributes a quote to a person named in the text, disputes a claim, links it across articles, filters, and finds it all after a restart', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  // Asked once for the name her tags carry.
  await giveAuthorName(page, 'Ana Reporter')
  await page.getByRole('option', { name: new RegExp(NYT) }).click()

  // The Rodríguez quote, and its speaker created from his name in the text (P).
  await selectTextWithMouse(page, RODRIGUEZ_QUOTE)
  await page.keyboard.press('q')
  await selectTextWithMouse(page, 'Jorge Rodríguez')
  await page.keyboard.press('p')
  await expect(openTag(desk)).toContainText('Jorge Rodríguez')
  // Tagging the cue while the quote is selected makes it the quote's attribution, naming the same person.
  await selectTextWithMouse(page, 'said Rodríguez')
  await page.keyboard.press('a')
  await expect(openTag(desk)).toContainText('Attributes “Consider this gesture')
  await expect(openTag(desk).locator('.qm-tag-speaker')).toHaveText('Jorge Rodríguez')

  // The BBC's "Saturday" claim, then the NYT's "Sunday" claim: disputed, and linked as contradicting.
  await page.getByRole('option', { name: new RegExp(BBC) }).click()
  await selectTextWithMouse(page, SATURDAY)
  await page.keyboard.press('c')
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await selectTextWithMouse(page, SUNDAY)
  await page.keyboard.press('c')
  await openTag(desk).getByRole('radio', { name: 'Disputed' }).check()
  await expect(page.locator('.qm-article-text .qm-claim.qm-status-disputed')).toHaveText(SUNDAY)
  await expect(page.locator('.qm-article-text .qm-status-badge')).toHaveText('disputed')
  await page.locator('.qm-article-text').focus()
  await page.keyboard.press('l')
  await openTag(desk).getByLabel('Link type').selectOption('contradicts')
  await page.getByRole('combobox', { name: 'Find the tag to link to' }).fill('saturday')
  await page.keyboard.press('Enter')
  await expect(openTag(desk).getByRole('list', { name: 'Links of this tag' })).toContainText('Contradicts')
  await expect(openTag(desk).getByRole('list', { name: 'Links of this tag' })).toContainText(`in ${BBC}`)

  // Everything Jorge Rodríguez said, in two clicks; then the disputed claims.
  await tab(desk, 'Find').click()
  await page.getByRole('group', { name: 'Speaker' }).getByRole('button', { name: /Jorge Rodríguez/ }).click()
  await expect(results(desk)).toHaveCount(2)
  await expect(results(desk).first()).toContainText('Consider this gesture')
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByRole('group', { name: 'Claim status' }).getByRole('button', { name: /Disputed/ }).click()
  await expect(results(desk)).toHaveCount(1)
  await expect(results(desk).first()).toContainText(SUNDAY)
  await expect(page.getByRole('group', { name: 'Claim status' }).getByRole('button', { name: /Unverified/ })).toContainText('1')
  await page.screenshot({ path: test.info().outputPath('speakers-and-claims.png') })
  await page.screenshot({ path: 'test-results/speakers-and-claims.png' })

  // Restart: everything is in the file and back in the window.
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')
  await desk.restart()
  const again = desk.page
  await tab(desk, 'Find').click()
  await again.getByRole('group', { name: 'Speaker' }).getByRole('button', { name: /Jorge Rodríguez/ }).click()
  await expect(results(desk)).toHaveCount(2)
  await again.getByRole('button', { name: 'Clear filters' }).click()
  await again.getByRole('group', { name: 'Claim status' }).getByRole('button', { name: /Disputed/ }).click()
  await results(desk).first().click()
  await expect(openTag(desk)).toContainText('Contradicts')
  await expect(openTag(desk)).toContainText('Tagged by Ana Reporter')
  await expect(again.locator('.qm-article-heading')).toHaveText(NYT)
  await expect(again.getByRole('form', { name: 'Your name on tags' })).toHaveCount(0)

  const file = (await desk.readProjectJson()) as unknown as {
    version: number
    people: { id: string; name: string }[]
    annotations: { id: string; kind: string; speakerId: string | null; attributionId: string | null; status: string; author: string; updatedBy: string; target: { exact: string } }[]
    links: { type: string; from: string; to: string }[]
  }
  expect(file.version).toBe(PROJECT_VERSION)
  const jorge = file.people.find((p) => p.name === 'Jorge Rodríguez')!
  expect(jorge).toBeDefined()
  const byText = (exact: string) => file.annotations.find((a) => a.target.exact === exact)!
  expect(byText(RODRIGUEZ_QUOTE)).toMatchObject({ kind: 'quote', speakerId: jorge.id, attributionId: byText('said Rodríguez').id })
  expect(byText('said Rodríguez')).toMatchObject({ kind: 'attribution', speakerId: jorge.id })
  expect(byText(SUNDAY)).toMatchObject({ kind: 'claim', status: 'disputed', author: 'Ana Reporter', updatedBy: 'Ana Reporter' })
  expect(file.links).toEqual([expect.objectContaining({ type: 'contradicts', from: byText(SUNDAY).id, to: byText(SATURDAY).id })])
})

test('a person who still speaks in tags cannot be deleted, and merging a duplicate keeps every tag attributed', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(BBC) }).click()
  await selectTextWithMouse(page, 'a very important and smart gesture')
  await page.keyboard.press('q')
  await openTag(desk).getByRole('combobox', { name: 'Speaker: type a name' }).fill('Donald Trump')
  await page.keyboard.press('Enter')
  await selectTextWithMouse(page, 'seeking peace')
  await page.keyboard.press('q')
  // (The new tag's editor, not the one before it while the list catches up.)
  await openTag(desk).filter({ hasText: 'seeking peace' }).getByRole('combobox', { name: 'Speaker: type a name' }).fill('Trump')
  await page.getByRole('option', { name: 'Add “Trump” as a new person' }).click()

  await tab(desk, 'People').click()
  await page.getByRole('button', { name: /^Trump/ }).click()
  await page.getByRole('button', { name: 'Delete person' }).click()
  await expect(page.getByRole('alert')).toContainText('Trump is the speaker of 1 tag')
  await page.getByLabel('Merge Trump into').selectOption({ label: 'Donald Trump' })
  await page.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(page.getByRole('list', { name: 'People' }).getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('list', { name: 'People' }).getByRole('button', { name: /Donald Trump/ })).toContainText('2')
  await expect
    .poll(async () => {
      const f = (await desk.readProjectJson()) as unknown as { people: { name: string; aliases: string[] }[] }
      return f.people
    })
    .toEqual([expect.objectContaining({ name: 'Donald Trump', aliases: ['Trump'] })])
})
