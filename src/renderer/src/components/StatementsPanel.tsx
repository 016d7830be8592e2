import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react'
import type { QuotemarkApi } from '../../../core/api'
import { nowIso } from '../../../core/ids'
import { actionForKey } from '../../../core/keymap'
import type { Project } from '../../../core/schema'
import { acceptStatementEdit, rejectStatementEdit, type StatementOffer } from '../../../core/statements/statementEdits'
import { statementInputsChanged } from '../../../core/statements/statementInputs'
import type { StatementsFound } from '../../../core/statements/statements'
import type { DiffRun } from '../../../core/statements/wordDiff'
import type { DeskStore } from '../deskStore'
import { Observable } from '../store/observable'
import { SettledAsk } from '../store/settledAsk'
import { Modal } from './Modal'
import { reviewMoves } from './reviewMoves'
import './statements.css'

/** Whether the Statements panel is open (the menu and its key open it; Esc or × closes it). */
class StatementsWindow extends Observable<{ open: boolean }> {
  constructor() {
    super({ open: false })
  }
  open = (): void => this.set({ open: true })
  close = (): void => this.set({ open: false })
}

export const statementsWindow = new StatementsWindow()

const ON: Record<string, string> = { date: 'a date', number: 'a number', name: 'a name' }

/** The offers in the order the panel lists them: contradictions, then groups; each the sure ones first. */
function offersOf(found: StatementsFound): StatementOffer[] {
  return [...found.contradictions, ...found.groups]
}

/**
 * Statements told by more than one article, reviewed from the keyboard like
 * suggestions: J/↓ next, K/↑ previous, A or Enter accept (link the tags),
 * R or Delete reject (remembered in the project, not offered again), Esc
 * close. Each offer shows its two first tellings side by side, the words
 * only one of them has marked.
 */
export function StatementsPanel({ api, store }: { api: QuotemarkApi; store: DeskStore }) {
  const { open } = useSyncExternalStore(statementsWindow.subscribe, statementsWindow.getState)
  const project = useSyncExternalStore(store.subscribe, () => store.getState().project)
  if (!open || !project) return null
  return <StatementsDialog api={api} store={store} project={project} />
}

function StatementsDialog({ api, store, project }: { api: QuotemarkApi; store: DeskStore; project: Project }) {
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const [speakerId, setSpeakerId] = useState<string | null>(null)
  const [offers, expectOwnChange] = useStatementOffers(api, project, speakerId)
  const listRef = useRef<HTMLDivElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const listId = useId()
  const list = offers ?? []
  // The keyboard is in the list; when the list is empty (or gone), on the close button, so Esc still closes.
  const empty = list.length === 0
  useEffect(() => (listRef.current ?? closeRef.current)?.focus(), [empty])
  const at = Math.max(0, list.findIndex((o) => o.key === activeKey))
  const active = list[at] ?? null
  useEffect(() => {
    if (active) document.getElementById(`${listId}-${at}`)?.scrollIntoView({ block: 'nearest' })
  }, [active, at, listId])

  const decide = useCallback(
    (offer: StatementOffer, accept: boolean) => {
      setActiveKey(list[at + 1]?.key ?? list[at - 1]?.key ?? null)
      const command = accept ? acceptStatementEdit(project, offer, nowIso()) : rejectStatementEdit(offer, nowIso(), store.getState().author)
      if (!command) return
      expectOwnChange(true)
      if (store.perform(command)) store.notify('info', accept ? (offer.type === 'contradicts' ? 'Linked as contradicting.' : 'Linked as the same statement.') : 'Rejected: it will not be offered again.')
      else expectOwnChange(false)
    },
    [list, at, project, store, expectOwnChange]
  )
  const onKeyDown = (e: React.KeyboardEvent) => {
    const move = (by: number) => list.length && setActiveKey(list[Math.min(list.length - 1, Math.max(0, at + by))]!.key)
    const run: Record<string, () => unknown> = {
      ...reviewMoves(move, list.length),
      reviewAccept: () => active && decide(active, true),
      reviewReject: () => active && decide(active, false)
    }
    const action = actionForKey(e, 'review')
    if (action && run[action.id]) {
      e.preventDefault()
      run[action.id]!()
    }
  }

  return (
    <Modal label="Statements across articles" onClose={statementsWindow.close}>
      <section className="qm-statements" onKeyDown={onKeyDown}>
        <header className="qm-statements-head">
          <h2>Statements across articles</h2>
          <SpeakerFilter project={project} speakerId={speakerId} onChange={setSpeakerId} />
          <button ref={closeRef} type="button" className="qm-statements-close" aria-label="Close" onClick={statementsWindow.close}>
            ×
          </button>
        </header>
        {offers === null ? (
          <p className="qm-empty">Looking for statements told by more than one article…</p>
        ) : list.length === 0 ? (
          <p className="qm-empty">
            No statement is told by more than one article, or every one has been linked or rejected.
          </p>
        ) : (
          <div
            ref={listRef}
            className="qm-statements-list"
            role="listbox"
            tabIndex={0}
            aria-label="Statements: J or ↓ next, K or ↑ previous, A or Enter accept (link), R or Delete reject"
            aria-activedescendant={active ? `${listId}-${at}` : undefined}
          >
            {list.map((offer, i) => (
              <OfferRow key={offer.key} offer={offer} rowId={`${listId}-${i}`} active={i === at} project={project} onFocus={() => setActiveKey(offer.key)} />
            ))}
          </div>
        )}
        {active ? (
          <div className="qm-statements-actions">
            <button type="button" onClick={() => decide(active, true)}>
              Accept: link {active.type === 'contradicts' ? 'as contradicting' : 'as the same statement'} <kbd>A</kbd>
            </button>
            <button type="button" onClick={() => decide(active, false)}>
              Reject <kbd>R</kbd>
            </button>
          </div>
        ) : null}
      </section>
    </Modal>
  )
}

/**
 * The offers main finds for the project, asked at once when the panel opens
 * or another speaker is chosen, and again only after a change that can alter
 * them (statementInputs.ts: a new tag may bring one), once a burst of such
 * changes settles (SettledAsk). Finding costs main up to a second on a large
 * project, so asking after every change (a note typed, a title edited) made
 * the whole app sluggish. The panel's own accept or reject is asked about at
 * once: the reporter is watching for that offer to go. Returns the offers
 * (null until the first answer) and the call that marks the next change as
 * the panel's own.
 */
function useStatementOffers(api: QuotemarkApi, project: Project, speakerId: string | null): [StatementOffer[] | null, (own: boolean) => void] {
  const [offers, setOffers] = useState<StatementOffer[] | null>(null)
  const asked = useRef({ project, speakerId, own: false })
  const asks = useRef<SettledAsk<StatementsFound> | null>(null)
  useEffect(() => {
    const settled = new SettledAsk({ ask: () => api.findStatements(asked.current.speakerId), show: (found: StatementsFound) => setOffers(offersOf(found)) })
    asks.current = settled
    settled.now()
    return () => settled.stop()
  }, [api])
  useEffect(() => {
    if (asked.current.speakerId === speakerId) return
    asked.current.speakerId = speakerId
    asks.current?.now()
  }, [speakerId])
  useEffect(() => {
    const before = asked.current.project
    asked.current.project = project
    const own = asked.current.own
    asked.current.own = false
    if (!statementInputsChanged(before, project)) return
    if (own) asks.current?.now()
    else asks.current?.changed()
  }, [project])
  const expectOwnChange = useCallback((own: boolean) => {
    asked.current.own = own
  }, [])
  return [offers, expectOwnChange]
}

/** Only the offers involving one person's tags, or everyone's. */
function SpeakerFilter({ project, speakerId, onChange }: { project: Project; speakerId: string | null; onChange: (id: string | null) => void }) {
  const people = [...project.people].sort((x, y) => x.name.localeCompare(y.name))
  return (
    <label className="qm-statements-speaker">
      Speaker{' '}
      <select value={speakerId ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">Everyone</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  )
}

type RowProps = { offer: StatementOffer; rowId: string; active: boolean; project: Project; onFocus: () => void }

/** One offer: what it is and how sure, then its first two tellings side by side (and any others below). */
function OfferRow({ offer, rowId, active, project, onFocus }: RowProps) {
  const tag = (id: string) => project.annotations.find((t) => t.id === id)
  const source = (id: string) => {
    const article = project.articles.find((a) => a.id === tag(id)?.articleId)
    return article?.outlet || article?.title || 'An article'
  }
  const speaker = offer.type === 'same-statement' ? project.people.find((p) => p.id === offer.speakerId)?.name : undefined
  const title =
    offer.type === 'contradicts'
      ? `Contradiction on ${ON[offer.on]}: ${offer.values[0].join(', ')} / ${offer.values[1].join(', ')}`
      : `Same statement${speaker ? ` by ${speaker}` : ''} in ${offer.tagIds.length} articles`
  const [a, b, ...more] = offer.tagIds
  return (
    <div id={rowId} role="option" aria-selected={active} className={`qm-statement${active ? ' qm-active' : ''}`} onClick={onFocus}>
      <p className="qm-statement-title">
        <span className={`qm-statement-kind qm-statement-${offer.type}`}>{title}</span>
        <span className={`qm-statement-confidence qm-${offer.confidence}`}>{offer.confidence === 'high' ? 'likely' : 'worth a look'}</span>
      </p>
      <div className="qm-statement-sides">
        <Side source={source(a!)} runs={offer.diff.a} />
        <Side source={source(b!)} runs={offer.diff.b} />
      </div>
      {more.map((id) => (
        <p key={id} className="qm-statement-more">
          {source(id)}: “{tag(id)?.target.exact}”
        </p>
      ))}
    </div>
  )
}

/** One telling: its outlet, and its words with those the other telling lacks marked. */
function Side({ source, runs }: { source: string; runs: readonly DiffRun[] }) {
  return (
    <div className="qm-statement-side">
      <span className="qm-statement-source">{source}</span>
      <span className="qm-statement-words">
        “
        {runs.map((r, i) => {
          if (r.kind === 'same') return <span key={i}>{r.text}</span>
          const words = r.text.trimEnd()
          return (
            <span key={i}>
              <mark title="Only in this telling">{words}</mark>
              {r.text.slice(words.length)}
            </span>
          )
        })}
        ”
      </span>
    </div>
  )
}
