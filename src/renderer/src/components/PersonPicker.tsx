import { useId, useMemo, useState } from 'react'
import { OptionList } from './OptionList'
import { useOptionKeys } from './useOptionKeys'
import { foldText, personNames } from '../../../core/people'
import type { Person } from '../../../core/schema'

type Props = {
  label: string
  people: readonly Person[]
  value: string | null
  /** Text shown when no one is chosen (e.g. "the outlet itself"). */
  emptyLabel: string
  onChoose: (personId: string | null) => void
  onCreate: (name: string) => void
}

/** Choose a speaker by typing part of a name or alias (accents and case ignored); Enter picks, or adds a new person. */
export function PersonPicker({ label, people, value, emptyLabel, onChoose, onCreate }: Props) {
  const [query, setQuery] = useState('')
  const listId = useId()
  const current = people.find((p) => p.id === value)
  const matches = useMemo(() => {
    const q = foldText(query)
    if (!q) return []
    return people.filter((p) => personNames(p).some((n) => foldText(n).includes(q))).slice(0, 8)
  }, [people, query])
  const options = [...matches.map((p) => ({ key: p.id, label: p.role ? `${p.name} — ${p.role}` : p.name, pick: () => onChoose(p.id) }))]
  if (query.trim() && !matches.some((p) => foldText(p.name) === foldText(query))) {
    options.push({ key: 'new', label: `Add “${query.trim()}” as a new person`, pick: () => onCreate(query.trim()) })
  }
  const choose = (i: number) => {
    options[i]?.pick()
    setQuery('')
    keys.reset()
  }
  const keys = useOptionKeys(options.length, choose, () => setQuery(''))
  const active = keys.active
  return (
    <div className="qm-person-picker">
      <span className="qm-field-label">{label}</span>
      <div className="qm-person-current">
        <strong>{current ? current.name : emptyLabel}</strong>
        {current?.role ? <span className="qm-muted">{current.role}</span> : null}
        {current ? (
          <button type="button" className="qm-link-button" onClick={() => onChoose(null)}>
            Clear
          </button>
        ) : null}
      </div>
      <input
        type="search"
        role="combobox"
        aria-label={`${label}: type a name`}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options[active] ? `${listId}-${active}` : undefined}
        placeholder="Type a name…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          keys.reset()
        }}
        onKeyDown={keys.onKeyDown}
      />
      {options.length ? (
        <OptionList id={listId} label={`${label} suggestions`} items={options} itemKey={(o) => o.key} active={active} onPick={choose} render={(o) => o.label} />
      ) : null}
    </div>
  )
}
