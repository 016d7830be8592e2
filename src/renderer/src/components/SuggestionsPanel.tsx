import { actionForKey } from '../../../core/keymap'
import { keyHint } from './keyHint'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { ArticleSuggestion, SuggestionFix } from '../../../core/suggest/suggestEdits'
import type { Person } from '../../../core/schema'
import { acceptChoice, choiceForKey, speakerChoices, speakerUnsure, type SpeakerChoice } from '../store/suggestionReview'
import { SpeakerChooser } from './SpeakerChooser'
import { reviewMoves } from './reviewMoves'

type Props = {
  scope: 'article' | 'project'
  /** Claim candidates listed too. */
  claims: boolean
  onClaims: (on: boolean) => void
  suggestions: readonly ArticleSuggestion[]
  /** Articles whose suggestions could not be made, said in words. */
  failures?: readonly string[]
  activeId: string | null
  people: readonly Person[]
  /** Article titles, for the whole-project list. */
  titles: ReadonlyMap<string, string>
  /** The words selected in the article now, to use instead of the suggested span. */
  selection: () => { start: number; end: number; text: string } | null
  onFocus: (id: string | null) => void
  onAccept: (s: ArticleSuggestion, fix: SuggestionFix) => void
  onReject: (s: ArticleSuggestion) => void
  onAcceptAllBy: (speaker: string | null) => void
  onScope: (scope: 'article' | 'project') => void
  onClose: () => void
}

const percent = (x: number) => `${Math.round(x * 100)}%`

/**
 * Review suggested quotes one by one from the keyboard: J/↓ next, K/↑
 * previous, A or Enter accept, R or Delete reject, Shift+A accept all by this
 * speaker, S use the words selected in the text instead, E change the
 * speaker, Esc close. The list is a listbox whose active row follows the
 * suggestion outlined in the text.
 */
export function SuggestionsPanel(props: Props) {
  const { suggestions, activeId, onFocus } = props
  const listId = useId()
  const listRef = useRef<HTMLDivElement>(null)
  const speakerRef = useRef<HTMLInputElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const active = suggestions.find((s) => s.id === activeId) ?? suggestions[0] ?? null
  const [speaker, setSpeaker] = useState<string>(active?.speaker ?? '')
  const [span, setSpan] = useState<{ start: number; end: number; text: string } | null>(null)
  const [asking, setAsking] = useState(false)
  const choices = useMemo(() => (active ? speakerChoices(active, props.people) : []), [active, props.people])

  // A new suggestion under review starts from what was suggested.
  useEffect(() => {
    setSpeaker(active?.speaker ?? '')
    setSpan(null)
    setAsking(false)
  }, [active?.id, active?.speaker])
  useEffect(() => {
    if (active && active.id !== activeId) onFocus(active.id)
  }, [active, activeId, onFocus])
  useEffect(() => {
    if (!active) return
    document.getElementById(`${listId}-${cssId(active.id)}`)?.scrollIntoView({ block: 'nearest' })
  }, [active, listId])
  // Opening the panel puts the keyboard in it.
  useEffect(() => (listRef.current ?? closeRef.current)?.focus(), [])
  // When the list empties (the last one accepted or rejected), the keyboard stays in the panel, on its close button,
  // so Esc still closes it; the focus is not left to fall to the page.
  const empty = suggestions.length === 0
  useEffect(() => {
    const at = document.activeElement
    if (empty && (at === null || at === document.body || closeRef.current?.closest('section')?.contains(at))) closeRef.current?.focus()
  }, [empty])

  const move = (by: number) => {
    if (!suggestions.length) return
    const at = Math.max(0, suggestions.findIndex((s) => s.id === active?.id))
    onFocus(suggestions[Math.min(suggestions.length - 1, Math.max(0, at + by))]!.id)
  }
  const fix = (): SuggestionFix => {
    const out: { start?: number; end?: number; speakerName?: string } = {}
    if (span) Object.assign(out, { start: span.start, end: span.end })
    if (active && speaker.trim() !== (active.speaker ?? '')) out.speakerName = speaker.trim()
    return out
  }
  const unsure = !!active && speakerUnsure(active)
  const edited = () => !!active && speaker.trim() !== (active.speaker ?? '')
  // A guessed speaker is never taken silently: accepting asks who, unless the reporter typed a speaker.
  const accept = () => {
    if (!active) return
    if (unsure && !edited()) setAsking(true)
    else props.onAccept(active, fix())
  }
  const pick = (choice: SpeakerChoice) => {
    if (!active) return
    listRef.current?.focus()
    props.onAccept(...acceptChoice(active, choice, fix()))
  }
  const useSelection = () => {
    const picked = props.selection()
    if (picked) setSpan(picked)
  }

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement) {
      if (e.key === 'Enter') {
        e.preventDefault()
        // Enter in the speaker box answers "speaker?" with the name there.
        if (active && unsure && !edited()) pick({ name: active.speaker, personId: active.personId })
        else accept()
        listRef.current?.focus()
      } else if (e.key === 'Escape') {
        e.preventDefault()
        setSpeaker(active?.speaker ?? '')
        listRef.current?.focus()
      }
      return
    }
    // The review's keys come from the keymap (core/keymap.ts), as the help overlay lists them.
    const run: Record<string, () => unknown> = {
      ...reviewMoves(move, suggestions.length),
      reviewAcceptAll: () => active && props.onAcceptAllBy(active.speaker),
      reviewAccept: accept,
      reviewReject: () => active && props.onReject(active),
      reviewSelection: useSelection,
      reviewSpeaker: () => speakerRef.current?.focus(),
      reviewChooseSpeaker: () => {
        const choice = choiceForKey(choices, e.key)
        if (choice) pick(choice)
      },
      reviewClose: () => props.onClose()
    }
    const action = actionForKey(e, 'review')
    const handled = action !== undefined && run[action.id] !== undefined
    if (handled) run[action.id]!()
    if (handled) e.preventDefault()
  }

  // Accept all by this speaker takes only the quotes sure to be theirs.
  const sameSpeaker = active ? suggestions.filter((s) => s.speaker === active.speaker && !speakerUnsure(s)).length : 0
  return (
    <section className="qm-suggestions" aria-label="Suggested quotes" onKeyDown={onKeyDown}>
      <SuggestionsHead count={suggestions.length} scope={props.scope} onScope={props.onScope} claims={props.claims} onClaims={props.onClaims} onClose={props.onClose} closeRef={closeRef} />
      {(props.failures ?? []).map((f) => (
        <p key={f} className="qm-field-error" role="alert">
          {f}
        </p>
      ))}
      {suggestions.length === 0 ? (
        <p className="qm-empty">No quotes left to suggest {props.scope === 'project' ? 'in this project' : 'in this article'}.</p>
      ) : (
        <>
          <div
            ref={listRef}
            className="qm-suggestion-list"
            role="listbox"
            tabIndex={0}
            aria-label="Suggested quotes: J or ↓ next, K or ↑ previous, A accept, R reject, Shift+A accept all by this speaker, S use the selected words, E change the speaker, 1 to 4 or 0 choose an unsure speaker"
            aria-activedescendant={active ? `${listId}-${cssId(active.id)}` : undefined}
          >
            {suggestions.map((s) => (
              <SuggestionRow key={s.id} s={s} rowId={`${listId}-${cssId(s.id)}`} active={s.id === active?.id} onFocus={onFocus} article={props.scope === 'project' ? (props.titles.get(s.articleId) ?? '') : null} people={props.people} />
            ))}
          </div>
          {active ? (
            <div className="qm-suggestion-review">
              {span ? <SpanFix text={span.text} onKeep={() => setSpan(null)} /> : null}
              {unsure ? <SpeakerChooser choices={choices} asking={asking} onPick={pick} onBack={() => (setAsking(false), listRef.current?.focus())} /> : null}
              <label>
                {active.kind === 'claim' ? 'Source' : unsure ? 'Or type the speaker' : 'Speaker'} <input ref={speakerRef} value={speaker} list={`${listId}-people`} onChange={(e) => setSpeaker(e.target.value)} placeholder="No speaker" />
              </label>
              <datalist id={`${listId}-people`}>
                {props.people.map((p) => (
                  <option key={p.id} value={p.name} />
                ))}
              </datalist>
              <ReviewActions active={active} unsure={unsure} sameSpeaker={sameSpeaker} onAccept={accept} onReject={() => props.onReject(active)} onUseSelection={useSelection} onAcceptAllBy={() => props.onAcceptAllBy(active.speaker)} />
            </div>
          ) : null}
        </>
      )}
    </section>
  )
}

type RowProps = { s: ArticleSuggestion; rowId: string; active: boolean; onFocus: (id: string) => void; article: string | null; people: readonly Person[] }

/** One suggestion in the list: its article (project-wide), its words, and who said it. */
function SuggestionRow({ s, rowId, active, onFocus, article, people }: RowProps) {
  return (
    <div id={rowId} role="option" aria-selected={active} className={`qm-suggestion-row${active ? ' qm-active' : ''}`} onClick={() => onFocus(s.id)}>
      {article !== null ? <span className="qm-suggestion-article">{article}</span> : null}
      {s.kind === 'claim' ? <span className="qm-suggestion-text qm-suggestion-claim">Claim: {s.text}</span> : <q className="qm-suggestion-text">{s.text}</q>}
      <SuggestionWho s={s} people={people} />
    </div>
  )
}

/** The words selected in the text, to tag instead of the suggested ones. */
function SpanFix({ text, onKeep }: { text: string; onKeep: () => void }) {
  return (
    <p className="qm-suggestion-fix">
      Words to tag instead: <q>{text}</q>{' '}
      <button type="button" onClick={onKeep}>
        Keep the suggested words
      </button>
    </p>
  )
}

type HeadProps = { count: number; scope: Props['scope']; onScope: Props['onScope']; claims: boolean; onClaims: Props['onClaims']; onClose: () => void; closeRef: React.RefObject<HTMLButtonElement | null> }

/** The panel's title with its count, where to suggest, claims too, and close. */
function SuggestionsHead({ count, scope, onScope, claims, onClaims, onClose, closeRef }: HeadProps) {
  return (
    <header className="qm-suggestions-head">
      {/* The heading and its × share the first line, however narrow the pane; the choices wrap below them. */}
      <div className="qm-suggestions-title">
        <h2>
          Suggestions <span className="qm-count">{count}</span>
        </h2>
        <button ref={closeRef} type="button" className="qm-suggestions-close" onClick={onClose} title="Stop reviewing suggestions (Esc)" aria-label="Close suggestions">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="qm-suggestions-tools">
        <div className="qm-suggestions-scope" role="group" aria-label="Where to suggest">
          <button type="button" aria-pressed={scope === 'article'} onClick={() => onScope('article')}>This article</button>
          <button type="button" aria-pressed={scope === 'project'} onClick={() => onScope('project')}>All articles</button>
        </div>
        <button type="button" aria-pressed={claims} onClick={() => onClaims(!claims)} title="Also suggest claims to check: sentences with a figure, a date or a named source">
          Claims too
        </button>
      </div>
    </header>
  )
}

type ActionProps = { active: ArticleSuggestion; unsure: boolean; sameSpeaker: number; onAccept: () => void; onReject: () => void; onUseSelection: () => void; onAcceptAllBy: () => void }

/** Accept, reject, use the selection instead, accept all by this speaker: the review's buttons, with their keys. */
function ReviewActions({ active, unsure, sameSpeaker, onAccept, onReject, onUseSelection, onAcceptAllBy }: ActionProps) {
  return (
    <div className="qm-suggestion-actions">
      <button
        type="button"
        className="qm-primary"
        onClick={onAccept}
        title={unsure ? 'Tag it as a quote: first choose who said it (A or Enter)' : `Tag it as a ${active.kind} with this ${active.kind === 'claim' ? 'source' : 'speaker'} (A or Enter)`}
      >
        Accept <kbd>{keyHint('reviewAccept')}</kbd>
      </button>
      <button type="button" onClick={onReject} title={`Not a ${active.kind}: do not suggest it again (R)`}>
        Reject <kbd>{keyHint('reviewReject')}</kbd>
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onUseSelection} title="Tag the words selected in the text instead (S)">
        Use selection <kbd>{keyHint('reviewSelection')}</kbd>
      </button>
      {sameSpeaker > 1 ? (
        <button type="button" onClick={onAcceptAllBy} title="Accept every suggestion with this speaker (Shift+A)">
          Accept all {sameSpeaker} by {active.speaker ?? 'no one'} <kbd>{keyHint('reviewAcceptAll')}</kbd>
        </button>
      ) : null}
    </div>
  )
}

/** Who a suggestion names, and how it was found: for a guessed speaker, "speaker?" with the choices, in words as well as style. */
function SuggestionWho({ s, people }: { s: ArticleSuggestion; people: readonly Person[] }) {
  const how = `${s.kind === 'claim' ? s.reasons.join(', ') : s.cue === null ? 'continues' : s.cue === ':' ? 'label' : s.cue} · ${percent(s.confidence)}`
  if (s.kind === 'quote' && speakerUnsure(s)) {
    const names = speakerChoices(s, people).map((c) => c.name ?? 'no one')
    // No figure for the speaker: the rules' score is no probability, and "87%" beside a question reads surer than such guesses prove (about 6 in 10 on the sixth blind set).
    const sure = `${s.cue === null ? 'continues' : s.cue === ':' ? 'label' : s.cue} · quote ${percent(s.confidence)}`
    return (
      <span className="qm-suggestion-who qm-suggestion-unsure">
        <span className="qm-unsure-mark" aria-hidden="true">
          ?
        </span>{' '}
        <span className="qm-sr-only">Not sure who said it: </span>speaker? {names.join(' / ')} · {sure}
      </span>
    )
  }
  const who = s.kind === 'claim' ? (s.speaker ? `source: ${s.speaker}` : 'the outlet’s own reporting') : (s.speaker ?? 'Speaker not found')
  return (
    <span className="qm-suggestion-who">
      {who}
      {s.personId ? '' : s.speaker ? ' (new)' : ''} · {how}
    </span>
  )
}

/** A suggestion id as a DOM id part (ids hold colons). */
function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_')
}
