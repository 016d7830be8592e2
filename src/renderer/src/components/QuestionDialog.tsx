import { useSyncExternalStore } from 'react'
import { Observable } from '../store/observable'
import { Modal } from './Modal'

/** One answer to a question: what its button says, and what `ask` resolves with when it is chosen. */
export type Answer = { readonly value: string; readonly label: string; readonly danger?: boolean }

export type Question = { readonly title: string; readonly text: string; readonly answers: readonly Answer[] }

type Asking = { readonly question: Question | null; readonly answer: (value: string | null) => void }

/**
 * The window's one question at a time ("Delete this article and its 4
 * tags?", "Start a new project for your articles?"): `ask` shows it and
 * resolves with the value of the button chosen, or null for Cancel or Esc.
 * Asking again while a question is open cancels the first.
 */
class Questions extends Observable<Asking> {
  constructor() {
    super({ question: null, answer: () => {} })
  }

  ask = (question: Question): Promise<string | null> => {
    this.state.answer(null)
    return new Promise((resolve) => {
      this.set({
        question,
        answer: (value) => {
          this.set({ question: null, answer: () => {} })
          resolve(value)
        }
      })
    })
  }
}

export const questions = new Questions()

/** Shows the open question, if any: its first answer has the keyboard, so Enter takes it and Tab reaches the others. */
export function QuestionDialog() {
  const { question, answer } = useSyncExternalStore(questions.subscribe, questions.getState)
  if (!question) return null
  return (
    <Modal label={question.title} onClose={() => answer(null)}>
      <h2>{question.title}</h2>
      <p>{question.text}</p>
      <div className="qm-form-actions">
        {question.answers.map((a, i) => (
          <button key={a.value} type="button" autoFocus={i === 0} className={a.danger ? 'qm-danger' : undefined} onClick={() => answer(a.value)}>
            {a.label}
          </button>
        ))}
        <button type="button" onClick={() => answer(null)}>
          Cancel
        </button>
      </div>
    </Modal>
  )
}
