import { useEffect, useRef, useState } from 'react'
import type { DeskState, DeskStore } from '../deskStore'
import { announcement, type Moment } from '../store/announce'

/**
 * One polite live region, out of sight, that says what just happened in the
 * text: a tag made or selected, each suggestion put under review and what
 * became of the one before (store/announce.ts words them). It is in the page
 * from the start, so a screen reader hears its first sentence too.
 */
export function Announcer({ store, state }: { store: DeskStore; state: DeskState }) {
  const [said, setSaid] = useState('')
  const before = useRef<Moment>({ project: null, selectedId: null, review: null })
  const activeId = state.suggesting?.activeId ?? null
  const reviewing = state.suggesting !== null
  useEffect(() => {
    // The list is worked out again only when the review moves (a tag action alone does not need it).
    const last = before.current.review
    const list = !reviewing ? null : last && last.activeId === activeId ? last.list : store.review.suggestions()
    const now: Moment = { project: state.project, selectedId: state.selectedAnnotationId, review: list ? { list, activeId } : null }
    const sentence = announcement(before.current, now)
    before.current = now
    // The same sentence again (the same tag selected twice) changes the text by a no-break space, so it is said again.
    if (sentence) setSaid((last) => (last === sentence ? `${sentence}\u00a0` : sentence))
  }, [store, state.project, state.selectedAnnotationId, reviewing, activeId])
  return (
    <p className="qm-sr-only" role="status" aria-live="polite" data-announcer="">
      {said}
    </p>
  )
}
