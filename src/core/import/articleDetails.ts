/**
 * An article's citation details as people write them, read into the fields
 * Quotemark keeps: a date as ISO (`2026-03-04`), a byline without its "By",
 * an address with its scheme. One set of rules for the importer (the byline
 * and date line under a headline) and for the article's details form (a date
 * typed as "March 4, 2026", an address typed as "example.com/story").
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12
}
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const YEAR = '(\\d{4})'
/** "March 4, 2026", "Mar. 4 2026". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i')
/** "4 March 2026", "4th March, 2026". */
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i')
/** "2026-03-04", with a time after it or not. */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/
const ISO_ONLY = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** The first date written in `s` as ISO (YYYY-MM-DD), or null when it holds none that exists. */
export function findDate(s: string): { iso: string; written: string } | null {
  const iso = ISO_DATE.exec(s)
  if (iso) return dated(+iso[1]!, +iso[2]!, +iso[3]!, iso[0])
  const mdy = MONTH_DAY_YEAR.exec(s)
  if (mdy) return dated(+mdy[3]!, MONTHS[mdy[1]!.toLowerCase()]!, +mdy[2]!, mdy[0])
  const dmy = DAY_MONTH_YEAR.exec(s)
  if (dmy) return dated(+dmy[3]!, MONTHS[dmy[2]!.toLowerCase()]!, +dmy[1]!, dmy[0])
  return null
}

function dated(year: number, month: number, day: number, written: string): { iso: string; written: string } | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, written }
}

export type FieldCheck = { ok: true; value: string; message?: string } | { ok: false; error: string }

/**
 * The Date field: empty, or an ISO date (a time after it is kept, as web pages
 * give one). A written date ("March 4, 2026") becomes ISO, saying so; anything
 * else is refused with what to write.
 */
export function checkDateField(input: string): FieldCheck {
  const value = input.trim()
  if (!value || (ISO_ONLY.test(value) && findDate(value))) return { ok: true, value }
  const found = findDate(value)
  if (found && found.written.length >= value.replace(/[.,\s]+$/, '').length) {
    return { ok: true, value: found.iso, message: `The date “${value}” is saved as ${found.iso} (year-month-day).` }
  }
  return { ok: false, error: `“${value}” is not a date Quotemark can read. Write it as year-month-day, for example 2026-03-04.` }
}

/**
 * The URL field: empty, or an address with its scheme (http, https, or
 * another such as mailto). Without one it is refused, offering the https://
 * address it probably is when it reads as a host name.
 */
export function checkUrlField(input: string): FieldCheck & { suggestion?: string } {
  const value = input.trim()
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value)) return { ok: true, value }
  const error = `“${value}” has no scheme, so it is not a full web address. Start it with https:// (or http://).`
  // Offered only for what reads as a host name and a path ("www.example.com/story"), not for any words.
  const suggestion = `https://${value.replace(/^\/+/, '')}`
  return /^[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/.test(value.replace(/^\/+/, '')) ? { ok: false, error, suggestion } : { ok: false, error }
}

export type HeadLine = { byline?: string; publishedAt?: string }

const BY_LINE = /^by\s+(\p{Lu}[^|·•]*?)(?:\s*(?:[|·•]|\s[—–-]\s)\s*(.*))?$/iu
const DATE_LINE = /^(?:(?:first\s+)?published|updated|posted|last\s+updated)(?:\s+on)?:?\s+(.+)$/i
const HEAD_LINE_LIMIT = 160

/**
 * A line under a headline that says who wrote the article and when: "By Jane
 * Doe", "By Jane Doe and X | March 4, 2026", "Published 4 March 2026", or a
 * date alone. Null for any other line (a sentence of the story).
 */
export function readHeadLine(line: string): HeadLine | null {
  const text = line.trim().replace(/\s+/g, ' ')
  if (!text || text.length > HEAD_LINE_LIMIT) return null
  const by = BY_LINE.exec(text)
  if (by && nameLike(by[1]!)) {
    const date = by[2] ? findDate(by[2]) : null
    if (by[2] && !date) return null
    return { byline: by[1]!.trim(), ...(date ? { publishedAt: date.iso } : {}) }
  }
  const stamped = DATE_LINE.exec(text)
  const date = findDate(stamped ? stamped[1]! : text)
  if (!date) return null
  // A date alone (with a weekday or a time around it at most), not a sentence that holds one.
  const rest = (stamped ? stamped[1]! : text).replace(date.written, '').replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b(?:[A-Z]{2,4}|at|GMT|UTC)\b|[,|·•()\s-]/gi, '')
  return rest ? null : { publishedAt: date.iso }
}

/** A byline's names: a few words, each starting with a capital or a joining word ("and", "de", "in"). */
function nameLike(names: string): boolean {
  const words = names.trim().split(/\s+/)
  return words.length <= 12 && words.every((w) => /^[\p{Lu}'’]/u.test(w) || /^(and|&|de|del|da|van|von|der|la|le|in|for|the|of|y|e),?$/i.test(w))
}
