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
 *
 * The project copy is made in browserBenchProject.ts and the in-page timers
 * are in browserBenchPage.ts.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openDesk, type Desk } from '../../tests/e2e/harness'
import { figure, type Figure } from './figures'
import { bench, installHelpers, result, type Timing } from './browserBenchPage'
import { prepare, TAG_RUNS, type Ann, type Art, type Spot } from './browserBenchProject'

const log = (message: string) => process.stderr.write(`[bench:browser] ${message}\n`)
const fmt = (xs: readonly number[]) => xs.map((x) => x.toFixed(1)).join(' ')

const OPEN_RUNS = 9
const FIND_QUERIES = ['government', 'minister', 'prisoners rel', 'zzqx']

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
