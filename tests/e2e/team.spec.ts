/**
 * Two desks on one team server (a real quotemark-server, started here on
 * loopback with its own data folder): Ana shares her project from the File
 * menu, Ben joins it into a new file; a tag Ana makes appears on Ben's desk
 * without moving his selection or his scroll, and Ben's undo undoes only
 * his own tag, never hers.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { importArticle } from '../../src/core/importer'
import { serializeProject } from '../../src/core/projectFile'
import { emptyProject } from '../../src/core/schema'
import { member, startServer, tempDir, type ServerProcess } from '../team/support'
import { giveAuthorName, openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const NOW = '2026-03-01T09:00:00.000Z'
const FILLER = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the background, which says nothing anyone quoted.`).join('\n\n')
const TEXT = `"We will release them on Monday," said the minister.\n\n${FILLER}\n\n"Nobody has been released," said Ben's source at the end.`
const HERS = '"We will release them on Monday,"'
const HIS = '"Nobody has been released,"'

let server: ServerProcess | null = null
const desks: Desk[] = []
test.setTimeout(90_000)
test.afterEach(async () => {
  for (const d of desks.splice(0)) await d.close()
  await server?.stop()
  server = null
})

const tagList = (page: Page) => page.getByRole('list', { name: 'Tags in this article' })
const menu = (page: Page, command: string) => page.evaluate((c) => (window as unknown as { __quotemarkEmit: (ch: string, p: unknown) => void }).__quotemarkEmit('event:menu-command', c), command)
const status = (page: Page) => page.locator('.qm-team[role="status"]')

/** Fill the Share or Join dialog and submit it. */
async function teamDialog(page: Page, name: 'Share with team' | 'Join team project', url: string, token: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Team server' }).fill(url)
  await dialog.getByLabel('Your token').fill(token)
  await dialog.getByLabel('Your token').press('Enter')
}

/** Ana opens a project of one article ("Minister") named `name` and shares it with her token; resolves her desk and the file. */
async function anaShares(browser: Browser, name: string, url: string, token: string): Promise<{ ana: Desk; file: string }> {
  const ana = await openDesk(browser)
  desks.push(ana)
  await giveAuthorName(ana.page, 'Ana Lima')
  const article = importArticle({ fileName: 'minister.txt', content: TEXT, meta: { title: 'Minister' } }, NOW, 'minister')
  const file = join(ana.workDir, `${name.toLowerCase()}.quotemark.json`)
  await writeFile(file, serializeProject({ ...emptyProject(name, name.toLowerCase(), NOW), articles: [article] }))
  ana.dialogs.openPaths.push(file)
  await ana.page.keyboard.press('Control+o')
  await menu(ana.page, 'shareTeam')
  await teamDialog(ana.page, 'Share with team', url, token)
  await expect(status(ana.page)).toHaveText('Online · 1 here')
  return { ana, file }
}

/** The text pane's scroll position. */
const scrollTop = (page: Page) =>
  page.evaluate(() => {
    let el: HTMLElement | null = document.querySelector('.qm-article-text')
    while (el && el.scrollHeight <= el.clientHeight + 1) el = el.parentElement
    return el?.scrollTop ?? 0
  })

test('Ana shares, Ben joins: her tag appears on his desk without moving his selection or scroll, and his undo leaves it', async ({ browser }) => {
  const data = tempDir('qm-e2e-team-')
  server = await startServer(data)
  const anaToken = member(data, 'minister', 'Ana Lima')
  const benToken = member(data, 'minister', 'Ben Okafor')

  const ana = await openDesk(browser)
  desks.push(ana)
  await giveAuthorName(ana.page, 'Ana Lima')
  const article = importArticle({ fileName: 'minister.txt', content: TEXT, meta: { title: 'Minister' } }, NOW, 'minister')
  const file = join(ana.workDir, 'desk.quotemark.json')
  await writeFile(file, serializeProject({ ...emptyProject('Desk', 'desk', NOW), articles: [article] }))
  ana.dialogs.openPaths.push(file)
  await ana.page.keyboard.press('Control+o')
  await ana.page.getByRole('option', { name: /Minister/ }).click()

  // A wrong token is refused in words, and the dialog stays open to fix it.
  await menu(ana.page, 'shareTeam')
  await expect(ana.page.getByRole('dialog', { name: 'Share with team' }).getByRole('textbox', { name: 'Team server' })).toBeFocused()
  await teamDialog(ana.page, 'Share with team', server.url, anaToken.slice(0, anaToken.lastIndexOf('.') + 1) + 'x'.repeat(43))
  await expect(ana.page.getByRole('dialog', { name: 'Share with team' }).getByRole('alert')).toContainText('refused this token')
  await ana.page.getByRole('dialog', { name: 'Share with team' }).getByRole('button', { name: 'Cancel' }).click()

  await menu(ana.page, 'shareTeam')
  await teamDialog(ana.page, 'Share with team', server.url.replace('ws://', 'http://'), anaToken)
  await expect(ana.page.getByRole('dialog', { name: 'Share with team' })).toHaveCount(0)
  await expect(ana.page.getByRole('status').filter({ hasText: 'Shared desk.quotemark.json with the team as “minister”' })).toBeVisible()
  await expect(status(ana.page)).toHaveText('Online · 1 here')

  const ben = await openDesk(browser)
  desks.push(ben)
  await giveAuthorName(ben.page, 'Ben Okafor')
  ben.dialogs.newProjectPaths.push(join(ben.workDir, 'ben-copy'))
  await menu(ben.page, 'joinTeam')
  await teamDialog(ben.page, 'Join team project', server.url, benToken)
  await expect(ben.page.getByRole('dialog', { name: 'Join team project' })).toHaveCount(0)
  await expect(ben.page.getByRole('option', { name: /Minister/ })).toBeVisible()
  await ben.page.getByRole('option', { name: /Minister/ }).click()
  await expect(status(ben.page)).toHaveText('Online · 2 here')
  await expect(status(ana.page)).toHaveText('Online · 2 here')
  // Who is where: Ben is in "Minister", Ana sees his initials there, above the list and on the article's row.
  await expect(ana.page.getByLabel('Who is here')).toContainText('BO in “Minister”')
  await expect(ana.page.getByRole('option', { name: /Minister/ }).getByLabel('Here: BO')).toHaveText('BO')

  // Ben tags a quote at the end of the article (his own step of undo), and stays scrolled down there.
  await selectTextWithMouse(ben.page, HIS)
  await ben.page.keyboard.press('q')
  await expect(tagList(ben.page).getByRole('listitem')).toHaveCount(1)
  const selected = ben.page.locator('.qm-tag-summary[aria-pressed="true"]')
  await expect(selected).toContainText('Nobody has been released')
  const benScroll = await scrollTop(ben.page)
  expect(benScroll).toBeGreaterThan(100)
  const benSelection = await ben.page.evaluate(() => window.getSelection()?.toString())

  // Ana tags a quote at the top; it reaches Ben.
  await selectTextWithMouse(ana.page, HERS)
  await ana.page.keyboard.press('q')
  await expect(tagList(ana.page).getByRole('listitem')).toHaveCount(2)
  await expect(tagList(ben.page).getByRole('listitem')).toHaveCount(2)
  await expect(ben.page.locator('.qm-article-text .qm-quote').filter({ hasText: 'We will release them' })).toHaveCount(1)
  // Ben's selection and scroll did not move.
  await expect(selected).toContainText('Nobody has been released')
  expect(await scrollTop(ben.page)).toBe(benScroll)
  expect(await ben.page.evaluate(() => window.getSelection()?.toString())).toBe(benSelection)

  // Ben's undo takes back his tag, never Ana's; a second undo has nothing left to undo.
  await ben.page.locator('.qm-article-text').click()
  await ben.page.keyboard.press('Control+z')
  await expect(tagList(ben.page).getByRole('listitem')).toHaveCount(1)
  await ben.page.keyboard.press('Control+z')
  await expect(tagList(ana.page).getByRole('listitem')).toHaveCount(1)
  await expect(tagList(ana.page)).toContainText('We will release them')
  await expect(tagList(ben.page)).toContainText('We will release them')
  await ana.page.waitForTimeout(500)
  await expect(tagList(ana.page).getByRole('listitem')).toHaveCount(1)
  await ana.page.screenshot({ path: test.info().outputPath('team-ana.png') })
})

test('a viewer joins read-only, and Share names an unreachable server', async ({ browser }) => {
  const data = tempDir('qm-e2e-team-')
  server = await startServer(data)
  const editor = member(data, 'story', 'Ed Itor')
  const viewer = member(data, 'story', 'Vi Ewer', 'viewer')

  const ana = await openDesk(browser)
  desks.push(ana)
  await giveAuthorName(ana.page, 'Ana Lima')
  const article = importArticle({ fileName: 'minister.txt', content: TEXT, meta: { title: 'Minister' } }, NOW, 'minister')
  const file = join(ana.workDir, 'story.quotemark.json')
  await writeFile(file, serializeProject({ ...emptyProject('Story', 'story', NOW), articles: [article] }))
  ana.dialogs.openPaths.push(file)
  await ana.page.keyboard.press('Control+o')
  await ana.page.getByRole('option', { name: /Minister/ }).click()

  await menu(ana.page, 'shareTeam')
  await teamDialog(ana.page, 'Share with team', 'ws://127.0.0.1:9', editor)
  await expect(ana.page.getByRole('dialog', { name: 'Share with team' }).getByRole('alert')).toContainText('Could not reach the team server at ws://127.0.0.1:9')
  await teamDialog(ana.page, 'Share with team', server.url, viewer)
  await expect(ana.page.getByRole('dialog', { name: 'Share with team' }).getByRole('alert')).toContainText('viewer')
  await teamDialog(ana.page, 'Share with team', server.url, editor)
  await expect(status(ana.page)).toHaveText('Online · 1 here')

  const vi = await openDesk(browser)
  desks.push(vi)
  await giveAuthorName(vi.page, 'Vi Ewer')
  vi.dialogs.newProjectPaths.push(join(vi.workDir, 'vi'))
  await menu(vi.page, 'joinTeam')
  await teamDialog(vi.page, 'Join team project', server.url, viewer)
  await expect(vi.page.getByRole('option', { name: /Minister/ })).toBeVisible()
  await expect(status(vi.page)).toContainText('read-only (viewer)')
  await expect(vi.page.locator('.qm-readonly')).toContainText('viewer')

  // Not only right after Join: whenever the viewer's project is open, it says so, and edits are refused.
  await menu(vi.page, 'openSample')
  await expect(vi.page.locator('.qm-readonly')).toHaveCount(0)
  vi.dialogs.openPaths.push(join(vi.workDir, 'vi.quotemark.json'))
  await vi.page.keyboard.press('Control+o')
  await expect(vi.page.locator('.qm-readonly')).toContainText('viewer')
  await expect(status(vi.page)).toContainText('read-only (viewer)')
  await vi.page.getByRole('option', { name: /Minister/ }).click()
  await selectTextWithMouse(vi.page, HERS)
  await vi.page.keyboard.press('q')
  await expect(tagList(vi.page).getByRole('listitem')).toHaveCount(0)
  await vi.page.screenshot({ path: test.info().outputPath('team-viewer.png') })
})

test('Leave team: the project stops syncing, the file stays as it is, and the window says so', async ({ browser }) => {
  const data = tempDir('qm-e2e-team-')
  server = await startServer(data)
  const { ana, file } = await anaShares(browser, 'Leave', server.url, member(data, 'leave', 'Ana Lima'))

  await menu(ana.page, 'leaveTeam')
  await expect(ana.page.getByRole('status').filter({ hasText: 'Left the team: no longer synced; your file stays as it is.' }).first()).toBeVisible()
  await expect(status(ana.page)).toHaveCount(0)
  await ana.page.screenshot({ path: test.info().outputPath('team-left.png') })
  // The file keeps the project and forgets the server: reopened, it does not reconnect.
  await ana.page.getByRole('option', { name: /Minister/ }).click()
  await selectTextWithMouse(ana.page, HERS)
  await ana.page.keyboard.press('q')
  await expect(tagList(ana.page).getByRole('listitem')).toHaveCount(1)
  await expect.poll(async () => (await ana.readProjectJson()).annotations.length).toBe(1)
  await menu(ana.page, 'openSample')
  ana.dialogs.openPaths.push(file)
  await ana.page.keyboard.press('Control+o')
  await expect(ana.page.getByRole('option', { name: /Minister/ })).toBeVisible()
  await ana.page.waitForTimeout(1000)
  await expect(status(ana.page)).toHaveCount(0)
  // Leaving again says there is nothing to leave.
  await menu(ana.page, 'leaveTeam')
  await expect(ana.page.getByText('This project is not shared with a team.').first()).toBeVisible()
})

test('the file remembers its server: reopened it reconnects; with the server down it says Offline — changes kept, and the tag made then reaches the team', async ({ browser }) => {
  const data = tempDir('qm-e2e-team-')
  server = await startServer(data)
  const port = server.port
  const anaToken = member(data, 'night', 'Ana Lima')
  const benToken = member(data, 'night', 'Ben Okafor')
  const { ana, file } = await anaShares(browser, 'Night', server.url, anaToken)

  // Another project: no team. The shared one again: the team, without asking.
  await menu(ana.page, 'openSample')
  await expect(ana.page.locator('.qm-project-name')).not.toHaveText('Night')
  await expect(status(ana.page)).toHaveCount(0)
  ana.dialogs.openPaths.push(file)
  await ana.page.keyboard.press('Control+o')
  await expect(status(ana.page)).toHaveText('Online · 1 here')
  expect(JSON.stringify(await ana.readProjectJson())).not.toContain(anaToken)

  // The server goes away: Reconnecting…, then Offline — changes kept; Ana goes on tagging.
  await server.stop()
  await expect(status(ana.page)).toHaveText('Reconnecting…')
  await expect(status(ana.page)).toHaveText('Offline — changes kept', { timeout: 15_000 })
  await ana.page.getByRole('option', { name: /Minister/ }).click()
  await selectTextWithMouse(ana.page, HERS)
  await ana.page.keyboard.press('q')
  await expect(tagList(ana.page).getByRole('listitem')).toHaveCount(1)

  // Back on the same port: the tag made offline is sent, and a colleague joining now gets it.
  server = await startServer(data, [], port)
  await expect(status(ana.page)).toHaveText('Online · 1 here', { timeout: 45_000 })
  const ben = await openDesk(browser)
  desks.push(ben)
  await giveAuthorName(ben.page, 'Ben Okafor')
  ben.dialogs.newProjectPaths.push(join(ben.workDir, 'ben-night'))
  await menu(ben.page, 'joinTeam')
  await teamDialog(ben.page, 'Join team project', server.url, benToken)
  await ben.page.getByRole('option', { name: /Minister/ }).click()
  await expect(tagList(ben.page)).toContainText('We will release them')
})
