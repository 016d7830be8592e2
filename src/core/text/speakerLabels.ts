/**
 * The speaker labels of a transcript: a paragraph that starts "Jorge
 * Rodríguez:", "REPORTER:", "Q:" or "Sra. Díaz:" is a turn of speech. One
 * vocabulary for the importers (which offer the named speakers as people)
 * and the suggester (which offers the interviewee's turns as quotes).
 */

/** A label: at most four words, each capitalised (Spanish and Dutch particles allowed), then a colon and a space or the end. */
export const SPEAKER_LABEL = /^((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:de|del|la|las|los|van|von|da|dos|\p{Lu}[\p{L}'’.-]*)){0,3}):(?:\s+|$)/u

/** Longer than this, a "label" is a sentence with a colon in it. */
export const MAX_LABEL_LENGTH = 40

/** The interviewer's labels: their turns are questions. */
const INTERVIEWER = /^(?:Q|P|QUESTION|PREGUNTA|REPORTER|INTERVIEWER|ENTREVISTADOR|ENTREVISTADORA|PERIODISTA|MODERATOR|MODERADOR|HOST|PRESENTADOR|PRESENTADORA)$/i
/** Labels for the interviewee's answers that do not name them. */
const ANSWER = /^(?:A|R|ANSWER|RESPUESTA|INTERVIEWEE|ENTREVISTADO|ENTREVISTADA)$/i
/** Labels that are neither side's words: a note, a heading ("Interview: …", "Watch: …"). */
const NOT_SPOKEN = /^(?:NOTE|NOTA|SOURCE|FUENTE|Q&A|INTERVIEW|ENTREVISTA|TRANSCRIPT|TRANSCRIPCI[OÓ]N|UPDATE|ACTUALIZACI[OÓ]N|WATCH|RELATED|PHOTO|FOTO|VIDEO|V[IÍ]DEO|READ MORE|LEE TAMBI[EÉ]N|M[AÁ]S INFORMACI[OÓ]N|EDITOR['’]S NOTE)$/i

export type LabelRole = 'interviewer' | 'answer' | 'not-spoken' | 'person'

/** What a label stands for: the interviewer, an unnamed answer, a note, or a person to name. */
export function labelRole(label: string): LabelRole {
  if (INTERVIEWER.test(label)) return 'interviewer'
  if (ANSWER.test(label)) return 'answer'
  if (NOT_SPOKEN.test(label)) return 'not-spoken'
  return 'person'
}

/** The label a text starts with and the length of the label with its colon and spaces, if it has one. */
export function leadingLabel(text: string): { name: string; length: number } | null {
  const m = SPEAKER_LABEL.exec(text)
  return m && m[1]!.length <= MAX_LABEL_LENGTH ? { name: m[1]!, length: m[0].length } : null
}
