/**
 * A reading of a whole article done once per text: the suggester asks the
 * same question of one article for each word or speaker it checks ("is this
 * word ever written in lower case?", "which words open a label line?"), and
 * reading the whole text each time would make a long article quadratic. The
 * last few texts are kept, so a test that reads several articles in turn stays
 * right.
 */
export function perText<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>()
  return (text) => {
    if (seen.has(text)) return seen.get(text)!
    const value = read(text)
    if (seen.size > 4) seen.clear()
    seen.set(text, value)
    return value
  }
}
