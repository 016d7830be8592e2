import type { Browser } from '@playwright/test'
import type { QuoteSheetPrinter } from '../../src/main/quoteSheetPrinting'

/**
 * The end-to-end stand-in for the app's printer (src/main/quoteSheetPrinter.ts):
 * Chromium's PDF of the same page, from a page of its own with scripts off.
 * Printing to paper is the system's dialog, which a test cannot answer: it is
 * reported as cancelled. `pages` keeps every page it was given, for a test to look at.
 */
export function chromiumPrinter(browser: Browser): QuoteSheetPrinter & { pages: string[] } {
  const pages: string[] = []
  return {
    pages,
    async pdf(html) {
      pages.push(html)
      const context = await browser.newContext({ javaScriptEnabled: false })
      try {
        const page = await context.newPage()
        await page.setContent(html)
        return await page.pdf({ format: 'A4', printBackground: true })
      } finally {
        await context.close()
      }
    },
    async print(html) {
      pages.push(html)
      return { ok: false, reason: 'cancelled' }
    }
  }
}
