/**
 * The builders of the commands behind a reporter's edits, by what they
 * change: tags, people and links (tagEdits.ts), articles (articleEdits.ts).
 */
export * from './articleEdits'
export * from './tagEdits'
