/**
 * The one rule for addresses an export writes: only web links, `http:` or
 * `https:`. A project file is anyone's to write, and an export is pasted
 * into pages, sheets and drafts, where `javascript:`, `data:` or `file:`
 * links run code or reach the reader's disk when clicked. Any other address
 * is left out of the export (the export's notes say how many).
 */

/** `http://` or `https://`, a host, and no white space or control characters anywhere. */
const WEB_URL = /^https?:\/\/[^\s/?#\\][^\s\u0000-\u001f\u007f-\u009f]*$/i

/** Whether an address (white space around it ignored) is a web link an export may write. */
export function isWebUrl(url: string): boolean {
  return WEB_URL.test(url.trim())
}

/**
 * Addresses an export writes: the trimmed address when it is a web link,
 * else '' with the address remembered as left out.
 */
export class UrlFilter {
  private readonly left = new Set<string>()

  /** The address as an export writes it: trimmed, or '' (nothing) when it is not a web link. */
  web(url: string): string {
    const trimmed = url.trim()
    if (!trimmed) return ''
    if (WEB_URL.test(trimmed)) return trimmed
    this.left.add(trimmed)
    return ''
  }

  /** How many different addresses were left out. */
  get dropped(): number {
    return this.left.size
  }
}

/** The export's note about addresses it left out; none when it left none out. */
export function droppedUrlNotes(dropped: number): string[] {
  if (dropped === 0) return []
  return [`Left out ${dropped} ${dropped === 1 ? 'address that is not a web (http or https) link' : 'addresses that are not web (http or https) links'}.`]
}
