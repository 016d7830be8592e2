import { keyHint } from './keyHint'
import { quoted } from '../../../core/export/citation'
import { useEffect, useState } from 'react'
import { speakerIdOf, type ProjectIndex } from '../../../core/annotations'
import { annotationKinds, claimStatuses, type Annotation, type Evidence, type Project } from '../../../core/schema'
import type { DeskStore } from '../deskStore'
import { kindLabel, statusLabel } from './kinds'
import { LinkSearch, linkTypeLabel } from './LinkSearch'
import { PersonPicker } from './PersonPicker'
import { VerificationSummary } from './VerificationSummary'

type Props = {
  annotation: Annotation
  project: Project
  index: ProjectIndex
  store: DeskStore
  linking: boolean
  setLinking: (on: boolean) => void
}

/** Everything about one tag: kind, who said it, its attribution, claim status and evidence, links, note, provenance. */
export function TagDetails({ annotation, project, index, store, linking, setLinking }: Props) {
  const [note, setNote] = useState(annotation.note)
  useEffect(() => setNote(annotation.note), [annotation.id, annotation.note])
  const commitNote = () => store.updateAnnotation(annotation.id, { note })
  const article = project.articles.find((a) => a.id === annotation.articleId)
  const attributions = (index.byArticle.get(annotation.articleId) ?? []).filter((a) => a.kind === 'attribution')
  const attributed = index.attributedBy.get(annotation.id) ?? []
  const viaAttribution = !annotation.speakerId && annotation.attributionId ? index.peopleById.get(speakerIdOf(index, annotation) ?? '') : undefined
  const links = project.links.filter((l) => l.from === annotation.id || l.to === annotation.id)
  const speakerLabel = annotation.kind === 'claim' ? 'Claimant' : annotation.kind === 'attribution' ? 'Names' : 'Speaker'
  const emptySpeaker =
    annotation.kind === 'claim' ? `The outlet itself${article?.outlet ? ` (${article.outlet})` : ''}` : viaAttribution ? `${viaAttribution.name} (from the attribution)` : 'No one yet'

  return (
    <div className="qm-tag-details">
      <fieldset className="qm-kind-choice">
        <legend>Kind</legend>
        {annotationKinds.map((kind) => (
          <label key={kind}>
            <input type="radio" name={`kind-${annotation.id}`} checked={annotation.kind === kind} onChange={() => store.updateAnnotation(annotation.id, { kind })} />
            {kindLabel[kind]}
          </label>
        ))}
      </fieldset>

      <PersonPicker
        label={speakerLabel}
        people={project.people}
        value={annotation.speakerId}
        emptyLabel={emptySpeaker}
        onChoose={(personId) => store.updateAnnotation(annotation.id, { speakerId: personId })}
        onCreate={(name) => {
          const personId = store.addPerson(name)
          if (personId) store.updateAnnotation(annotation.id, { speakerId: personId })
        }}
      />
      <p className="qm-hint">
        Or select the name in the text and press <kbd>{keyHint('speakerFromText')}</kbd>.
      </p>

      {annotation.kind !== 'attribution' ? (
        <label className="qm-field-label">
          Attribution
          <select value={annotation.attributionId ?? ''} onChange={(e) => store.attribute(annotation.id, e.target.value || null)}>
            <option value="">None</option>
            {attributions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.target.exact.length > 60 ? `${a.target.exact.slice(0, 60)}…` : a.target.exact}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="qm-field-label">
          Attributes {attributed.length ? attributed.map((a) => quoted(a.target.exact.length > 40 ? `${a.target.exact.slice(0, 40)}…` : a.target.exact)).join(', ') : 'nothing yet: tag it while a quote is selected, or choose it in a quote’s Attribution'}
        </p>
      )}

      {annotation.kind !== 'attribution' ? <VerificationSummary annotation={annotation} project={project} /> : null}

      {annotation.kind === 'claim' ? (
        <>
          <fieldset className="qm-status-choice">
            <legend>Status</legend>
            {claimStatuses.map((status) => (
              <label key={status} className={`qm-status-option qm-status-${status}`}>
                <input type="radio" name={`status-${annotation.id}`} checked={annotation.status === status} onChange={() => store.updateAnnotation(annotation.id, { status })} />
                {statusLabel[status]}
              </label>
            ))}
          </fieldset>
          <EvidenceEditor evidence={annotation.evidence} onChange={(evidence) => store.updateAnnotation(annotation.id, { evidence })} />
        </>
      ) : null}

      <div className="qm-links">
        <span className="qm-field-label">Links</span>
        {links.length ? (
          <ul className="qm-link-list" aria-label="Links of this tag">
            {links.map((link) => {
              const otherId = link.from === annotation.id ? link.to : link.from
              const other = index.annotationsById.get(otherId)
              const otherArticle = project.articles.find((a) => a.id === other?.articleId)
              return (
                <li key={link.id}>
                  <span className={`qm-link-type qm-link-${link.type}`}>{linkTypeLabel[link.type]}</span>{' '}
                  <button type="button" className="qm-link-button" onClick={() => store.selectAnnotation(otherId)}>
                    “{other?.target.exact.slice(0, 60)}”
                  </button>
                  {otherArticle && otherArticle.id !== annotation.articleId ? <span className="qm-muted"> in {otherArticle.title}</span> : null}
                  <button type="button" className="qm-small" aria-label={`Remove link to ${other?.target.exact.slice(0, 30) ?? 'tag'}`} onClick={() => store.unlink(link.id)}>
                    Unlink
                  </button>
                </li>
              )
            })}
          </ul>
        ) : null}
        {linking ? (
          <LinkSearch
            project={project}
            from={annotation}
            onLink={(toId, type) => {
              store.link(annotation.id, toId, type)
              setLinking(false)
            }}
            onCancel={() => setLinking(false)}
          />
        ) : (
          <button type="button" onClick={() => setLinking(true)}>
            Link to another tag… <kbd>{keyHint('link')}</kbd>
          </button>
        )}
      </div>

      <label className="qm-note">
        Note
        <textarea
          value={note}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
          onBlur={commitNote}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              commitNote()
            }
          }}
          placeholder="Context, doubts, what to check… (Ctrl+Enter saves)"
        />
      </label>
      <p className="qm-provenance">
        Tagged by {annotation.author || 'someone'} on {new Date(annotation.createdAt).toLocaleString()}
        {annotation.updatedAt !== annotation.createdAt ? ` · last changed by ${annotation.updatedBy || 'someone'} on ${new Date(annotation.updatedAt).toLocaleString()}` : ''}
      </p>
      <div className="qm-form-actions">
        <button type="button" onClick={() => void store.copyCitation()}>
          Copy with citation <kbd>{keyHint('copyCitation')}</kbd>
        </button>
        <button type="button" className="qm-danger" onClick={() => store.removeAnnotation(annotation.id)}>
          Delete tag <kbd>Del</kbd>
        </button>
      </div>
    </div>
  )
}

function EvidenceEditor({ evidence, onChange }: { evidence: readonly Evidence[]; onChange: (next: Evidence[]) => void }) {
  const [url, setUrl] = useState('')
  const [note, setNote] = useState('')
  const add = () => {
    if (!url.trim() && !note.trim()) return
    onChange([...evidence, { url: url.trim(), note: note.trim() }])
    setUrl('')
    setNote('')
  }
  return (
    <div className="qm-evidence">
      <span className="qm-field-label">Evidence</span>
      <ul className="qm-link-list" aria-label="Evidence">
        {evidence.map((e, i) => (
          <li key={i}>
            {e.url ? <span className="qm-evidence-url">{e.url}</span> : null} {e.note}
            <button type="button" className="qm-small" aria-label={`Remove evidence ${i + 1}`} onClick={() => onChange(evidence.filter((_, j) => j !== i))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="qm-evidence-add" onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}>
        <input aria-label="Evidence URL" placeholder="https://… (source, document)" value={url} onChange={(e) => setUrl(e.target.value)} />
        <input aria-label="Evidence note" placeholder="What it shows" value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
    </div>
  )
}
