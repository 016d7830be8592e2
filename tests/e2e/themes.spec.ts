import { expect, test, type Page } from '@playwright/test'
import { openDesk, type Desk } from './harness'

// Issue 15: a light and a dark theme following the system, tag colours that keep contrast in both, a remembered text size.
const NYT = 'Venezuela Begins Releasing Political Prisoners'

let desk: Desk
test.afterEach(async () => desk?.close())

async function openArticle(page: Page): Promise<void> {
  await page.getByRole('option', { name: new RegExp(NYT) }).click()
  await expect(page.locator('.qm-article-text')).toContainText('Venezuela')
}

/**
 * WCAG contrast ratios measured in the page from the theme's own custom properties: each kind's colour on the
 * surfaces it is written on (chips, the legend), and the ink over one to four stacked tints of each kind on the paper.
 */
function measureContrast(): Record<string, number> {
  const probe = document.createElement('span')
  document.body.append(probe)
  const rgba = (value: string): number[] => {
    probe.style.color = ''
    probe.style.color = value
    const parts = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number)
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1]
  }
  const token = (name: string) => rgba(getComputedStyle(document.documentElement).getPropertyValue(`--qm-${name}`).trim())
  const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + under[i]! * (1 - top[3]!)).concat(1)
  const luminance = (c: number[]) =>
    [0, 1, 2].map((i) => c[i]! / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0)
  const ratio = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi! + 0.05) / (lo! + 0.05)
  }
  const out: Record<string, number> = {}
  for (const kind of ['quote', 'attribution', 'claim']) {
    for (const surface of ['surface', 'panel', 'paper']) out[`${kind} on ${surface}`] = ratio(token(kind), token(surface))
    let under = token('paper')
    for (let depth = 1; depth <= 4; depth++) {
      under = over(token(`${kind}-bg`), under)
      out[`ink over ${depth} ${kind} tint(s)`] = ratio(token('ink'), under)
    }
  }
  for (const status of ['unverified', 'verified', 'disputed', 'false', 'misleading']) out[`white on the ${status} badge`] = ratio([255, 255, 255, 1], token(`status-${status}`))
  for (const text of ['muted', 'danger', 'ok', 'warn']) for (const surface of ['surface', 'panel']) out[`${text} on ${surface}`] = ratio(token(text), token(surface))
  probe.remove()
  return out
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in the ${colorScheme} theme, text keeps AA contrast (4.5:1): each kind's colour, the ink over stacked tag tints, the badges`, async ({ browser }) => {
    desk = await openDesk(browser)
    const { page } = desk
    await page.emulateMedia({ colorScheme })
    await openArticle(page)
    const paper = await page.locator('.qm-pane-text').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(paper).toBe(colorScheme === 'dark' ? 'rgb(21, 24, 28)' : 'rgb(255, 255, 255)')
    const ratios = await page.evaluate(measureContrast)
    const low = Object.entries(ratios).filter(([, r]) => r < 4.5)
    console.log(`${colorScheme}: lowest contrast ${Math.min(...Object.values(ratios)).toFixed(2)}:1 over ${Object.keys(ratios).length} pairs`)
    expect(low).toEqual([])
  })
}

test('Ctrl+= and Ctrl+- change the article text size, Ctrl+0 restores it, and the size is kept at the next start', async ({ browser }) => {
  desk = await openDesk(browser)
  const { page } = desk
  await openArticle(page)
  const size = () => page.locator('.qm-article-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(await size()).toBe(17)
  await page.keyboard.press('Control+=')
  await page.keyboard.press('Control+=')
  await expect(page.getByRole('status').filter({ hasText: 'Text size 125%.' })).toBeVisible()
  expect(await size()).toBeCloseTo(17 * 1.25)
  await page.keyboard.press('Control+-')
  // (Read once the change has landed and been said: a read or a restart right after the key press can beat the render and the save.)
  await expect(page.getByRole('status').filter({ hasText: 'Text size 110%.' }).first()).toBeVisible()
  await expect.poll(size).toBeCloseTo(17 * 1.1)

  await desk.restart()
  await openArticle(desk.page)
  await expect.poll(() => desk.page.locator('.qm-article-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(17 * 1.1)
  await desk.page.keyboard.press('Control+0')
  await expect.poll(() => desk.page.locator('.qm-article-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(17)

  // The keys are in the keyboard help, from the one keymap.
  await desk.page.keyboard.press('F1')
  const help = desk.page.getByRole('dialog', { name: /keyboard/i })
  await expect(help).toContainText('Larger text')
  await expect(help).toContainText('Ctrl+-')
})
