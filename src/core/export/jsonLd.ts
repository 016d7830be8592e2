/**
 * JSON-LD text that is safe inside an HTML page's
 * `<script type="application/ld+json">`, where ClaimReview is meant to go:
 * `<`, `>` and `&` are written as \u003c, \u003e and \u0026, so no string
 * can close the script ("</script>") or open a comment ("<!--"), and the line
 * separators U+2028 and U+2029 as \u2028 and \u2029, which older JavaScript
 * parsers take for line ends. They can only stand inside JSON strings, where
 * the escapes read back as the very same characters.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

const escapes: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }

/** The document as indented JSON, ending in a newline, with the characters above escaped. */
export function jsonLdText(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2).replace(UNSAFE_IN_SCRIPT, (ch) => escapes[ch]!)}\n`
}
