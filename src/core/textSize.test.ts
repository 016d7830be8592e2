import { describe, expect, it } from 'vitest'
import { isTextSize, stepTextSize, TEXT_SIZES, USUAL_TEXT_SIZE } from './textSize'

describe('text size', () => {
  it('Ctrl+= makes the text one step larger and Ctrl+- one step smaller', () => {
    expect(stepTextSize(100, 1)).toBe(110)
    expect(stepTextSize(110, -1)).toBe(100)
    expect(stepTextSize(125, 1)).toBe(150)
  })

  it('stops at the largest and the smallest size instead of going on', () => {
    expect(stepTextSize(TEXT_SIZES.at(-1)!, 1)).toBe(TEXT_SIZES.at(-1))
    expect(stepTextSize(TEXT_SIZES[0], -1)).toBe(TEXT_SIZES[0])
  })

  it('Ctrl+0 brings the text back to its usual size from any size', () => {
    for (const size of TEXT_SIZES) expect(stepTextSize(size, 0)).toBe(USUAL_TEXT_SIZE)
  })

  it('a size that is not one of the steps (a hand-edited settings file) is taken as the usual size', () => {
    expect(isTextSize(117)).toBe(false)
    expect(isTextSize('110')).toBe(false)
    expect(stepTextSize(117, 1)).toBe(110)
  })
})
