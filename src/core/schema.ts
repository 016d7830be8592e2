/**
 * The Quotemark project file: one JSON document holding a project's articles,
 * the people quoted in them, the stand-off annotations on their text and the
 * links between annotations.
 *
 * Every offset in the file is a JavaScript string index into an article's
 * `text` (its blocks' plain text joined by a blank line), never an editor
 * position, so the file stays meaningful without the editor that wrote it.
 * Records are "loose" objects: fields a newer Quotemark adds survive a round
 * trip through this one instead of being silently stripped on save.
 *
 * Since format 3 a tag whose words can no longer be found in its article's
 * text (the article was updated) is kept as an orphan with its last known
 * selectors, and a tag that a colleague changed differently in their copy
 * keeps their version beside it as a conflict; nothing is dropped.
 *
 * Since format 4 a tag made by accepting a suggestion says so (`origin`), and
 * a suggestion the reporter rejected is remembered (`rejections`) so it is
 * not offered again, to them or to a colleague who opens the file.
 *
 * Since format 5 every record carries its revision (`rev`), its recent
 * ancestors (`revs`) and the revision in which each changed field last
 * changed (`fieldRevs`), and the project remembers the records it removed
 * (`removed`), so a merge knows which side changed what (see revisions.ts).
 *
 * Since format 6 an article may say what kind of file it was imported from
 * (`sourceKind`) and the language it declares (`language`), and a block may say the page of the PDF it was on (`page`)
 * or the second of the recording its subtitle cue starts at (`time`), so a
 * citation can say "p. 12" or "at 12:34".
 *
 * Since format 7 a project holds source documents (`sources`: a transcript,
 * a speech, a report, a press release) beside its articles, a quote may carry
 * the result of checking it against one (`verification`: where in the source
 * its words are, how they differ, and the changes that may alter meaning),
 * and the project remembers the statement groups across articles a reporter
 * rejected (`statementRejections`), so they are not offered again.
 */
import { z } from 'zod'

export const PROJECT_FORMAT = 'quotemark-project'
export const PROJECT_VERSION = 7
export const PROJECT_EXTENSION = '.quotemark.json'

const id = z.string().min(1).max(200)
const timestamp = z.string().min(1).max(64)
const offset = z.number().int().nonnegative()

/** A record's revision fields (revisions.ts); optional so that a record made in memory gets them when it is added. */
const revisionFields = {
  rev: z.string().max(64).optional(),
  revs: z.array(z.string().max(64)).optional(),
  /** Field (or group of fields) → the rev in which it last changed; only fields changed since the record was made. */
  fieldRevs: z.looseObject({}).optional()
}

export const annotationKinds = ['quote', 'attribution', 'claim'] as const
export const AnnotationKindSchema = z.enum(annotationKinds)
export type AnnotationKind = z.infer<typeof AnnotationKindSchema>

export const MarkSchema = z.looseObject({
  type: z.enum(['em', 'strong', 'link']),
  /** Offsets relative to the start of the block. */
  from: offset,
  to: offset,
  href: z.string().max(4096).optional()
})
export type Mark = z.infer<typeof MarkSchema>

export const blockTypes = ['heading', 'paragraph', 'caption', 'blockquote'] as const
export const BlockSchema = z.looseObject({
  type: z.enum(blockTypes),
  level: z.number().int().min(1).max(6).optional(),
  /** Offsets into the article's text; blocks tile the text with "\n\n" between them. */
  start: offset,
  end: offset,
  marks: z.array(MarkSchema),
  /** The 1-based page of the PDF the block starts on. */
  page: z.number().int().min(1).max(1_000_000).optional(),
  /** Seconds into the recording at which the block's first subtitle cue starts. */
  time: z.number().nonnegative().max(1e9).optional()
})
export type Block = z.infer<typeof BlockSchema>

/** The kinds of file (or address) an article can be imported from. */
export const sourceKinds = ['text', 'markdown', 'html', 'url', 'pdf', 'docx', 'vtt', 'srt'] as const
export const SourceKindSchema = z.enum(sourceKinds)
export type SourceKind = z.infer<typeof SourceKindSchema>

export const ArticleSchema = z.looseObject({
  id,
  title: z.string().max(2000),
  outlet: z.string().max(500),
  byline: z.string().max(2000),
  publishedAt: z.string().max(64),
  url: z.string().max(4096),
  source: z.string().max(4096),
  /** What `source` was: absent for articles imported before format 6 from a file whose kind is not known. */
  sourceKind: SourceKindSchema.optional(),
  /** The language the source declares (a web page's lang, "en-US"), when it declares one; since format 6. */
  language: z.string().max(64).optional(),
  text: z.string(),
  blocks: z.array(BlockSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  ...revisionFields
})
export type Article = z.infer<typeof ArticleSchema>

/**
 * Quotemark keeps 32 characters of context either side (anchoring.ts); the
 * limits are far above that but bound the work of finding a tag again, which
 * grows with these lengths: a file cannot make opening it take minutes.
 */
export const MAX_CONTEXT_LENGTH = 256
export const MAX_EXACT_LENGTH = 100_000

/** W3C TextPositionSelector (start, end) and TextQuoteSelector (exact, prefix, suffix) in one. */
export const TargetSchema = z.looseObject({
  start: offset,
  end: offset,
  exact: z.string().min(1).max(MAX_EXACT_LENGTH),
  prefix: z.string().max(MAX_CONTEXT_LENGTH),
  suffix: z.string().max(MAX_CONTEXT_LENGTH)
})
export type Target = z.infer<typeof TargetSchema>

export const claimStatuses = ['unverified', 'verified', 'disputed', 'false', 'misleading'] as const
export const ClaimStatusSchema = z.enum(claimStatuses)
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>

export const EvidenceSchema = z.looseObject({ url: z.string().max(4096), note: z.string().max(10_000) })
export type Evidence = z.infer<typeof EvidenceSchema>

export const verificationStatuses = ['verbatim', 'cut', 'changed', 'not-found'] as const
export type VerificationStatus = (typeof verificationStatuses)[number]
/** cut: source words left out where the quote has an ellipsis; removed: left out without one; added: quote words not in the source; changed: one for another. */
export const differenceKinds = ['cut', 'changed', 'added', 'removed'] as const
export type DifferenceKind = (typeof differenceKinds)[number]
/** Changes that may alter what was said: a negation dropped or added, a number or a name changed. */
export const meaningFlagKinds = ['negation', 'number', 'name'] as const
export type MeaningFlagKind = (typeof meaningFlagKinds)[number]

const words = z.string().max(10_000)
export const DifferenceSchema = z.looseObject({ kind: z.enum(differenceKinds), quote: words, source: words })
export type Difference = z.infer<typeof DifferenceSchema>
export const MeaningFlagSchema = z.looseObject({ kind: z.enum(meaningFlagKinds), quote: words, source: words })
export type MeaningFlag = z.infer<typeof MeaningFlagSchema>

/** A quote checked against a source document: where its words are there (offsets into the source's text) and how they differ. */
export const VerificationSchema = z.looseObject({
  status: z.enum(verificationStatuses),
  sourceId: id,
  /** The span of the source the quote was aligned with; 0–0 when not found. */
  sourceStart: offset,
  sourceEnd: offset,
  /** Seconds into the recording where that span starts (a subtitle or timed transcript), else null. */
  time: z.number().nonnegative().max(1e9).nullable(),
  differences: z.array(DifferenceSchema),
  flags: z.array(MeaningFlagSchema),
  checkedBy: z.string().max(200),
  checkedAt: timestamp
})
export type Verification = z.infer<typeof VerificationSchema>

export const AnnotationSchema = z.looseObject({
  id,
  articleId: id,
  kind: AnnotationKindSchema,
  target: TargetSchema,
  note: z.string().max(100_000),
  /**
   * Who said it: for a quote its speaker, for a claim its claimant, for an
   * attribution the person it names. On a claim, null means the outlet itself.
   */
  speakerId: id.nullable(),
  /** For a quote or claim: the attribution tag ("said Rodríguez") that names its speaker, in the same article. */
  attributionId: id.nullable(),
  /** Fact-check status; meaningful for claims, kept (as "unverified") on the other kinds so a kind change loses nothing. */
  status: ClaimStatusSchema,
  evidence: z.array(EvidenceSchema),
  /** Who created the tag (from app settings, never from the project). */
  author: z.string().max(200),
  /** Who last changed it. */
  updatedBy: z.string().max(200),
  createdAt: timestamp,
  updatedAt: timestamp,
  /**
   * True when its words could not be found in the article's current text.
   * Its target then keeps the last known selectors (offsets may lie beyond
   * the text) until the tag is found again or re-attached by hand.
   */
  orphan: z.boolean(),
  /** "suggested" when the tag was made by accepting a suggestion (kept for provenance); absent when made by hand. */
  origin: z.enum(['suggested']).optional(),
  /** The last check of a quote against a source document (since format 7). */
  verification: VerificationSchema.optional(),
  ...revisionFields
})
export type Annotation = z.infer<typeof AnnotationSchema>

/** A suggestion the reporter rejected: its words, so the same suggestion is not offered again. */
export const RejectionSchema = z.looseObject({
  id,
  articleId: id,
  kind: AnnotationKindSchema,
  target: TargetSchema,
  rejectedAt: timestamp,
  rejectedBy: z.string().max(200),
  ...revisionFields
})
export type Rejection = z.infer<typeof RejectionSchema>

export const sourceDocumentKinds = ['transcript', 'speech', 'report', 'press-release', 'other'] as const
export type SourceDocumentKind = (typeof sourceDocumentKinds)[number]

/**
 * A document quotes are checked against: what was said (a transcript, a
 * recording's subtitles, a speech text, a report). Its text and blocks are an
 * article's (blocks tile the text; a subtitle block has the second it starts).
 */
export const SourceDocumentSchema = z.looseObject({
  id,
  title: z.string().max(2000),
  kind: z.enum(sourceDocumentKinds),
  /** The kind of file it was imported from, and that file's name. */
  fileKind: SourceKindSchema,
  fileName: z.string().max(4096),
  text: z.string(),
  blocks: z.array(BlockSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  ...revisionFields
})
export type SourceDocument = z.infer<typeof SourceDocumentSchema>

export const statementRejectionTypes = ['same-statement', 'contradicts'] as const
/** A group of tags across articles offered as one statement (or as contradicting) that the reporter turned down; tag ids sorted. */
export const StatementRejectionSchema = z.looseObject({
  id,
  type: z.enum(statementRejectionTypes),
  /** Two tag ids, sorted (a list rather than a tuple: the fast checker in schemaCheck.ts knows lists; integrity.ts checks the pair). */
  tagIds: z.array(id),
  rejectedAt: timestamp,
  rejectedBy: z.string().max(200),
  ...revisionFields
})
export type StatementRejection = z.infer<typeof StatementRejectionSchema>

export const personKinds = ['person', 'organisation'] as const
export const PersonSchema = z.looseObject({
  id,
  kind: z.enum(personKinds),
  name: z.string().min(1).max(500),
  aliases: z.array(z.string().max(500)),
  role: z.string().max(1000),
  affiliation: z.string().max(1000),
  note: z.string().max(100_000),
  createdAt: timestamp,
  updatedAt: timestamp,
  ...revisionFields
})
export type Person = z.infer<typeof PersonSchema>

export const linkTypes = ['same-statement', 'corroborates', 'contradicts'] as const
export type LinkType = (typeof linkTypes)[number]
export const LinkSchema = z.looseObject({
  id,
  type: z.enum(linkTypes),
  from: id,
  to: id,
  note: z.string().max(100_000),
  createdAt: timestamp,
  updatedAt: timestamp,
  ...revisionFields
})
export type Link = z.infer<typeof LinkSchema>

/**
 * Two versions of one tag met in a merge and differ: the project keeps mine
 * as the tag and theirs here, until the reporter picks one.
 */
export const ConflictSchema = z.looseObject({
  id,
  /** The tag in this project that `theirs` is another version of. */
  annotationId: id,
  /** Their version of the same tag, its references re-pointed to this project's articles and people. */
  theirs: AnnotationSchema,
  /** The file name it came from, to show the reporter. */
  source: z.string().max(4096),
  detectedAt: timestamp
})
export type Conflict = z.infer<typeof ConflictSchema>

/** A removed record: its id and last revisions, so a merge can tell that it was deleted from that it never was. */
export const TombstoneSchema = z.looseObject({ id, rev: z.string().max(64), revs: z.array(z.string().max(64)) })

export const ProjectSchema = z.looseObject({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  id,
  name: z.string().max(500),
  createdAt: timestamp,
  updatedAt: timestamp,
  articles: z.array(ArticleSchema),
  people: z.array(PersonSchema),
  annotations: z.array(AnnotationSchema),
  links: z.array(LinkSchema),
  conflicts: z.array(ConflictSchema),
  rejections: z.array(RejectionSchema),
  /** Since format 7. */
  sources: z.array(SourceDocumentSchema),
  statementRejections: z.array(StatementRejectionSchema),
  /** Since format 5. A project in memory without it (made by older code) keeps no revisions until it is saved and opened again. */
  removed: z.array(TombstoneSchema).optional()
})
export type Project = z.infer<typeof ProjectSchema>

/** Fields of an article a user may edit after import. */
export const ArticleMetaSchema = z.object({
  title: z.string().max(2000).optional(),
  outlet: z.string().max(500).optional(),
  byline: z.string().max(2000).optional(),
  publishedAt: z.string().max(64).optional(),
  url: z.string().max(4096).optional()
})
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>

export function emptyProject(name: string, projectId: string, now: string): Project {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id: projectId,
    name,
    createdAt: now,
    updatedAt: now,
    articles: [],
    people: [],
    annotations: [],
    links: [],
    conflicts: [],
    rejections: [],
    sources: [],
    statementRejections: []
  }
}
