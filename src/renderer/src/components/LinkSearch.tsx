import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { foldText } from '../../../core/people'
import { linkTypes, type Annotation, type LinkType, type Project } from '../../../core/schema'
import { kindLabel } from './kinds'
import { OptionList } from './OptionList'
import { useOptionKeys } from './useOptionKeys'

export const linkTypeLabel: Record<LinkType, string> = { 'same-statement': 'Same statement', corroborates: 'Corroborates', contradicts: 'Contradicts' }

type Props = {
  project: Project
  from: Annotation
  onLink: (toId: string, type: LinkType) => void
  onCancel: () => void
}

/** Link the selected tag to any other tag in the project, found by its words (accents and case ignored). */
export function LinkSearch({ project, from, onLink, onCancel }: Props) {
  const [query, setQuery] = useState('')
  const [type, setType] = useState<LinkType>('same-statement')
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()
  useEffect(() => input.current?.focus(), [])
  const titles = useMemo(() => new Map(project.articles.map((a) => [a.id, a.title])), [project.articles])
  const results = useMemo(() => {
    const q = foldText(query)
    if (!q) return []
    const linked = new Set(project.links.flatMap((l) => (l.from === from.id ? [l.to] : l.to === from.id ? [l.from] : [])))
    return project.annotations.filter((a) => a.id !== from.id && !linked.has(a.id) && foldText(a.target.exact).includes(q)).slice(0, 30)
  }, [project, from.id, query])
  const pick = (i: number) => {
    const target = results[i]
    if (target) onLink(target.id, type)
  }
  const keys = useOptionKeys(results.length, pick, onCancel)
  const active = keys.active
  return (
    <div className="qm-link-search" role="group" aria-label="Link to another tag">
      <label className="qm-field-label">
        Link type
        <select value={type} onChange={(e) => setType(e.target.value as LinkType)}>
          {linkTypes.map((t) => (
            <option key={t} value={t}>
              {linkTypeLabel[t]}
            </option>
          ))}
        </select>
      </label>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Find the tag to link to"
        aria-controls={listId}
        aria-expanded={results.length > 0}
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        placeholder="Words of the other tag, in any article…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          keys.reset()
        }}
        onKeyDown={keys.onKeyDown}
      />
      <OptionList
        id={listId}
        label="Tags to link to"
        items={results}
        itemKey={(a) => a.id}
        active={active}
        onPick={pick}
        empty={query ? 'No other tag has those words.' : null}
        render={(a) => (
          <>
            <span className={`qm-chip qm-chip-${a.kind}`}>{kindLabel[a.kind]}</span> {a.target.exact}
            <span className="qm-muted"> — {titles.get(a.articleId)}</span>
          </>
        )}
      />
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
