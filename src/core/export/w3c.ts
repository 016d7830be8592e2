/**
 * W3C Web Annotation Data Model (JSON-LD) export, for Hypothesis-style tools:
 * one AnnotationCollection with a single embedded AnnotationPage.
 *
 * Each tag is an Annotation with motivation "tagging": a TextualBody tagging
 * it with its kind, one naming its speaker ("identifying" on an attribution,
 * which names the person; "describing" on a quote or claim), one
 * "assessing" a claim's status, one "assessing" its check against a source
 * ("Checked: verbatim against the transcript … at 12:34."), one "commenting" with its note, and its
 * evidence; its target is the article (its address when it is a web link,
 * else `urn:uuid:` of its id) narrowed by a TextQuoteSelector and a
 * TextPositionSelector. The text is safe inside a page's script tag (jsonLd.ts).
 *
 * Links become Annotations with motivation "linking" whose body and target
 * are the tags' `urn:uuid:` ids: one from each quote or claim to its
 * attribution tag, one per project link. A linking annotation is written
 * only when both of its tags are in the export, so no id points nowhere.
 */
import type { Annotation, Article, Link } from '../schema'
import { articleOf, attributionOf, speakerOf, type ExportContext } from './context'
import { jsonLdText } from './jsonLd'
import { sheetCheckLine } from './verification'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * A 128-bit hash (cyrb128: four mixed 32-bit lanes) of a string, as a
 * version 8 ("custom") UUID: stable ids for records Quotemark does not
 * store, such as the page or an attribution link.
 */
export function derivedUuid(seed: string): string {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** A record's IRI: `urn:uuid:` of its id, or of a UUID derived from an id that is not one. */
export function urnFor(id: string): string {
  return `urn:uuid:${UUID.test(id) ? id.toLowerCase() : derivedUuid(`id:${id}`)}`
}

/** Whether text[i] is the second half of a surrogate pair, which is not a character of its own. */
function pairSecond(text: string, i: number): boolean {
  const unit = text.charCodeAt(i)
  if (unit < 0xdc00 || unit > 0xdfff || i === 0) return false
  const before = text.charCodeAt(i - 1)
  return before >= 0xd800 && before <= 0xdbff
}

/** The W3C model counts positions in Unicode code points; the project counts UTF-16 units. */
export function codePointOffset(text: string, index: number): number {
  const end = Math.min(Math.max(0, index), text.length)
  let points = 0
  for (let i = 0; i < end; i++) if (!pairSecond(text, i)) points++
  return points
}

/** How many UTF-16 units apart the kept counts of pair halves are. */
const STRIDE = 1024

/**
 * codePointOffset for many offsets into one text, each in at most STRIDE
 * steps: the halves of pairs before every STRIDE-th unit are counted once.
 * A text without surrogates (most) needs no counting at all.
 */
export function codePointCounter(text: string): (index: number) => number {
  if (!/[\uDC00-\uDFFF]/.test(text)) return (index) => Math.min(Math.max(0, index), text.length)
  const before = new Int32Array(Math.floor(text.length / STRIDE) + 1)
  let seconds = 0
  for (let i = 0; i <= text.length; i++) {
    if (i % STRIDE === 0) before[i / STRIDE] = seconds
    if (i < text.length && pairSecond(text, i)) seconds++
  }
  return (index) => {
    const end = Math.min(Math.max(0, index), text.length)
    const block = Math.floor(end / STRIDE)
    let pairs = before[block]!
    for (let i = block * STRIDE; i < end; i++) if (pairSecond(text, i)) pairs++
    return end - pairs
  }
}

/** One counter per article and text, kept while an export asks. */
const counters = new WeakMap<Article, { text: string; count: (index: number) => number }>()

function codePointsIn(article: Article, index: number): number {
  let counter = counters.get(article)
  if (!counter || counter.text !== article.text) counters.set(article, (counter = { text: article.text, count: codePointCounter(article.text) }))
  return counter.count(index)
}

const textual = (purpose: string, value: string): Record<string, string> => ({ type: 'TextualBody', purpose, value })

function creator(name: string): { creator?: { type: 'Person'; name: string } } {
  return name.trim() ? { creator: { type: 'Person', name } } : {}
}

function tagAnnotation(ctx: ExportContext, ann: Annotation): Record<string, unknown> {
  const article = articleOf(ctx, ann)
  const speaker = speakerOf(ctx, ann)
  const body: Array<Record<string, string>> = [textual('tagging', ann.kind)]
  if (speaker) body.push(textual(ann.kind === 'attribution' ? 'identifying' : 'describing', speaker.name))
  if (ann.kind === 'claim') body.push(textual('assessing', ann.status))
  if (ann.verification) body.push({ ...textual('assessing', sheetCheckLine(ctx.project, ann)), format: 'text/plain' })
  if (ann.note.trim()) body.push({ ...textual('commenting', ann.note), format: 'text/plain' })
  for (const evidence of ann.evidence) {
    const source = ctx.urls.web(evidence.url)
    if (source) body.push({ type: 'SpecificResource', purpose: 'linking', source })
    if (evidence.note.trim()) body.push({ ...textual('commenting', `Evidence: ${evidence.note}`), format: 'text/plain' })
  }
  return {
    id: urnFor(ann.id),
    type: 'Annotation',
    motivation: 'tagging',
    ...creator(ann.author),
    created: ann.createdAt,
    modified: ann.updatedAt,
    body,
    target: {
      source: ctx.urls.web(article.url) || urnFor(article.id),
      selector: [
        { type: 'TextQuoteSelector', exact: ann.target.exact, prefix: ann.target.prefix, suffix: ann.target.suffix },
        { type: 'TextPositionSelector', start: codePointsIn(article, ann.target.start), end: codePointsIn(article, ann.target.end) }
      ]
    }
  }
}

/** A quote or claim linked to the attribution tag that names its speaker. */
function attributionLink(ann: Annotation, attribution: Annotation): Record<string, unknown> {
  return {
    id: urnFor(derivedUuid(`attribution:${ann.id}:${attribution.id}`)),
    type: 'Annotation',
    motivation: 'linking',
    ...creator(ann.author),
    created: ann.createdAt,
    modified: ann.updatedAt,
    body: [urnFor(attribution.id), textual('tagging', 'attribution')],
    target: urnFor(ann.id)
  }
}

function projectLink(link: Link): Record<string, unknown> {
  const body: Array<string | Record<string, string>> = [urnFor(link.to), textual('tagging', link.type)]
  if (link.note.trim()) body.push({ ...textual('commenting', link.note), format: 'text/plain' })
  return { id: urnFor(link.id), type: 'Annotation', motivation: 'linking', created: link.createdAt, modified: link.updatedAt, body, target: urnFor(link.from) }
}

export function toW3c(ctx: ExportContext): string {
  const selected = new Set(ctx.annotations.map((a) => a.id))
  const items: Array<Record<string, unknown>> = ctx.annotations.map((a) => tagAnnotation(ctx, a))
  for (const ann of ctx.annotations) {
    const attribution = attributionOf(ctx, ann)
    if (attribution && selected.has(attribution.id)) items.push(attributionLink(ann, attribution))
  }
  for (const link of ctx.project.links) {
    if (selected.has(link.from) && selected.has(link.to)) items.push(projectLink(link))
  }
  const collection = urnFor(ctx.project.id)
  const doc = {
    '@context': ANNO_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: ctx.project.name,
    total: items.length,
    first: { id: urnFor(derivedUuid(`page:1:${ctx.project.id}`)), type: 'AnnotationPage', partOf: collection, startIndex: 0, items }
  }
  return jsonLdText(doc)
}
