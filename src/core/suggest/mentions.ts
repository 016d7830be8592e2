/**
 * Every capitalised name an article writes outside its quotations, with what
 * the words around it say: the title before it ("US President"), the
 * apposition after it (", the head of X,") and the lower-case words that
 * describe it ("el fiscal general colombiano"). Names in a sub-heading in
 * capitals and lone words that only ever open a sentence are left out: they
 * are no one to point back at. names.ts resolves later forms against these.
 */
import { isRoleWord } from '../text/abbreviations'
import { CUE, isCueWord, isEnglishCue } from './cues'
import { NAME_PHRASE, parseNamePhrase, splitWords, withoutRunOn, wordKey } from './namePhrase'
import { isCommonWord, isPersonNoun, onlyOpensSentences, shortRole } from './speakerKind'
import { isPlaceName } from './placeNames'
import { CAPITAL_CLITIC, genderOfFirstName, personAfterOutlet, personStartAfterBody } from './firstNames'

export type Mention = {
  readonly start: number
  readonly end: number
  /** The name without its titles: "US President Donald Trump" → "Donald Trump". */
  readonly name: string
  readonly tokens: readonly string[]
  /** Words before the name that say what the person is ("US President", "Attorney General"). */
  readonly title: string
  /** The apposition after the name, without its article: "head of Venezuela's National Assembly". */
  readonly role: string
  /** Lower-case words right before the name that describe them: "el ministro", "the lawyer", "el fiscal general colombiano". */
  readonly lead: string
  readonly org: boolean
  /** The name was run into a body's before it ("de Bolivia Jeanine Áñez"): the preposition before it is the body's, not the person's. */
  readonly afterBody?: boolean
}

/** The apposition right after a name: ", the head of X," → "head of X" (", director of the school “Saint Anne”": up to a name in quotation marks). */
function appositionAfter(text: string, end: number): string {
  // Followed by a speech verb it is the next clause's subject ("…Khmer Service, the students said"), not an apposition.
  // A name in quotation marks (a pseudonym: "“Maritza”, una estudiante …") has its closing mark before the comma.
  const m = /^["”’»]?,\s+((?:(?:a|an|the|un|una|el|la)\s+)?[^,.;:"“”«»()]{2,90}?)(?=[,.;:)]|\s+(?:and|who|quien|y)\b|\s+[“"«])/u.exec(text.slice(end, end + 120))
  if (!m) return ''
  // (", exempleada de Facebook encargada de la moderación …": a participle and its phrase after the head noun are no part of the role.)
  const role = beforeParticipleOf(m[1]!.trim())
  // ", the Conservative MP said": the subject of the next clause, and a relative clause is no role.
  // (", el funcionario dijo que …": nor is a clause whose speech verb has its "que"/"that" after it.)
  if (SPEECH_VERB_AT_END.test(role) || SPEECH_VERB_THAT.test(role) || !shortRole(role)) return ''
  // Lower-case start: a role ("a Venezuelan lawyer"), not another name in a list.
  return /^\p{Ll}/u.test(role) || /^(?:[\p{Lu}][\p{L}'’]*\s)?(?:president|director|head|leader|minister)\b/iu.test(role) ? role.replace(/^(?:a|an|the|un|una|el|la)\s+/iu, '') : ''
}

function beforeParticipleOf(role: string): string {
  const m = /\s\p{Ll}{3,}(?:ad[oa]s?|id[oa]s?|ed)\s+(?:de|a|en|con|of|with|in|for)\s/u.exec(role)
  return m && !shortRole(role) && /\p{L}/u.test(role.slice(0, m.index)) ? role.slice(0, m.index) : role
}

const SPEECH_VERB_AT_END = new RegExp(`(?:^|\\s)(?:${CUE.source})$`, 'iu')
const SPEECH_VERB_THAT = new RegExp(`\\s(?:${CUE.source})\\s+(?:que|that)\\s`, 'iu')

/** "el ministro Diosdado Cabello", "el fiscal general colombiano Francisco Barbosa": up to three lower-case words before a name. */
function leadBefore(text: string, start: number): string {
  // "la ministra del Interior, Izkia Siches", "el presidente de la Junta de Andalucía, Juanma Moreno": an office of a body set off by a comma.
  const office = /(?:^|[\s(])(?:[Tt]he|[Ee]l|[Ll]a)\s+((?:\p{Ll}[\p{Ll}\-]*\s+){1,3}(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?\p{Lu}[\p{L}\-]*(?:\s+(?:de\s+|del\s+|la\s+|of\s+)?\p{Lu}[\p{L}\-]*){0,3}),\s+$/u.exec(text.slice(Math.max(0, start - 80), start))
  if (office) return office[1]!
  // "El fiscal nacional, Jorge Abbott,", "the prime minister, Tony Blair,": a definite role of a person's noun set off by a comma.
  const titled = /(?:^|[\s(])(?:[Tt]he|[Ee]l|[Ll]a)\s+((?:\p{Ll}[\p{Ll}\-]*\s+){0,2}\p{Ll}[\p{Ll}\-]*),\s+$/u.exec(text.slice(Math.max(0, start - 60), start))
  if (titled && titled[1]!.split(/\s+/u).some(isPersonNoun)) return titled[1]!
  // "Morton County sheriff Kyle Kirchmeier", "Mandan police chief Jason Ziegler": a person's noun between a place or body and the name.
  const placed = /(?:^|\s)\p{Lu}[\p{L}\-]*\s+((?:\p{Ll}[\p{Ll}\-]*\s+)?(\p{Ll}[\p{Ll}\-]*))\s+$/u.exec(text.slice(Math.max(0, start - 60), start))
  if (placed && isPersonNoun(placed[2]!)) return placed[1]!
  // ("La cantante y actriz mexicana Lorena Herrera": two nouns joined may each take a word more; "el ventrílocuo, empresario,
  // productor y humorista español José Luis Moreno": so may a list of them.)
  // ("los comentarios del papa Francisco": "del" and "al" hold the article.)
  const m = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ee]l|[Ll]as?|[Ll]os|[Uu]na?|del|al)\s+((?:\p{Ll}[\p{Ll}'’\-]*\s+){1,3}|(?:\p{Ll}[\p{Ll}'’\-]*,\s+){0,3}(?:\p{Ll}[\p{Ll}'’\-]*\s+){1,2}(?:y|e|and)\s+(?:\p{Ll}[\p{Ll}'’\-]*\s+){1,2})$/u.exec(text.slice(Math.max(0, start - 100), start))
  // "la empresa experta en AEI Spaces": a name after a preposition is what the words are about, not whom they describe.
  // "shows the man entering the Copperfield location": an article inside means the words describe someone else.
  // ("the prime minister told BBC One's …": nor does a role and its speech verb describe the one spoken to.)
  return m && !/(?:^|\s)(?:en|de|del|in|of|for|at)\s+$/u.test(m[1]!) && !/(?:^|\s)(?:the|a|an|el|la|los|las|un|una)\s/u.test(m[1]!) && !SPEECH_VERB_AT_END.test(m[1]!.trim()) ? m[1]!.trim() : ''
}

/** A name's words, compared folded; "Fernando Grande-Marlaska" is found as "Marlaska" too (never "African-American" alone). */
function nameTokens(name: string): string[] {
  const words = splitWords(name)
  return words.flatMap((w) => (words.length > 1 && /\p{L}-\p{Lu}/u.test(w) ? [wordKey(w), ...w.split('-').map(wordKey)] : [wordKey(w)]))
}

/** "CASO GRANDA Y CECILIA CUBAS", "Camp Closure Planned": a line in capitals, or of a few capitalised words with no stop, is a sub-heading; the names in it are no one's subject. */
function inHeading(text: string, at: number): boolean {
  // (Only a short line can be one: the search for its ends stops 200 characters away, so a text with no line breaks stays linear.)
  const near = text.slice(Math.max(0, at - 200), at).lastIndexOf('\n')
  if (near === -1 && at > 200) return false
  const from = near === -1 ? 0 : Math.max(0, at - 200) + near + 1
  const ahead = text.slice(at, at + 200).indexOf('\n')
  if (ahead === -1 && at + 200 < text.length) return false
  const line = text.slice(from, ahead === -1 ? text.length : at + ahead).trim()
  if (/^\p{Lu}{2}/u.test(text.slice(at, at + 2)) && !/\p{Ll}/u.test(line)) return true
  const words = line.split(/\s+/u)
  return from > 0 && words.length <= 6 && !/[.!?:,;"“”«»]/u.test(line) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|in|on|for|to|a|de|la|el|y|en|del)$/u.test(w))
}

/** "Marketing Manager", "the Conservative MP": a title with no name after it is no one's name (a surname that is also a title, "Gayle King", still is). */
function endsInTitle(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1)
  // (A word that only qualifies a title, "UN", "Foreign", "Home", ends a name as it may: "Pel Som Un".)
  // ("the three-time NFL MVP", "Apple CEO": a short role in capitals ends a description too.)
  return /\s/u.test(name) && isRoleWord(last) && (last.length > 3 || /^(?:QB|MVP|CEO|CFO|COO)$/u.test(last)) && !/^(?:King|Queen|Judge|Justice|General|Major|Marshal|Bishop|Sheriff|Speaker|Former|Acting|Interim|Deputy|Foreign|Interior|Defen[cs]e|Home|Health|Finance|National|Assembly|Opposition|Member|Miembro)$/u.test(last)
}

/** Where the first line ends if it is a headline (no full stop: as quotes.ts reads it), else -1. */
export function headlineEnd(text: string): number {
  const firstLine = text.indexOf('\n') === -1 ? '' : text.slice(0, text.indexOf('\n')).trim()
  return firstLine && !/[.!?:]["”’»]?$/u.test(firstLine) ? text.indexOf('\n') : -1
}

/**
 * A headline in title case ("Republicans Are Following Trump to Nowhere"): every long word capitalised, so its capitals mark no
 * names and its runs of them are no one's full name.
 */
export function titleCased(text: string, end: number): boolean {
  const long = end > 0 ? text.slice(0, end).match(/\p{L}{4,}/gu) ?? [] : []
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w))
}

type Parsed = ReturnType<typeof parseNamePhrase>

/**
 * "Greg Abbott Says Texas Is Ready": in a headline in title case a person's name runs on into the verb after it; it ends with the word the
 * article writes alone or as a name ("Abbott", "Greg Abbott"). With no such word it stays as it is.
 */
function headlineOff(parsed: Parsed, runs: ReadonlySet<string>): Parsed {
  const words = parsed ? splitWords(parsed.name) : []
  if (words.length < 3 || !genderOfFirstName(words[0]!)) return parsed
  for (let k = 2; k < words.length; k++) {
    const name = words.slice(0, k).join(' ')
    if (runs.has(name) || runs.has(words[k - 1]!)) return { ...parsed!, name, org: false }
  }
  return parsed
}

/** "Jane Doe for the Senate", "Ana Ruiz al Ayuntamiento": a person's name ends before what it ran on into (namePhrase.ts); "Carmen Salinas Carmen Salinas" (a heading run into the text) is said once. */
function runOff(parsed: Parsed): Parsed {
  // (Only a short run is read for the repeat: a backreference over a long one is slow.)
  const once = parsed && parsed.name.length <= 120 ? parsed.name.replace(/^(\p{Lu}\S*(?:\s+\S+)+?)\s+\1$/u, '$1') : (parsed?.name ?? '')
  const name = parsed ? withoutRunOn(once) : ''
  // (What it ran on into may have made it read as a body's: "… for the Senate".)
  return parsed && name !== parsed.name ? { ...parsed, name, org: parseNamePhrase(name)?.org ?? false } : parsed
}

/**
 * "Hosting Cook at Dreamforce …", "Citing Morales, …": a participle that opens its sentence, before a name the article writes on
 * its own, is no part of it. "Longtime Donald Trump advocate …": nor is a word that only opens sentences and is no first name,
 * before one that is.
 */
function verbOff(parsed: Parsed, runs: ReadonlySet<string>, text: string): Parsed {
  const words = parsed && !parsed.org ? splitWords(parsed.name) : []
  const first = words[0] ?? ''
  if (words.length < 2 || !onlyOpensSentences(first, text)) return parsed
  const rest = words.slice(1).join(' ')
  // ("Jens David Ohlin": an unknown first name before a known one is a name still; only a speech verb, or a word shaped like a
  // verb or an adjective, is cut.)
  const verbLike = isCueWord(first) || /\p{Ll}(?:ó|ió|aron|ieron|a|e|an|en|ic|al|ive|ous|ent|ant|ar|ing|ed|ly|er)$/u.test(first)
  // (A speech verb is never a name's first word, whatever the next: "Cuenta Rana Moussaoui, subdirectora …:", "Replied Stephen, …"; two words only
  // when the verb is inflected: "Say Mony" is a Cambodian name.)
  if ((words.length >= 3 || (isCueWord(first) && /\p{Ll}(?:ed|s|ó|ió|aron|ieron|a|e|an|en)$/u.test(first))) && verbLike && (genderOfFirstName(words[1]!) || isCueWord(first)) && !genderOfFirstName(first) && !isRoleWord(first)) return { ...parsed!, name: rest }
  return /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(first) && runs.has(rest) ? { ...parsed!, name: rest } : parsed
}

/**
 * A body's name run into a person's: "el diputado de Convergencia Social
 * Diego Ibáñez" (a role of a body, and "Ibáñez" alone elsewhere: the person
 * is the last two words, the rest their title). Without both signs a long
 * name stays whole ("Te Kaurinui Robert Parata").
 */
function runOnSplit(parsed: Parsed, runs: ReadonlySet<string>, roleOfBody: boolean): Parsed {
  const words = parsed ? splitWords(parsed.name) : []
  if (words.length < 3) return parsed
  // The person is named alone elsewhere by surname ("Ibáñez") or, in a chattier text, by first name ("Abby said").
  // "el consejero de Sanidad Enrique Ruiz Escudero", later "Ruiz Escudero": two surnames, so the person is the last three words.
  const twoSurnames = words.length >= 4 && runs.has(words.slice(-2).join(' '))
  // ("el exministro de Economía Adrián Peña", never named again: a first name after the body's words opens the person's, as it does after a longer body's.)
  const firstName = roleOfBody ? personStartAfterBody(words, 1) : -1
  if (firstName > 0) return { name: words.slice(firstName).join(' '), title: [parsed!.title, ...words.slice(0, firstName)].filter(Boolean).join(' '), org: false }
  if (!roleOfBody || !(twoSurnames || runs.has(words[words.length - 1]!) || runs.has(words[words.length - 2]!)) || !/^\p{Lu}/u.test(words[words.length - 3] ?? '')) return parsed
  const at = words.length - (twoSurnames ? 3 : 2)
  return { name: words.slice(at).join(' '), title: [parsed!.title, ...words.slice(0, at)].filter(Boolean).join(' '), org: false }
}

/**
 * "en la entrevista con Planeta A Christiana Figueres hace balance": a run that ends in a person's full name the article gives on its
 * own elsewhere, from a first name on, is something else's name run into theirs (a body, an outlet); the person is that full name.
 */
function knownPersonOff(parsed: Parsed, runs: ReadonlySet<string>): Parsed {
  const words = parsed && !parsed.org ? splitWords(parsed.name) : []
  for (let k = 1; k <= words.length - 2; k++) {
    const person = words.slice(k).join(' ')
    // (Not after another first name: "Luis Marcelo Martínez" is one person, later "Marcelo Martínez".)
    if (genderOfFirstName(words[k - 1]!)) return parsed
    if (genderOfFirstName(words[k]!) && runs.has(person)) return { name: person, title: [parsed!.title, ...words.slice(0, k)].filter(Boolean).join(' '), org: false }
  }
  return parsed
}

/**
 * "Psychologist Hugh Rivers", "Author Qarnita Loxton", "Lifestyle Educator Karishma Chawla", "Nutritionist and Lifestyle Educator …":
 * capitalised words that end in a person's noun (one, or two joined by "and"), before a name, are a title, no part of the name.
 */
function nounOff(parsed: Parsed, text: string): Parsed {
  const words = parsed && !parsed.org ? splitWords(parsed.name) : []
  if (words.length < 3 || genderOfFirstName(words[0]!)) return parsed
  // The longest such title first; the name after it has two to four words, as written: not "Médicos Sin Fronteras", nor a headline's "Mother Dies After …".
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const title = words.slice(0, k)
    const titleWords = title.every((w, i) => /^\p{Lu}\p{Ll}+$/u.test(w) || (w === 'and' && i > 0 && i < k - 1))
    if (words.length - k > 4 || !titleWords || !isPersonNoun(title[k - 1]!.toLowerCase())) continue
    const after = words.slice(k).join(' ')
    const rest = parseNamePhrase(after)
    if (!rest || rest.org || rest.name !== after || isCommonWord(words[k]!, text)) continue
    return { name: after, title: [parsed!.title, ...title].filter(Boolean).join(' '), org: false }
  }
  return parsed
}

/**
 * "la Universidad Pompeu Fabra Lorenzo Gabrielli", later "Gabrielli": a body's name run into its person's (firstNames.ts), when the article
 * writes the surname on its own elsewhere or a role of the body comes before ("La diputada del Partido Revolucionario Institucional Sofía
 * Castro"); "Hospital General Manuel Gea González" stays a hospital.
 */
function bodyThenPerson(parsed: Parsed, runs: ReadonlySet<string>, roleOfBody: boolean): Parsed {
  const words = parsed && parsed.org ? splitWords(parsed.name) : []
  const k = words.length >= 4 && (roleOfBody || runs.has(words[words.length - 1]!)) ? personStartAfterBody(words) : -1
  return k === -1 ? parsed : { name: words.slice(k).join(' '), title: [parsed!.title, ...words.slice(0, k)].filter(Boolean).join(' '), org: false }
}

/**
 * "China’s ambassador to Britain Liu Xiaming", "special envoy to Ukraine Kurt Volker", "Chief Secretary to the Treasury Danny Alexander": after "to", a place or body the article names on its own
 * elsewhere belongs to the title before it; the person is the words after it. So does a country or a city after a role's "de"/"of":
 * "el vicepresidente de Venezuela Tareck El Aissami", "el gobernador de Nuevo León Samuel García".
 */
function placeOff(parsed: Parsed, runs: ReadonlySet<string>, afterTo: boolean, roleOf: boolean): Parsed {
  const words = (afterTo || roleOf) && parsed && !parsed.org ? splitWords(parsed.name) : []
  const place = afterTo && runs.has(words[0] ?? '') ? 1 : roleOf ? [2, 1].find((k) => isPlaceName(words.slice(0, k).join(' '))) ?? 0 : 0
  if (!place || words.length - place < 2) return parsed
  return { name: words.slice(place).join(' '), title: [parsed!.title, ...words.slice(0, place)].filter(Boolean).join(' '), org: false }
}

/** "Speaking to the Daily Mail Lacerda claimed": no one's name takes "the"; a body's name run into a surname the article gives a person ("Marina Lacerda") is that surname. */
function surnameAfterThe(parsed: Parsed, all: readonly Parsed[], afterThe: boolean): Parsed {
  const words = parsed && afterThe && !parsed.org ? splitWords(parsed.name) : []
  const last = words[words.length - 1]
  if (!last || words.length < 2) return parsed
  const person = all.some((p) => !!p && !p.org && p.name !== parsed!.name && p.name.endsWith(` ${last}`))
  return person ? { name: last, title: '', org: false } : parsed
}

/** "Juan Pérez y Ana Díaz", "Sam Rainsy and Kem Sokha": two people named in full together are two mentions (a body's name with "and" in it stays one). */
function twoPeople(m: RegExpMatchArray): { index: number; 0: string }[] {
  const pair = /^(.+?)\s+(?:and|y|e)\s+(\p{Lu}.+)$/u.exec(m[0])
  const [a, b] = pair ? [parseNamePhrase(pair[1]!), parseNamePhrase(pair[2]!)] : [null, null]
  // (Never a place's or a body's name that lists two parts after "de": "Parque Nacional de Ordesa y Monte Perdido".)
  if (!pair || !a || !b || a.org || b.org || !/\s/u.test(a.name) || !/\s/u.test(b.name) || /\s(?:de|del|of|for)\s/u.test(pair[1]!)) return [{ index: m.index!, 0: m[0] }]
  return [{ index: m.index!, 0: pair[1]! }, { index: m.index! + m[0].length - pair[2]!.length, 0: pair[2]! }]
}

/** Every capitalised name in the text outside the given ranges (the quotations), in order. */
export function findMentions(text: string, skip: readonly { open: number; close: number }[]): Mention[] {
  const out: Mention[] = []
  const matches = [...text.matchAll(NAME_PHRASE)].flatMap(twoPeople)
  const parses = matches.map((m) => parseNamePhrase(m[0]))
  // The names the article writes on their own ("Ibáñez", after "Luego" is dropped).
  const runs = new Set(parses.flatMap((p) => (p ? [p.name] : [])))
  // (A headline in title case: what the body writes as names marks where its names end.)
  const firstLine = headlineEnd(text)
  const headline = titleCased(text, firstLine) ? firstLine : -1
  const bodyRuns = new Set(parses.flatMap((p, i) => (p && matches[i]!.index > headline ? [p.name] : [])))
  let k = 0
  for (const [i, m] of matches.entries()) {
    const start = m.index
    while (k < skip.length && skip[k]!.close <= start) k++
    const inQuote = k < skip.length && skip[k]!.open <= start && start < skip[k]!.close
    if (inQuote) continue
    // "el diputado de …", "la expresidenta interina de …", "Marketing Manager at …": the words start with the body someone works for.
    const ofBody = /(?:^|\s)(?:(?:[Ee]l|[Ll]a|[Tt]he)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:de|del|of|for)|\p{Lu}\p{Ll}+\s+at)\s+$/u.test(text.slice(Math.max(0, start - 40), start))
    // "le comenta a BBC Mundo David Gibson": the outlet told, then the person.
    // (On one line: "… a propósito\n\nLucas Patrick Machado" opens a paragraph with a person's name, told nothing.)
    const told = /(?:^|\s)(?:a|al|to)[^\S\n]+$/u.test(text.slice(Math.max(0, start - 4), start)) ? personAfterOutlet(m[0]) : null
    const whole = told ? { name: told, title: '', org: false } : surnameAfterThe(parses[i]!, parses, /(?:^|\s)the\s+$/u.test(text.slice(Math.max(0, start - 5), start)))
    const cut = bodyThenPerson(knownPersonOff(runOnSplit(placeOff(whole, runs, /\s\p{L}{3,}\s+to\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, start - 30), start)), ofBody), runs, ofBody), runs), runs, ofBody)
    const read = runOff(nounOff(verbOff(cut, runs, text), text))
    const parsed = start < headline ? headlineOff(read, bodyRuns) : read
    // "a book entitled Some Unspoken Thing": the title of a work, no one to point back at.
    if (!parsed || inHeading(text, start) || endsInTitle(parsed.name) || /\s(?:entitled|titled|titulad[oa])\s+$/u.test(text.slice(Math.max(0, start - 12), start))) continue
    // A lone capitalised word that only ever opens a sentence ("Asimismo", "Thousands") is no name to point back at.
    if (!/\s/u.test(parsed.name) && onlyOpensSentences(parsed.name, text)) continue
    // ("Le dijo a la multitud …": a Spanish clitic that opens a sentence before its verb is no surname, "Phi Le"'s or anyone's.)
    if (CAPITAL_CLITIC.test(m[0]) && !isEnglishCue(/^\s+(\p{Ll}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24))?.[1] ?? 'said')) continue
    const nameStart = start + m[0].lastIndexOf(parsed.name.split(' ')[0]!)
    // The name's own end: a possessive and what follows it ("Adolf Hitler’s November") are not part of it.
    const named = m[0].indexOf(parsed.name, nameStart - start)
    const end = named !== -1 ? start + named + parsed.name.length : start + m[0].replace(/[’']s$/u, '').length
    out.push({
      start: nameStart,
      end,
      // A stop after "Jr" or an initial is the name's own ("James Kennedy Jr."); any other ends the sentence.
      name: parsed.name.replace(/(?<!(?:^|\s)(?:Jr|Sr|\p{Lu}))[.,]$|,$/u, ''),
      tokens: nameTokens(parsed.name),
      title: parsed.title,
      role: appositionAfter(text, end),
      lead: leadBefore(text, start),
      org: parsed.org,
      afterBody: cut !== whole
    })
  }
  return out
}
