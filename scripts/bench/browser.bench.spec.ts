/**
 * The browser figures of `npm run bench`, run by scripts/bench/bench.ts with
 * Playwright (scripts/bench/playwright.bench.config.ts): the built renderer in
 * Chromium with the real main-side handlers (tests/e2e/harness.ts), on a copy
 * of the synthetic project (BENCH_PROJECT) with 400 more tags on one article.
 * Results go to BENCH_OUT as bench.ts's Figure[].
 *
 * Every time is taken in the page with performance.now(): from the input event
 * (capture-phase listener) to the change being in the DOM, then to the end of
 * the frame that paints it (requestAnimationFrame, then a MessageChannel task,
 * which runs after that frame's style, layout and paint).
 */
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { makeTarget } from '../../src/core/anchoring'
import { openDesk, type Desk } from '../../tests/e2e/harness'
import { figure, type Figure } from './figures'
import { prng } from '../../tests/support/random'

const log = (message: string) => process.stderr.write(`[bench:browser] ${message}\n`)
const fmt = (xs: readonly number[]) => xs.map((x) => x.toFixed(1)).join(' ')


type Ann = { id: string; articleId: string; kind: string; target: { start: number; end: number }; orphan?: boolean; [key: string]: unknown }
type Art = { id: string; title: string; text: string; blocks: { start: number; end: number }[] }
type Spot = { block: number; from: number; to: number; exact: string }

const EXTRA_TAGS = 400
const OPEN_RUNS = 9
const TAG_RUNS = 15
const FIND_QUERIES = ['government', 'minister', 'prisoners rel', 'zzqx']

/**
 * A copy of the project with 400 more tags (overlapping, 2–30 words, all
 * kinds) on its first article, all in its first 70 % so the rest keeps
 * untagged words; and spots of three untagged words there to tag in the page.
 */
function prepare(raw: { articles: Art[]; annotations: Ann[] }): { big: Art; small: Art; spots: Spot[]; smallSpots: Spot[] } {
  const big = raw.articles[0]!
  const small = raw.articles[1]!
  const text = big.text
  const own = raw.annotations.filter((a) => a.articleId === big.id)
  const template = own[0]!
  const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const)
  const rand = prng(500)
  const int = (n: number) => Math.floor(rand() * n)
  const kinds = ['quote', 'claim', 'quote', 'attribution']
  const seen = new Set(own.map((a) => `${a.kind}:${a.target.start}:${a.target.end}`))
  const limit = Math.floor(spans.length * 0.7)
  let added = 0
  while (added < EXTRA_TAGS) {
    const kind = kinds[added % kinds.length]!
    const first = int(limit - 30)
    const last = first + 1 + int(kind === 'attribution' ? 3 : 29)
    const start = spans[first]![0]
    const end = spans[last]![1]
    const key = `${kind}:${start}:${end}`
    if (seen.has(key)) continue
    seen.add(key)
    raw.annotations.push({
      ...template,
      id: randomUUID(),
      kind,
      target: makeTarget(text, start, end),
      note: '',
      speakerId: null,
      attributionId: null,
      status: 'unverified',
      evidence: [],
      orphan: false
    })
    added++
  }
  const spots = untaggedSpots(big, raw.annotations, limit + 2)
  return { big, small, spots, smallSpots: untaggedSpots(small, raw.annotations, 0) }
}

/** Spots of three untagged words (not next to a tag, inside one block) from word `fromWord` on: where the page tags. */
function untaggedSpots(article: Art, annotations: readonly Ann[], fromWord: number): Spot[] {
  const text = article.text
  const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const)
  const covered = new Uint8Array(text.length + 1)
  for (const a of annotations) if (a.articleId === article.id) covered.fill(1, a.target.start, a.target.end)
  const spots: Spot[] = []
  for (let i = Math.max(1, fromWord); i + 3 < spans.length && spots.length < TAG_RUNS + 4; i++) {
    const from = spans[i]![0]
    const to = spans[i + 2]![1]
    if (covered.subarray(from - 1, to + 1).some((c) => c) || text.slice(from, to).includes('\n')) continue
    const block = article.blocks.findIndex((b) => b.start <= from && to <= b.end)
    if (block < 0) continue
    spots.push({ block, from: from - article.blocks[block]!.start, to: to - article.blocks[block]!.start, exact: text.slice(from, to) })
    i += 4
  }
  if (spots.length < TAG_RUNS + 1) throw new Error(`only ${spots.length} untagged spots in “${article.title}”`)
  return spots
}

/** In-page helpers, on window.__bench. */
function installHelpers(): void {
  type Timing = { total: number; dom: number; raf: number; [key: string]: unknown }
  const w = window as unknown as { __bench: Record<string, unknown>; __benchResult: Promise<Timing> | null }
  const afterFrame = (done: () => void) => {
    // rAF runs before the frame's style, layout and paint; a task posted from it runs after them.
    requestAnimationFrame(() => {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => done()
      ch.port2.postMessage(null)
    })
  }
  const frames = (n: number) => new Promise<void>((ok) => (n <= 0 ? ok() : requestAnimationFrame(() => frames(n - 1).then(ok))))
  const idsIn = (root: Element | null) => {
    const ids = new Set<string>()
    // One span per run of text: a run names every tag covering it.
    root?.querySelectorAll('[data-annotation-ids]').forEach((s) => s.getAttribute('data-annotation-ids')!.split(' ').forEach((id) => ids.add(id)))
    return ids
  }

  w.__bench = {
    frames,
    /**
     * Click an article: until the editor for `label` shows `expected` tags, polled once a frame, and that frame is
     * painted (`total`: first paint); then until the Tags sidebar lists all of them too and that frame is painted
     * (`interactive`: whatever the desk defers past the first paint is done).
     */
    armOpen(label: string, expected: number) {
      w.__benchResult = new Promise<Timing>((resolve, reject) => {
        const onClick = () => {
          window.removeEventListener('click', onClick, true)
          const t0 = performance.now()
          const listed = () => document.querySelectorAll('.qm-tag-list > li').length
          const poll = () => {
            const root = document.querySelector('.qm-article-text')
            if (root?.getAttribute('aria-label') === label) {
              const ids = idsIn(root)
              if (ids.size >= expected) {
                const tDom = performance.now()
                const ch = new MessageChannel()
                ch.port1.onmessage = () => {
                  const first = { total: performance.now() - t0, dom: tDom - t0, raf: tDom - t0, tags: ids.size, spans: root.querySelectorAll('[data-annotation-ids]').length }
                  // Polled once a frame (in its animation callbacks); the message after it runs once that frame is painted.
                  const until = (painted: boolean) => {
                    if (listed() >= expected) {
                      if (painted) return resolve({ ...first, interactive: first.total, listed: listed() })
                      const done = new MessageChannel()
                      done.port1.onmessage = () => resolve({ ...first, interactive: performance.now() - t0, listed: listed() })
                      done.port2.postMessage(null)
                    } else if (performance.now() - t0 > 20_000) reject(new Error(`the sidebar did not list ${expected} tags`))
                    else requestAnimationFrame(() => until(false))
                  }
                  until(true)
                }
                ch.port2.postMessage(null)
                return
              }
            }
            if (performance.now() - t0 > 20_000) reject(new Error(`the article did not show ${expected} tags`))
            else requestAnimationFrame(poll)
          }
          requestAnimationFrame(poll)
        }
        window.addEventListener('click', onClick, true)
      })
    },
    /** Select characters [from, to) of the article's block `block` with a DOM Range, skipping widget text (claim status badges). */
    async select(block: number, from: number, to: number, exact: string) {
      const root = document.querySelector<HTMLElement>('.qm-article-text')!
      const el = root.children[block]!
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('[contenteditable="false"], .qm-status-badge') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
      })
      let at = 0
      const range = document.createRange()
      let started = false
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const len = n.data.length
        if (!started && from < at + len) {
          range.setStart(n, from - at)
          started = true
        }
        if (started && to <= at + len) {
          range.setEnd(n, to - at)
          break
        }
        at += len
      }
      if (range.toString() !== exact) throw new Error(`selected ${JSON.stringify(range.toString())}, wanted ${JSON.stringify(exact)}`)
      root.focus({ preventScroll: true })
      ;(range.startContainer.parentElement ?? el).scrollIntoView({ block: 'center' })
      const sel = window.getSelection()!
      sel.removeAllRanges()
      sel.addRange(range)
      await frames(2)
    },
    /** Key `key` in the article: until a tag span that was not there is in the DOM, then a painted frame. */
    armTag(key: string) {
      const root = document.querySelector('.qm-article-text')!
      const before = idsIn(root)
      w.__benchResult = new Promise<Timing>((resolve, reject) => {
        let t0: number | null = null
        let done = false
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== key) return
          window.removeEventListener('keydown', onKey, true)
          t0 = performance.now()
          setTimeout(() => !done && (mo.disconnect(), reject(new Error('no new tag span appeared'))), 5000)
        }
        const isNew = (n: Node) => {
          if (!(n instanceof Element)) return false
          const fresh = (el: Element) => (el.getAttribute('data-annotation-ids') ?? '').split(' ').some((id) => id && !before.has(id))
          if (fresh(n)) return true
          for (const s of n.querySelectorAll('[data-annotation-ids]')) if (fresh(s)) return true
          return false
        }
        const mo = new MutationObserver((records) => {
          if (t0 === null || done) return
          if (!records.some((r) => [...r.addedNodes].some(isNew) || (r.type === 'attributes' && isNew(r.target)))) return
          done = true
          mo.disconnect()
          const start = t0
          const tDom = performance.now()
          requestAnimationFrame(() => {
            const tRaf = performance.now()
            const ch = new MessageChannel()
            ch.port1.onmessage = () => resolve({ total: performance.now() - start, dom: tDom - start, raf: tRaf - start })
            ch.port2.postMessage(null)
          })
        })
        mo.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-annotation-ids'] })
        window.addEventListener('keydown', onKey, true)
      })
    },
    /** A key that does nothing: keydown to the end of the next frame (the floor any key response waits for). */
    armNoop(key: string) {
      w.__benchResult = new Promise<Timing>((resolve) => {
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== key) return
          window.removeEventListener('keydown', onKey, true)
          const t0 = performance.now()
          requestAnimationFrame(() => {
            const tRaf = performance.now()
            const ch = new MessageChannel()
            ch.port1.onmessage = () => resolve({ total: performance.now() - t0, dom: 0, raf: tRaf - t0 })
            ch.port2.postMessage(null)
          })
        }
        window.addEventListener('keydown', onKey, true)
      })
    },
    /**
     * Scroll the pane holding the Find results to `top` (px). `total`: the frame's work, from its scroll event (the
     * first thing a frame does for a scroll, before the list renders the rows now in view) to that frame painted;
     * `latency`: from setting scrollTop, which adds the wait for the next frame. Checks that the row belonging at
     * the top of the view is in the page.
     */
    async scrollFind(top: number, pitch: number) {
      const list = document.querySelector<HTMLElement>('[role="listbox"][aria-label="Matching tags"]')!
      const pane = list.closest<HTMLElement>('.qm-pane')!
      await frames(1)
      let tScroll: number | null = null
      const onScroll = () => (tScroll ??= performance.now())
      window.addEventListener('scroll', onScroll, { capture: true })
      const t0 = performance.now()
      pane.scrollTop = top
      return new Promise<Timing>((resolve, reject) => {
        const check = () => {
          window.removeEventListener('scroll', onScroll, { capture: true })
          if (tScroll === null) return reject(new Error(`no scroll event for scrollTop = ${top}`))
          const offset = pane.getBoundingClientRect().top - list.getBoundingClientRect().top
          const row = Math.max(0, Math.floor(offset / pitch)) + 1
          if (!list.querySelector(`[aria-posinset="${row}"]`)) return reject(new Error(`row ${row} is not rendered after scrolling to ${top}`))
          const tDom = performance.now()
          const start = tScroll
          const ch = new MessageChannel()
          ch.port1.onmessage = () => resolve({ total: performance.now() - start, dom: tDom - start, raf: tDom - start, latency: performance.now() - t0, row })
          ch.port2.postMessage(null)
        }
        // The scroll event (and the list's render of the rows now in view) comes before this frame's animation callbacks.
        requestAnimationFrame(check)
      })
    },
    /** A key in the Find search: until the result count text changes (or, when the count stays, the input's update is done), then a painted frame. */
    armFind(key: string) {
      const summary = document.querySelector('.qm-find-summary')!
      const before = summary.textContent
      w.__benchResult = new Promise<Timing>((resolve) => {
        let t0: number | null = null
        let done = false
        const finish = (changed: boolean) => {
          if (done || t0 === null) return
          done = true
          mo.disconnect()
          window.removeEventListener('input', onInput, true)
          const start = t0
          const tDom = performance.now()
          requestAnimationFrame(() => {
            const tRaf = performance.now()
            const ch = new MessageChannel()
            ch.port1.onmessage = () => resolve({ total: performance.now() - start, dom: tDom - start, raf: tRaf - start, changed, summary: summary.textContent })
            ch.port2.postMessage(null)
          })
        }
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== key) return
          window.removeEventListener('keydown', onKey, true)
          t0 = performance.now()
        }
        // React renders a controlled input's change before the input event's task ends; a task after it sees the committed DOM.
        const onInput = () => setTimeout(() => finish(false), 0)
        const mo = new MutationObserver(() => {
          if (summary.textContent !== before) finish(true)
        })
        mo.observe(summary, { childList: true, subtree: true, characterData: true })
        window.addEventListener('keydown', onKey, true)
        window.addEventListener('input', onInput, true)
      })
    }
  }
}

type Timing = { total: number; dom: number; raf: number; [key: string]: unknown }
const bench = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(([fn, args]) => ((window as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench[fn as string]!(...(args as unknown[])) as T), [fn, args] as const)
const result = (page: Page) => page.evaluate(() => (window as unknown as { __benchResult: Promise<Timing> }).__benchResult)

let desk: Desk | undefined
let dir: string | undefined
test.afterAll(async () => {
  await desk?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('browser figures on the synthetic project', async ({ browser }) => {
  const source = process.env.BENCH_PROJECT
  if (!source) throw new Error('BENCH_PROJECT is not set: run this through `npm run bench` (scripts/bench/bench.ts), which writes the synthetic project')
  const figures: Figure[] = []

  // ---- a copy with 500 tags on one article ---------------------------------------
  dir = await mkdtemp(join(tmpdir(), 'quotemark-bench-browser-'))
  const projectPath = join(dir, 'bench-500.quotemark.json')
  const raw = JSON.parse(await readFile(source, 'utf8')) as { articles: Art[]; annotations: Ann[] }
  const { big, small, spots, smallSpots } = prepare(raw)
  await writeFile(projectPath, JSON.stringify(raw, null, 2))
  const bigTags = raw.annotations.filter((a) => a.articleId === big.id && !a.orphan).length
  const smallTags = raw.annotations.filter((a) => a.articleId === small.id && !a.orphan).length
  log(`project copy: ${raw.annotations.length} tags; the measured article has ${bigTags}, the baseline article ${smallTags}`)

  // ---- open it as a user does: Ctrl+O --------------------------------------------
  desk = await openDesk(browser)
  const { page } = desk
  const articles = page.getByRole('listbox', { name: 'Articles' })
  await expect(articles.getByRole('option')).toHaveCount(2) // the first-run sample project
  desk.dialogs.openPaths.push(projectPath)
  const t = Date.now()
  await page.keyboard.press('Control+o')
  await expect(articles.getByRole('option')).toHaveCount(raw.articles.length, { timeout: 60_000 })
  log(`opened through Ctrl+O in ${Date.now() - t} ms (harness IPC; not a figure)`)
  if (await page.getByRole('textbox', { name: 'Your name' }).isVisible()) {
    await page.getByRole('textbox', { name: 'Your name' }).fill('Bench Reporter')
    await page.getByRole('button', { name: 'Use this name' }).click()
  }
  await page.evaluate(installHelpers)
  const bigItem = articles.locator(`[data-article-id="${big.id}"]`)
  const smallItem = articles.locator(`[data-article-id="${small.id}"]`)

  // ---- article open -----------------------------------------------------------------
  const open = async (item: typeof bigItem, article: Art, tags: number) => {
    await item.scrollIntoViewIfNeeded()
    await bench(page, 'frames', 2)
    await bench(page, 'armOpen', `Text of ${article.title}`, tags)
    await item.click()
    return result(page)
  }
  const openBig: Timing[] = []
  const openSmall: Timing[] = []
  for (let i = -1; i < OPEN_RUNS; i++) {
    const s = await open(smallItem, small, smallTags)
    const b = await open(bigItem, big, bigTags)
    if (i >= 0) {
      openSmall.push(s)
      openBig.push(b)
    }
  }
  log(`open ${bigTags}-tag article (ms): ${fmt(openBig.map((r) => r.total))}; ${String(openBig[0]!.spans)} tag spans`)
  log(`open ${smallTags}-tag article (ms): ${fmt(openSmall.map((r) => r.total))}`)
  log(`open ${bigTags}-tag article, to interactive (ms): ${fmt(openBig.map((r) => r.interactive as number))}`)
  figures.push(
    figure(
      `browser: click an article with ${bigTags} tags → its tags painted (first paint; baseline: one with ${smallTags})`,
      openBig.map((r) => r.total),
      openSmall.map((r) => r.total),
      { median: 100 }
    )
  )
  figures.push(
    figure(
      `browser: click an article with ${bigTags} tags → interactive (the sidebar lists every tag, frame painted; baseline: one with ${smallTags})`,
      openBig.map((r) => r.interactive as number),
      openSmall.map((r) => r.interactive as number),
      null
    )
  )

  // ---- tag action ----------------------------------------------------------------------
  // The measured article is open (the loop ended on it). Each run tags three untagged words as a quote with Q.
  await expect(page.locator('.qm-article-text')).toHaveAttribute('aria-label', `Text of ${big.title}`)
  const saved = page.locator('[data-save-state]')
  /** Tag each spot as a quote with Q (the first is a warm-up): keydown → painted, a no-op key before each, and the longest frame gap while saving. */
  const tagLoop = async (at: readonly Spot[]) => {
    const tagRuns: Timing[] = []
    const noopRuns: Timing[] = []
    const saveGaps: number[] = []
    for (let i = -1; i < TAG_RUNS; i++) {
      const spot = at[i + 1]!
      await bench(page, 'select', spot.block, spot.from, spot.to, spot.exact)
      await bench(page, 'armNoop', 'Shift')
      await page.keyboard.press('Shift')
      const noop = await result(page)
      await bench(page, 'armTag', 'q')
      await page.keyboard.press('q')
      const r = await result(page)
      // While the 20 MB project saves (main's work), the window must stay responsive: the longest gap between
      // the renderer's frames from here until the toolbar says "saved" is its longest task during the save.
      const pending = await page.evaluate(() => {
        const w = window as unknown as { __gaps: { max: number; last: number; run: boolean } }
        w.__gaps = { max: 0, last: performance.now(), run: true }
        const tick = (t: number) => {
          const g = w.__gaps
          if (!g.run) return
          g.max = Math.max(g.max, t - g.last)
          g.last = t
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
        return document.querySelector('[data-save-state]')?.getAttribute('data-save-state') !== 'saved'
      })
      if (i >= 0) {
        tagRuns.push(r)
        noopRuns.push(noop)
      }
      await expect(saved).toHaveAttribute('data-save-state', 'saved')
      const gap = await page.evaluate(() => {
        const w = window as unknown as { __gaps: { max: number; run: boolean } }
        w.__gaps.run = false
        return w.__gaps.max
      })
      if (i >= 0 && pending) saveGaps.push(gap)
    }
    return { tagRuns, noopRuns, saveGaps }
  }
  const { tagRuns, noopRuns, saveGaps } = await tagLoop(spots)
  log(`longest renderer frame gap while the project saved (ms): ${fmt(saveGaps)}`)
  figures.push(figure(`browser: longest renderer task while the ${desk.store.project!.annotations.length}-tag project saves (frame gap from the tag painted to "saved")`, saveGaps, null, { p95: 50 }))
  const tagged = desk.store.project!.annotations.filter((a) => a.articleId === big.id && a.kind === 'quote' && spots.some((s) => s.exact === a.target.exact)).length
  expect(tagged).toBe(TAG_RUNS + 1)
  log(`tag action, keydown → painted (ms): ${fmt(tagRuns.map((r) => r.total))}`)
  log(`tag action, keydown → in DOM (ms): ${fmt(tagRuns.map((r) => r.dom))}`)
  log(`no-op key, keydown → painted (ms): ${fmt(noopRuns.map((r) => r.total))}`)
  figures.push(
    figure(
      `browser: Q on selected words (article with ${bigTags}+ tags) → new tag in the DOM + frame painted (baseline: a no-op key → frame)`,
      tagRuns.map((r) => r.total),
      noopRuns.map((r) => r.total),
      { p95: 16 }
    )
  )
  figures.push(figure('browser: Q → new tag in the DOM (script only, before the frame)', tagRuns.map((r) => r.dom), null, null))

  // The same at the synthetic project's ordinary size: an article with about 100 tags.
  await open(smallItem, small, smallTags)
  const atSmall = await tagLoop(smallSpots)
  log(`tag action at ${smallTags} tags, keydown → painted (ms): ${fmt(atSmall.tagRuns.map((r) => r.total))}`)
  log(`tag action at ${smallTags} tags, keydown → in DOM (ms): ${fmt(atSmall.tagRuns.map((r) => r.dom))}`)
  figures.push(
    figure(
      `browser: Q on selected words (article with ${smallTags}+ tags) → new tag in the DOM + frame painted (baseline: a no-op key → frame)`,
      atSmall.tagRuns.map((r) => r.total),
      atSmall.noopRuns.map((r) => r.total),
      { p95: 16 }
    )
  )
  figures.push(figure(`browser: Q → new tag in the DOM, article with ${smallTags}+ tags (script only, before the frame)`, atSmall.tagRuns.map((r) => r.dom), null, null))

  // ---- Find panel keystrokes -------------------------------------------------------------
  await page.getByRole('tab', { name: 'Find' }).click()
  const search = page.getByLabel('Search tags in the project')
  await search.click()
  await bench(page, 'frames', 3)
  const findRuns: Timing[] = []
  const findNoop: Timing[] = []
  let first: number | null = null
  for (const query of FIND_QUERIES) {
    await search.fill('')
    await expect(search).toHaveValue('')
    await bench(page, 'frames', 3)
    for (const ch of query) {
      await bench(page, 'armNoop', 'Shift')
      await page.keyboard.press('Shift')
      findNoop.push(await result(page))
      await bench(page, 'armFind', ch)
      await page.keyboard.press(ch === ' ' ? 'Space' : ch)
      const r = await result(page)
      first ??= r.total
      findRuns.push(r)
    }
    await expect(search).toHaveValue(query)
    log(`find "${query}": ${fmt(findRuns.slice(-query.length).map((r) => r.total))} ms → ${String(findRuns[findRuns.length - 1]!.summary).replace('Clear filters', '')}`)
  }
  const changed = findRuns.filter((r) => r.changed).length
  figures.push(
    figure(
      `browser: Find search keystroke over ${raw.annotations.length.toLocaleString('en')} tags → count updated + frame painted (${changed} of ${findRuns.length} keys changed the count; baseline: a no-op key → frame)`,
      findRuns.map((r) => r.total),
      findNoop.map((r) => r.total),
      { median: 50 }
    )
  )
  figures.push(figure('browser: Find keystroke → DOM updated (script only, before the frame)', findRuns.map((r) => r.dom), null, null))
  figures.push(figure('browser: Find, first keystroke', [first!], null, { median: 50 }))

  // ---- scrolling the Find results: all of them ------------------------------------------------------
  // Every tag matches an empty search: the list holds 20,400 rows and renders only those in view. Half the steps
  // page down (one view at a time), half jump through the whole list as a dragged scroll bar does.
  await search.fill('')
  const allTags = desk.store.project!.annotations.length
  await expect(page.locator('.qm-find-summary')).toContainText(`${allTags} tags match`)
  const extent = await page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('[aria-label="Matching tags"]')!
    const pane = list.closest<HTMLElement>('.qm-pane')!
    return { listTop: list.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop, view: pane.clientHeight, max: pane.scrollHeight - pane.clientHeight }
  })
  await page.evaluate((top) => (document.querySelector<HTMLElement>('[aria-label="Matching tags"]')!.closest<HTMLElement>('.qm-pane')!.scrollTop = top), extent.listTop)
  await bench(page, 'frames', 3)
  const pitch = await page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('[aria-label="Matching tags"] [role="option"]')]
    return rows[1]!.offsetTop - rows[0]!.offsetTop
  })
  const SCROLL_STEPS = 40
  const positions: number[] = []
  for (let i = 0; i < SCROLL_STEPS / 2; i++) positions.push(extent.listTop + i * extent.view)
  for (let i = 1; i <= SCROLL_STEPS / 2; i++) positions.push(Math.round((extent.max * i) / (SCROLL_STEPS / 2)))
  const scrollRuns: Timing[] = []
  await bench(page, 'scrollFind', positions[0]! + Math.round(extent.view / 2), pitch) // warm-up
  for (const top of positions) scrollRuns.push(await bench<Timing>(page, 'scrollFind', top, pitch))
  log(`scroll the Find results (${allTags} rows, row pitch ${pitch}px), frame: scroll event → painted (ms): ${fmt(scrollRuns.map((r) => r.total))}; last row in view ${String(scrollRuns.at(-1)!.row)}`)
  log(`scroll the Find results, scrollTop set → painted (ms, with the wait for the frame): ${fmt(scrollRuns.map((r) => r.latency as number))}`)
  const listNodes = await page.evaluate(() => document.querySelectorAll('[aria-label="Matching tags"] [role="option"]').length)
  log(`rows in the page while ${allTags} match: ${listNodes}`)
  figures.push(
    figure(
      `browser: scroll the Find results through ${allTags.toLocaleString('en')} tags (page by page, then jumps to the end): frame time, scroll event → rows in view painted`,
      scrollRuns.map((r) => r.total),
      null,
      { p95: 16 }
    )
  )
  figures.push(figure('browser: scroll the Find results: scrollTop set → rows painted (with the wait for the next frame; baseline: a no-op key → frame)', scrollRuns.map((r) => r.latency as number), findNoop.map((r) => r.total), null))

  // ---- renderer heap ---------------------------------------------------------------------------
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const metric = async (name: string) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? NaN
  const heap = (await metric('JSHeapUsedSize')) / 1024 / 1024
  await cdp.send('HeapProfiler.collectGarbage')
  const heapGc = (await metric('JSHeapUsedSize')) / 1024 / 1024
  const nodes = await metric('Nodes')
  log(`renderer heap: ${heap.toFixed(1)} MB used, ${heapGc.toFixed(1)} MB after a forced GC; ${nodes} DOM nodes`)
  figures.push(figure('browser: renderer JS heap used after the above (Performance.getMetrics JSHeapUsedSize)', [heap], null, { median: 200 }, 'MB'))
  figures.push(figure('browser: renderer JS heap used after a forced GC', [heapGc], null, { median: 200 }, 'MB'))
  await cdp.detach()

  // ---- diagnostics (BENCH_TRACE=dir): a Chrome trace and a CPU profile of a few more of each action, not in the figures ----
  const traceDir = process.env.BENCH_TRACE
  if (traceDir) {
    const profiler = await page.context().newCDPSession(page)
    await profiler.send('Profiler.enable')
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 })
    const phase = async (name: string, run: () => Promise<unknown>) => {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] })
      await profiler.send('Profiler.start')
      await run()
      const { profile } = await profiler.send('Profiler.stop')
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }[] }
      await writeFile(join(traceDir, `${name}.cpuprofile`), JSON.stringify(profile))
      await writeFile(join(traceDir, `${name}.trace.json`), JSON.stringify(trace))
      const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      const by = new Map<string, number>()
      for (const e of trace.traceEvents) if (main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000)
      const keep = ['RunTask', 'EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'HitTest', 'ScrollLayer']
      log(`trace ${name} (renderer main thread, ms, nested events overlap): ${keep.filter((k) => by.has(k)).map((k) => `${k} ${by.get(k)!.toFixed(0)}`).join(', ')}`)
    }
    await page.getByRole('tab', { name: 'Articles' }).click()
    await phase('article-open', async () => {
      for (let i = 0; i < 3; i++) {
        await open(smallItem, small, smallTags)
        await open(bigItem, big, bigTags)
      }
    })
    await phase('tag-action', async () => {
      for (const spot of spots.slice(TAG_RUNS + 1, TAG_RUNS + 4)) {
        await bench(page, 'select', spot.block, spot.from, spot.to, spot.exact)
        await bench(page, 'armTag', 'q')
        await page.keyboard.press('q')
        await result(page)
        await expect(saved).toHaveAttribute('data-save-state', 'saved')
      }
    })
    await page.getByRole('tab', { name: 'Find' }).click()
    await search.fill('')
    await search.click()
    await phase('find-keystrokes', async () => {
      for (const ch of 'minister') {
        await bench(page, 'armFind', ch)
        await page.keyboard.press(ch)
        await result(page)
      }
    })
    await search.fill('')
    await expect(page.locator('.qm-find-summary')).toContainText(`${desk.store.project!.annotations.length} tags match`)
    await phase('find-scroll', async () => {
      for (const top of positions.slice(0, 8)) await bench(page, 'scrollFind', top + 37, pitch)
    })
    log(`traces and CPU profiles in ${traceDir} (node scripts/bench/profile-summary.mjs FILE.cpuprofile)`)
    await profiler.detach()
  }

  const out = process.env.BENCH_OUT
  if (out) await writeFile(out, JSON.stringify(figures, null, 2))
  else log(JSON.stringify(figures, null, 2))
})
