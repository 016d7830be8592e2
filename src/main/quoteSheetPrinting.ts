/**
 * What main needs to print the quote sheet: given the page (HTML), Chromium's
 * PDF of it, or the system's print dialog for it. Electron's is
 * quoteSheetPrinter.ts; the end-to-end harness gives Playwright's Chromium.
 */
export type QuoteSheetPrinter = {
  /** Chromium's PDF of the page. */
  pdf(html: string): Promise<Uint8Array>
  /** The system's print dialog for the page; `reason` says why nothing was printed ("cancelled" when the user closed it). */
  print(html: string): Promise<{ ok: boolean; reason?: string }>
}
