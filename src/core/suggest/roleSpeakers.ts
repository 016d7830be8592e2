/**
 * Who a description points back at: "the lawyer" is the person named before
 * whose title, apposition or description holds "lawyer" ("…, a Venezuelan
 * lawyer"); "el alcalde de Bédar" is the mayor of that place, not the mayor
 * named before of another; "la titular de Interior" is the minister of the
 * body named; "the force", "el ministerio" is the body named before; a word
 * for a body ("the airline", "la organización") never stands for someone with
 * a first name (resolveSpeaker.ts); "A co-owner of the Devils said" under
 * the headline points forward, at the person the next paragraph opens by
 * naming. Read from the article's mentions, as names.ts holds them. And
 * what a suggestion shows as someone's role: a short noun phrase, never a
 * clause or a word that names no office ("y el ministro de Salud",
 * "Twitter").
 */
import { countBefore } from '../sorted'
import { foldText } from '../text/fold'
import { roleGender } from './firstNames'
import type { Mention } from './mentions'
import { isBodyWord, splitWords, wordKey } from './namePhrase'
import { contains } from './subjectClause'
import { canBeHeOrShe, type Gender } from './pronouns'
import { isPlaceName } from './placeNames'
import { isRoleWord } from '../text/abbreviations'
import { isCueWord } from './cues'
import { isPersonNoun, shortRole } from './speakerKind'

/** The mentions of one article, each by its fullest name where it stands, and the gender known for a name. */
export type MentionsRead = { readonly mentions: readonly Mention[]; readonly text: string; fullOf(m: Mention): string; genderOf(name: string): Gender | undefined }

/** The nearest person before `at` whose title or apposition holds the role's head word ("the lawyer" → "…, a Venezuelan lawyer"). */
export function personForRole(read: MentionsRead, role: string, at: number): { name: string; role: string } | null {
  // The head noun: the word before a preposition or an adjective's phrase ("a spokesman for the ministry", "a source close to the mayor"), else the last word.
  const content = splitWords(foldText(role)).filter((w) => !['the', 'a', 'an', 'el', 'la', 'un', 'una'].includes(w))
  const join = content.findIndex((w) => ['for', 'of', 'de', 'del', 'at', 'from', 'in', 'on', 'en', 'to', 'with', 'close', 'near', 'familiar', 'cercano', 'cercana', 'cercanos', 'cercanas', 'proximo', 'proxima', 'proximos', 'proximas'].includes(w))
  // Spanish puts the noun first ("el fiscal general"), English last ("the attorney general" aside, "the county sheriff").
  const spanish = /^(?:el|la)\s/iu.test(role)
  const head = join > 0 ? content[join - 1] : spanish ? content[0] : content.pop()
  if (!head) return null
  const gender = roleGender(role)
  // (Compiled once: it is tried on every mention before `at`.)
  const headWord = new RegExp(`\\b${escaped(head)}\\b`, 'u')
  const hasHead = (said: string) => headWord.test(said)
  // "el alcalde de Bédar" is the mayor of that place, not the mayor of Lubrín named before; he may be named just after.
  const body = /^(?:[Tt]he|[Ee]l|[Ll]a)\s+\p{Ll}+\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})$/u.exec(role)?.[1]
  const ofBody = (said: string, m: Mention) => !m.org && said.includes(foldText(body!))
  if (body) {
    const exact = describedBefore(read, at, gender, (said, m) => hasHead(said) && ofBody(said, m)) ?? describedBefore(read, at + 600, gender, (said, m) => hasHead(said) && ofBody(said, m))
    if (exact) return exact
  }
  // ("the prime minister" is never "the deputy prime minister": a rank before the words makes another office.)
  const ranked = rankedOffice(role)
  // ("Mr Blair's spokesman" is never "Lib Dem education spokesman Ed Davey": someone's role is only one described as that person's.)
  const owner = /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.\-]*\s+)*(\p{Lu}[\p{L}\-]*)['’]s\s/u.exec(role)?.[1]
  const owned = (said: string) => !owner || said.includes(foldText(owner))
  const byHead = describedBefore(read, at, gender, (said) => hasHead(said) && !ranked?.test(said) && owned(said))
  if (byHead) return byHead
  // "la titular de Interior" after "la ministra del Interior, Izkia Siches": another word for the same office, known by its body.
  return body ? describedBefore(read, at, gender, ofBody) : null
}

/** A rank before an office that makes it another ("deputy prime minister", "vice president", "former minister"). */
const RANK = '(?:deputy|vice|former|ex|acting|assistant|shadow|junior|sub|under)'

/** For a definite description of two words or more ("the prime minister"), the same words after a rank: another office. */
function rankedOffice(role: string): RegExp | null {
  const words = splitWords(foldText(role)).slice(1)
  return /^(?:the|el|la)\s/iu.test(role) && words.length > 1 && words.length <= 4 ? new RegExp(`\\b${RANK}[\\s-]*${words.map(escaped).join('\\s+')}\\b`, 'u') : null
}

/**
 * `skip`, and also the mentions of someone who holds another office of the role's words ("the prime minister" is not "Deputy Prime Minister
 * John Prescott"), and of `notWho` ("Por su parte, el funcionario …": someone other than the one who spoke before).
 */
export function skipOtherOffice(read: MentionsRead, role: string, skip: (pos: number) => boolean, notWho: string | null = null): (pos: number) => boolean {
  const ranked = rankedOffice(role)
  if (!ranked && !notWho) return skip
  const other = new Set(read.mentions.filter((m) => (!!ranked && ranked.test(foldText(`${m.title} ${m.role} ${m.lead}`))) || (!!notWho && read.fullOf(m) === notWho)).map((m) => m.start))
  return other.size === 0 ? skip : (pos) => skip(pos) || other.has(pos)
}
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The nearest person before `at` whose title, apposition or description passes `fits`, of no other gender. */
function describedBefore(read: MentionsRead, at: number, gender: Gender | null, fits: (said: string, m: Mention) => boolean): { name: string; role: string } | null {
  for (let i = read.mentions.length - 1; i >= 0; i--) {
    const m = read.mentions[i]!
    if (m.start >= at) continue
    // "el fiscal general" is not "la fiscala general Sandra Quiñónez".
    const known = read.genderOf(read.fullOf(m))
    if (gender && known && known !== gender) continue
    // (A person's role stands for a person, as "he" does: never "Miss Universo", "Emprendedores de Jalisco", "Sol de México".)
    if (fits(foldText(`${m.title} ${m.role} ${m.lead}`), m) && canBeHeOrShe(read.fullOf(m), !!known, read.text)) return { name: read.fullOf(m), role: m.role || m.title }
  }
  return null
}

/** The nearest body named before `at` that "the force", "the ministry", "el ministerio" can stand for. */
export function bodyForRole(mentions: readonly Mention[], role: string, at: number): string | null {
  // ("la organización campesina": a Spanish head noun comes first, an adjective may follow it.)
  const words = splitWords(foldText(role))
  const head = (/^(?:el|la)\s+\p{Ll}+\s+\p{Ll}+$/iu.test(role.trim()) ? words[1] : words.pop()) ?? ''
  // ("wrote the center" after "the Storm Prediction Center": any word for a body points back at a body whose name holds it.
  // Not "the court": a case passes through several, and the one ruling is seldom the one named last.)
  const names = KIN.get(head) ?? (GENERIC_BODY.has(head) ? [] : isBodyWord(head) && !/^(?:court|tribunal|juzgado)$/u.test(head) ? [head] : null)
  if (!names) return null
  const lastBody = (fits: (m: Mention) => boolean, titledToo = false) => {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!
      if (m.start >= at) continue
      // ("the watchdog said" after "the regulator Ofcom": a name the article calls a body by its kind is one.)
      if ((m.org || (titledToo && GENERIC_BODY.has(foldText(m.lead).split(/\s+/u).pop() ?? ''))) && fits(m)) return m.name
      // ("the retailer said" after "Walmart CEO Doug McMillon", "BT chief Ben Verwaayen": a body named only in its person's title.)
      const titled = titledToo ? bodyInTitle(m, mentions[i - 1]) : null
      if (titled && !isPlaceName(titled)) return titled
    }
    return null
  }
  // ("The agency warns" after "the National Weather Service’s Storm Prediction Center": a word for any body stands for the body named last.)
  // ("expuso la organización campesina" after "La organización social Comité de Desarrollo Campesino": the body the article introduced by that word.)
  const led = (m: Mention) => splitWords(foldText(m.lead)).includes(head)
  return lastBody((m) => m.tokens.some((t) => names.includes(t)) || led(m)) ?? (GENERIC_BODY.has(head) ? lastBody(() => true, true) : null)
}

/** Words for a body of any kind, not one kind: an agency may be a centre, a service or an administration. */
const GENERIC_BODY = new Set(['agency', 'organization', 'organisation', 'company', 'firm', 'organizacion', 'empresa', 'compania', 'agencia', 'fundacion', 'foundation', 'organismo', 'entidad',
  'retailer', 'carmaker', 'automaker', 'giant', 'watchdog', 'regulator', 'lender', 'insurer', 'startup', 'manufacturer', 'broadcaster', 'supermarket', 'brewer', 'conglomerate', 'monopoly', 'carrier', 'provider', 'maker',
  'firma', 'aseguradora', 'operadora', 'aerolinea', 'petrolera', 'fabricante', 'regulador', 'multinacional', 'tecnologica', 'dependencia', 'institucion', 'institution'])
/** A title that opens with a body's name before its office: "Walmart CEO", "Apple chief executive". */
const TITLED_BY_BODY = /^(\p{Lu}[\p{L}&.\-]*(?:\s+\p{Lu}[\p{L}&.\-]*){0,2})\s+(?:chief|CEO|chairman|chairwoman|boss|founder|executive)\b/u

/** The body a person's title names ("Walmart CEO"), or the name right before a lone office word ("BT chief Ben Verwaayen"). */
function bodyInTitle(m: Mention, before: Mention | undefined): string | null {
  const titled = TITLED_BY_BODY.exec(m.title)?.[1]
  if (titled) return titled
  return before && /^(?:chief|boss|founder)$/u.test(m.lead) && m.start - before.end <= m.lead.length + 2 ? before.name : null
}

/** A word for a body, and the words of the names of the bodies it stands for ("the force": a name with "police" or "force"). */
// (A Map, not an object: "the constructor said" must not find Object's own "constructor".)
const KIN = new Map<string, string[]>(Object.entries({
  force: ['police', 'force'], police: ['police'], ministry: ['ministry'], department: ['department'], bureau: ['bureau'], agency: ['agency'], company: ['company', 'inc', 'ltd'],
  committee: ['committee'], office: ['office'], government: ['government'], ministerio: ['ministerio'], gobierno: ['gobierno'], policia: ['policia'],
  organization: ['organization'], organisation: ['organisation'], firm: ['firm'], organizacion: ['organizacion'], empresa: ['empresa'],
  compania: ['compania'], agencia: ['agencia'], fundacion: ['fundacion'], foundation: ['foundation'], organismo: [], entidad: [], airline: ['airline', 'airlines', 'airways', 'air'],
  club: ['club', 'fc', 'united', 'city'], county: ['county'], city: ['city'], town: ['town'], council: ['council'], district: ['district']
}))

/** "the company", "la empresa", "the airline", "el organismo norteamericano": a word for a body, which never points back at someone with a first name. */
export function isBodyNoun(role: string): boolean {
  // ("el organismo norteamericano", "la entidad financiera": a Spanish head noun comes first, an adjective may follow it.)
  const spanish = /^(?:el|la)\s+(\p{Ll}+)(?:\s+\p{Ll}+)?$/iu.exec(role.trim())?.[1]
  if (spanish) return KIN.has(foldText(spanish)) || GENERIC_BODY.has(foldText(spanish)) || /^(?:organismo|entidad|ente|institución)$/u.test(spanish)
  // ("The Indian army", "the state government": a body's word as the head, after a word that says whose.)
  const head = /^the\s+(?:[\p{Lu}\p{Ll}][\p{Ll}\-]+\s+)?(\p{Ll}+)$/iu.exec(role.trim())?.[1]
  return !!head && (KIN.has(foldText(head)) || GENERIC_BODY.has(foldText(head)) || isBodyWord(head))
}

/** What the article says a person is ("the head of the National Assembly"), from the first mention of them that says it. */
export function roleOfName(mentions: readonly Mention[], name: string): string {
  const tokens = splitWords(name).map(wordKey)
  for (const m of mentions) if (contains(m.tokens, tokens) || contains(tokens, m.tokens)) if (m.role || m.title) return m.role || m.title
  return ''
}

/**
 * "A co-owner of the NHL's New Jersey Devils said …" in the paragraph under the headline, then "Devils co-owner Joshua Harris said …"
 * opening the next: news describes someone first and names them in the paragraph after (a delayed identification). The person
 * named within the next paragraph's first words (titles before the name, no stop or comma between), if any.
 */
export function identifiedNext(read: MentionsRead, at: number, anywhere = false): string | null {
  const { text } = read
  const headlineEnd = text.indexOf('\n\n')
  const ledeEnd = text.indexOf('\n\n', at)
  const ledeStart = text.lastIndexOf('\n\n', at)
  // (The lede is the paragraph under the headline, or the one a dateline opens: "PHNOM PENH - Much of the death …".)
  const dateline = /^\s*\p{Lu}[\p{Lu} .,'’]{2,40}\s[—–-]\s/u.test(text.slice(ledeStart, ledeStart + 50))
  // (`anywhere`: after any paragraph, not only the lede; see guessSpeakers.)
  if (headlineEnd < 0 || ledeEnd < 0 || (!anywhere && ledeStart !== headlineEnd && !dateline)) return null
  const next = ledeEnd + /^\s*/u.exec(text.slice(ledeEnd))![0].length
  // ("Devils co-owner Joshua Harris": a body's name may stand in the title before the person's.)
  // (From the first mention at `next`, found by halving: asked for many quotes, it stays linear.)
  let m: Mention | undefined
  for (let k = countBefore(read.mentions, (x) => x.start < next); k < read.mentions.length && !m && read.mentions[k]!.start - next <= 80; k++) {
    if (!read.mentions[k]!.org && read.mentions[k]!.tokens.length >= 2) m = read.mentions[k]
  }
  if (!m || m.start - next > 80 || /[.,;:!?"“”«»]/u.test(text.slice(next, m.start))) return null
  return read.fullOf(m)
}

/** Words a role never opens with: a connective, an adverb, a date or a count ("y el ministro de Salud", "también en Twitter", "11 de abril"). */
const NOT_ROLE_START = /^(?:y|e|o|and|or|but|though|however|meanwhile|either|sino|también|tanto|antes|después|pese|porque|bajo|hoy|ayer|each)(?![\p{L}])|^\d[\d.,]*(?:%|\s)/iu
/** A verb in "-ed" with its object or phrase after it ("condemned Wednesday’s attack", "formed in recent weeks"), a Spanish participle with its agent or day ("citado por la agencia", "reclamado este miércoles"), a gerund ("acompañándola en …"). */
const PAST_WITH_OBJECT = /^\p{Ll}+ed\s+(?:(?:up|that|in|of|by|on|the|a|an|his|her|its|their)(?![\p{L}])|\p{Lu})|^\p{Ll}+(?:ad|id)[oa]s?\s+(?:por|este|esta|ayer|hoy|al?)\s|^\p{Ll}+(?:[aá]ndo|i[eé]ndo)(?:l[oa]s?|le|les|se)?\s/u

/** The role shown with a suggested speaker: a short noun phrase, never a clause with a speech verb in it ("informa Blanca Cia", "two officials tell CNN"; "alleged" is an adjective). */
export function roleToShow(role: string): string {
  const cut = shortRole(role)
  return !cut || NOT_ROLE_START.test(cut) || PAST_WITH_OBJECT.test(cut) || speechVerbIn(cut) || notOneWordRole(cut) ? '' : cut
}

/** One word that is no role: a name or a place with a capital that no list of titles holds ("Twitter", "Pilar", "Rome"; an acronym may be one, "VP"), or a noun for a thing or an act by its ending ("migración", "legislation", "alegando"). */
function notOneWordRole(role: string): boolean {
  if (/\s/u.test(role)) return false
  if (/^\p{Lu}[\p{Ll}.]/u.test(role)) return !isRoleWord(role.replace(/\.$/u, '')) && !isPersonNoun(role.toLowerCase())
  return /(?:ción|sión|dad|ncia|miento|tion|sion|ity|ance|ence|ment|ing|ando|iendo)$/u.test(role)
}

/** A speech verb in lower case among a role's words: not "alleged" (an adjective), nor the head noun that ends a longer one ("architect of the attacks"). */
function speechVerbIn(role: string): boolean {
  const words = role.split(/\s+/u)
  return words.some((w, i) => /^\p{Ll}/u.test(w) && !/ed$/u.test(w) && !(i === words.length - 1 && words.length >= 3) && isCueWord(w))
}

/** "Reuters Editor-in-Chief Alessandra Galloni", "Ravens GM Ozzie Newsome": a title or an office run on before a full name is the person's role, not part of the name. */
export function titleRunOn(speaker: string): { name: string; role: string } | null {
  const words = speaker.split(/\s+/u)
  // The last word that says an office: a title, a role's noun, or initials ("GM", "CIO"); two capitalised words at least after it.
  const titled = (w: string) => isRoleWord(w.replace(/\.$/u, '')) || /^\p{Lu}{2,4}$/u.test(w) || isPersonNoun(w.toLowerCase().replace(/^.*-/u, ''))
  const k = words.findLastIndex((w, i) => i < words.length - 2 && titled(w))
  const rest = words.slice(k + 1)
  // (Not two people, "Erika Andiola y Lucía Allain"; not a body's name, "Department of Health Ann Cole", "National Police Chiefs’ Council"; a title alone
  // before the name, "Councilman Rafael Ortiz", is the name's parse's to take off.)
  if (k < 1 || words.slice(0, k + 1).some((w) => /^(?:and|y|e|de|del|of|for|the|el|la)$/iu.test(w)) || !rest.every((w) => /^\p{Lu}/u.test(w) && !isBodyWord(w) && !/['’]s?$/u.test(w))) return null
  return { name: rest.join(' '), role: words.slice(0, k + 1).join(' ') }
}
