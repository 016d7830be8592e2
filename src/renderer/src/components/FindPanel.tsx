import { useMemo, useRef } from 'react'
import { speakerIdOf, type ProjectIndex } from '../../../core/annotations'
import { facetCounts, filterAnnotations, type AnnotationFilter } from '../../../core/filter'
import { annotationKinds, claimStatuses, type Project } from '../../../core/schema'
import { kindLabel, statusLabel } from './kinds'
import { TagHeading } from './TagHeading'

/** Rendering more rows than this at once makes typing lag; the count says how many more there are. */
const MAX_ROWS = 300

type Props = {
  project: Project
  index: ProjectIndex
  filter: AnnotationFilter
  onFilter: (next: AnnotationFilter) => void
  selectedId: string | null
  onOpen: (annotationId: string) => void
  searchRef: React.RefObject<HTMLInputElement | null>
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/** Every tag in the project, narrowed by kind, speaker, status, article and words; counts say what each choice would leave. */
export function FindPanel({ project, index, filter, onFilter, selectedId, onOpen, searchRef }: Props) {
  const results = useMemo(() => filterAnnotations(project, filter), [project, filter])
  const counts = useMemo(() => facetCounts(project, filter), [project, filter])
  const titles = useMemo(() => new Map(project.articles.map((a) => [a.id, a.title])), [project.articles])
  const list = useRef<HTMLUListElement>(null)
  const people = [...counts.speakers.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
  const active = filter.kinds.length + filter.speakerIds.length + filter.statuses.length + filter.articleIds.length + (filter.text ? 1 : 0)

  const focusRow = (i: number) => list.current?.querySelectorAll<HTMLElement>('[role="option"]')[i]?.focus()
  const onRowKey = (e: React.KeyboardEvent, i: number, id: string) => {
    if (e.key === 'ArrowDown') focusRow(i + 1)
    else if (e.key === 'ArrowUp') (i === 0 ? searchRef.current?.focus() : focusRow(i - 1))
    else if (e.key === 'Enter') onOpen(id)
    else return
    e.preventDefault()
  }

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
            focusRow(0)
          }
        }}
      />
      <Facet label="Kind">
        {annotationKinds.map((k) => (
          <FacetButton key={k} on={filter.kinds.includes(k)} count={counts.kinds[k]} onClick={() => onFilter({ ...filter, kinds: toggle(filter.kinds, k) })}>
            {kindLabel[k]}
          </FacetButton>
        ))}
      </Facet>
      <Facet label="Speaker">
        {people.map(([id, n]) => (
          <FacetButton key={id} on={filter.speakerIds.includes(id)} count={n} onClick={() => onFilter({ ...filter, speakerIds: toggle(filter.speakerIds, id) })}>
            {id === 'none' ? 'No speaker' : (index.peopleById.get(id)?.name ?? 'Unknown')}
          </FacetButton>
        ))}
      </Facet>
      <Facet label="Claim status">
        {claimStatuses.map((s) => (
          <FacetButton key={s} on={filter.statuses.includes(s)} count={counts.statuses[s]} onClick={() => onFilter({ ...filter, statuses: toggle(filter.statuses, s) })}>
            {statusLabel[s]}
          </FacetButton>
        ))}
      </Facet>
      <Facet label="Article">
        {project.articles.map((a) => (
          <FacetButton key={a.id} on={filter.articleIds.includes(a.id)} count={counts.articles.get(a.id) ?? 0} onClick={() => onFilter({ ...filter, articleIds: toggle(filter.articleIds, a.id) })}>
            {a.title || a.source}
          </FacetButton>
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
      <ul className="qm-find-results" role="listbox" aria-label="Matching tags" ref={list}>
        {results.slice(0, MAX_ROWS).map((a, i) => {
          const speaker = index.peopleById.get(speakerIdOf(index, a) ?? '')
          return (
            <li
              key={a.id}
              role="option"
              tabIndex={-1}
              aria-selected={a.id === selectedId}
              className={`qm-find-row qm-kind-${a.kind}`}
              onClick={() => onOpen(a.id)}
              onKeyDown={(e) => onRowKey(e, i, a.id)}
            >
              <TagHeading annotation={a} speaker={speaker} />
              <span className="qm-tag-exact">{a.target.exact}</span>
              <span className="qm-muted">{titles.get(a.articleId)}</span>
            </li>
          )
        })}
      </ul>
      {results.length > MAX_ROWS ? <p className="qm-muted">Showing the first {MAX_ROWS}; narrow the filters to see the rest.</p> : null}
    </div>
  )
}

function Facet({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="qm-facet" role="group" aria-label={label}>
      <span className="qm-field-label">{label}</span>
      <div className="qm-facet-options">{children}</div>
    </div>
  )
}

function FacetButton({ on, count, onClick, children }: { on: boolean; count: number; onClick: () => void; children: React.ReactNode }) {
  return (
    <button type="button" className="qm-facet-button" aria-pressed={on} onClick={onClick} disabled={!on && count === 0}>
      {children} <span className="qm-count">{count}</span>
    </button>
  )
}
