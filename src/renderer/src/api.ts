import type { QuotemarkApi } from '../../core/api'

declare global {
  interface Window {
    quotemark?: QuotemarkApi
  }
}

/** The preload's API; its absence means the page was opened outside Quotemark. */
export function getApi(): QuotemarkApi {
  const api = window.quotemark
  if (!api) throw new Error('Quotemark could not reach its main process (window.quotemark is missing).')
  return api
}
