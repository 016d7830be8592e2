import { readFileSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { createAnnotation } from '../../src/core/annotations'
import { importArticle } from '../../src/core/importer'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import { buildSampleProject } from '../../src/core/sample'
import type { AnnotationKind, Project } from '../../src/core/schema'
import { openDesk, type Desk } from './harness'
import { selectTextWithMouse } from './selection'

const NYT = 'Venezuela Begins Releasing Political Prisoners'
const seeds = join(__dirname, '..', '..', 'seeds')
const NYT_FILE = 'nyt-2026-01-09-venezuela-prisoner-release.txt'
const GONE = 'between 800 and 900 political prisoners are incarcerated in Venezuela'

let desk: Desk
test.afterEach(async () => desk?.close())

function sample(): Project {
  return buildSampleProject(readFileSync(join(seeds, 'manifest.json'), 'utf8'), (f) => readFileSync(join(seeds, f), 'utf8'), '2026-01-10T09:00:00.000Z')
}

function tag(project: Project, exact: string, kind: AnnotationKind, author: string): void {
  const article = project.articles.find((a) => a.title === NYT)!
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`not in the text: ${exact}`)
  project.annotations.push(createAnnotation({ articleId: article.id, text: article.text, start, end: start + exact.length, kind, author, now: '2026-01-10T10:00:00.000Z' }))
}

const tagItems = (desk: Desk) => desk.page.getByRole('list', { name: 'Tags in this article' }).getByRole('listitem')

test('a shared file whose article text was edited opens with its tags found again, and the one whose words are gone listed as an orphan', async ({ browser }) => {
  const project = sample()
  tag(project, 'an important number', 'quote', 'Ben Colleague')
  tag(project, 'said Rodríguez', 'attribution', 'Ben Colleague')
  tag(project, GONE, 'claim', 'Ben Colleague')
  // The outlet updated its story: a new first paragraph, and the paragraph with the prisoner estimate removed.
  const original = readFileSync(join(seeds, NYT_FILE), 'utf8')
  const lines = original.split('\n')
  const edited = lines
    .filter((line) => !line.includes('between 800 and 900'))
    .map((line) => (line.startsWith("Venezuela's government began") ? `UPDATE, Jan. 10: More releases were expected on Friday.\n${line}` : line))
    .join('\n')
  const nyt = project.articles.find((a) => a.title === NYT)!
  const updated = importArticle({ fileName: NYT_FILE, content: edited, meta: { ...nyt, captionLines: 2 } }, nyt.createdAt, nyt.id)
  project.articles = project.articles.map((a) => (a.id === nyt.id ? updated : a))

  desk = await openDesk(browser)
  const { page } = desk
  const shared = join(desk.workDir, 'Shared.quotemark.json')
  const bytes = serializeProject(project)
  await writeFile(shared, bytes)
  desk.dialogs.openPaths.push(shared)
  await page.keyboard.press('Control+o')
  await expect(page.getByRole('alert')).toContainText('2 tags were found again in edited text')
  await expect(page.getByRole('alert')).toContainText('1 tag could not be found')
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(page.locator('.qm-article-text .qm-quote')).toHaveText('an important number')
  await expect(page.locator('.qm-article-text .qm-attribution')).toHaveText('said Rodríguez')
  const orphans = page.getByRole('region', { name: 'Tags not found in the text' })
  await expect(orphans).toContainText(GONE)
  await expect(tagItems(desk)).toHaveCount(2)
  await page.screenshot({ path: test.info().outputPath('orphan.png') })
  // Opening wrote nothing: the colleague's file is as it was until someone changes something.
  expect(await readFile(shared, 'utf8')).toBe(bytes)
  // Re-attach the orphan to words that are there now.
  await selectTextWithMouse(page, 'More releases were expected on Friday.')
  await orphans.getByRole('button', { name: 'Re-attach to the selected words' }).click()
  await expect(orphans).toHaveCount(0)
  await expect(page.locator('.qm-article-text .qm-claim')).toHaveText('More releases were expected on Friday.')
  await expect.poll(async () => (await readFile(shared, 'utf8')) !== bytes).toBe(true)
})

test('merging a colleague’s file brings in their tags with their names, and a change on disk while open is reloaded', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana Reporter')
  await page.getByRole('button', { name: 'Use this name' }).click()
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')
  // Both start from the same saved sample; then each tags something of their own.
  const mine = parseProject(await readFile(desk.projectPath(), 'utf8'), 'mine')
  if (!mine.ok) throw new Error(mine.message)
  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('q')
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')

  // Ana's copy gains a tag in the window; Ben's copy of the same sample has one of his own.
  const theirs = structuredClone(mine.project)
  tag(theirs, 'Let us hope that this is indeed the beginning of the dismantling of a repressive system in Venezuela,', 'quote', 'Ben Colleague')
  const bensFile = join(desk.workDir, 'Ben.quotemark.json')
  await writeFile(bensFile, serializeProject(theirs))

  desk.dialogs.mergePaths.push(bensFile)
  await page.getByRole('button', { name: 'Merge…' }).click()
  await page.getByRole('dialog', { name: 'Merge Ben.quotemark.json' }).getByRole('button', { name: 'Apply the merge' }).click()
  const summary = page.getByRole('dialog', { name: 'Merged a colleague’s project' })
  await expect(summary).toContainText('Ben.quotemark.json')
  await summary.getByRole('button', { name: 'OK' }).click()
  await expect(tagItems(desk)).toHaveCount(2)
  // The merge is one step of undo.
  await page.keyboard.press('Control+z')
  await expect(tagItems(desk)).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(tagItems(desk)).toHaveCount(2)
  await tagItems(desk).filter({ hasText: 'Let us hope' }).getByRole('button').first().click()
  await expect(tagItems(desk).filter({ hasText: 'Let us hope' })).toContainText('Tagged by Ben Colleague')
  await tagItems(desk).filter({ hasText: 'an important number' }).getByRole('button').first().click()
  await expect(tagItems(desk).filter({ hasText: 'an important number' })).toContainText('Tagged by Ana Reporter')

  // Someone (a sync client) replaces the file on disk with a version holding one more tag.
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')
  const onDisk = parseProject(await readFile(desk.projectPath(), 'utf8'), 'disk')
  if (!onDisk.ok) throw new Error(onDisk.message)
  tag(onDisk.project, 'May the justice system work to protect citizens', 'quote', 'Carla Editor')
  const temp = `${desk.projectPath()}.sync-tmp`
  await writeFile(temp, serializeProject(onDisk.project))
  await rename(temp, desk.projectPath())
  await expect(page.getByRole('status').filter({ hasText: 'changed on disk' })).toBeVisible({ timeout: 15_000 })
  await expect(tagItems(desk)).toHaveCount(3)
  await expect(page.locator('.qm-article-text .qm-quote').nth(2)).toHaveText('May the justice system work to protect citizens')
})

test('pasting a newer version of an article keeps its tags, says what moved, and lists the one whose words are gone', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('q')
  await selectTextWithMouse(page, GONE)
  await page.keyboard.press('c')
  const newer = readFileSync(join(seeds, NYT_FILE), 'utf8')
    .split('\n')
    .filter((line) => !line.includes('between 800 and 900'))
    .map((line) => (line.startsWith("Venezuela's government began") ? `UPDATE: More releases were expected on Friday.\n${line}` : line))
    .join('\n')
  await page.getByRole('button', { name: 'Paste a newer version…' }).click()
  const paste = page.getByRole('dialog', { name: 'Paste a newer version' })
  await paste.getByRole('textbox', { name: 'Newer text of the article' }).fill(newer)
  await paste.getByRole('button', { name: 'Replace the text and find the tags again' }).click()
  const summary = page.getByRole('dialog', { name: `Updated “${NYT}”` })
  await expect(summary).toContainText('1 tag was found again where the words moved')
  await expect(summary).toContainText('1 tag could not be found')
  await summary.getByRole('button', { name: 'OK' }).click()
  await expect(page.locator('.qm-article-text')).toContainText('UPDATE: More releases were expected on Friday.')
  await expect(page.locator('.qm-article-text .qm-quote')).toHaveText('an important number')
  await expect(page.getByRole('region', { name: 'Tags not found in the text' })).toContainText(GONE)
})

test('a previous version can be restored, and the version replaced by the restore is kept so it can be brought back', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await selectTextWithMouse(page, 'an important number')
  await page.keyboard.press('q')
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')
  await expect(tagItems(desk)).toHaveCount(1)

  await page.getByRole('button', { name: 'Versions…' }).click()
  const versions = page.getByRole('dialog', { name: 'Restore a previous version' })
  await expect(versions.getByRole('radio')).toHaveCount(1)
  await expect(versions).toContainText('0 tags')
  await versions.getByRole('button', { name: 'Restore this version' }).click()
  await expect(versions).toHaveCount(0)
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(page.locator('.qm-article-text .qm-quote')).toHaveCount(0)

  // The tagged version was kept before the restore: restoring it undoes the restore.
  await page.getByRole('button', { name: 'Versions…' }).click()
  await versions.getByRole('radio', { name: /1 tag\b/ }).check()
  await versions.getByRole('button', { name: 'Restore this version' }).click()
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(page.locator('.qm-article-text .qm-quote')).toHaveText('an important number')
})
