/**
 * Numbers written as words or digits, read one way for every part of
 * Quotemark that compares what two texts say (a quote against its source,
 * one outlet's telling against another's): "five" and "5" are the same
 * number, "2,000" is 2000. English and Spanish; Spanish "un" and "una" are
 * left out, as they are mostly articles and a number changed must be a number.
 */

/** Number words that name a number by themselves. */
const CARDINALS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, cien: 100
}

/** Words that multiply the number before them ("1.5 million", "dos mil"); alone, the number they name. */
export const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mil: 1e3 }

/**
 * The number a folded word (lower case, accents dropped) names: digits with
 * their thousands commas and decimal point, or a number word; a scale word
 * too when `scales` (a check compares "thousand" with "1000"). Null otherwise.
 */
export function numberOf(folded: string, scales = false): number | null {
  const plain = folded.replace(/,/g, '')
  if (/^\d+(\.\d+)?$/.test(plain)) return Number(plain)
  return CARDINALS[folded] ?? (scales ? (SCALES[folded] ?? null) : null)
}
