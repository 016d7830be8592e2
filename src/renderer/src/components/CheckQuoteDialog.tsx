import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { speakerIdOf } from '../../../core/annotations'
import type { QuotemarkApi } from '../../../core/api'
import { clockTime } from '../../../core/export/citation'
import { nowIso } from '../../../core/ids'
import type { Annotation, Project, SourceDocument } from '../../../core/schema'
import type { CheckResult } from '../../../core/verify/check'
import { verificationLine } from '../../../core/verify/describe'
import { recordVerificationsEdit } from '../../../core/verify/sourceEdits'
import { toVerification } from '../../../core/verify/check'
import type { DeskStore } from '../deskStore'
import { addSource, checkWindow, type CheckScope as Scope } from '../hooks/sourceActions'
import { Comparison, FlagList } from './Comparison'
import { Modal } from './Modal'
import './checkQuote.css'

type Checked = { tagId: string; result: CheckResult }

/** The tags a check covers: the quote, all quotes of its speaker, or all quotes in its article. */
function tagsInScope(project: Project, store: DeskStore, tag: Annotation, scope: Scope): Annotation[] {
  if (scope === 'quote') return [tag]
  const index = store.index()
  const speakerId = speakerIdOf(index, tag)
  return project.annotations.filter((a) => a.kind === tag.kind && (scope === 'article' ? a.articleId === tag.articleId : speakerId !== null && speakerIdOf(index, a) === speakerId))
}

const capital = (text: string): string => text[0]!.toUpperCase() + text.slice(1)

/** Check against source…: the selected quote (or all of its speaker's, or its article's) compared word by word with a source document. */
export function CheckQuoteDialog({ api, store }: { api: QuotemarkApi; store: DeskStore }) {
  const { tagId, scope } = useSyncExternalStore(checkWindow.subscribe, checkWindow.getState)
  const project = useSyncExternalStore(store.subscribe, () => store.getState().project)
  const tag = tagId ? project?.annotations.find((a) => a.id === tagId) : undefined
  if (!project || !tag) return null
  return <CheckDialog key={`${tag.id} ${scope}`} api={api} store={store} project={project} tag={tag} initialScope={scope} />
}

type DialogProps = { api: QuotemarkApi; store: DeskStore; project: Project; tag: Annotation; initialScope: Scope }

function CheckDialog({ api, store, project, tag, initialScope }: DialogProps) {
  const [sourceId, setSourceId] = useState<string | null>(tag.verification?.sourceId ?? project.sources[0]?.id ?? null)
  const [scope, setScope] = useState<Scope>(initialScope)
  const [checked, setChecked] = useState<Checked[] | null>(null)
  const source = project.sources.find((s) => s.id === sourceId)
  const tags = useMemo(() => tagsInScope(project, store, tag, scope), [project, store, tag, scope])
  const speaker = project.people.find((p) => p.id === speakerIdOf(store.index(), tag))
  const tagIds = tags.map((t) => t.id).join(' ')

  useEffect(() => {
    if (!sourceId) return
    let live = true
    setChecked(null)
    void api.checkQuotes(sourceId, tagIds.split(' ')).then((answer) => {
      if (!live) return
      if (answer.ok) setChecked(answer.results)
      else store.notify('error', answer.error)
    })
    return () => {
      live = false
    }
  }, [api, store, sourceId, tagIds])

  const save = () => {
    if (!checked || !source) return
    const now = nowIso()
    const author = store.getState().author
    const command = recordVerificationsEdit(checked.map((c) => ({ tagId: c.tagId, verification: toVerification(c.result, source.id, author, now) })), now, author)
    if (store.perform(command)) {
      store.notify('info', checked.length === 1 ? `Saved the check: ${verificationLine(checked[0]!.result, source)}.` : `Saved the checks of ${checked.length} quotes against “${source.title}”.`)
      checkWindow.close()
    }
  }
  const add = async () => {
    const id = await addSource(store, api)
    if (id) setSourceId(id)
  }

  return (
    <Modal label="Check against source" onClose={checkWindow.close}>
      <section className="qm-check">
        <h2>Check against source</h2>
        <p className="qm-check-quote">“{tag.target.exact}”</p>
        <div className="qm-check-choices">
          {project.sources.length ? (
            <label>
              Source{' '}
              <select value={sourceId ?? ''} onChange={(e) => setSourceId(e.target.value || null)}>
                {project.sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="qm-empty">No source yet: add the transcript, subtitles or speech this quote should come from.</p>
          )}
          <button type="button" onClick={() => void add()}>
            Add a source…
          </button>
          <div className="qm-check-scope" role="radiogroup" aria-label="Check which quotes">
            <span className="qm-muted">Check:</span>
            <label>
              <input type="radio" name="check-scope" checked={scope === 'quote'} onChange={() => setScope('quote')} /> This quote
            </label>
            {speaker ? (
              <label>
                <input type="radio" name="check-scope" checked={scope === 'speaker'} onChange={() => setScope('speaker')} /> All quotes by {speaker.name}
              </label>
            ) : null}
            <label>
              <input type="radio" name="check-scope" checked={scope === 'article'} onChange={() => setScope('article')} /> All quotes in this article
            </label>
          </div>
        </div>
        {source ? <Results checked={checked} source={source} project={project} many={scope !== 'quote'} /> : null}
        <div className="qm-form-actions">
          <button type="button" className="qm-primary" disabled={!checked?.length || !source} onClick={save}>
            {checked && checked.length > 1 ? `Save the checks of ${checked.length} quotes` : 'Save the check'}
          </button>
          <button type="button" onClick={checkWindow.close}>
            Close
          </button>
        </div>
      </section>
    </Modal>
  )
}

function Results({ checked, source, project, many }: { checked: Checked[] | null; source: SourceDocument; project: Project; many: boolean }) {
  if (checked === null) return <p className="qm-empty">Checking against “{source.title}”…</p>
  if (!checked.length) return <p className="qm-empty">No quotes to check.</p>
  return (
    <div className="qm-check-results" aria-live="polite">
      {checked.map((c) => (
        <Result key={c.tagId} checked={c} source={source} words={many ? project.annotations.find((a) => a.id === c.tagId)?.target.exact : undefined} />
      ))}
    </div>
  )
}

/** One quote's check: its status in words, the comparison, the meaning flags, and where in the source (or the closest passages). */
function Result({ checked, source, words }: { checked: Checked; source: SourceDocument; words?: string }) {
  const { result } = checked
  return (
    <article className="qm-check-result">
      {words ? <p className="qm-check-words">“{words}”</p> : null}
      <p className={`qm-check-status qm-check-${result.status}`}>
        <strong>{capital(verificationLine(result, source))}.</strong>
        {result.status !== 'not-found' ? ` ${result.matched} of ${result.words} words line up.` : ''}
      </p>
      {result.status === 'not-found' ? (
        <Passages result={result} />
      ) : (
        <>
          <Comparison segments={result.segments} />
          <FlagList flags={result.flags} />
          <p className="qm-check-source">
            <span className="qm-check-source-label">In the source{result.time === null ? '' : ` at ${clockTime(result.time)}`}:</span> {source.text.slice(result.sourceStart, result.sourceEnd)}
          </p>
        </>
      )}
    </article>
  )
}

function Passages({ result }: { result: CheckResult }) {
  if (!result.passages.length) return <p>None of its words are in the source.</p>
  return (
    <>
      <p>The closest passages:</p>
      <ol className="qm-check-passages">
        {result.passages.map((p) => (
          <li key={p.start}>
            {p.time === null ? '' : <span className="qm-check-source-label">at {clockTime(p.time)}: </span>}“{p.text}” <span className="qm-muted">({p.matched} of {result.words} words)</span>
          </li>
        ))}
      </ol>
    </>
  )
}
