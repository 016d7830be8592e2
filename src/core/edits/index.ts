/**
 * The builders of the commands behind a reporter's edits, by what they
 * change: tags, people and links (tagEdits.ts), articles (articleEdits.ts),
 * a tag's extent: resize, split, join, one paragraph (tagExtent.ts).
 */
export * from './articleEdits'
export * from './tagEdits'
export * from './tagExtent'
