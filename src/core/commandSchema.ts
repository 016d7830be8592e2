/**
 * The shape of every command, as main parses it: commands arrive from an
 * untrusted renderer, so they are parsed, not trusted. What each one does
 * and when it is refused is in commands.ts, which re-exports all of this.
 */
import { z } from 'zod'
import {
  AnnotationKindSchema,
  AnnotationSchema,
  ArticleMetaSchema,
  ArticleSchema,
  BlockSchema,
  ClaimStatusSchema,
  ConflictSchema,
  EvidenceSchema,
  LinkSchema,
  PersonSchema,
  personKinds,
  RejectionSchema,
  SourceDocumentSchema,
  StatementRejectionSchema,
  TargetSchema,
  VerificationSchema
} from './schema'

const id = z.string().min(1).max(200)
const when = z.string().min(1).max(64)

export const AnnotationPatchSchema = z.object({
  kind: AnnotationKindSchema.optional(),
  note: z.string().max(100_000).optional(),
  speakerId: id.nullable().optional(),
  attributionId: id.nullable().optional(),
  status: ClaimStatusSchema.optional(),
  evidence: z.array(EvidenceSchema).max(200).optional(),
  /** The check against a source document; null clears it. */
  verification: VerificationSchema.nullable().optional()
})
export type AnnotationPatch = z.infer<typeof AnnotationPatchSchema>

export const PersonPatchSchema = z.object({
  kind: z.enum(personKinds).optional(),
  name: z.string().min(1).max(500).optional(),
  aliases: z.array(z.string().max(500)).max(200).optional(),
  role: z.string().max(1000).optional(),
  affiliation: z.string().max(1000).optional(),
  note: z.string().max(100_000).optional()
})
export type PersonPatch = z.infer<typeof PersonPatchSchema>

const SingleCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('annotation.add'), annotation: AnnotationSchema }),
  z.object({ type: z.literal('annotation.update'), id, patch: AnnotationPatchSchema, updatedAt: when, updatedBy: z.string().max(200) }),
  z.object({ type: z.literal('annotation.remove'), id }),
  /** Move a tag onto other words of its article, or make it an orphan (keeping any target) or no longer one. */
  z.object({ type: z.literal('annotation.reanchor'), id, target: TargetSchema, orphan: z.boolean(), updatedAt: when, updatedBy: z.string().max(200) }),
  /** The whole record at once: choosing a colleague's version of a tag, and undoing that. */
  z.object({ type: z.literal('annotation.replace'), annotation: AnnotationSchema }),
  /** `at`: its place in the list of articles (undoing a deletion puts it back there); at the end without it. */
  z.object({ type: z.literal('article.add'), article: ArticleSchema, at: z.number().int().min(0).max(1_000_000).optional() }),
  z.object({ type: z.literal('article.update'), id, patch: ArticleMetaSchema, updatedAt: when }),
  /** New words for an article (an outlet updated the story); its tags are re-anchored by later steps of the same batch. */
  z.object({ type: z.literal('article.replace'), id, text: z.string(), blocks: z.array(BlockSchema), source: z.string().max(4096).optional(), updatedAt: when }),
  z.object({ type: z.literal('article.remove'), id }),
  z.object({ type: z.literal('conflict.add'), conflict: ConflictSchema }),
  z.object({ type: z.literal('conflict.remove'), id }),
  z.object({ type: z.literal('person.add'), person: PersonSchema }),
  z.object({ type: z.literal('person.update'), id, patch: PersonPatchSchema, updatedAt: when }),
  z.object({ type: z.literal('person.remove'), id }),
  z.object({ type: z.literal('link.add'), link: LinkSchema }),
  z.object({ type: z.literal('link.remove'), id }),
  /** Remember a rejected suggestion (and forget it again, to undo the rejection). */
  z.object({ type: z.literal('rejection.add'), rejection: RejectionSchema }),
  z.object({ type: z.literal('rejection.remove'), id }),
  /** A source document quotes are checked against (a transcript, a speech). */
  z.object({ type: z.literal('source.add'), source: SourceDocumentSchema }),
  z.object({ type: z.literal('source.remove'), id }),
  /** Remember a statement group across articles the reporter rejected (and forget it, to undo). */
  z.object({ type: z.literal('statementRejection.add'), statementRejection: StatementRejectionSchema }),
  z.object({ type: z.literal('statementRejection.remove'), id })
])
export type SingleCommand = z.infer<typeof SingleCommandSchema>

/** Commands arrive in main from an untrusted renderer: they are parsed, not trusted. */
export const CommandSchema = z.union([
  SingleCommandSchema,
  z.object({ type: z.literal('batch'), label: z.string().max(200), commands: z.array(SingleCommandSchema).min(1).max(10_000) })
])
export type Command = z.infer<typeof CommandSchema>
export type BatchCommand = Extract<Command, { type: 'batch' }>
