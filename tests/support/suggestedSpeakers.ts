/**
 * What the suggester makes of a text, as the suggest tests read it: every
 * quote with its speaker, or the speaker of the quote that starts with some
 * words (null when it has none, or no such quote was suggested).
 */
import { suggestQuotes } from '../../src/core/suggest/quotes'

/** Each suggested quote's words and speaker, in text order. */
export const pairs = (text: string) => suggestQuotes(text).map((s) => [s.text, s.speaker])

/** The speaker of the suggested quote whose words start with `quote`. */
export const speakerOf = (text: string, quote: string) => suggestQuotes(text).find((s) => s.text.startsWith(quote))?.speaker ?? null
