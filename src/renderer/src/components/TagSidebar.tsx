import { useEffect, useRef } from 'react'
import { speakerIdOf, type ProjectIndex } from '../../../core/annotations'
import type { Annotation, Project } from '../../../core/schema'
import type { DeskStore } from '../deskStore'
import { TagDetails } from './TagDetails'
import { TagHeading } from './TagHeading'

type Props = {
  annotations: readonly Annotation[]
  selectedId: string | null
  project: Project
  index: ProjectIndex
  store: DeskStore
  linking: boolean
  setLinking: (on: boolean) => void
}

/** The article's tags in text order; the selected one opens for everything that can be said about it. */
export function TagSidebar({ annotations, selectedId, project, index, store, linking, setLinking }: Props) {
  const list = useRef<HTMLOListElement>(null)
  useEffect(() => {
    if (selectedId) list.current?.querySelector(`[data-tag-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [selectedId])
  if (!annotations.length) {
    return (
      <p className="qm-empty">
        No tags in this article yet. Select words in the text and press <kbd>Q</kbd> for a quote, <kbd>A</kbd> for an attribution or <kbd>C</kbd> for a claim.
      </p>
    )
  }
  return (
    <ol className="qm-tag-list" aria-label="Tags in this article" ref={list}>
      {annotations.map((ann) => {
        const speaker = index.peopleById.get(speakerIdOf(index, ann) ?? '')
        const selected = ann.id === selectedId
        return (
          <li key={ann.id} data-tag-id={ann.id} className={`qm-tag-item qm-kind-${ann.kind}${selected ? ' qm-current' : ''}`}>
            <button type="button" className="qm-tag-summary" aria-pressed={selected} onClick={() => store.selectAnnotation(selected ? null : ann.id)}>
              <TagHeading annotation={ann} speaker={speaker} />
              <span className="qm-tag-exact">{ann.target.exact}</span>
              {ann.note && !selected ? <span className="qm-tag-note">{ann.note}</span> : null}
            </button>
            {selected ? <TagDetails annotation={ann} project={project} index={index} store={store} linking={linking} setLinking={setLinking} /> : null}
          </li>
        )
      })}
    </ol>
  )
}
