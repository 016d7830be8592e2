import type { Page } from '@playwright/test'

/**
 * Select `exact` in the article text with the mouse, as a user drags across
 * words. The drag is tried again (up to three times) when the words selected
 * are not `exact`: the window may still scroll or re-render after the article
 * opens, which moves the words from under a drag measured a moment before.
 */
export async function selectTextWithMouse(page: Page, exact: string, occurrence = 0): Promise<void> {
  let selected = ''
  for (let attempt = 0; attempt < 3; attempt++) {
    await dragAcross(page, exact, occurrence)
    selected = await page.evaluate(() => document.getSelection()?.toString() ?? '')
    if (selected.replace(/\s+/g, ' ') === exact) return
    await page.waitForTimeout(200)
  }
  throw new Error(`Dragging across “${exact}” selected “${selected}”.`)
}

async function dragAcross(page: Page, exact: string, occurrence: number): Promise<void> {
  const box = await page.evaluate(
    ({ exact, occurrence }) => {
      const root = document.querySelector('.qm-article-text')!
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      let all = ''
      const starts: number[] = []
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        starts.push(all.length)
        nodes.push(n as Text)
        all += (n as Text).data
      }
      let at = -1
      for (let i = 0; i <= occurrence; i++) at = all.indexOf(exact, at + 1)
      if (at < 0) throw new Error(`Not in the article: ${exact}`)
      const locate = (offset: number) => {
        let i = starts.length - 1
        while (starts[i]! > offset) i--
        return { node: nodes[i]!, offset: offset - starts[i]! }
      }
      const charRect = (offset: number) => {
        const { node, offset: o } = locate(offset)
        const r = document.createRange()
        r.setStart(node, o)
        r.setEnd(node, o + 1)
        const rects = r.getClientRects()
        return rects[rects.length - 1]!
      }
      locate(at).node.parentElement!.scrollIntoView({ block: 'center' })
      const first = charRect(at)
      const last = charRect(at + exact.length - 1)
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
    },
    { exact, occurrence }
  )
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
  await page.mouse.move(box.x2, box.y2, { steps: 4 })
  await page.mouse.up()
}
