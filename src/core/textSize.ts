/**
 * The article text's size, as a percentage of its usual size (17 px): the
 * steps Ctrl+= and Ctrl+- move through, remembered in the app's settings
 * (not in the project, which colleagues share). One list, read by main (which
 * stores a size only if it is one of these) and by the window.
 */
export const TEXT_SIZES = [80, 90, 100, 110, 125, 150, 175, 200] as const
export const USUAL_TEXT_SIZE = 100

/** Is this a size Quotemark offers? */
export function isTextSize(size: unknown): size is number {
  return typeof size === 'number' && (TEXT_SIZES as readonly number[]).includes(size)
}

/** The next size up (1) or down (-1), staying within the list; 0 is back to the usual size. A size not in the list counts as the usual one. */
export function stepTextSize(size: number, by: 1 | -1 | 0): number {
  if (by === 0) return USUAL_TEXT_SIZE
  const at = TEXT_SIZES.indexOf((isTextSize(size) ? size : USUAL_TEXT_SIZE) as (typeof TEXT_SIZES)[number])
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, at + by))]!
}
