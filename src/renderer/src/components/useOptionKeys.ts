import { useState } from 'react'

/**
 * Keyboard for a text box with a list of suggestions (a combobox): arrows
 * move the active option, Enter picks it, Escape backs out. Focus stays in the
 * text box, so typing goes on working.
 */
export function useOptionKeys(count: number, pick: (index: number) => void, escape: () => void) {
  const [active, setActive] = useState(0)
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(count - 1, i + 1))
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1))
    else if (e.key === 'Enter' && count) pick(Math.min(active, count - 1))
    else if (e.key === 'Escape') escape()
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  return { active: Math.min(active, Math.max(0, count - 1)), reset: () => setActive(0), onKeyDown }
}
