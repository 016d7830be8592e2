/**
 * The JSON export: every selected tag with everything needed to use it
 * without the project file (its article's metadata, its speaker, its
 * attribution's words, its links), in a documented shape whose keys always
 * come in the same order, so two exports of the same tags diff cleanly.
 *
 * Shape (version 1):
 *
 * ```jsonc
 * {
 *   "format": "quotemark-export",
 *   "version": 1,
 *   "exportedAt": "2026-01-12T10:00:00.000Z",   // the time given to the export
 *   "exportedBy": "Ana Pérez",                   // "" when not known
 *   "project": { "id": "…", "name": "…" },
 *   "annotations": [                             // project article order, then text order
 *     {
 *       "id": "…",
 *       "kind": "quote",                         // "quote" | "attribution" | "claim"
 *       "text": "an important number",           // the tagged words exactly as in the article
 *       "article": { "id": "…", "title": "…", "outlet": "…", "byline": "…", "publishedAt": "2026-01-09", "url": "" },
 *       "speaker": { "id": "…", "name": "…", "role": "…", "affiliation": "…", "kind": "person" },  // or null;
 *                                                // for a claim, null means the outlet itself
 *       "attribution": { "id": "…", "text": "said Rodríguez" },   // or null
 *       "status": "disputed",                    // claims only: unverified | verified | disputed | false | misleading; null otherwise
 *       "note": "",
 *       "evidence": [{ "url": "…", "note": "…" }],
 *       "links": [{ "type": "contradicts", "to": "…", "note": "" }],  // links touching this tag, "to" the other tag
 *       "verification": {                        // its check against a source document, or null (since Quotemark's format 7)
 *         "status": "cut",                       // verbatim | cut | changed | not-found
 *         "source": { "id": "…", "title": "…", "kind": "transcript", "fileName": "…" },
 *         "sourceStart": 120, "sourceEnd": 190, "time": 754,   // offsets into the source's text; seconds into its recording or null
 *         "differences": [{ "kind": "cut", "quote": "…", "source": "…" }],   // cut | changed | added | removed
 *         "flags": [{ "kind": "negation", "quote": "", "source": "not" }],   // negation | number | name
 *         "checkedBy": "…", "checkedAt": "…"
 *       },
 *       "target": { "start": 616, "end": 635, "exact": "…", "prefix": "…", "suffix": "…" },  // as stored: UTF-16 offsets into the article's text
 *       "paragraph": 3,                          // 1-based, headings not counted; null in a heading
 *       "sentence": "…",                         // the sentence(s) around the tag
 *       "author": "…", "updatedBy": "…", "createdAt": "…", "updatedAt": "…"
 *     }
 *   ]
 * }
 * ```
 *
 * The speaker is the tag's own, else the one its attribution names. An
 * address that is not a web (http or https) link is written as "" (safeUrl.ts). A
 * future version may add keys; it will not remove or retype these.
 */
import type { Annotation } from '../schema'
import { linksOf } from './blockIndex'
import { articleOf, attributionOf, placeAndProvenance, speakerOf, type ExportContext } from './context'
import { checkJson } from './verification'

export const EXPORT_FORMAT = 'quotemark-export'
export const EXPORT_VERSION = 1

/** One tag in the JSON export; built key by key so the order never depends on the project file's. */
function annotationJson(ctx: ExportContext, ann: Annotation): Record<string, unknown> {
  const article = articleOf(ctx, ann)
  const speaker = speakerOf(ctx, ann)
  const attribution = attributionOf(ctx, ann)
  const links = linksOf(ctx, ann).map((l) => ({ type: l.type, to: l.from === ann.id ? l.to : l.from, note: l.note }))
  return {
    id: ann.id,
    kind: ann.kind,
    text: ann.target.exact,
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      byline: article.byline,
      publishedAt: article.publishedAt,
      url: ctx.urls.web(article.url)
    },
    speaker: speaker && { id: speaker.id, name: speaker.name, role: speaker.role, affiliation: speaker.affiliation, kind: speaker.kind },
    attribution: attribution && { id: attribution.id, text: attribution.target.exact },
    status: ann.kind === 'claim' ? ann.status : null,
    note: ann.note,
    evidence: ann.evidence.map((e) => ({ url: ctx.urls.web(e.url), note: e.note })),
    links,
    verification: checkJson(ctx.project, ann),
    target: { start: ann.target.start, end: ann.target.end, exact: ann.target.exact, prefix: ann.target.prefix, suffix: ann.target.suffix },
    ...placeAndProvenance(article, ann)
  }
}

export function toJson(ctx: ExportContext): string {
  const doc = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: ctx.now,
    exportedBy: ctx.exportedBy,
    project: { id: ctx.project.id, name: ctx.project.name },
    annotations: ctx.annotations.map((a) => annotationJson(ctx, a))
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}
