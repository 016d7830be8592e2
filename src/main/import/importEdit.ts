/**
 * The one command an import makes: every imported article added, and each
 * speaker a transcript names ("Jorge Rodríguez:") who is not yet among the
 * project's people (matched by name or alias, ignoring case and accents)
 * added to People, so the labelled turns can be suggested as their quotes.
 * One batch: one undo step for the whole import.
 */
import type { Command } from '../../core/commandSchema'
import { addArticlesEdit } from '../../core/edits'
import { createPerson, matchPeopleExactly } from '../../core/people'
import type { Person } from '../../core/schema'
import type { ImportedFile } from './importFailure'

/** The people to add for the files' speakers: each name once, none the project already has. */
export function newSpeakers(files: readonly ImportedFile[], people: readonly Person[], now: string): Person[] {
  const added: Person[] = []
  for (const file of files) {
    for (const name of file.speakers) {
      if (matchPeopleExactly(people, name).length === 0 && matchPeopleExactly(added, name).length === 0) added.push(createPerson(name, now))
    }
  }
  return added
}

export function importEdit(files: readonly ImportedFile[], people: readonly Person[], now: string): { command: Command; people: Person[] } {
  const articles = addArticlesEdit(files.map((f) => f.article))
  const speakers = newSpeakers(files, people, now)
  if (articles.type !== 'batch' || speakers.length === 0) return { command: articles, people: speakers }
  return { command: { ...articles, commands: [...articles.commands, ...speakers.map((person) => ({ type: 'person.add' as const, person }))] }, people: speakers }
}
