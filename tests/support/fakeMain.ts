/**
 * A stand-in for main, for the stores' unit tests: it keeps the project and a
 * revision, applies commands the way main does, answers with the command's id
 * and lets the test decide when main's echo reaches the window.
 */
import type { CommandResult, ProjectChanged, QuotemarkApi, Session } from '../../src/core/api'
import { applyCommand, type Command } from '../../src/core/commands'
import { emptyProject, type Article, type Project } from '../../src/core/schema'

export const NOW = '2026-01-09T12:00:00.000Z'
const text = 'Rodríguez said it would be "an important number" of people. Officials did not say more.'

export const testArticle: Article = {
  id: 'art-1',
  title: 'Prisoners freed',
  outlet: 'Test',
  byline: '',
  publishedAt: '2026-01-09',
  url: '',
  source: 'test.md',
  text,
  blocks: [{ type: 'paragraph', start: 0, end: text.length, marks: [] }],
  createdAt: NOW,
  updatedAt: NOW
}

export function testProject(articles: Article[] = [testArticle]): Project {
  return { ...emptyProject('Test', 'p1', NOW), articles }
}

export class FakeMain {
  project: Project
  revision = 1
  /** Commands received, with the id the window gave each. */
  received: { command: Command; commandId: string }[] = []
  /** Echoes main has sent but the window has not yet received (the test delivers them). */
  outbox: ProjectChanged[] = []
  refuse: string | null = null
  private listeners = new Set<(e: ProjectChanged) => void>()

  constructor(project: Project = testProject()) {
    this.project = project
  }

  session(): Session {
    return { status: 'open', path: '/tmp/test.quotemark.json', project: this.project, revision: this.revision, save: { state: 'saved' }, author: 'Ana', authorConfirmed: true }
  }

  /** A change from elsewhere (another window): applied here and pushed to the window at once. */
  external(command: Command, commandId = 'main-1'): void {
    const result = applyCommand(this.project, command)
    if (!result.ok) throw new Error(result.error)
    this.project = result.project
    this.emit({ kind: 'command', revision: ++this.revision, command, commandId })
  }

  emit(event: ProjectChanged): void {
    for (const listener of this.listeners) listener(event)
  }

  /** Deliver the echoes waiting in the outbox. */
  flush(): void {
    for (const event of this.outbox.splice(0)) this.emit(event)
  }

  api(): QuotemarkApi {
    const api: Partial<QuotemarkApi> = {
      getSession: async () => this.session(),
      applyCommand: async (command: Command, commandId: string): Promise<CommandResult> => {
        this.received.push({ command, commandId })
        if (this.refuse) return { ok: false, error: this.refuse, revision: this.revision, commandId }
        const result = applyCommand(this.project, command)
        if (!result.ok) return { ok: false, error: result.error, revision: this.revision, commandId }
        this.project = result.project
        this.outbox.push({ kind: 'command', revision: ++this.revision, command, commandId })
        return { ok: true, revision: this.revision, commandId }
      },
      onProjectChanged: (listener) => {
        this.listeners.add(listener)
        return () => this.listeners.delete(listener)
      },
      onSaveStatus: () => () => {},
      onMenuCommand: () => () => {},
      setAuthor: async (name: string) => ({ ok: true, author: name }),
      closeProject: async () => ({ status: 'none', author: 'Ana', authorConfirmed: true })
    }
    return api as QuotemarkApi
  }
}

/** Let pending promises (main's replies) settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
