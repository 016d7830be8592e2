/** Tags listed by a label, each a button that opens the tag: the tags an update found only approximately, wherever they are listed. */
export function TagButtonList({ items, onOpen, className, label }: {
  items: readonly { id: string; label: string }[]
  onOpen: (id: string) => void
  className: string
  label?: string
}) {
  return (
    <ul className={className} aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="qm-link-button" onClick={() => onOpen(item.id)}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  )
}
