/**
 * Hostile content (issue 7): a project file from outside whose article text,
 * title, URL, tag notes, evidence and people carry script-injection payloads.
 * Opened through the app, nothing executes, nothing from the content becomes
 * markup, the payloads are shown literally as text, the javascript: link is
 * inert and the layout holds.
 */
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createAnnotation } from '../../src/core/annotations'
import { importArticle } from '../../src/core/importer'
import { createPerson } from '../../src/core/people'
import { parseProject, serializeProject } from '../../src/core/projectFile'
import { buildSampleProject } from '../../src/core/sample'
import type { Project } from '../../src/core/schema'
import { openDesk, type Desk } from './harness'

const seeds = join(__dirname, '..', '..', 'seeds')
const NOW = '2026-01-10T09:00:00.000Z'

const IMG = '<img src=x onerror="window.__pwned=1">'
const SCRIPT = '<script>window.__pwned=1</script>'
const STYLE = '<style>body{display:none}</style>'
const JS_URL = 'javascript:window.__pwned=1'
const RLO = '\u202E'
const LONG = 'W'.repeat(5000)
const HEADLINE_WORDS = 'Hostile headline'

const MARKDOWN = [
  `# ${HEADLINE_WORDS} ${IMG}`,
  `${SCRIPT} The mayor said the budget was final.`,
  `Read the [click](${JS_URL}) statement before the vote.`,
  `${STYLE} Styled paragraph stays visible.`,
  LONG,
  `Invoice ${RLO}fdp.exe${'\u202C'} was attached by the council.`,
  `<a href="${JS_URL}">raw anchor</a> and <iframe src="${JS_URL}"></iframe> end.`
].join('\n\n')

function hostileProject(): { project: Project; articleId: string; noteTagExact: string } {
  const project = buildSampleProject(readFileSync(join(seeds, 'manifest.json'), 'utf8'), (f) => readFileSync(join(seeds, f), 'utf8'), NOW)
  const article = importArticle(
    {
      fileName: `${IMG}.md`,
      content: MARKDOWN,
      meta: { title: `${HEADLINE_WORDS} ${IMG}${SCRIPT}${RLO}evil`, outlet: SCRIPT, byline: `${STYLE}${RLO}`, url: JS_URL }
    },
    NOW,
    'hostile-article'
  )
  project.articles.unshift(article)
  const evil = createPerson(IMG, NOW, { role: SCRIPT, affiliation: STYLE, note: `${SCRIPT}${IMG}`, aliases: [`${RLO}alias`] })
  const longName = createPerson(`${RLO}${'N'.repeat(400)}`, NOW, { role: 'Q'.repeat(1000) })
  project.people.push(evil, longName)
  const tag = (exact: string, kind: 'quote' | 'claim' | 'attribution') => {
    const start = article.text.indexOf(exact)
    if (start < 0) throw new Error(`not in the hostile text: ${exact}`)
    return createAnnotation({ articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: SCRIPT, now: NOW })
  }
  const quote = { ...tag(SCRIPT, 'quote'), note: `${IMG} ${SCRIPT} ${STYLE} ${JS_URL}`, speakerId: evil.id }
  const claim = {
    ...tag(LONG, 'claim'),
    note: `${RLO}${LONG}`,
    speakerId: longName.id,
    status: 'disputed' as const,
    evidence: [{ url: JS_URL, note: IMG }]
  }
  const rtl = { ...tag(`${RLO}fdp.exe`, 'attribution'), speakerId: evil.id, note: STYLE }
  project.annotations.push(quote, claim, rtl)
  // What the app will load: a valid project, like any colleague's file.
  const checked = parseProject(serializeProject(project), 'hostile.quotemark.json')
  if (!checked.ok) throw new Error(checked.message)
  return { project: checked.project, articleId: article.id, noteTagExact: SCRIPT }
}

/** Nothing from the content may have become live markup or run. */
async function expectNothingRan(page: Page): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    imgOnerror: document.querySelectorAll('img[onerror], [onerror]').length,
    // ProseMirror's own empty separator image (no src) is the only img allowed.
    imgs: [...document.querySelectorAll('img')].filter((i) => !i.classList.contains('ProseMirror-separator') || i.hasAttribute('src')).length,
    contentScripts: [...document.querySelectorAll('script')].filter((s) => !s.src || (s.textContent ?? '').includes('__pwned')).length,
    styles: [...document.querySelectorAll('style')].filter((s) => (s.textContent ?? '').includes('display:none')).length,
    iframes: document.querySelectorAll('iframe').length,
    jsHrefs: [...document.querySelectorAll('[href], [src], [action], [formaction]')].filter((el) =>
      ['href', 'src', 'action', 'formaction'].some((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? ''))
    ).length,
    bodyDisplay: getComputedStyle(document.body).display
  }))
  expect(state).toEqual({ pwned: undefined, imgOnerror: 0, imgs: 0, contentScripts: 0, styles: 0, iframes: 0, jsHrefs: 0, bodyDisplay: expect.not.stringMatching(/^none$/) })
}

/** The three panes stay on screen side by side and nothing pushes the window sideways. */
async function expectLayoutHolds(page: Page): Promise<void> {
  const layout = await page.evaluate(() => {
    const box = (sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect()
      const el = document.querySelector(sel)!
      return { left: r.left, right: r.right, width: r.width, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }
    }
    return {
      innerWidth: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      bodyScrollWidth: document.body.scrollWidth,
      articles: box('.qm-pane-articles'),
      text: box('.qm-pane-text'),
      tags: box('.qm-pane-tags')
    }
  })
  const msg = JSON.stringify(layout)
  expect(layout.scrollWidth, msg).toBeLessThanOrEqual(layout.innerWidth + 1)
  expect(layout.bodyScrollWidth, msg).toBeLessThanOrEqual(layout.innerWidth + 1)
  expect(layout.articles.left, msg).toBeGreaterThanOrEqual(-1)
  expect(layout.articles.width, msg).toBeGreaterThan(150)
  expect(layout.text.width, msg).toBeGreaterThan(300)
  expect(layout.tags.width, msg).toBeGreaterThan(150)
  expect(layout.tags.left, msg).toBeGreaterThanOrEqual(layout.text.right - 1)
  expect(layout.tags.right, msg).toBeLessThanOrEqual(layout.innerWidth + 1)
  expect(layout.articles.right, msg).toBeLessThanOrEqual(layout.text.left + 1)
  // Nor does a long unbroken word make a pane scroll sideways: it wraps.
  for (const pane of [layout.articles, layout.text, layout.tags]) expect(pane.scrollWidth, msg).toBeLessThanOrEqual(pane.clientWidth + 1)
}

let desk: Desk
test.afterEach(async () => desk?.close())

test('a project full of script-injection payloads opens as plain text: nothing runs, links are inert, the layout holds', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  const pageErrors: string[] = []
  const consoleErrors: string[] = []
  const popups: string[] = []
  const dialogs: string[] = []
  const strayRequests: string[] = []
  page.on('pageerror', (err) => pageErrors.push(err.message))
  // The harness's server has no favicon; Chromium asks for one on its own.
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && consoleErrors.push(`${m.text()} (${m.location().url})`))
  page.on('popup', (p) => popups.push(p.url()))
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()))
  page.on('request', (r) => !/\/(index\.html|assets\/[^/]+)$/.test(new URL(r.url()).pathname) && strayRequests.push(r.url()))
  const mainFrameUrl = page.url()

  const { project } = hostileProject()
  await mkdir(desk.workDir, { recursive: true })
  const file = join(desk.workDir, 'Hostile.quotemark.json')
  await writeFile(file, serializeProject(project))
  await expect(page.getByRole('option')).toHaveCount(2)
  desk.dialogs.openPaths.push(file)
  await page.keyboard.press('Control+o')

  const articles = page.getByRole('listbox', { name: 'Articles' })
  await expect(articles.getByRole('option')).toHaveCount(3)
  // The title, payload and all, is text in the list and the heading.
  const hostileOption = articles.getByRole('option').filter({ hasText: HEADLINE_WORDS })
  await expect(hostileOption).toContainText(`${IMG}${SCRIPT}`)
  await hostileOption.click()
  const heading = page.locator('.qm-article-heading')
  await expect(heading).toHaveText(`${HEADLINE_WORDS} ${IMG}${SCRIPT}${RLO}evil`)

  // The article text: every payload is there, literally, as words.
  const text = page.locator('.qm-article-text')
  for (const payload of [IMG, SCRIPT, STYLE, `${RLO}fdp.exe`, '<a href="javascript:window.__pwned=1">raw anchor</a>', '<iframe']) await expect(text).toContainText(payload)
  expect(await text.evaluate((el) => el.textContent?.includes('W'.repeat(5000)))).toBe(true)
  await expectNothingRan(page)
  await expectLayoutHolds(page)

  // The Markdown link to javascript: is rendered inert (no href), and clicking it opens nothing.
  const click = text.locator('.qm-link', { hasText: 'click' })
  await expect(click).toHaveCount(1)
  await expect(click).not.toHaveAttribute('href', /.*/)
  expect(await click.evaluate((el) => el.tagName)).toBe('SPAN')
  await click.click()
  await page.waitForTimeout(200)
  expect(desk.dialogs.opened).toEqual([])
  // Even a renderer asking main directly is refused: main only opens http(s).
  expect(await page.evaluate((url) => (window as unknown as { quotemark: { openExternal: (u: string) => Promise<boolean> } }).quotemark.openExternal(url), JS_URL)).toBe(false)
  expect(desk.dialogs.opened).toEqual([])

  // The article's URL is shown as the value of a field, not a link.
  await page.getByRole('button', { name: 'Edit details' }).click()
  await expect(page.getByLabel('URL')).toHaveValue(JS_URL)
  await expect(page.getByLabel('Outlet')).toHaveValue(SCRIPT)
  await page.getByRole('button', { name: 'Cancel' }).click()

  // Tags: notes and speakers with payloads in the sidebar, then one opened.
  const tagList = page.getByRole('list', { name: 'Tags in this article' })
  await expect(tagList.getByRole('listitem')).toHaveCount(3)
  await expect(tagList).toContainText(`${IMG} ${SCRIPT} ${STYLE} ${JS_URL}`)
  await tagList.getByRole('button').filter({ hasText: SCRIPT }).first().click()
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue(`${IMG} ${SCRIPT} ${STYLE} ${JS_URL}`)
  await expect(page.locator('.qm-pane-tags')).toContainText(IMG) // the speaker's name
  await expectNothingRan(page)
  await expectLayoutHolds(page)
  // The claim with the 5,000-character note and the javascript: evidence.
  await tagList.getByRole('button').filter({ hasText: 'WWWWWWWWWW' }).first().click()
  await expect(page.locator('.qm-evidence-url')).toHaveText(JS_URL)
  await expect(page.locator('.qm-pane-tags')).toContainText(IMG) // the evidence note
  await expectNothingRan(page)
  await expectLayoutHolds(page)

  // People: names, roles, affiliations and notes with payloads.
  await page.getByRole('tab', { name: 'People' }).click()
  const people = page.getByRole('list', { name: 'People' })
  await expect(people).toContainText(IMG)
  await expect(people).toContainText(SCRIPT)
  await people.getByRole('button').filter({ hasText: IMG }).first().click()
  await expect(page.getByRole('form', { name: `Details of ${IMG}` })).toBeVisible()
  await expect(page.getByRole('form', { name: `Details of ${IMG}` }).getByLabel('Role')).toHaveValue(SCRIPT)
  await expectNothingRan(page)
  await expectLayoutHolds(page)

  // Find: every tag of the project, payloads in the results and in the choices.
  await page.keyboard.press('Escape')
  await page.getByRole('tab', { name: 'Find' }).click()
  const findPanel = page.locator('#panel-find')
  await expect(findPanel).toContainText(SCRIPT)
  await expect(findPanel).toContainText(IMG)
  await page.getByRole('searchbox').or(findPanel.getByRole('textbox').first()).first().fill('onerror')
  await expect(findPanel).toContainText(IMG)
  await expectNothingRan(page)
  await expectLayoutHolds(page)

  await page.evaluate(() => window.getSelection()?.removeAllRanges())
  await page.screenshot({ path: join('test-results', 'hostile-content.png') })
  await page.screenshot({ path: test.info().outputPath('hostile-content.png') })

  expect(pageErrors).toEqual([])
  expect(consoleErrors).toEqual([])
  expect(popups).toEqual([])
  expect(dialogs).toEqual([])
  expect(strayRequests).toEqual([])
  expect(page.url()).toBe(mainFrameUrl)
  expect(desk.dialogs.opened).toEqual([])
})
