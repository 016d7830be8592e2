// The suggester's rules made to fail on one article's text only, for tests of what the app does when they throw (as the
// hyphen left hanging in "Pakal-Na- Palenque" once made them). Use inside a vi.mock factory for core/suggest/transcriptTurns.
import type * as TranscriptTurns from '../../src/core/suggest/transcriptTurns'

/** The module, with its entry for the app failing on any article whose text holds `marker`. */
export function failingOn(real: typeof TranscriptTurns, marker: string, error: Error): typeof TranscriptTurns {
  return {
    ...real,
    suggestArticleQuotes: (article) => {
      if (article.text.includes(marker)) throw error
      return real.suggestArticleQuotes(article)
    }
  }
}
