import { useEffect, useId, useRef, useState } from 'react'
import { actionForKey } from '../../../core/keymap'
import { choiceForKey, type SpeakerChoice } from '../store/suggestionReview'

type Props = {
  choices: readonly SpeakerChoice[]
  /** Accepting asked who said it: the keyboard comes here. */
  asking: boolean
  onPick: (choice: SpeakerChoice) => void
  /** Esc: back to the list of suggestions without choosing. */
  onBack: () => void
}

/** A choice as the reporter reads it: a name (with "(new)" when not yet in the project) or "No speaker". */
export function choiceLabel(choice: SpeakerChoice): string {
  return choice.name === null ? 'No speaker' : `${choice.name}${choice.personId ? '' : ' (new)'}`
}

/** The number key that picks a choice: 1–4 for the candidates, 0 for no one. */
const choiceKey = (choices: readonly SpeakerChoice[], at: number) => (at === choices.length - 1 ? '0' : String(at + 1))

/**
 * "Speaker?" for a suggested quote whose speaker is only a guess: the
 * candidates and no speaker, as a listbox. Accepting the suggestion puts the
 * keyboard here; J/K or the arrows move, A or Enter picks, a number picks
 * at once, Esc goes back to the suggestions. A click picks too.
 */
export function SpeakerChooser({ choices, asking, onPick, onBack }: Props) {
  const id = useId()
  const listRef = useRef<HTMLDivElement>(null)
  const [at, setAt] = useState(0)
  useEffect(() => setAt(0), [choices])
  useEffect(() => {
    if (asking) listRef.current?.focus()
  }, [asking])

  const onKeyDown = (e: React.KeyboardEvent) => {
    const run: Record<string, () => unknown> = {
      reviewNext: () => setAt(Math.min(choices.length - 1, at + 1)),
      reviewPrevious: () => setAt(Math.max(0, at - 1)),
      reviewFirst: () => setAt(0),
      reviewLast: () => setAt(choices.length - 1),
      reviewAccept: () => choices[at] && onPick(choices[at]!),
      reviewChooseSpeaker: () => {
        const choice = choiceForKey(choices, e.key)
        if (choice) onPick(choice)
      },
      reviewClose: onBack
    }
    const action = actionForKey(e, 'review')
    if (!action || !run[action.id]) return
    e.preventDefault()
    e.stopPropagation()
    run[action.id]!()
  }

  return (
    <div className="qm-speaker-choice">
      <p id={`${id}-label`} className="qm-speaker-choice-label">
        <span className="qm-unsure-mark" aria-hidden="true">
          ?
        </span>{' '}
        Speaker? Not sure who said it{asking ? ': choose one' : ''}.
      </p>
      <span id={`${id}-keys`} className="qm-sr-only">
        J or down arrow next, K or up arrow previous, Enter picks, 1 to 4 or 0 for no speaker pick at once, Escape goes back to the suggestions.
      </span>
      <div
        ref={listRef}
        role="listbox"
        tabIndex={-1}
        className="qm-speaker-choice-list"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-keys`}
        aria-activedescendant={`${id}-${at}`}
        onKeyDown={onKeyDown}
      >
        {choices.map((choice, i) => (
          <div
            key={`${choice.personId ?? ''}:${choice.name ?? ''}`}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === at}
            className={`qm-speaker-choice-option${i === at ? ' qm-active' : ''}`}
            onClick={() => onPick(choice)}
          >
            <kbd aria-hidden="true">{choiceKey(choices, i)}</kbd> {choiceLabel(choice)}
          </div>
        ))}
      </div>
    </div>
  )
}
