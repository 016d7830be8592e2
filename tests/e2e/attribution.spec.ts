import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { giveAuthorName, openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const STORY = [
  'Rebuilding the riverside',
  '',
  '“We will rebuild this city street by street,” Mayor Denise Okonkwo said on Tuesday, standing by the flooded market.',
  '',
  'Residents said the water rose in under an hour.'
].join('\n')
const QUOTE = '“We will rebuild this city street by street,”'

let desk: Desk
test.afterEach(async () => desk?.close())

const articles = (desk: Desk) => desk.page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
const openTag = (desk: Desk) => desk.page.getByRole('list', { name: 'Tags in this article' }).locator('.qm-tag-item.qm-current')

test('an attribution tagged by hand on “Mayor Denise Okonkwo said” names Denise Okonkwo, and so does the quote it attributes', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  const before = await articles(desk).count()
  await writeFile(join(desk.workDir, 'riverside.txt'), STORY)
  desk.dialogs.articlePaths.push([join(desk.workDir, 'riverside.txt')])
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(articles(desk)).toHaveCount(before + 1)
  await articles(desk).filter({ hasText: 'riverside' }).first().click()

  await selectTextWithMouse(page, QUOTE)
  await page.keyboard.press('q')
  await selectTextWithMouse(page, 'Mayor Denise Okonkwo said')
  await page.keyboard.press('a')
  // The tag details of the attribution name the person, without the title.
  await expect(openTag(desk)).toContainText(/Attributes .*We will rebuild/)
  await expect(openTag(desk).locator('.qm-tag-speaker')).toHaveText('Denise Okonkwo')
  await expect(openTag(desk)).not.toContainText('No one yet')

  // The quote's speaker is the same person, and she is in the project's people, saved.
  await expect
    .poll(async () => {
      const saved = (await desk.readProjectJson()) as unknown as {
        people: { id: string; name: string }[]
        annotations: { id: string; kind: string; speakerId: string | null; attributionId: string | null }[]
      }
      const attribution = saved.annotations.find((a) => a.kind === 'attribution')
      const quote = saved.annotations.find((a) => a.kind === 'quote')
      const name = (id: string | null | undefined) => saved.people.find((p) => p.id === id)?.name ?? null
      return { names: name(attribution?.speakerId), quoteAttributedTo: quote?.attributionId === attribution?.id, people: saved.people.map((p) => p.name) }
    })
    .toEqual({ names: 'Denise Okonkwo', quoteAttributedTo: true, people: expect.arrayContaining(['Denise Okonkwo']) })
  await page.getByRole('list', { name: 'Tags in this article' }).locator('.qm-tag-item').filter({ hasText: 'We will rebuild' }).first().click()
  await expect(openTag(desk).locator('.qm-tag-speaker')).toHaveText('Denise Okonkwo')
})
