import { useEffect, useMemo, useState } from 'react'
import { speakerIdOf, type ProjectIndex } from '../../../core/annotations'
import { annotationKinds, personKinds, type AnnotationKind, type Person, type Project } from '../../../core/schema'
import type { DeskStore } from '../deskStore'

type Props = { project: Project; index: ProjectIndex; store: DeskStore; onShowTags: (personId: string) => void }

/** The project's speakers and sources: add, correct, merge duplicates, and jump to everything one of them said. */
export function PeoplePanel({ project, index, store, onShowTags }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [newName, setNewName] = useState('')
  // Per person, their tags by kind: a quote, and the attribution that names them, are both theirs, and said apart.
  const kinds = useMemo(() => {
    const map = new Map<string, Map<AnnotationKind, number>>()
    for (const a of project.annotations) {
      const id = speakerIdOf(index, a)
      if (!id) continue
      const byKind = map.get(id) ?? new Map<AnnotationKind, number>()
      byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1)
      map.set(id, byKind)
    }
    return map
  }, [project.annotations, index])
  const counts = useMemo(() => new Map([...kinds].map(([id, byKind]) => [id, [...byKind.values()].reduce((x, y) => x + y, 0)])), [kinds])
  const people = [...project.people].sort((a, b) => a.name.localeCompare(b.name))
  const selected = project.people.find((p) => p.id === selectedId)
  return (
    <div className="qm-people">
      <form
        className="qm-inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (!newName.trim()) return
          const id = store.addPerson(newName.trim())
          if (id) setSelectedId(id)
          setNewName('')
        }}
      >
        <input aria-label="New person's name" placeholder="Add a person or organisation…" value={newName} onChange={(e) => setNewName(e.target.value)} />
        <button type="submit">Add</button>
      </form>
      {people.length ? (
        <ul className="qm-people-list" aria-label="People">
          {people.map((p) => (
            <li key={p.id}>
              <button type="button" className="qm-person-row" aria-pressed={p.id === selectedId} onClick={() => setSelectedId(p.id === selectedId ? null : p.id)}>
                <span className="qm-article-title">{p.name}</span>
                <span className="qm-muted">{[p.role, p.affiliation].filter(Boolean).join(', ') || (p.kind === 'organisation' ? 'Organisation' : 'Person')}</span>
                <span className="qm-count">{counts.get(p.id) ?? 0}</span>
              </button>
              {p.id === selectedId && selected ? <PersonEditor person={selected} people={project.people} count={counts.get(p.id) ?? 0} label={showTagsLabel(kinds.get(p.id))} store={store} onShowTags={onShowTags} onGone={() => setSelectedId(null)} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="qm-empty">No people yet. Select a name in an article and press P, or add one here.</p>
      )}
    </div>
  )
}

function PersonEditor(props: { person: Person; people: readonly Person[]; count: number; label: string; store: DeskStore; onShowTags: (id: string) => void; onGone: () => void }) {
  const { person, people, count, store } = props
  const [draft, setDraft] = useState({ name: person.name, role: person.role, affiliation: person.affiliation, aliases: person.aliases.join(', '), note: person.note })
  const [mergeInto, setMergeInto] = useState('')
  useEffect(() => setDraft({ name: person.name, role: person.role, affiliation: person.affiliation, aliases: person.aliases.join(', '), note: person.note }), [person])
  const save = () => {
    const aliases = draft.aliases.split(',').map((s) => s.trim()).filter(Boolean)
    if (!draft.name.trim()) return
    store.updatePerson(person.id, { name: draft.name.trim(), role: draft.role.trim(), affiliation: draft.affiliation.trim(), aliases, note: draft.note })
  }
  return (
    <form className="qm-person-editor" onSubmit={(e) => (e.preventDefault(), save())} aria-label={`Details of ${person.name}`}>
      <label>Name<input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></label>
      <label>
        Kind
        <select value={person.kind} onChange={(e) => store.updatePerson(person.id, { kind: e.target.value as Person['kind'] })}>
          {personKinds.map((k) => (
            <option key={k} value={k}>{k === 'person' ? 'Person' : 'Organisation'}</option>
          ))}
        </select>
      </label>
      <label>Role<input value={draft.role} placeholder="e.g. Head of the National Assembly" onChange={(e) => setDraft({ ...draft, role: e.target.value })} /></label>
      <label>Affiliation<input value={draft.affiliation} onChange={(e) => setDraft({ ...draft, affiliation: e.target.value })} /></label>
      <label>Other names (comma-separated)<input value={draft.aliases} onChange={(e) => setDraft({ ...draft, aliases: e.target.value })} /></label>
      <label>Note<textarea rows={2} value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} /></label>
      <div className="qm-form-actions">
        <button type="submit">Save</button>
        <button type="button" onClick={() => props.onShowTags(person.id)} disabled={!count}>
          {props.label}
        </button>
      </div>
      <div className="qm-form-actions">
        <select aria-label={`Merge ${person.name} into`} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
          <option value="">Merge into…</option>
          {people.filter((p) => p.id !== person.id).map((p) => (
            <option key={p.id} value={p.id}>{p.name}</option>
          ))}
        </select>
        <button
          type="button"
          disabled={!mergeInto}
          onClick={() => {
            store.mergePeople(mergeInto, person.id)
            props.onGone()
          }}
        >
          Merge
        </button>
        <button type="button" className="qm-danger" onClick={() => store.removePerson(person.id)}>
          Delete person
        </button>
      </div>
    </form>
  )
}

/** The button to a person's tags, by kind: "Show their 3 quotes", or "Show their 4 tags (3 quotes, 1 attribution)". */
function showTagsLabel(byKind: ReadonlyMap<AnnotationKind, number> | undefined): string {
  const parts = annotationKinds.filter((k) => byKind?.has(k)).map((k) => plural(byKind!.get(k)!, k))
  if (parts.length < 2) return `Show their ${parts[0] ?? '0 tags'}`
  const total = [...byKind!.values()].reduce((x, y) => x + y, 0)
  return `Show their ${plural(total, 'tag')} (${parts.join(', ')})`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
