/**
 * The in-page timers of the browser bench (browser.bench.spec.ts): installHelpers
 * puts them on window.__bench (it runs in the page, so it uses nothing outside
 * itself); bench() calls one and result() waits for the timing it armed.
 */
import type { Page } from '@playwright/test'

/** In-page helpers, on window.__bench. */
export function installHelpers(): void {
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

export type Timing = { total: number; dom: number; raf: number; [key: string]: unknown }
export const bench = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(([fn, args]) => ((window as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench[fn as string]!(...(args as unknown[])) as T), [fn, args] as const)
export const result = (page: Page) => page.evaluate(() => (window as unknown as { __benchResult: Promise<Timing> }).__benchResult)
