/**
 * The article text's size in the window: read from main's settings at start,
 * stepped by Ctrl+= / Ctrl+- and back by Ctrl+0 (keys or the View menu), and
 * shown as the `--qm-text-scale` custom property the stylesheet sizes the
 * article text by. Main keeps it, so it is the same at the next start.
 */
import type { QuotemarkApi } from '../../../core/api'
import { stepTextSize, USUAL_TEXT_SIZE } from '../../../core/textSize'

let current = USUAL_TEXT_SIZE

function show(size: number): void {
  current = size
  document.documentElement.style.setProperty('--qm-text-scale', String(size / 100))
}

/** The size main remembers, shown; the usual size when main cannot say. */
export async function loadTextSize(api: Pick<QuotemarkApi, 'getTextSize'>): Promise<void> {
  show(await api.getTextSize().catch(() => USUAL_TEXT_SIZE))
}

/** One step larger (1), smaller (-1) or the usual size (0): shown at once, then kept by main; says the new size. */
export async function changeTextSize(api: Pick<QuotemarkApi, 'setTextSize'>, by: 1 | -1 | 0, say: (text: string) => void): Promise<void> {
  const next = stepTextSize(current, by)
  show(next)
  show(await api.setTextSize(next).catch(() => next))
  say(`Text size ${current}%.`)
}

/** The step a menu command asks for. */
export const textSizeStep = { textLarger: 1, textSmaller: -1, textReset: 0 } as const
