import { basename, resolve } from 'node:path'
import { nowIso } from '../../core/ids'
import { ImportError, importArticle, isImportable } from '../../core/importer'
import type { QuoteSuggestion } from '../../core/suggest/quotes'
import { suggestArticleQuotes } from '../../core/suggest/transcriptTurns'
import type { Command } from '../command'
import { looksBinaryText, readArticleText } from '../../main/articleFiles'
import { EXIT, inputError, usageError, writeData } from '../io'

const SEE_HELP = '(see quotemark suggest --help)'

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'List the quotes in an article (.txt, .md) and who said them',
  help: `Usage: quotemark suggest FILE [--json]

Find the direct quotations in one article file and who said each, with the
same rules the app's "Suggest tags" uses (offline; nothing is written).

FILE is plain text (.txt) or Markdown (.md), UTF-8.

Without --json, a readable listing: one quote per paragraph, its speaker, the
cue that attributes it ("said", "according to", "dijo") and the confidence.

With --json, a JSON array, one object per quote:
  { "kind": "quote", "start": 701, "end": 919, "text": "…", "speaker": "Jorge Rodríguez",
    "cue": "said", "confidence": 0.95, "speakerConfidence": 0.95, "confident": true,
    "candidates": [] }
  start, end  JavaScript string indices (UTF-16 code units), end exclusive:
              for a .txt file, into its text exactly as read from disk (a
              leading byte-order mark included); for a .md file, into the
              article's plain text after import (Markdown syntax taken out,
              blocks joined by a blank line), as the app stores it.
  text        the quoted words, without the quotation marks
  speaker     the speaker's name (a pronoun or role already resolved to the
              name it stands for); when nothing in the text names one, a
              guess (whoever was quoted last nearby, else the nearest person
              named), with speakerConfidence 0.3; null when words named
              someone no one could be found for, or no one is near
  cue         the attributing word(s), ":" for a "Name: …" label, or null for
              a quote that continues the previous speaker's
  confidence  0–1: how sure the rules are of quote and speaker together
  speakerConfidence
              0–1: how sure they are of the speaker alone (0 when speaker is
              null); on two opened held-out sets, speakers at 0.95 (a name
              right after the quote's cue) were right 98% of the time
  confident   true when speakerConfidence is at least 0.95: the speaker can
              be shown as it is; otherwise treat it as a question
  candidates  when not confident: who else it may be (the speaker first, then
              the people and bodies named just before the quote), else []

Options:
  --json      print JSON instead of the listing
  -h, --help  show this help

Exit codes: 0 ok (also when there is no quote), 1 the file cannot be read or is
not text, 2 usage (unknown option, missing FILE).`,
  options: { json: { type: 'boolean' } },

  async run(args, io) {
    const [file, ...extra] = args.positionals
    if (file === undefined) throw usageError(`Missing the article file: quotemark suggest FILE ${SEE_HELP}.`)
    if (extra.length > 0) throw usageError(`Too many arguments: quotemark suggest takes one article file, but "${extra[0]}" follows ${file} ${SEE_HELP}.`)
    const name = basename(file)
    if (!isImportable(name)) throw inputError(`${name} is not an article file: quotemark suggest reads plain text (.txt) and Markdown (.md).`)
    const read = await readArticleText(resolve(io.cwd, file), { keepBom: true })
    if (!read.ok) throw inputError(`Could not read ${name}: ${read.reason}.`)
    if (looksBinaryText(read.text)) throw inputError(`Could not read ${name}: it is not a text file (it contains binary data).`)
    const text = articleText(name, read.text)
    const suggestions = suggestArticleQuotes({ text, sourceKind: /\.(md|markdown)$/i.test(name) ? 'markdown' : 'text' })
    if (args.values.json) {
      const rows = suggestions.map((s) => ({
        kind: s.kind,
        start: s.start,
        end: s.end,
        text: s.text,
        speaker: s.speaker,
        cue: s.cue,
        confidence: s.confidence,
        speakerConfidence: s.speakerConfidence,
        confident: s.confident,
        candidates: s.candidates
      }))
      writeData(io, `${JSON.stringify(rows, null, 2)}\n`)
    } else {
      io.stdout.write(listing(name, suggestions))
    }
    return EXIT.ok
  }
}

/** A .txt file's text as read (offsets are into the file); a Markdown file's plain text as the app imports it. */
function articleText(name: string, raw: string): string {
  if (!/\.(md|markdown)$/i.test(name)) return raw
  try {
    return importArticle({ fileName: name, content: raw }, nowIso()).text
  } catch (err) {
    if (err instanceof ImportError) return ''
    throw err
  }
}

function listing(name: string, suggestions: readonly QuoteSuggestion[]): string {
  if (suggestions.length === 0) return `No quotes found in ${name}.\n`
  const lines = [`${suggestions.length} ${suggestions.length === 1 ? 'quote' : 'quotes'} in ${name}:`, '']
  suggestions.forEach((s, i) => {
    const who = s.speaker === null ? '(speaker not found)' : s.confident ? s.speaker : `${s.speaker}?`
    const cue = s.cue === null ? 'continues' : s.cue === ':' ? 'label' : s.cue
    lines.push(`${i + 1}. “${s.text}”`, `   ${who} (${cue}; ${Math.round(s.confidence * 100)}%) at ${s.start}–${s.end}`, '')
  })
  return `${lines.join('\n')}`
}
