/**
 * W3C Web Annotation Data Model (JSON-LD) export, for Hypothesis-style tools:
 * one AnnotationCollection with a single embedded AnnotationPage.
 *
 * Each tag is an Annotation with motivation "tagging": a TextualBody tagging
 * it with its kind, one naming its speaker ("identifying" on an attribution,
 * which names the person; "describing" on a quote or claim), one
 * "assessing" a claim's status, one "commenting" with its note, and its
 * evidence; its target is the article (its address, else `urn:uuid:` of its
 * id) narrowed by a TextQuoteSelector and a TextPositionSelector.
 *
 * Links become Annotations with motivation "linking" whose body and target
 * are the tags' `urn:uuid:` ids: one from each quote or claim to its
 * attribution tag, one per project link. A linking annotation is written
 * only when both of its tags are in the export, so no id points nowhere.
 */
import type { Annotation, Link } from '../schema'
import { articleOf, attributionOf, speakerOf, type ExportContext } from './context'

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

/** The W3C model counts positions in Unicode code points; the project counts UTF-16 units. */
export function codePointOffset(text: string, index: number): number {
  let points = 0
  for (let i = 0; i < index && i < text.length; i++) {
    const unit = text.charCodeAt(i)
    // The second half of a surrogate pair is not a character of its own.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) points++
  }
  return points
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
  if (ann.note.trim()) body.push({ ...textual('commenting', ann.note), format: 'text/plain' })
  for (const evidence of ann.evidence) {
    if (evidence.url.trim()) body.push({ type: 'SpecificResource', purpose: 'linking', source: evidence.url.trim() })
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
      source: article.url.trim() || urnFor(article.id),
      selector: [
        { type: 'TextQuoteSelector', exact: ann.target.exact, prefix: ann.target.prefix, suffix: ann.target.suffix },
        { type: 'TextPositionSelector', start: codePointOffset(article.text, ann.target.start), end: codePointOffset(article.text, ann.target.end) }
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
  return `${JSON.stringify(doc, null, 2)}\n`
}
