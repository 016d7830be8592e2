/**
 * Merging a colleague's copy of a project in the window: the preview says
 * what would come in before anything changes, Apply brings it in as one
 * step of undo, and a tag both changed is named and openable.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createAnnotation } from '../../src/core/annotations'
import { blocksFromText } from '../../src/core/blocks'
import { applyCommand, type Command } from '../../src/core/commands'
import { articleUpdateEdit } from '../../src/core/edits'
import { importArticle } from '../../src/core/importer'
import { serializeProject } from '../../src/core/projectFile'
import { withRevisions } from '../../src/core/revisions'
import { emptyProject, type Project } from '../../src/core/schema'
import { giveAuthorName, openDesk, type Desk } from './harness'

const NOW = '2026-03-01T09:00:00.000Z'
const LATER = '2026-03-02T09:00:00.000Z'
const TEXT = 'The council met on Thursay.\n\n"The park will open in May," said Tom Reyes.\n\nOthers disagreed.'
const MAY = '"The park will open in May,"'

let desk: Desk
test.afterEach(async () => desk?.close())

/** The project Carla and Ben each got a copy of: one article, one person, two tags, every record with its revision. */
function base(): Project {
  const article = importArticle({ fileName: 'park.txt', content: TEXT, meta: { title: 'Park plan' } }, NOW, 'park')
  const tag = (id: string, exact: string) => {
    const start = article.text.indexOf(exact)
    return createAnnotation({ id, articleId: 'park', text: article.text, start, end: start + exact.length, kind: 'quote', author: 'Carla', now: NOW })
  }
  const tom = { id: 'tom', kind: 'person' as const, name: 'Tom Reyes', aliases: [], role: 'Candidate', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
  return withRevisions({ ...emptyProject('Desk', 'desk', NOW), articles: [article], people: [tom], annotations: [tag('may', MAY), tag('others', 'Others disagreed.')] })
}

function applied(project: Project, command: Command): Project {
  const result = applyCommand(project, command)
  if (!result.ok) throw new Error(result.error)
  return result.project
}

const note = (text: string, by: string): Command => ({ type: 'annotation.update', id: 'may', patch: { note: text }, updatedAt: LATER, updatedBy: by })

/** Ben's copy: Tom's new role, the typo in the article corrected, and his own note on the tag Carla also annotated. */
function bensCopy(): Project {
  const corrected = TEXT.replace('Thursay', 'Thursday')
  let ben = applied(base(), { type: 'person.update', id: 'tom', patch: { role: 'City councilman' }, updatedAt: LATER })
  ben = applied(ben, articleUpdateEdit(ben, 'park', { text: corrected, blocks: blocksFromText(corrected) }, LATER, 'Ben').command)
  return applied(ben, note('Ben: confirm with the parks office', 'Ben'))
}

/** Carla opens her copy, in which she wrote her own note on the same tag. */
async function openCarlasCopy(browser: Parameters<typeof openDesk>[0]): Promise<Page> {
  desk = await openDesk(browser)
  const { page } = desk
  await giveAuthorName(page, 'Carla')
  const carla = join(desk.workDir, 'carla.quotemark.json')
  await writeFile(carla, serializeProject(applied(base(), note('Carla: ask for the date', 'Carla'))))
  desk.dialogs.openPaths.push(carla)
  await page.keyboard.press('Control+o')
  await page.getByRole('option', { name: /Park plan/ }).click()
  await expect(page.locator('.qm-article-text')).toContainText('Thursay')
  return page
}

async function previewMergeOf(page: Page, file: string, project: Project) {
  const path = join(desk.workDir, file)
  await writeFile(path, serializeProject(project))
  desk.dialogs.mergePaths.push(path)
  await page.getByRole('button', { name: 'Merge…' }).click()
  return page.getByRole('dialog', { name: `Merge ${file}` })
}

const personRow = (page: Page) => page.getByRole('list', { name: 'People' }).getByRole('button', { name: /Tom Reyes/ })

test('Carla merges Ben’s copy: the preview names his role, his text and the tag both changed; Apply brings them in as one undo step', async ({ browser }) => {
  const page = await openCarlasCopy(browser)
  const preview = await previewMergeOf(page, 'ben.quotemark.json', bensCopy())
  const items = preview.getByRole('list', { name: 'Records the merge would change' }).getByRole('button')
  await expect(items).toHaveCount(3)
  await expect(items.filter({ hasText: 'The person “Tom Reyes” was updated from theirs (role).' })).toHaveCount(1)
  await expect(items.filter({ hasText: /article “Park plan”.*text/ })).toHaveCount(1)
  const conflict = items.filter({ hasText: /changed on both sides \(note\)/ })
  await expect(conflict).toContainText(`quote “${MAY}” in “Park plan”`)
  const counts = preview.getByRole('table', { name: 'What the merge would change' })
  await expect(counts.getByRole('row', { name: /People/ })).toContainText('1')
  await expect(counts.getByRole('row', { name: /Tags/ })).toContainText('1')
  // Nothing has changed yet.
  await expect(page.locator('.qm-article-text')).toContainText('Thursay')
  await page.screenshot({ path: test.info().outputPath('merge-preview.png') })

  // The keyboard walks the lines; Enter opens one behind the dialog (the person in People), and focus stays in the preview.
  await expect(items.first()).toBeFocused()
  const person = items.filter({ hasText: 'Tom Reyes' })
  for (let i = 0; i < 3 && !(await person.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown')
  await expect(person).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(personRow(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(personRow(page)).toContainText('Candidate')
  await expect(person).toBeFocused()
  await conflict.click()
  await expect(page.locator('.qm-tag-summary[aria-pressed="true"]')).toContainText(MAY)

  await preview.getByRole('button', { name: 'Apply the merge' }).click()
  const summary = page.getByRole('dialog', { name: 'Merged a colleague’s project' })
  await expect(summary).toContainText('ben.quotemark.json')
  await summary.getByRole('button', { name: 'OK' }).click()
  await expect(preview).toHaveCount(0)

  // Ben's role and text are in; the note both changed is a conflict that names its tag and opens it.
  await expect(personRow(page)).toContainText('City councilman')
  await page.getByRole('tab', { name: /Articles/ }).click()
  await page.getByRole('option', { name: /Park plan/ }).click()
  await expect(page.locator('.qm-article-text')).toContainText('Thursday')
  const conflicts = page.getByRole('region', { name: 'Tags changed on both sides' })
  const named = conflicts.getByRole('button', { name: `Quote “${MAY}” in “Park plan”` })
  await expect(named).toBeVisible()
  await expect(conflicts).toContainText('Ben: confirm with the parks office')
  await named.click()
  await expect(page.locator('.qm-tag-summary[aria-pressed="true"]')).toContainText(MAY)

  // One undo takes the whole merge back.
  await page.locator('.qm-article-text').click()
  await page.keyboard.press('Control+z')
  await expect(page.locator('.qm-article-text')).toContainText('Thursay')
  await expect(conflicts).toHaveCount(0)
  await page.getByRole('tab', { name: /People/ }).click()
  await expect(personRow(page)).toContainText('Candidate')
})

test('merging an older, unchanged copy of my own project says there is nothing to merge and raises no conflict', async ({ browser }) => {
  const page = await openCarlasCopy(browser)
  const preview = await previewMergeOf(page, 'carla-monday.quotemark.json', base())
  await expect(preview).toContainText('Nothing to merge')
  await expect(preview.getByRole('list', { name: 'Records the merge would change' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(preview).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Tags changed on both sides' })).toHaveCount(0)
  await expect(page.locator('.qm-article-text')).toContainText('Thursay')
})

test('a copy whose article text was edited by a script opens with its paragraphs rebuilt, and the tag found approximately is listed and opens', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await giveAuthorName(page, 'Carla')
  // A script corrected the typo and reworded the quote in the text only: the blocks and the tags' offsets are as they were.
  const edited = base()
  const article = edited.articles[0]!
  edited.articles = [{ ...article, text: article.text.replace('Thursay', 'Thursday').replace('open in May', 'open in mid-May') }]
  const path = join(desk.workDir, 'edited.quotemark.json')
  await writeFile(path, serializeProject(edited))
  desk.dialogs.openPaths.push(path)
  await page.keyboard.press('Control+o')
  const notice = page.getByRole('alert')
  await expect(notice).toContainText('the text of “Park plan” was changed outside Quotemark without its paragraphs')
  await expect(notice).toContainText('1 approximately')
  const check = page.getByRole('region', { name: 'Tags found approximately' })
  const found = check.getByRole('button', { name: /^Quote “.*mid-May.*” in “Park plan”$/ })
  await expect(found).toHaveCount(1)
  await found.click()
  await expect(page.locator('.qm-tag-summary[aria-pressed="true"]')).toContainText('mid-May')
  await expect(page.locator('.qm-article-text')).toContainText('Thursday')
  await check.getByRole('button', { name: 'Done: all checked' }).click()
  await expect(check).toHaveCount(0)
})

test('pasting a newer text lists the tag found approximately in the summary, and it opens from there', async ({ browser }) => {
  const page = await openCarlasCopy(browser)
  await page.getByRole('button', { name: 'Paste a newer version…' }).click()
  const paste = page.getByRole('dialog', { name: 'Paste a newer version' })
  await paste.getByRole('textbox', { name: 'Newer text of the article' }).fill(TEXT.replace('open in May', 'open in mid-May'))
  await paste.getByRole('button', { name: 'Replace the text and find the tags again' }).click()
  const summary = page.getByRole('dialog', { name: 'Updated “Park plan”' })
  await expect(summary).toContainText('matched to slightly changed words')
  await summary.getByRole('list', { name: 'Tags found approximately' }).getByRole('button', { name: /^Quote “.*mid-May.*” in “Park plan”$/ }).click()
  await expect(summary).toHaveCount(0)
  await expect(page.locator('.qm-tag-summary[aria-pressed="true"]')).toContainText('mid-May')
  await expect(page.getByRole('region', { name: 'Tags found approximately' })).toContainText('mid-May')
})

test('a preview is not applied over a change made after it: Apply refuses and asks for a new preview', async ({ browser }) => {
  const page = await openCarlasCopy(browser)
  const preview = await previewMergeOf(page, 'ben.quotemark.json', bensCopy())
  await expect(preview.getByRole('list', { name: 'Records the merge would change' }).getByRole('button')).toHaveCount(3)
  // Meanwhile the project changes (here in main, as a reload from disk would).
  const changed = desk.store.applyTrusted({ type: 'person.update', id: 'tom', patch: { note: 'Met him at the council' }, updatedAt: LATER })
  expect(changed.ok).toBe(true)
  await preview.getByRole('button', { name: 'Apply the merge' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'The project changed after the preview of ben.quotemark.json' })).toContainText('Merge… again')
  await expect(preview).toHaveCount(0)
  await expect(page.locator('.qm-article-text')).toContainText('Thursay')
})
