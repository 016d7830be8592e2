/**
 * The sample project: two reports of the same event, shipped as the raw
 * files in `seeds/` plus a manifest with what the files themselves do not
 * say (headline, outlet, byline, date, address). Every id is fixed in the
 * manifest, so the sample is the same project each time it is opened and a
 * test or a walkthrough can point at its articles by id.
 */
import { z } from 'zod'
import { importArticle } from './importer'
import { parseProject, serializeProject } from './projectFile'
import { emptyProject, type Project } from './schema'

/** Used when a manifest names no project id; fixed for the same reason as the article ids. */
export const SAMPLE_PROJECT_ID = '2c01037d-1955-4355-9c54-c538214b5645'

export const SeedArticleSchema = z.object({
  /** A file name inside `seeds/`, never a path: the manifest must not reach outside the folder. */
  file: z
    .string()
    .min(1)
    .regex(/^[^/\\]+$/, 'must be a file name in the seeds folder, not a path')
    .refine((name) => name !== '.' && name !== '..', 'must be a file name in the seeds folder, not a path'),
  id: z.string().min(1).max(200),
  title: z.string().max(2000).optional(),
  outlet: z.string().max(500).optional(),
  byline: z.string().max(2000).optional(),
  publishedAt: z.string().max(64).optional(),
  url: z.string().max(4096).optional(),
  captionLines: z.number().int().nonnegative().optional()
})
export type SeedArticle = z.infer<typeof SeedArticleSchema>

export const SeedManifestSchema = z.object({
  name: z.string().min(1).max(500),
  id: z.string().min(1).max(200).optional(),
  articles: z.array(SeedArticleSchema).min(1)
})
export type SeedManifest = z.infer<typeof SeedManifestSchema>

/**
 * Build the sample from the manifest's JSON and a reader for the seed files
 * (the caller owns the disk). Throws with a sentence naming the problem if
 * the manifest or a seed is unusable; the result passes the same checks as
 * a project file being opened.
 */
export function buildSampleProject(manifestJson: string, readSeed: (file: string) => string, now: string): Project {
  let raw: unknown
  try {
    raw = JSON.parse(manifestJson)
  } catch (err) {
    throw new Error(`The sample manifest is not valid JSON (${(err as Error).message}).`)
  }
  const parsed = SeedManifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`The sample manifest is invalid: field "${issue?.path.join('.') ?? ''}" ${issue?.message ?? 'is wrong'}.`)
  }
  const manifest = parsed.data
  const project: Project = { ...emptyProject(manifest.name, manifest.id ?? SAMPLE_PROJECT_ID, now), removed: [] }
  for (const seed of manifest.articles) {
    const { file, id, ...meta } = seed
    project.articles.push(importArticle({ fileName: file, content: readSeed(file), meta }, now, id))
  }
  // Reuse the loader's checks (schema, block tiling, unique ids) rather than trusting the build.
  const checked = parseProject(serializeProject(project), manifest.name)
  if (!checked.ok) throw new Error(checked.message)
  return checked.project
}
