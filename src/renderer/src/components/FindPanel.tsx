import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { speakerIdOf, type ProjectIndex } from '../../../core/annotations'
import { findAnnotations, type AnnotationFilter } from '../../../core/filter'
import { findOrderLabel, findOrders, orderFound, type FindOrder } from '../../../core/findOrder'
import { annotationKinds, claimStatuses, type Annotation, type Person, type Project } from '../../../core/schema'
import { kindLabel, statusLabel } from './kinds'
import { TagHeading } from './TagHeading'
import './findPanel.css'

/**
 * The results list shows every match (20,000 if need be) but only the rows in
 * view are in the page: each row has this fixed height, so where row i sits is
 * arithmetic, and scrolling renders the rows that come into view.
 */
export const FIND_ROW_HEIGHT = 86
const ROW_PITCH = FIND_ROW_HEIGHT + 4
/** Rows rendered beyond each edge of the view, so a scroll of a few rows needs no render. */
const OVERSCAN = 6
const MIN_ROWS = 12

type Props = {
  project: Project
  index: ProjectIndex
  filter: AnnotationFilter
  onFilter: (next: AnnotationFilter) => void
  selectedId: string | null
  onOpen: (annotationId: string) => void
  searchRef: React.RefObject<HTMLInputElement | null>
}

type FacetKey = 'kinds' | 'speakerIds' | 'statuses' | 'articleIds'

const ORDER_KEY = 'quotemark.findOrder'

/** The order last chosen in this window's session (article order at first). */
function rememberedOrder(): FindOrder {
  const saved = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(ORDER_KEY)
  return findOrders.find((o) => o === saved) ?? 'article'
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/** Every tag in the project, narrowed by kind, speaker, status, article and words; counts say what each choice would leave. */
export const FindPanel = memo(function FindPanel({ project, index, filter, onFilter, selectedId, onOpen, searchRef }: Props) {
  const { results: found, counts } = useMemo(() => findAnnotations(project, filter, index), [project, filter, index])
  const [order, setOrder] = useState(rememberedOrder)
  const results = useMemo(() => orderFound(found, order, index), [found, order, index])
  const titles = useMemo(() => new Map(project.articles.map((a) => [a.id, a.title])), [project.articles])
  const people = [...counts.speakers.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
  const active = filter.kinds.length + filter.speakerIds.length + filter.statuses.length + filter.articleIds.length + (filter.text ? 1 : 0)

  // Facet buttons get one stable handler, so a keystroke re-renders only the buttons whose count changed.
  const latest = useRef({ filter, onFilter })
  latest.current = { filter, onFilter }
  const onToggle = useRef((facet: FacetKey, value: string) => {
    const { filter, onFilter } = latest.current
    onFilter({ ...filter, [facet]: toggle(filter[facet] as string[], value) })
  }).current
  /** Set by the results list: focus it on its first row (the search box's Arrow Down and Enter). */
  const listEntry = useRef<(() => void) | null>(null)

  return (
    <div className="qm-find">
      <input
        ref={searchRef}
        type="search"
        className="qm-find-search"
        aria-label="Search tags in the project"
        placeholder="Search words, notes, speakers…"
        value={filter.text}
        onChange={(e) => onFilter({ ...filter, text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'Enter') {
            e.preventDefault()
            listEntry.current?.()
          }
        }}
      />
      <Facet label="Kind">
        {annotationKinds.map((k) => (
          <FacetButton key={k} facet="kinds" value={k} label={kindLabel[k]} on={filter.kinds.includes(k)} count={counts.kinds[k]} onToggle={onToggle} />
        ))}
      </Facet>
      <Facet label="Speaker">
        {people.map(([id, n]) => (
          <FacetButton key={id} facet="speakerIds" value={id} label={id === 'none' ? 'No speaker' : (index.peopleById.get(id)?.name ?? 'Unknown')} on={filter.speakerIds.includes(id)} count={n} onToggle={onToggle} />
        ))}
      </Facet>
      <Facet label="Claim status">
        {claimStatuses.map((s) => (
          <FacetButton key={s} facet="statuses" value={s} label={statusLabel[s]} on={filter.statuses.includes(s)} count={counts.statuses[s]} onToggle={onToggle} />
        ))}
      </Facet>
      <Facet label="Article">
        {project.articles.map((a) => (
          <FacetButton key={a.id} facet="articleIds" value={a.id} label={a.title || a.source} on={filter.articleIds.includes(a.id)} count={counts.articles.get(a.id) ?? 0} onToggle={onToggle} />
        ))}
      </Facet>
      <p className="qm-find-summary" role="status">
        {results.length} {results.length === 1 ? 'tag matches' : 'tags match'}
        {active ? (
          <button type="button" className="qm-link-button" onClick={() => onFilter({ kinds: [], speakerIds: [], statuses: [], articleIds: [], text: '' })}>
            Clear filters
          </button>
        ) : null}
      </p>
      <label className="qm-find-order">
        <span className="qm-field-label">Sort</span>
        <select
          value={order}
          onChange={(e) => {
            const next = e.target.value as FindOrder
            sessionStorage.setItem(ORDER_KEY, next)
            setOrder(next)
          }}
        >
          {findOrders.map((o) => (
            <option key={o} value={o}>
              {findOrderLabel[o]}
            </option>
          ))}
        </select>
      </label>
      <ResultList results={results} index={index} titles={titles} selectedId={selectedId} onOpen={onOpen} searchRef={searchRef} entry={listEntry} />
    </div>
  )
})

const listId = 'qm-find-results'

type ListProps = {
  results: readonly Annotation[]
  index: ProjectIndex
  titles: ReadonlyMap<string, string>
  selectedId: string | null
  onOpen: (annotationId: string) => void
  searchRef: React.RefObject<HTMLInputElement | null>
  entry: React.RefObject<(() => void) | null>
}

/**
 * The matching tags as a listbox, windowed: only the rows near the view are
 * rendered (the pane scrolls; the list keeps the height of all its rows). Focus
 * stays on the list; the active row is its aria-activedescendant, always
 * rendered, and kept in view. Arrows, Page Up/Down, Home and End move it;
 * Enter opens it; Arrow Up from the first row goes back to the search box.
 */
function ResultList({ results, index, titles, selectedId, onOpen, searchRef, entry }: ListProps) {
  const list = useRef<HTMLUListElement>(null)
  const [view, setView] = useState({ first: 0, last: 24 })
  // The active row belongs to one list of results: a new search starts without one.
  const [activeRow, setActiveRow] = useState<{ results: readonly Annotation[]; i: number } | null>(null)
  const activeIndex = activeRow && activeRow.results === results && activeRow.i < results.length ? activeRow.i : -1
  const reveal = useRef(false)

  // Which rows are in view: from the scrolling pane's position over the list, on every scroll and resize.
  useLayoutEffect(() => {
    const el = list.current
    const scroller = el?.closest<HTMLElement>('.qm-pane')
    if (!el || !scroller) return
    const measure = (sync: boolean) => {
      const top = scroller.getBoundingClientRect().top - el.getBoundingClientRect().top
      const first = Math.max(0, Math.floor(top / ROW_PITCH) - OVERSCAN)
      // At least a screenful of rows, even while the list is still below the view (its first rows are then ready).
      const last = Math.min(results.length, Math.max(first + MIN_ROWS, Math.ceil((top + scroller.clientHeight) / ROW_PITCH) + OVERSCAN))
      const apply = () => setView((v) => (v.first === first && v.last === last ? v : { first, last }))
      // During a scroll the rows coming into view are rendered before the frame paints, not a frame later.
      if (sync) flushSync(apply)
      else apply()
    }
    const onScroll = () => measure(true)
    measure(false)
    scroller.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll)
    return () => {
      scroller.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
    }
  }, [results.length])

  // Keep the active row in view after a key moved it.
  useLayoutEffect(() => {
    if (!reveal.current || activeIndex < 0) return
    reveal.current = false
    document.getElementById(rowId(activeIndex))?.scrollIntoView({ block: 'nearest' })
  }, [activeIndex])

  const move = (i: number, show = true) => {
    reveal.current = show
    setActiveRow({ results, i: Math.max(0, Math.min(results.length - 1, i)) })
  }
  const latest = useRef({ results, onOpen })
  latest.current = { results, onOpen }
  // One click handler for every row (rows re-render only when what they show changes).
  const onPick = useRef((i: number, id: string) => {
    setActiveRow({ results: latest.current.results, i })
    latest.current.onOpen(id)
  }).current
  entry.current = () => {
    if (!results.length) return
    list.current?.focus()
    move(0)
  }
  const onKeyDown = (e: React.KeyboardEvent) => {
    const scroller = list.current?.closest<HTMLElement>('.qm-pane')
    const page = Math.max(1, Math.floor((scroller?.clientHeight ?? ROW_PITCH * 5) / ROW_PITCH) - 1)
    const at = activeIndex
    if (e.key === 'ArrowDown') move(at + 1)
    else if (e.key === 'ArrowUp') {
      if (at <= 0) searchRef.current?.focus()
      else move(at - 1)
    } else if (e.key === 'PageDown') move(at + page)
    else if (e.key === 'PageUp') move(Math.max(0, at - page))
    else if (e.key === 'Home') move(0)
    else if (e.key === 'End') move(results.length - 1)
    else if (e.key === 'Enter' && at >= 0) onOpen(results[at]!.id)
    else return
    e.preventDefault()
  }

  const rows: number[] = []
  const last = Math.min(view.last, results.length)
  if (activeIndex >= 0 && activeIndex < view.first) rows.push(activeIndex)
  for (let i = view.first; i < last; i++) rows.push(i)
  if (activeIndex >= last) rows.push(activeIndex)

  return (
    <ul
      id={listId}
      className="qm-find-results"
      role="listbox"
      aria-label="Matching tags"
      tabIndex={results.length ? 0 : -1}
      aria-activedescendant={activeIndex >= 0 ? rowId(activeIndex) : undefined}
      ref={list}
      style={{ height: results.length ? results.length * ROW_PITCH - (ROW_PITCH - FIND_ROW_HEIGHT) : 0 }}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        // Tabbed or clicked into: the first row in view becomes the active one, without scrolling.
        if (e.target === e.currentTarget && activeIndex < 0 && results.length) move(Math.min(results.length - 1, view.first ? view.first + OVERSCAN : 0), false)
      }}
    >
      {rows.map((i) => {
        const a = results[i]!
        return (
          <FindRow
            key={a.id}
            i={i}
            count={results.length}
            annotation={a}
            speaker={index.peopleById.get(speakerIdOf(index, a) ?? '')}
            title={titles.get(a.articleId)}
            selected={a.id === selectedId}
            active={i === activeIndex}
            onPick={onPick}
          />
        )
      })}
    </ul>
  )
}

const rowId = (i: number) => `qm-find-row-${i}`

type RowProps = {
  i: number
  count: number
  annotation: Annotation
  speaker: Person | undefined
  title: string | undefined
  selected: boolean
  active: boolean
  onPick: (i: number, id: string) => void
}

const FindRow = memo(
  function FindRow({ i, count, annotation: a, speaker, title, selected, active, onPick }: RowProps) {
    return (
      <li
        id={rowId(i)}
        role="option"
        aria-selected={selected}
        aria-setsize={count}
        aria-posinset={i + 1}
        className={`qm-find-row qm-kind-${a.kind}${active ? ' qm-active' : ''}`}
        style={{ top: i * ROW_PITCH }}
        onClick={() => onPick(i, a.id)}
      >
        <TagHeading annotation={a} speaker={speaker} />
        <span className="qm-tag-exact">{a.target.exact}</span>
        <span className="qm-muted">{title}</span>
      </li>
    )
  },
  (a, b) => a.i === b.i && a.count === b.count && a.annotation === b.annotation && a.speaker === b.speaker && a.title === b.title && a.selected === b.selected && a.active === b.active
)

function Facet({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="qm-facet" role="group" aria-label={label}>
      <span className="qm-field-label">{label}</span>
      <div className="qm-facet-options">{children}</div>
    </div>
  )
}

type FacetButtonProps = { facet: FacetKey; value: string; label: string; on: boolean; count: number; onToggle: (facet: FacetKey, value: string) => void }

const FacetButton = memo(function FacetButton({ facet, value, label, on, count, onToggle }: FacetButtonProps) {
  return (
    <button type="button" className="qm-facet-button" aria-pressed={on} onClick={() => onToggle(facet, value)} disabled={!on && count === 0}>
      {label} <span className="qm-count">{count}</span>
    </button>
  )
})
