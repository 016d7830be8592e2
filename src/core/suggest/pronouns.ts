/**
 * What a pronoun or a left-out subject can stand for, before any name is
 * looked up: the gender a pronoun says ("she", "él"; "they" says none), a
 * sentence whose subject is a pronoun (it names no one new), and the record
 * of the last speech act — who spoke, where, in which paragraph, and whom
 * they asked — that a later "dijo" or "she replied" goes back to. names.ts
 * resolves these against the article's names.
 */
import { foldText } from '../text/fold'

export type Gender = 'm' | 'f'

const PRONOUNS: Record<string, Gender | 'any'> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', él: 'm', ella: 'f', they: 'any', ellos: 'any', ellas: 'any' }

/** The gender a pronoun says ('any' for "they"), or null for a word that is no pronoun. */
export function pronounGender(word: string): Gender | 'any' | null {
  return PRONOUNS[foldText(word)] ?? PRONOUNS[word.toLowerCase()] ?? null
}

/** A sentence that opens with a pronoun as its subject: "He said he …", "Ella añadió …". */
export const PRONOUN_SUBJECT = /^["“‘«]?(?:He|She|They|Él|Ella|Ellos|Ellas)\s/u

/** The speaker of the last speech act before a quote, where that quote opens, and its paragraph. */
export type PreviousSpeaker = {
  readonly name: string
  readonly at: number
  readonly paragraph: number
  /** Whom that speech asked ("asked Montoya-Lewis"), who answers next. */
  readonly asked?: string | null
  /** Whether those words asked a question, whoever it was put to. */
  readonly question?: boolean
}
