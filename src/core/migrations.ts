/**
 * Ordered migrations of the project file, run on every load (as tldraw runs
 * its snapshot migrations). Each step takes a document of version `from` and
 * returns one of version `from + 1`; steps never touch the input object.
 *
 * Each step has a fixture file of the version before it in tests/fixtures
 * (project-v1.quotemark.json for the step to 2, project-v2.quotemark.json
 * for the step to 3, project-v3.quotemark.json for the step to 4,
 * project-v4.quotemark.json for the step to 5, project-v5.quotemark.json for
 * the step to 6, project-v6.quotemark.json for the step to 7), opened by a test.
 */
import { stamped, withRevisions, type Revisioned } from './revisions'
import { PROJECT_VERSION, type SourceKind } from './schema'

export type JsonObject = { [key: string]: unknown }

export type Migration = {
  from: number
  describe: string
  up: (doc: JsonObject) => JsonObject
}

/** Map the records of one collection; anything malformed is left as it is, for validation to report (never "repaired" away). */
function mapRecords(value: unknown, up: (record: JsonObject) => JsonObject): unknown {
  if (!Array.isArray(value)) return value
  return value.map((r: unknown) => (typeof r === 'object' && r !== null && !Array.isArray(r) ? up(r as JsonObject) : r))
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'speakers, attributions, claim status, evidence and who last changed each tag',
    up: (doc) => ({
      ...doc,
      annotations: mapRecords(doc.annotations, (a) => ({
        ...a,
        speakerId: null,
        attributionId: null,
        status: 'unverified',
        evidence: [],
        updatedBy: typeof a.author === 'string' ? a.author : ''
      })),
      people: mapRecords(doc.people, (p) => ({ kind: 'person', ...p }))
    })
  },
  {
    from: 2,
    describe: 'orphaned tags and conflicts between two versions of a tag',
    up: (doc) => ({
      ...doc,
      // A version 2 file was refused unless every tag lay inside its text, so none is an orphan yet.
      annotations: mapRecords(doc.annotations, (a) => ({ ...a, orphan: false })),
      // Kept if present, even malformed, so that validation reports it rather than this step hiding it.
      conflicts: 'conflicts' in doc ? doc.conflicts : []
    })
  },
  {
    from: 3,
    describe: 'suggestions: where a tag came from, and the suggestions a reporter rejected',
    // Tags made before suggestions existed were made by hand: no origin. Nothing was rejected yet.
    up: (doc) => ({ ...doc, rejections: 'rejections' in doc ? doc.rejections : [] })
  },
  {
    from: 4,
    describe: 'revisions: each record gets one from its content, and the project remembers what it removes',
    // Nothing was removed yet as far as anyone can tell; collections that are not lists are left for validation to report.
    up: (doc) => {
      const revisioned: JsonObject = { ...doc, removed: 'removed' in doc ? doc.removed : [] }
      const lists = ['articles', 'annotations', 'people', 'links', 'rejections'].every((name) => Array.isArray(revisioned[name]) && (revisioned[name] as unknown[]).every(isRecord))
      return lists ? (withRevisions(revisioned as unknown as Parameters<typeof withRevisions>[0]) as unknown as JsonObject) : revisioned
    }
  },
  {
    from: 5,
    describe: 'source kinds: what kind of file each article came from, and page and time on blocks',
    // Only .txt and .md files could be imported before; a source with any other ending (or none) is left without a kind.
    // An article given a kind becomes a new revision of what it was, sourceKind its one changed field, the same in every
    // copy of the file that is upgraded: two colleagues' copies still agree on it.
    up: (doc) => ({ ...doc, articles: mapRecords(doc.articles, (a) => withSourceKind(a)) })
  },
  {
    from: 6,
    describe: 'checking quotes: source documents, and statement groups a reporter rejected',
    // No source had been imported and no tag checked yet; lists already present (even malformed) are left for validation to judge.
    up: (doc) => ({ ...doc, sources: 'sources' in doc ? doc.sources : [], statementRejections: 'statementRejections' in doc ? doc.statementRejections : [] })
  }
]

/** The kind a format 5 article's source file name shows, by its extension. */
const kindsByExtension: Record<string, SourceKind> = { txt: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', pdf: 'pdf', docx: 'docx', vtt: 'vtt', srt: 'srt' }

function withSourceKind(article: JsonObject): JsonObject {
  if ('sourceKind' in article || typeof article.source !== 'string') return article
  const extension = /\.([A-Za-z]+)$/.exec(article.source)?.[1]?.toLowerCase()
  const kind = extension !== undefined && Object.hasOwn(kindsByExtension, extension) ? kindsByExtension[extension] : undefined
  if (!kind) return article
  const upgraded = { ...article, sourceKind: kind }
  return typeof article.rev === 'string' && isRecord(article) ? (stamped(upgraded as unknown as Revisioned, article) as unknown as JsonObject) : upgraded
}

const isRecord = (r: unknown): r is Revisioned => typeof r === 'object' && r !== null && !Array.isArray(r) && typeof (r as JsonObject).id === 'string'

export type MigrateResult =
  | { ok: true; doc: JsonObject; from: number; applied: string[] }
  | { ok: false; reason: 'newer' | 'invalid-version' | 'missing-step'; version: unknown; message: string }

export function migrate(doc: JsonObject, migrations: readonly Migration[] = MIGRATIONS, target = PROJECT_VERSION): MigrateResult {
  const version = doc.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid-version', version, message: `its "version" is ${JSON.stringify(version) ?? 'missing'}, not a version number` }
  }
  if (version > target) {
    return {
      ok: false,
      reason: 'newer',
      version,
      message: `it was made by a newer version of Quotemark (file format ${version}; this version reads up to ${target})`
    }
  }
  let current = doc
  const applied: string[] = []
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v)
    if (!step) {
      return { ok: false, reason: 'missing-step', version, message: `this version of Quotemark cannot upgrade file format ${v}` }
    }
    current = { ...step.up(current), version: v + 1 }
    applied.push(step.describe)
  }
  return { ok: true, doc: current, from: version, applied }
}
