import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

/*
 * A quote with no cue of its own goes on with whoever spoke last — but
 * "whoever spoke last" is the last speech act, reported or quoted, not the
 * last quote: a person who speaks between two quotes takes the floor.
 */

describe('someone who speaks between two quotes takes the floor', () => {
  test('a paragraph that is only a quote, after a paragraph where a second person speaks, is that person’s (Spanish)', () => {
    const text = [
      'Fraude en los test',
      '“Hubo dos personas con el mismo PCR”, señalaron fuentes del gobierno nacional. Florencia Carignano, directora nacional de Migraciones, dijo a este medio que la denuncia es una ampliación de la anterior.',
      '“Tomamos 10 casos como muestra en donde había irregularidades”.',
      'Por su parte, el ministro no respondió.'
    ].join('\n\n')
    expect(speakerOf(text, 'Tomamos 10 casos')).toBe('Florencia Carignano')
  })

  test('the same in English, with a relative clause in the new speaker’s sentence', () => {
    const text = [
      'Budget fight',
      '“The plan is dead,” said Senator Ann Black. Senator John Reed, who chairs the committee, said he disagreed with her and would vote for the bill.',
      '“This plan can still pass this year.”',
      'The vote is on Monday.'
    ].join('\n\n')
    expect(speakerOf(text, 'This plan can still pass')).toBe('John Reed')
  })

  test('what the first speaker adds in the rest of the quote’s own sentence hands nothing over', () => {
    const text = [
      'A mother’s grief',
      '“The drug was in her system and there was no antidote,” her mother, Fiona Parry, said in a statement yesterday.',
      '“She was literally burning up from within.”',
      'The inquest opens next month.'
    ].join('\n\n')
    expect(speakerOf(text, 'She was literally burning')).toBe('Fiona Parry')
  })
})
