import type { ReactNode } from 'react'

type Props<T> = {
  id: string
  label: string
  items: readonly T[]
  itemKey: (item: T) => string
  active: number
  onPick: (index: number) => void
  render: (item: T) => ReactNode
  empty?: ReactNode
}

/** The suggestions under a combobox: the text box keeps focus; mouse down picks without blurring it. */
export function OptionList<T>({ id, label, items, itemKey, active, onPick, render, empty }: Props<T>) {
  return (
    <ul className="qm-options" role="listbox" id={id} aria-label={label}>
      {items.map((item, i) => (
        <li
          key={itemKey(item)}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'qm-active' : undefined}
          onMouseDown={(e) => {
            e.preventDefault()
            onPick(i)
          }}
        >
          {render(item)}
        </li>
      ))}
      {empty && !items.length ? <li className="qm-muted">{empty}</li> : null}
    </ul>
  )
}
