/**
 * The Markdown quote sheet a reporter pastes into a draft: quotes grouped by
 * speaker (people in the order they first speak, unattributed quotes last),
 * each as a block quote with its citation and the sentence around it; then
 * the claims with their status, claimant, note and evidence; then any
 * attribution tags not already shown beside what they attribute.
 *
 * User text (the article's words, names, notes) is escaped just enough that
 * the sheet renders it literally: "*", "_", "[", "<" and the like would
 * otherwise turn words into emphasis, links or HTML.
 */
import type { Annotation } from '../schema'
import { linkDescriptions, personWithRole, pinpoint, quoted, statusLabels } from './citation'
import { articleOf, attributionOf, paragraphNumber, sentenceAround, speakerOf, type ExportContext } from './context'
import { sheetCheckLine } from './verification'

/** Characters that start inline Markdown anywhere on a line. */
const INLINE_SPECIAL = /[\\`*[\]~]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_|<(?=[A-Za-z/!?])|&(?=#?\w+;)/gu
/** A line start that would make a heading, list, block quote, rule or setext underline. */
const LINE_START_SPECIAL = /^([#>+\-=]|\d+(?=[.)]))/

/**
 * Escape text so Markdown renders its characters, not formatting. Every line
 * but the first is taken to start a Markdown line, where "# ", "- " or "1. "
 * would start a heading or list; the first follows a label or a quotation
 * mark in this sheet, where they are plain words and are left alone so the
 * pasted text carries no needless backslashes.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line, i) => {
      const escaped = line.trimStart().replace(INLINE_SPECIAL, (ch) => `\\${ch}`)
      if (i === 0) return escaped
      // "1. " and "1) " start a list: escape the punctuation, not the digits.
      return escaped.replace(LINE_START_SPECIAL, (mark: string) => (/\d/.test(mark) ? `${mark}\\` : `\\${mark}`))
    })
    .join('\n')
}

/** Escaped, and with a closing run of "#" escaped too, so a heading keeps it. */
function escapeHeading(text: string): string {
  const escaped = escapeMarkdown(text.replace(/\s+/g, ' ').trim())
  // The closing run found from the end (the pattern #+$ would retry it from each of its "#").
  let run = escaped.length
  while (run > 0 && escaped[run - 1] === '#') run--
  return run < escaped.length ? `${escaped.slice(0, run)}\\${escaped.slice(run)}` : escaped
}

/**
 * The text's lines joined by single spaces, blank ones dropped: what
 * replacing each run of white space holding a line break by one space gives
 * a trimmed text, without a pattern (\s*\n\s*) that retries a run of spaces
 * with no line break from each of its characters.
 */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
}

/** Lines of a block quote: every line of the text behind "> ", blank ones as ">". */
function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n')
}

/** A web address as an autolink; '' for any other address, which the sheet leaves out (safeUrl.ts). */
function linkTo(ctx: ExportContext, url: string): string {
  const web = ctx.urls.web(url)
  return web && `<${web.replace(/[<>]/g, (ch) => encodeURIComponent(ch))}>`
}

/** Add every item of `items` to the end of `out` (a loop: spreading a long list into push overflows the call stack). */
function append(out: string[], items: readonly string[]): void {
  for (const item of items) out.push(item)
}

/** "*Outlet*, date · “Title” · paragraph 3 · p. 12 · <url>": where the tag appeared (page or time when the import recorded them). */
function whereLine(ctx: ExportContext, ann: Annotation): string {
  const article = articleOf(ctx, ann)
  const parts: string[] = []
  const outlet = article.outlet.trim()
  const date = article.publishedAt.trim()
  if (outlet) parts.push(date ? `*${escapeMarkdown(outlet)}*, ${escapeMarkdown(date)}` : `*${escapeMarkdown(outlet)}*`)
  else if (date) parts.push(escapeMarkdown(date))
  if (article.title.trim()) parts.push(quoted(escapeMarkdown(article.title.trim())))
  const paragraph = paragraphNumber(article, ann.target.start)
  if (paragraph !== null) parts.push(`paragraph ${paragraph}`)
  const pin = pinpoint(article, ann.target.start)
  if (pin) parts.push(pin)
  const url = linkTo(ctx, article.url)
  if (url) parts.push(url)
  return parts.join(' · ')
}

/** The other ends of a tag's links, one sentence each, added to `out`. */
function addLinkLines(out: string[], ctx: ExportContext, ann: Annotation): void {
  for (const line of linkDescriptions(ctx, ann, escapeMarkdown)) out.push(`${line}.`)
}

const OPENING_OR_SPACE = /[\s“"«‘'„]/u
const CLOSING_OR_SPACE = /[\s”"»’']/u

/**
 * The text without the white space and quotation marks at its ends (opening
 * ones at the start, closing ones at the end), found from each end: the
 * pattern [\s”"»’']+$ retried a run of spaces inside a sentence from each of
 * its characters (40,000 spaces: seconds).
 */
function withoutQuoteMarksAround(text: string): string {
  let start = 0
  while (start < text.length && OPENING_OR_SPACE.test(text[start]!)) start++
  let end = text.length
  while (end > start && CLOSING_OR_SPACE.test(text[end - 1]!)) end--
  return text.slice(start, end)
}

/**
 * A quote that carries on from an earlier one: it has no attribution of its
 * own words (no cue), or shares its attribution with a quote before it.
 */
function isContinuation(ctx: ExportContext, ann: Annotation): boolean {
  if (ann.kind !== 'quote') return false
  const attribution = attributionOf(ctx, ann)
  if (!attribution) return true
  return ctx.project.annotations.some((a) => a.kind === 'quote' && a.id !== ann.id && a.attributionId === attribution.id && a.articleId === ann.articleId && a.target.start < ann.target.start)
}

/**
 * The context line's words: the sentence(s) around the tag; for a
 * whole-sentence continuation quote, the sentence before it too, which says
 * who is speaking. '' when a whole-sentence quote needs no line repeating it.
 */
function contextOf(ctx: ExportContext, ann: Annotation): string {
  const article = articleOf(ctx, ann)
  const sentence = sentenceAround(article, ann.target.start, ann.target.end)
  if (withoutQuoteMarksAround(sentence) !== withoutQuoteMarksAround(ann.target.exact)) return sentence
  if (!isContinuation(ctx, ann)) return ''
  let before = ann.target.start
  // Back over the spaces and opening quotation marks before the words, into the sentence before.
  while (before > 0 && OPENING_OR_SPACE.test(article.text[before - 1]!)) before--
  return before > 0 ? sentenceAround(article, before - 1, ann.target.end) : ''
}

/** A tag's block quote and the paragraphs under it (citation, context, note, links), added to `out`. */
function addEntry(out: string[], ctx: ExportContext, ann: Annotation, citation: string): void {
  out.push(blockQuote(quoted(escapeMarkdown(ann.target.exact))), citation)
  if (ann.verification) out.push(escapeMarkdown(sheetCheckLine(ctx.project, ann)))
  const context = contextOf(ctx, ann)
  if (context) out.push(`Context: ${escapeMarkdown(context)}`)
  if (ann.note.trim()) out.push(`Note: ${escapeMarkdown(ann.note.trim())}`)
  addLinkLines(out, ctx, ann)
}

/** "· attributed by “said Rodríguez”" when the tag has an attribution. */
function attributionPart(ctx: ExportContext, ann: Annotation): string {
  const attribution = attributionOf(ctx, ann)
  return attribution ? ` · attributed by ${quoted(escapeMarkdown(attribution.target.exact))}` : ''
}

function quotesSection(ctx: ExportContext, quotes: readonly Annotation[]): string[] {
  // Maps keep insertion order: speakers in the order they first speak.
  const groups = new Map<string, Annotation[]>()
  const unattributed: Annotation[] = []
  for (const q of quotes) {
    const speaker = speakerOf(ctx, q)
    if (!speaker) unattributed.push(q)
    else {
      const group = groups.get(speaker.id)
      if (group) group.push(q)
      else groups.set(speaker.id, [q])
    }
  }
  const out = ['## Quotes']
  for (const [speakerId, list] of groups) {
    const person = ctx.index.peopleById.get(speakerId)!
    out.push(`### ${escapeHeading(personWithRole(person))}`)
    for (const q of list) addEntry(out, ctx, q, whereLine(ctx, q) + attributionPart(ctx, q))
  }
  if (unattributed.length > 0) {
    out.push('### Unattributed')
    for (const q of unattributed) addEntry(out, ctx, q, whereLine(ctx, q) + attributionPart(ctx, q))
  }
  return out
}

function claimsSection(ctx: ExportContext, claims: readonly Annotation[]): string[] {
  const out = ['## Claims']
  for (const claim of claims) {
    const claimant = speakerOf(ctx, claim)
    const by = claimant ? escapeMarkdown(personWithRole(claimant)) : 'the outlet itself'
    const citation = `**${statusLabels[claim.status]}** · claimed by ${by} · ${whereLine(ctx, claim)}${attributionPart(ctx, claim)}`
    addEntry(out, ctx, claim, citation)
    const items: string[] = []
    for (const ev of claim.evidence) {
      const url = linkTo(ctx, ev.url)
      const note = ev.note.trim() ? escapeMarkdown(oneLine(ev.note.trim())) : ''
      // Evidence whose only address was left out, with no note, has nothing to show.
      if (url || note || !ev.url.trim()) items.push(`- ${[url, note].filter(Boolean).join(' — ')}`)
    }
    if (items.length > 0) out.push('Evidence:', items.join('\n'))
  }
  return out
}

function attributionsSection(ctx: ExportContext, attributions: readonly Annotation[]): string[] {
  const out = ['## Attributions']
  for (const a of attributions) {
    const named = speakerOf(ctx, a)
    addEntry(out, ctx, a, (named ? `Names ${escapeMarkdown(personWithRole(named))} · ` : '') + whereLine(ctx, a))
  }
  return out
}

/** The whole sheet; blocks separated by one blank line, ending in a newline. */
export function toMarkdown(ctx: ExportContext): string {
  const of = (kind: Annotation['kind']): Annotation[] => ctx.annotations.filter((a) => a.kind === kind)
  const quotes = of('quote')
  const claims = of('claim')
  // An attribution shown beside a quote or claim in this sheet needs no entry of its own.
  const shown = new Set<string | undefined>()
  for (const list of [quotes, claims]) for (const a of list) shown.add(attributionOf(ctx, a)?.id)
  const attributions = of('attribution').filter((a) => !shown.has(a.id))

  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
  const summary = [count(quotes.length, 'quote', 'quotes'), count(claims.length, 'claim', 'claims')]
  if (attributions.length > 0) summary.push(count(attributions.length, 'attribution', 'attributions'))
  const by = ctx.exportedBy.trim() ? ` by ${escapeMarkdown(ctx.exportedBy.trim())}` : ''
  const out = [`# Quote sheet: ${escapeHeading(ctx.project.name)}`, `Exported from Quotemark on ${ctx.now.slice(0, 10)}${by}: ${summary.join(', ')}.`]

  if (quotes.length > 0) append(out, quotesSection(ctx, quotes))
  if (claims.length > 0) append(out, claimsSection(ctx, claims))
  if (attributions.length > 0) append(out, attributionsSection(ctx, attributions))
  if (ctx.annotations.length === 0) out.push('No tags were selected for this export.')
  return `${out.join('\n\n')}\n`
}
