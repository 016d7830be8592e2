/**
 * The arguments every IPC channel accepts, as zod schemas. The window is
 * untrusted: main checks each call against its channel's schema before the
 * handler runs (and the end-to-end harness does the same), so a handler only
 * ever sees arguments of the shape the contract promises. Kept apart from
 * api.ts so the preload bundle stays small.
 */
import { z } from 'zod'
import type { InvokeApi } from './api'
import { exportFormats } from './export'

const id = z.string().min(1).max(200)
const path = z.string().min(1).max(4096)
const droppedFile = z.object({ name: z.string().min(1).max(1000), content: z.string().max(50_000_000) })
const none = z.tuple([])
/** A team server's address: ws:// or wss:// (http(s):// is taken as the same server). */
const teamUrl = z
  .string()
  .trim()
  .max(2000)
  .transform((url) => url.replace(/^http(s?):\/\//i, 'ws$1://'))
  .refine((url) => /^wss?:\/\/[^\s/]+/i.test(url) && URL.canParse(url), 'must be a ws:// or wss:// address of a team server')
const teamRequest = z.object({ url: teamUrl, token: z.string().trim().min(1).max(1000) })

export const invokeArgs: { [K in keyof InvokeApi]: z.ZodType<Parameters<InvokeApi[K]>> } = {
  getSession: none,
  newProject: none,
  openProject: none,
  openRecent: z.tuple([path]),
  openSample: none,
  saveProjectAs: none,
  closeProject: none,
  listRecent: none,
  // The command itself is parsed by the store against CommandSchema, which gives the user a precise reason.
  applyCommand: z.tuple([z.unknown(), id]).or(z.tuple([z.unknown()])) as unknown as z.ZodType<Parameters<InvokeApi['applyCommand']>>,
  importArticles: none,
  importDroppedFiles: z.tuple([z.array(droppedFile).max(500)]),
  importUrl: z.tuple([z.string().max(4096)]),
  openExternal: z.tuple([z.string().max(4096)]),
  setAuthor: z.tuple([z.string().max(1000)]),
  getTextSize: none,
  setTextSize: z.tuple([z.number().int().min(1).max(1000)]),
  exportAnnotations: z.tuple([
    z.object({ format: z.enum(exportFormats), annotationIds: z.array(id).max(1_000_000).optional(), scopeLabel: z.string().max(2000).optional() })
  ]),
  copyText: z.tuple([z.string().max(1_000_000)]),
  printQuoteSheet: z.tuple([z.object({ output: z.enum(['pdf', 'print']) })]),
  listBackups: none,
  restoreBackup: z.tuple([z.string().min(1).max(200)]),
  previewMerge: none,
  applyMerge: z.tuple([id]),
  updateArticle: z.tuple([id]),
  updateArticleFromText: z.tuple([id, droppedFile]),
  shareWithTeam: z.tuple([teamRequest]),
  joinTeamProject: z.tuple([teamRequest]),
  leaveTeam: none,
  getTeamStatus: none,
  setTeamPresence: z.tuple([id.nullable()]),
  findStatements: z.tuple([id.nullable()]),
  importSource: none,
  importDroppedSource: z.tuple([droppedFile]),
  checkQuotes: z.tuple([id, z.array(id).max(100_000)])
}

export type ArgsCheck = { ok: true; args: unknown[] } | { ok: false; error: string }

/** Check a call from the window; the error names the channel and the first problem. */
export function checkInvokeArgs(key: keyof InvokeApi, args: unknown[]): ArgsCheck {
  const schema = Object.hasOwn(invokeArgs, key) ? (invokeArgs[key] as z.ZodType<unknown[]>) : undefined
  if (!schema) return { ok: false, error: `Refused ${String(key)}: not a channel of the contract.` }
  const parsed = schema.safeParse(args)
  if (parsed.success) return { ok: true, args: parsed.data }
  const issue = parsed.error.issues[0]
  return { ok: false, error: `Refused ${String(key)}: argument ${issue?.path.join('.') || ''} ${issue?.message ?? 'is invalid'}.`.replace(/ {2}/g, ' ') }
}
