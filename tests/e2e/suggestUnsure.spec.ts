import { expect, test } from '@playwright/test'
import { giveAuthorName, openDesk, type Desk } from './harness'

let desk: Desk
test.afterEach(async () => desk?.close())

const panel = (desk: Desk) => desk.page.getByRole('region', { name: 'Suggested quotes' })
const options = (desk: Desk) => panel(desk).getByRole('listbox', { name: /^Suggested quotes/ }).getByRole('option')
const active = (desk: Desk) => panel(desk).getByRole('listbox', { name: /^Suggested quotes/ }).getByRole('option', { selected: true })
const chooser = (desk: Desk) => panel(desk).getByRole('listbox', { name: /Speaker\?/ })
const tags = (desk: Desk) => desk.page.getByRole('list', { name: 'Tags in this article' })

type File = {
  people: { id: string; name: string }[]
  annotations: { kind: string; speakerId: string | null; target: { exact: string } }[]
}

// Named beside the quote (sure): Luis Moreno, Ana Ruiz twice. A guess: "he said" after two men are named (both offered first), "she said" after two women.
const COUNCIL = [
  'Council backs housing plan',
  'The city council met on Tuesday to vote on the housing plan.',
  '"This vote was long overdue," said Luis Moreno, a tenants\' advocate.',
  '"We will build 500 homes this year," said Mayor Ana Ruiz.',
  'Councilman Pedro Gómez and Tomás Vidal, the housing minister, spoke to reporters after the vote. "It is a good day for the families who waited," he said.',
  '"The money is there," said Ana Ruiz.',
  'Ana Ruiz left the chamber with Marta Díaz, the treasurer. "We can pay for it," she said.'
].join('\n\n')

test('a speaker the suggester is not sure of is a question: "speaker?" with candidates, accepting asks, the chosen speaker is tagged; a sure one takes one key', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await giveAuthorName(page, 'Ana Reporter')
  await page.evaluate((text) => {
    const dt = new DataTransfer()
    dt.items.add(new File([text], 'council.txt', { type: 'text/plain' }))
    document.querySelector('.qm-app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  }, COUNCIL)
  await page.getByRole('option', { name: /Council backs housing plan/ }).click()
  await page.keyboard.press('Control+Shift+G')
  await expect(options(desk)).toHaveCount(5)

  // Sure speakers read as names; guesses as a question with the candidates and no one, in words (not colour alone), in the list and the text.
  const goodDay = options(desk).filter({ hasText: 'It is a good day' })
  await expect(goodDay).toContainText('speaker? Pedro Gómez / Tomás Vidal / ')
  await expect(goodDay).toContainText('/ no one')
  await expect(goodDay).toContainText('Not sure who said it')
  // No figure beside a guess: the rules' score read as surer than such guesses are.
  await expect(goodDay).not.toContainText(/speaker \d+%/)
  await expect(options(desk).filter({ hasText: 'This vote was long overdue' })).not.toContainText('speaker?')
  await expect(page.locator('.qm-article-text .qm-suggestion-unsure')).toHaveCount(2)
  await expect(page.locator('.qm-article-text .qm-suggestion-unsure').first()).toHaveAttribute('title', /speaker\? Pedro Gómez/)

  // A sure speaker is accepted in one key, as before.
  await expect(active(desk)).toContainText('This vote was long overdue')
  await page.keyboard.press('a')
  await expect(options(desk)).toHaveCount(4)
  await expect(tags(desk)).toContainText('Luis Moreno')

  // Shift+A takes every quote sure to be Ana Ruiz's and leaves the one where she is only a guess.
  await expect(active(desk)).toContainText('We will build')
  await page.keyboard.press('Shift+A')
  await expect(options(desk)).toHaveCount(2)
  await expect(options(desk).filter({ hasText: 'We can pay for it' })).toContainText('speaker? Ana Ruiz')
  await expect(page.getByText('1 where Ana Ruiz is only a guess is left to choose')).toBeVisible()

  // Accepting a guess asks: the choices get the keyboard, and nothing is tagged yet.
  await expect(active(desk)).toContainText('It is a good day')
  await expect(panel(desk)).toContainText('Speaker? Not sure who said it.')
  await page.keyboard.press('a')
  await expect(chooser(desk)).toBeFocused()
  await expect(chooser(desk)).toHaveAccessibleName('Speaker? Not sure who said it: choose one.')
  await expect(chooser(desk).getByRole('option')).toContainText(['Pedro Gómez (new)', 'Tomás Vidal (new)', 'Ana Ruiz', 'No speaker'])
  await expect(options(desk)).toHaveCount(2)
  await expect(tags(desk)).not.toContainText('It is a good day')
  await page.screenshot({ path: 'test-results/suggestions-unsure.png' })

  // J moves down the choices; Enter picks: the quote is Ana Ruiz's (the person already there, no new "Pedro Gómez").
  for (let i = 0; i < 4 && !(await chooser(desk).getByRole('option', { selected: true }).innerText()).includes('Ana Ruiz'); i++) await page.keyboard.press('j')
  await page.keyboard.press('Enter')
  await expect(options(desk)).toHaveCount(1)
  await expect(tags(desk)).toContainText('It is a good day')

  // 0 answers "no speaker" at once: a blank rather than a guess.
  await expect(active(desk)).toContainText('We can pay for it')
  await page.keyboard.press('0')
  await expect(options(desk)).toHaveCount(0)

  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')
  const file = (await desk.readProjectJson()) as unknown as File
  const speakerOf = (start: string) => {
    const tag = file.annotations.find((a) => a.kind === 'quote' && a.target.exact.startsWith(start))
    expect(tag, start).toBeDefined()
    return file.people.find((p) => p.id === tag!.speakerId)?.name ?? null
  }
  expect(speakerOf('This vote was long overdue')).toBe('Luis Moreno')
  expect(speakerOf('We will build')).toBe('Ana Ruiz')
  expect(speakerOf('The money is there')).toBe('Ana Ruiz')
  expect(speakerOf('It is a good day')).toBe('Ana Ruiz')
  expect(speakerOf('We can pay for it')).toBeNull()
  expect(file.people.map((p) => p.name)).not.toContain('Pedro Gómez')
  expect(file.people.map((p) => p.name)).not.toContain('Tomás Vidal')
})
