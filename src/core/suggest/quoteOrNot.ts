/**
 * Whether a quotation found in an article is a quote someone said, or
 * something else in quotation marks: a scare quote, a term, a work's title,
 * a subheading, a name. Read after the speakers are found, because a short
 * phrase counts as a quote when a speech verb gives it to someone ("called
 * it “a disgrace”") and as a scare quote when nothing does.
 *
 * `Found` is a quotation as the suggester holds it while reading: the
 * attribution that names its speaker, how it was reached (`via`) and where
 * the naming words are (`where`), which the confidence is read from; `guess` marks a speaker nothing named (the last one a cue named nearby, or the nearest person); `unresolved`, words that name someone no one could be found for.
 */
import { spansOf } from '../text/sentences'
import type { Attribution, SpeakerPhrase } from './attribution'
import type { Quotation } from './marks'

/** Where the words that name the speaker are: after the quote, before it in its sentence, a "Name:" label, the paragraph before, a line of their own. */
export type AttributionPlace = 'after' | 'before' | 'label' | 'intro' | 'line'
export type Found = { q: Quotation; attribution: Attribution | null; speaker: string | null; role: string; via: 'cue' | 'continuation' | 'none'; phrase: SpeakerPhrase | null; where: AttributionPlace; fallback: boolean; guess?: boolean; unresolved?: boolean }

const NOT_QUOTE_BEFORE =
  /(?:so-called|so called|known as|nicknamed|titled|entitled|named|dubbed|the word|the term|the phrase|(?:the|a|an|el|la|un|una)\s+\p{Ll}+\s+(?:called|llamad[oa])|denominado|denominada|llamado|llamada|conocido como|conocida como|(?:the|a|el|la|su|his|her|its)\s+(?:program|programme|show|film|movie|series|column|magazine|newspaper|report|programa|serie|columna|revista|diario|periódico|informe|operación|operation)|(?:host|presenter|anchor|editor|author|composer|songwriter|creator|presentador|presentadora|conductor|conductora|autor|autora|director|directora|compositor|compositora|creador|creadora)\s+(?:of|de|del))\s*$/iu
/** "an article titled", "bajo el título", "publicó un video bajo el titular": what follows is a work's or a page's title, however long and however written. */
const TITLED_BEFORE = /(?:titled|entitled|headlined|titulad[oa]s?|titul(?:ó|aron|a|an|aba|aban)|bajo el (?:título|titular)|con el (?:título|titular))\s*:?\s*$/iu
/** "se conoce comúnmente como la", "conocidos en la comunidad científica como", "se bautizó como la", "el famoso", "esa supuesta", "the so-called": a name the text gives something, not words someone said. */
const NAMED_AS_BEFORE = /(?:(?:\bse\s+(?:le\s+|les\s+)?(?:conoce|conocen|conocía|bautizó|bautizaron|denomina|denominó)|\bconocid[oa]s?|\bknown)\s+(?:\p{Ll}+\s+){0,4}(?:como|as)|\b(?:el|la|los|las|esa|ese|esas|esos|esta|este|un|una|the|that|this|a)\s+(?:supuest[oa]s?|famos[oa]s?|mal\s+llamad[oa]s?|famous|supposed|alleged))\s+(?:(?:el|la|los|las|the|a|an)\s+)?$/iu
/** "(vea el reportaje: “…”)", "(see “…”)": a cross-reference in brackets names another article or column by its title. */
const CROSS_REFERENCE = /\((?:see|read|watch|vea|véase|lea|ver|leer|mire|mira|escuche)\s[^()\n]{0,100}$/iu
/** "el lema", "su tema", "del libro", "the book", "la película": what follows is a work's title or a slogan, however long (so NOT_QUOTE_BEFORE leaves these nouns out). */
const WORK_BEFORE = /\b(?:the|a|an|his|her|its|their|el|la|los|las|su|sus|del|al|un|una)\s+(?:lema|eslogan|slogan|motto|hashtag|tema|libro|book|novela|novel|álbum|album|disco|canción|song|obra|película|filme|largometraje|cortometraje|documental|documentary)\s*$/iu
/**
 * "“Malquerida” de Tana Gilbert", "“El que baila pasa” (2023), de Carlos Araya": a short title, then its year or its author, and nothing
 * more in the sentence (never "había “planes” de llevar La Sra. Marvel": a verb after "de" is what the words are about).
 */
const AUTHOR_AFTER = /^\s*(?:\(\d{4}\))?,?\s+(?:de|del)\s+(?:(?!\p{Ll}+(?:ar|er|ir)\s)\p{Ll}+\s+){0,2}\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3}\s*(?:[.;]|$|\s+(?:y|and)\s+["“«])/u
const SMALL_WORDS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'en'])

export function wordsOf(s: string): string[] {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
}

/** "El Helicoide", "The Irishman", "Operation Absolute Resolve": every word capitalised and no sentence punctuation. */
export function looksLikeTitle(s: string): boolean {
  // "The Wit and Wisdom of Michael Bloomberg.", "Mini Mike.": a title's full stop belongs to the sentence around it.
  const bare = s.trim().replace(/(?<=\p{L}{2})[.,]$/u, '')
  const words = wordsOf(bare)
  if (words.length > 8 || /[.,;:!?]$/.test(bare)) return false
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()))
}

/** Most of its longer words capitalised (four in five), as a title's are and a sentence's are not. */
function mostlyCapitalised(s: string): boolean {
  const long = wordsOf(s).filter((w) => w.replace(/\P{L}/gu, '').length >= 4)
  return long.length >= 2 && long.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length * 5 >= long.length * 4
}

/** The quote goes on a sentence whose earlier quote has a speaker: "the students said … “shockingly bad news” and that they were “heartbroken.”" */
function sameSentenceAsPrevious(text: string, f: Found, i: number, all: readonly Found[]): boolean {
  const prev = i > 0 ? all[i - 1]! : null
  if (!prev || prev.via !== 'cue' || prev.q.paragraph !== f.q.paragraph || f.via !== 'continuation') return false
  return f.q.open - prev.q.close < 120 && !spansOf(text).stopsWithin(prev.q.close, f.q.open)
}

/**
 * "El primer objetivo es “detener esta guerra”, que ha hecho de Gaza “un inmenso cementerio”, seguido de “…”, señaló": a short
 * quote in the sentence of a later quote whose cue comes after it is that speaker's too.
 */
export function sameSentenceAsNext(text: string, f: Found, i: number, all: readonly Found[]): Found | null {
  if (f.via === 'cue') return null
  for (let j = i + 1; j < all.length && j <= i + 4; j++) {
    const next = all[j]!
    if (next.q.paragraph !== f.q.paragraph || next.q.open - f.q.close > 300 || spansOf(text).stopsWithin(f.q.close, next.q.open)) return null
    if (next.via === 'cue') return next.where === 'after' && next.speaker ? next : null
  }
  return null
}

/** "un “triunfo” y una “hazaña”", "algo “innecesario” y un “retroceso”": a second short quote joined to one a cue gives. */
function joinedToPrevious(text: string, f: Found, i: number, all: readonly Found[]): boolean {
  return sameSentenceAsPrevious(text, f, i, all) && /^["”’»]?\s+(?:y|e|o|u|and|or)\s+(?:(?:un|una|el|la|los|las|a|an|the|algo|muy)\s+)?$/u.test(text.slice(all[i - 1]!.q.end, f.q.open))
}

/**
 * A short partial quote that a speech verb before it, in its own sentence,
 * gives to the verb's subject: “said he was “appalled””, “described as
 * “heartbreaking””, “calificó de “incapacitado””. Offered with a lower
 * confidence; a scare quote has no speech verb before it and stays out.
 */
export function partialAfterCue(text: string, f: Pick<Found, 'via' | 'attribution' | 'q' | 'where'>, quoted: string): boolean {
  const a = f.attribution
  // Never a gloss in brackets ("MDMA (“ecstasy”)").
  const near = !!a && ((f.where === 'before' && a.cueEnd <= f.q.open) || (f.where === 'after' && a.cueStart >= f.q.close))
  return f.via === 'cue' && near && a.cue !== ':' && !/\(\s*$/u.test(text.slice(Math.max(0, f.q.open - 3), f.q.open)) && !/^(?:according|según|de acuerdo)/iu.test(a.cue) && /^\p{Ll}/u.test(quoted) && wordsOf(quoted).length <= 3
}

/** Whether a quotation is a quote, not a scare quote, a term, a title or a subheading; `all` holds the article's quotations outside its headline. */
export function isQuote(text: string, f: Found, i: number, all: readonly Found[], paragraphStart: (q: Quotation) => number, paragraphEndOf: (q: Quotation) => number): boolean {
  const words = wordsOf(text.slice(f.q.start, f.q.end))
  if (f.q.style === 'dash') return words.length > 0
  if (f.q.continues || f.q.continued) return true
  const quoted = text.slice(f.q.start, f.q.end)
  // One word is a scare quote or a term, unless someone is said to have said it, ending and all: described it as "difficult."
  // …or a speech verb before it in its sentence gives it to its subject: "said he was “appalled”", "calificó de “incapacitado”".
  // …or it is a whole answer with its speaker after it: "“Sure,” Matie says", "“Maybe.” the official asks".
  // ("Brown said: “Absolutely.”": or after a cue and its colon.)
  const answer = f.via === 'cue' && (f.where === 'after' || (f.where === 'before' && /:\s*["“«‘]?$/u.test(text.slice(Math.max(0, f.q.open - 3), f.q.start)))) && /^\p{Lu}\p{Ll}*[.!?,]$/u.test(quoted)
  // …or the sentence gives another of its quotes to a speaker, so its words in marks are theirs: "calificó la decisión de maniobra “caciquil”, una “pirueta” que …".
  const sentenceSpoken = /^\p{Ll}/u.test(quoted) && (sameSentenceAsPrevious(text, f, i, all) || !!sameSentenceAsNext(text, f, i, all))
  if (words.length <= 1 && !answer && !sentenceSpoken && !joinedToPrevious(text, f, i, all) && !(((f.via === 'cue' && f.where !== 'intro') || sameSentenceAsPrevious(text, f, i, all)) && /[.!?,]$/u.test(quoted) && /^\p{Ll}/u.test(quoted)) && !partialAfterCue(text, f, quoted)) return false
  if (looksLikeTitle(quoted) && !answer) return false
  // "told “Hello VOA” on Monday", "said on “Hello VOA.”": a programme's or publication's name after on/told/to.
  if (/\b(?:on|told|to|in|at|from|en|a)\s*$/iu.test(text.slice(Math.max(0, f.q.open - 12), f.q.open)) && looksLikeTitle(quoted.replace(/[.,]$/u, ''))) return false
  const lead = text.slice(Math.max(0, f.q.open - 30), f.q.open)
  if (words.length <= 6 && NOT_QUOTE_BEFORE.test(lead)) return false
  if (TITLED_BEFORE.test(lead) || WORK_BEFORE.test(lead) || NAMED_AS_BEFORE.test(text.slice(Math.max(0, f.q.open - 60), f.q.open)) || CROSS_REFERENCE.test(text.slice(Math.max(0, f.q.open - 120), f.q.open))) return false
  if (words.length <= 8 && !/[.!?…]$/u.test(quoted.trim()) && AUTHOR_AFTER.test(text.slice(f.q.close, f.q.close + 120))) return false
  if (repeatedTerm(text, quoted, words.length, all)) return false
  // "In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” Solnit wrote": a work's title, however long.
  if (NOT_QUOTE_BEFORE.test(lead) && mostlyCapitalised(quoted)) return false
  // A paragraph that is nothing but a short quote with no sentence in it is a subheading: “Lidiando con el madurovirus”.
  const para = f.q.open === paragraphStart(f.q) && f.q.close >= paragraphEndOf(f.q) - 1
  if (para && words.length <= 8 && !/[.!?,;:]/u.test(quoted) && f.via !== 'cue') return false
  // Short words with no one saying them are a scare quote or a term, not a quotation.
  // ("“We want justice,” they said": words someone is said to have said stay a quote when no one is found for the "they".)
  // ("Morena respaldó la iniciativa: “Es justicia”.": nor are words led in by someone's clause and a colon, a sentence of their own.)
  const spoken = (f.unresolved && f.where === 'after') || (f.where === 'intro' && !!f.speaker && /:\s*$/u.test(text.slice(Math.max(0, f.q.open - 3), f.q.open)) && /^\p{Lu}/u.test(quoted))
  if (words.length <= 3 && (f.via !== 'cue' || f.where === 'intro') && !spoken && !sameSentenceAsPrevious(text, f, i, all) && !sameSentenceAsNext(text, f, i, all) && !wholeSentenceAfterQuote(text, quoted, f, i, all)) return false
  return true
}

/** “We know there is no problem,” he said. “Something odd happened.”: a whole short sentence right after its speaker's quote goes on speaking. */
function wholeSentenceAfterQuote(text: string, quoted: string, f: Found, i: number, all: readonly Found[]): boolean {
  const prev = i > 0 ? all[i - 1]! : null
  // ("«…», dijo el DT. «Merecimos ganar».": in Spanish the stop stands after the closing mark.)
  const stopped = /[.!?]$/u.test(quoted) || /^["”’»]?[.!?]/u.test(text.slice(f.q.end, f.q.end + 2))
  return f.via === 'continuation' && !!prev && prev.q.paragraph === f.q.paragraph && !!prev.speaker && /^\p{Lu}/u.test(quoted) && stopped
}

const bareKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').trim()

/** How often each short quotation's words stand in marks in an article, counted once per article (its quotations' list) so a long one stays linear. */
const termCounts = new WeakMap<readonly Found[], Map<string, number>>()

function countsOf(text: string, all: readonly Found[]): Map<string, number> {
  let counts = termCounts.get(all)
  if (!counts) {
    counts = new Map()
    for (const o of all) {
      if (o.q.end - o.q.start > 90) continue
      const key = bareKey(text.slice(o.q.start, o.q.end))
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    termCounts.set(all, counts)
  }
  return counts
}

/** "'sugar daddies'" three times over, never ending a sentence: a short phrase the article keeps putting in marks is its term for something, not words someone said. */
function repeatedTerm(text: string, quoted: string, words: number, all: readonly Found[]): boolean {
  // (A title is one too, "“Tres anuncios por un crimen”" five times over: capitalised, up to ten words, no sentence inside.)
  const title = words <= 10 && /^\p{Lu}/u.test(quoted) && !/[.!?,;:]/u.test(quoted)
  if ((words > 3 && !title) || /[.!?,]$/u.test(quoted)) return false
  return (countsOf(text, all).get(bareKey(quoted)) ?? 0) >= 3
}
