import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openDesk, type Desk } from './harness'

const BBC_TITLE = "Obama admits US gun laws are his 'biggest frustration'"

let desk: Desk
let server: Server
let base: string

/** A small web server of its own: a saved news page, an image, and a page that says it is far too large. */
test.beforeEach(async () => {
  const page = await readFile(join(__dirname, '..', 'fixtures', 'html', 'bbc-1', 'source.html'))
  server = createServer((req, res) => {
    if (req.url === '/news/obama.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
    if (req.url === '/logo.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    if (req.url === '/huge.html') return void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(200 * 1024 * 1024) }).write('<p>')
    res.writeHead(404).end()
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterEach(async () => {
  await desk?.close()
  server.closeAllConnections()
  await new Promise((ok) => server.close(ok))
})

const articles = (desk: Desk) => desk.page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
/** The File menu's item, as the application menu sends it to the window. */
const menu = (page: Page, command: string) => page.evaluate((c) => (window as unknown as { __quotemarkEmit: (ch: string, p: unknown) => void }).__quotemarkEmit('event:menu-command', c), command)
const addressBox = (page: Page) => page.getByRole('dialog', { name: 'Import from URL' }).getByRole('textbox', { name: 'Web address' })

test('Import from URL… fetches a saved news page by its address and shows it with its title and source address', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(articles(desk)).toHaveCount(2)
  await menu(page, 'importUrl')
  // Typed and sent from the keyboard: the box has focus when the dialog opens, Enter imports.
  await expect(addressBox(page)).toBeFocused()
  await page.keyboard.type(`${base}/news/obama.html`)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Import from URL' })).toHaveCount(0)
  await expect(articles(desk)).toHaveCount(3)
  await expect(page.locator('.qm-article-heading')).toHaveText(BBC_TITLE)
  await expect(page.locator('.qm-source')).toContainText(`${base}/news/obama.html`)
  await expect(page.locator('.qm-article-text')).toContainText('President Barack Obama has admitted that his failure to pass "common sense gun safety laws"')
  await expect
    .poll(async () => {
      const saved = (await desk.readProjectJson()) as unknown as { articles: Array<{ title: string; sourceKind?: string; url: string; source: string }> }
      return saved.articles.slice(2).map((a) => [a.title, a.sourceKind, a.url, a.source])
    })
    .toEqual([[BBC_TITLE, 'url', `${base}/news/obama.html`, `${base}/news/obama.html`]])
})

test('an address that cannot be imported says why in words and keeps the dialog open to correct it', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await expect(articles(desk)).toHaveCount(2)
  await menu(page, 'importUrl')
  const box = addressBox(page)
  const reason = page.getByRole('dialog', { name: 'Import from URL' }).getByRole('alert')
  await box.fill('ftp://127.0.0.1/story.html')
  await box.press('Enter')
  await expect(reason).toHaveText('Only http and https addresses can be imported, not ftp.')
  await box.fill('news story')
  await box.press('Enter')
  await expect(reason).toContainText('That is not a web address')
  await box.fill(`${base}/logo.png`)
  await box.press('Enter')
  await expect(reason).toContainText('it is not a web page (image/png)')
  await box.fill(`${base}/huge.html`)
  await box.press('Enter')
  await expect(reason).toContainText('the page is too large to import')
  await box.fill(`${base}/gone.html`)
  await box.press('Enter')
  await expect(reason).toContainText('the server answered 404')
  await expect(articles(desk)).toHaveCount(2)
  // Escape leaves without importing anything.
  await box.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Import from URL' })).toHaveCount(0)
  await expect(articles(desk)).toHaveCount(2)
})
