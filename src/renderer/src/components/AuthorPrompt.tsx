import { useState } from 'react'

/** Asked once: the name that new tags and changes carry, so colleagues know who tagged what. */
export function AuthorPrompt({ author, onSave }: { author: string; onSave: (name: string) => void }) {
  const [name, setName] = useState(author)
  return (
    <form
      className="qm-author-prompt"
      aria-label="Your name on tags"
      onSubmit={(e) => {
        e.preventDefault()
        onSave(name)
      }}
    >
      <label>
        Your tags and changes are signed with this name:
        <input value={name} onChange={(e) => setName(e.target.value)} aria-label="Your name" />
      </label>
      <button type="submit">Use this name</button>
      <span className="qm-muted">Kept in Quotemark's settings on this computer, not in the project. Change it any time from here.</span>
    </form>
  )
}
