/**
 * What a capitalised phrase in an article is: a person's name with the title
 * before it ("National Assembly President Jorge Rodríguez" → the title
 * "National Assembly President", the name "Jorge Rodríguez"), or a body's
 * name ("Foro Penal", "the Ministry of Defence"). The word lists that decide
 * it (titles, bodies, words that start sentences) live here; names.ts finds
 * the phrases in an article and resolves what each later mention stands for.
 */
import { isRoleWord, isTitleWord, NAME_ABBREVIATIONS, POSTNOMINALS, TITLE_WORDS as TITLE_LIST } from '../text/abbreviations'
import { foldText } from '../text/fold'
import { genderOfFirstName } from './firstNames'
import { isPlaceName } from './placeNames'

/** What a surname may open with in lower case, before its capital: "d'Aubuisson", "al-Masri", "el-Sisi" (a pattern's alternatives). */
export const NAME_PREFIX = String.raw`d['’]|al-|el-`

/** A capitalised word ("d'Aubuisson", "al-Masri", "el-Sisi" too, and "O´Neill" typed with an acute accent for the apostrophe); a full stop belongs to it only in initials and titles ("U.S.", "J.", "Dr."), never at a sentence's end, and a hyphen never ends it ("-explicó Ruiz Gómez- es"). */
const TOKEN = String.raw`(?:(?<=Number[^\S\n])\d{1,3}(?![\p{L}\d])|(?:\p{Lu}{2}\.){2}|(?:\p{Lu}\.){1,3}|(?:${NAME_ABBREVIATIONS.join('|')})\.|(?:${NAME_PREFIX})\p{Lu}[\p{L}\p{M}\p{N}'’\-]*(?<!-)|[\p{Lu}][\p{L}\p{M}\p{N}'’\-]*(?<!-)(?:´\p{Lu}[\p{L}\p{M}\p{N}'’\-]*(?<!-))?)`
// One word each ("de la" is "de" then "la"): a word has one way to be read, so no input makes the match backtrack.
// ("on" joins a body's name, "Committee on Intelligence", and "para" a Spanish one's, "Instituto para la Protección del Ambiente", never a
// person's to what follows: "Trump on Fox News"; "&" joins a
// company's, "Standard & Poor's", "Procter & Gamble".)
const CONNECTOR = String.raw`(?:de|del|la|las|los|da|do|dos|das|van|von|der|den|ter|des|du|bin|ibn|al|el|of|for|the|and|y|e|&|(?<=(?:Committee|Commission|Council|Conference|Subcommittee|Panel|Board|Office|Institute|Centre|Center|Task Force)[^\S\n]+)on|(?<=(?:Instituto|Centro|Centros|Comisión|Consejo|Oficina|Fondo|Programa|Fundación|Agencia|Alianza|Asociación|Coalición|Comité|Movimiento|Frente|Plataforma|Observatorio|Foro)[^\S\n]+)para|(?<=(?:Personas|Pacientes|Enfermos|Niños|Mujeres|Familias|People|Persons|Children|Women|Families)[^\S\n]+)(?:con|with))`
/** Capitalised words, joined by the small words names and bodies have inside them (at most twelve words: no name is longer). */
// (One space between words: two end the name, as where a sub-heading runs into its paragraph, "Respuesta de Facebook  Facebook respondió".)
export const NAME_PHRASE = new RegExp(String.raw`(?<!(?:^|[^\p{L}])(?:[Aa]nti|[Pp]ro|[Nn]on|[Pp]ost|[Pp]re|[Nn]eo|[Mm]id)-)${TOKEN}(?:[^\S\n](?:${CONNECTOR}[^\S\n]){0,3}${TOKEN}){0,15}`, 'gu')

/** A list of words, compared folded (case and accents ignored). */
function foldedWords(list: string): Set<string> {
  return new Set(list.split(/\s+/).map(foldText))
}

/** Capitalised words that begin sentences or name times, not people. */
const NOT_NAME_START = foldedWords(
  (
    'the a an but and or in on at for of to from with by when while after before since still last this that these those it its he she they we i you his her their our ' +
    'unlike like see es fue era two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety hundred dos tres cuatro cinco seis siete ocho nueve diez as if however meanwhile also among despite according asked under over about more most many some such there here then than so yet why what who how where one two ' +
    'above below though although now today tomorrow yesterday instead nevertheless moreover overall finally first across throughout inside outside beyond behind besides toward towards against amid amongst upon within without via left right top bottom pictured ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'según pero y en con por para desde tras durante sin sobre este esta estos estas ese esa el la los las un una lo al del cuando mientras además sin embargo su sus mi mis nuestro nuestra nuestros nuestras ' +
    // (Spanish writes its days in lower case: a capitalised "Domingo" inside a sentence is a first name, "Domingo José Ramos".)
    'lunes martes miércoles jueves viernes sábado watch read credit photo additional sot vo nat intro ' +
    // Conjunctions and adverbs that open a sentence ("Once Fetter left …", "Ahora Bustos asegura …"): closed classes, never a name.
    'once because unless until whether perhaps maybe indeed thus hence otherwise besides ahora luego entonces así aquí allí ahí allá acá hoy ayer porque aunque incluso también todavía aún ya solo quizás pues ' +
    // …and English adverbs that open one before a subject ("Even de Miranda’s own example …", "Only Trump can …", "Later Smith said"; not "Just": "Just Stop Oil").
    'even only almost nearly never always often sometimes soon later earlier again already nonetheless anyway rather especially particularly mostly amid amidst asimismo ' +
    // Question and relative words that open a topic line ("Qué planteamiento usará:", "Cómo ve el torneo:").
    'qué que cómo como cuál cuáles quién quiénes dónde cuándo cuánto cuánta cuántos cuántas which whose whom ' +
    // Determiners that open a subject ("Both Johnson and Corbyn", "Ambos candidatos").
    'both either neither each every all ambos ambas cada todos todas several algún alguna algunos algunas ningún ninguna ninguno varios varias otros otras ' +
    // …and Spanish demonstratives and quantifiers ("Esto quiere decir que …", "Muchos expertos …").
    'esto eso aquello éste ésta ése ésa muchos muchas pocos pocas tantos tantas tal dicho dicha dichos dichas ' +
    // Spanish pronouns before a verb ("Se dice que …", "Nos dijeron …"; not "Le": "Le Pen") and the English "Let" ("Let me say …").
    'se me nos os let ' +
    // Words that open an adverbial phrase ("Junto a su esposa", "Dentro del partido").
    'junto dentro fuera cerca ' +
    // Time before a clause ("Hace 30 años que Maradona …", "Hacía meses que …"), and impersonal verbs that open one ("Resulta que …", "Cabe recordar …").
    'hace hacía resulta cabe existe existen ' +
    // Numbers of people ("Decenas de mujeres", "Thousands of fans"), a negation ("No obstante", "Not Munn.") and a question's verb ("Will China …?").
    'decenas cientos centenares miles millones docenas dozens hundreds thousands millions no not nor will would can could should shall does did is are was were has have had'
  )
)

/** Words before a name that are a title or a role, not part of the name (text/abbreviations.ts holds the list). */
const TITLE_WORDS = TITLE_LIST

/** Words that make a name a body rather than a person. */
const ORG_WORDS = foldedWords(
  (
    'ministry office committee government party court council assembly department agency association union group organization organisation university times news post ' +
    'police army navy force forces bank company corporation inc ltd foundation institute center centre commission network service services house senate congress parliament ' +
    'board campaign movement front coalition alliance federation league club united hospital school church press tribunal fund programme program watch international ' +
    'ministerio programa gobierno partido corte consejo asamblea departamento agencia asociación unión grupo organización universidad policía ejército fundación instituto comisión ' +
    'tribunal foro frente alianza federación coalición oficina naciones unidas congreso senado cámara chamber ayuntamiento parlamento ' +
    'administration authority bureau embassy trust administración autoridad secretaría servicio embajada ' +
    'society academy museum clinic institution observatory laboratory college colegio sociedad academia museo clínica sindicato juzgado fiscalía procuraduría defensoría comité institución observatorio laboratorio ' +
    'centro dirección directorate subsecretaría contraloría superintendencia alcaldía gobernación cancillería consejería secretariat'
  )
)

/**
 * "CastañedaRepresentante": two words the page's extraction ran together, a capital after three small letters, when the second half is a
 * long word or a title, or the text writes the first half alone; a company's own capitals ("GateHouse", "BlackRock") and a user's name
 * ("PlutoPete") are a name.
 */
export function runTogether(word: string, text: string): boolean {
  const m = /^(.*\p{Ll}{3})(\p{Lu}\p{Ll}{3}.*)$/u.exec(word)
  if (!m) return false
  const first = m[1]!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  return m[2]!.length >= 9 || isRoleWord(m[2]!) || isTitleWord(m[2]!) || new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'u').test(text)
}

/** Whether a word (any case or accents) makes a phrase a body: "ministry", "campaign", "administration", "partido". */
export const isBodyWord = (word: string): boolean => ORG_WORDS.has(foldText(word))

/** "la ONG", "the NGO": the initials of a kind of body, written like a body's own acronym but naming none ("explica la ONG" is the body named before). */
export const isKindInitials = (word: string): boolean => /^(?:ONG|NGO)$/u.test(word.trim())

/** A word as names are compared: folded, without full stops and apostrophes ("Rodríguez’" → "rodriguez"). */
export const wordKey = (word: string) => foldText(word).replace(/[.’']/g, '')

/** The words of a phrase, split at white space. */
export function splitWords(phrase: string): string[] {
  return phrase.split(/\s+/).filter(Boolean)
}

/** Days and months, English and Spanish, folded: when something was said, never who said it. */
const ENGLISH_DATES = 'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' ')
const SPANISH_DAYS = 'lunes martes miercoles jueves viernes sabado'.split(' ')
const DATE_WORDS = new Set([...ENGLISH_DATES, ...SPANISH_DAYS, ...'domingo enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'.split(' ')])
/**
 * Words after a name that are no part of it ("Gayle King on Sunday", "Where Is Ted Williams Now?"): English days and months, Spanish
 * days, and words for now; never a Spanish month, which is also a surname ("Victoria Abril").
 */
const TIME_WORDS = new Set([...ENGLISH_DATES, ...SPANISH_DAYS, ...'now again tonight yesterday tomorrow ahora hoy'.split(' ')])

/** "Theresa May", "Brian May": a month right after a first name alone is a surname, no date. */
const surnamedAsMonth = (words: readonly string[]) => words.length === 2 && /^(?:May|March|April|June)$/u.test(words[1]!) && genderOfFirstName(words[0]!) !== null

/** A day or a month: "Tuesday", "septiembre". */
export function isDateWord(word: string): boolean {
  return DATE_WORDS.has(foldText(word))
}

/** Script labels in broadcast copy, never part of a name: "SOT Stephanie Brower". */
const BROADCAST_LABELS = new Set(['SOT', 'VO', 'NAT', 'INTRO', 'SLUG', 'TAG', 'OC'])

/** Small words that never sit inside a person's name: "President of France Nicolas Sarkozy", "Sam Rainsy and Kem Sokha". */
const NOT_IN_PERSON_NAME = new Set(['of', 'for', 'the', 'on', 'and', 'y'])

/** Title words that make a title only before another ("Foreign Minister", "Home Secretary", "Deputy Mayor"). */
const MODIFIER_TITLES = new Set(['foreign', 'interior', 'home', 'health', 'finance', 'defense', 'defence', 'deputy', 'acting', 'interim', 'former', 'national', 'assistant', 'executive', 'opposition'])

/** A body's kind, between "of the" and its name: "the candidate of the coalition Juntos Haremos Historia" is the coalition's candidate, no name of a person; "a spokesman for the charity Oxfam". */
export const BODY_KIND = 'coalition|party|coalición|partido|alianza|alliance|movement|movimiento|campaign|campaña|charity|agency|group|union|company|firm|organi[sz]ation|foundation|watchdog|association|ONG|organización|fundación|empresa|sindicato|asociación|agencia'
/** A body's kind with up to two words before it, an acronym or words in lower case: "the UN refugee agency", "the charity". */
export const KIND_OF_BODY = String.raw`(?:(?:\p{Lu}{2,}|\p{Ll}[\p{L}\-]*)\s+){0,2}(?:${BODY_KIND})`

/** A member of a party, written as a capitalised noun: "an Iowa Republican", "the first-term Democrat", "Republicans". */
export const PARTY_MEMBER = /^(?:Democrat|Republican|Conservative|Tory|Liberal|Independent|Socialist|Libertarian|Progressive|Labourite|Unionist|Nationalist)s?$/u

/** What ends a name without being a title or a surname of its own: "Martin Luther King Jr.", "J. David Cox Sr.", a regnal number ("Isabel II", "Felipe VI"). */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|VI|VII|VIII|IX|XI|XII)\.?$/u

/** Whether a name ends in a title or letters after a name ("the Conservative MP", "la Alcaldesa"), never in "Jr." or "Sr." after a name. */
export function endsInRole(name: string): boolean {
  const words = splitWords(name)
  const last = words[words.length - 1] ?? ''
  // ("Stephen King", "Ken Doctor": a first name and one more word are a person whose surname is also a title.)
  return isRoleWord(last) && !(words.length > 1 && NAME_SUFFIX.test(last)) && !(words.length === 2 && genderOfFirstName(words[0]!) !== null)
}

/** Words that rank a title after it ("Relator Especial", "Secretario Adjunto"): alone after the title they are no name. */
const RANKS_TITLE = /^(?:Especial|General|Adjunt[oa]|Ejecutiv[oa]|Nacional|Federal|Interin[oa]|Suplente|Encargad[oa])$/u

/** A possessive at a word's end: "’s", or a bare mark after an s ("Chaves’"). */
const POSSESSIVE_END = /(?:[’']s|(?<=s)[’'])$/u

/** "Más lejos en el tiempo se va …": "Más" alone is the adverb that opens the sentence (folded it would be Artur Mas), never short for "Más País". */
export function isLoneAdverb(word: string): boolean {
  return word === 'Más'
}

/** "Finalmente", "Critically": an adverb in -mente or -ly, not a name that ends so ("Connolly", "Donnelly", "Beverly"). */
function isAdverb(word: string): boolean {
  return /^\p{Lu}\p{Ll}{4,}(?:mente|ly)$/u.test(word) && !/[oe]lly$/u.test(word) && !genderOfFirstName(word)
}

/** Split a capitalised phrase into its title and the name itself; null when nothing of a name is left. */
export function parseNamePhrase(phrase: string): { name: string; title: string; org: boolean } | null {
  // (A possessive is "’s", or a bare mark after an s: "Rodrigo Chaves’ government".)
  // ("Standard & Poor’s": a company's name joined by "&" keeps the "’s" it is spelt with.)
  let list = splitWords(/ & /u.test(phrase) ? phrase : phrase.replace(POSSESSIVE_END, ''))
  // "Adolf Hitler’s November 8 putsch": a possessive ends the name; what follows is what the person owns (never "Children’s Hospital", a body's name).
  const owner = list.findIndex((w, i) => i < list.length - 1 && /\p{L}/u.test(w.slice(0, -2)) && POSSESSIVE_END.test(w))
  // …but "China’s President Xi Jinping", "Scotland's First Minister Nicola Sturgeon": a title and a name after it are the one the possessive names.
  const owned = owner !== -1 && list.slice(owner + 1).some((w) => ORG_WORDS.has(foldText(w)))
  const titled = owner !== -1 && !owned && owner + 2 < list.length && list.slice(owner + 1, -1).some((w) => TITLE_WORDS.has(foldText(w).replace(/\.$/u, '')))
  // ("NYU's Donefer", "CNN’s Jake Tapper", "The Washington Post's Chris Mooney": a body's person, named after it, is the one.)
  const after = list.slice(owner + 1)
  const bodysPerson = owner !== -1 && !owned && (/^\p{Lu}{2,}['’]s$/u.test(list[owner]!) || (after.length === 2 && (!!genderOfFirstName(after[0]!) || list.slice(0, owner + 1).some((w) => ORG_WORDS.has(foldText(w.replace(POSSESSIVE_END, ''))))))) && after.length <= 3 && after.every((w) => /^\p{Lu}\p{Ll}/u.test(w))
  // ("the People’s Daily", "the Children’s Society": a possessive right after "the" is part of a name, no one owns the word after it; "the
  // Kremlin’s Dmitry Peskov": the two after it are a body's person.)
  const ofThe = owner === 1 && /^the$/iu.test(list[0]!) && after.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? after.length : 0
  if (titled || bodysPerson || ofThe === 2) list = list.slice(owner + 1)
  else if (owner !== -1 && !owned && ofThe !== 1) list = [...list.slice(0, owner), list[owner]!.replace(POSSESSIVE_END, '')]
  // "de Cs al PP": Spanish "al" before an acronym is "to the", joining two names, never inside one ("Abu Bakr al Baghdadi").
  const toThe = list.findIndex((w, i) => i > 0 && w === 'al' && /^\p{Lu}{2,}$/u.test(list[i + 1] ?? ''))
  if (toThe > 0) list = list.slice(0, toThe)
  // Acronyms ("UN", "EU") are names even where the word is also a small word ("un").
  // …nor an adverb in -mente or -ly ("Finalmente", "Critically"), which opens sentences the same way.
  // ("Al-Riyami", "El-Sisi": a capital after the hyphen makes the word a name, whatever the particle before it.)
  while (list.length && ((NOT_NAME_START.has(foldText(list[0]!).replace(/-.*$/u, '')) && !/^\p{Lu}{2,}$/u.test(list[0]!) && !/^\p{Lu}\p{Ll}*-\p{Lu}/u.test(list[0]!)) || BROADCAST_LABELS.has(list[0]!) || isAdverb(list[0]!))) list = list.slice(1)
  // "Seattle-based Marchex Inc", "Stockholm-based BitTorrent": a compound adjective before a name describes it; it is no part of it.
  while (list.length > 1 && /^\p{Lu}[\p{L}.]*-(?:based|born|led|backed|owned|run|funded|made)$/u.test(list[0]!)) list = list.slice(1)
  if ((list.length === 1 && isLoneAdverb(list[0]!)) || (list.length === 2 && isRoleWord(list[0]!) && RANKS_TITLE.test(list[1]!))) list = []
  // "Gayle King on Sunday": a day after the name, and the small word before it, are no part of it.
  // "advierte Alfonso S. No obstante, …": the stop after an initial ended the sentence; a word that opens one is no part of the name.
  const opens = list.findIndex((w, i) => i > 0 && /^\p{Lu}\.$/u.test(list[i - 1]!) && NOT_NAME_START.has(foldText(w)))
  if (opens > 0) list = list.slice(0, opens)
  // ("Ciudad de México En agosto de 2010 …": a heading run into its paragraph; an article or preposition that opens a sentence ends no name.)
  while (list.length && !surnamedAsMonth(list) && (TIME_WORDS.has(foldText(list[list.length - 1]!)) || /^(?:on|of|the|and|de|del|el|la|y|for|El|La|Los|Las|En|Del|Con|Por|Para|The|In|On)$/u.test(list[list.length - 1]!))) list = list.slice(0, -1)
  // "Neil Ford QC", "Chris Grayling MP": letters after a name are no part of it.
  while (list.length > 2 && POSTNOMINALS.has(foldText(list[list.length - 1]!).replace(/\./g, '')) && /^\p{Lu}{2,3}\.?$|^Ph\.?D\.?$/u.test(list[list.length - 1]!)) list = list.slice(0, -1)
  // "del periodista Jaime Avilés AMLO: vida privada …": initials after a name in title case open what follows (a book, a party), no part of it.
  const tail = list[list.length - 1] ?? ''
  if (list.length >= 3 && /^\p{Lu}{3,}$/u.test(tail) && !/^[IVXL]+$/u.test(tail) && list.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !list.some((w) => ORG_WORDS.has(foldText(w)))) list = list.slice(0, -1)
  // ("the Conservative Mark Field", "Republican John Smith": a party's member before a first name and a surname is a title.)
  if (list.length >= 3 && PARTY_MEMBER.test(list[0]!) && genderOfFirstName(list[1]!) && list.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
    const person = parseNamePhrase(list.slice(1).join(' '))
    if (person && !person.org) return { ...person, title: [list[0]!, person.title].filter(Boolean).join(' ') }
  }
  // "PS Emilia Nuyado", "PRI Ana López": a party's or body's initials before a person's name are their title.
  if (list.length >= 3 && /^\p{Lu}{2,5}$/u.test(list[0]!) && list.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !list.some((w) => ORG_WORDS.has(foldText(w)))) {
    const person = parseNamePhrase(list.slice(1).join(' '))
    if (person && !person.org) return { ...person, title: [list[0]!, person.title].filter(Boolean).join(' ') }
  }
  // ("a Gene Kelly-ish thing", "a Hitchcock-esque plot": a name made an adjective names no one.)
  if (list.length === 0 || /-(?:ish|esque)$/u.test(list[list.length - 1]!)) return null
  // "the Embassy and the United States government": "and the" joins two names; the phrase is the first.
  const joined = list.findIndex((w, i) => i > 0 && /^(?:and|y)$/u.test(w) && /^(?:the|la|el|los|las)$/u.test(list[i + 1] ?? ''))
  if (joined > 0) list = list.slice(0, joined)
  // "Superintendent Pete Steenhuis of Kent Police": a person of a body, when what comes before "of" is a person's name.
  // ("Jose Mayorga del UC Irvine Family Health Centers": "de"/"del" before a body's initials is that "of", never a surname's particle.)
  const of = list.findIndex((w, i) => w === 'of' || (/^del?$/u.test(w) && /^\p{Lu}{2,}$/u.test(list[i + 1] ?? '')))
  if (of >= 2 && !list.slice(0, of).some((w) => ORG_WORDS.has(foldText(w)))) {
    const person = parseNamePhrase(list.slice(0, of).join(' '))
    if (person && !person.org && person.name.includes(' ')) return person
  }
  // "el senador John Cornyn de Texas", "la diputada Ana Ruiz de Madrid": a place after "de" (one the place list knows) says where the
  // person is from, no part of the name.
  const from = list.lastIndexOf('de')
  if (from >= 2 && isPlaceName(list.slice(from + 1).join(' ')) && !list.slice(0, from).some((w) => ORG_WORDS.has(foldText(w)))) {
    const person = parseNamePhrase(list.slice(0, from).join(' '))
    if (person && !person.org) return person
  }
  const folded = list.map((w) => foldText(w))
  // ("Florida Power & Light", "Procter & Gamble": "&" joins only a company's name.)
  const lastOrg = folded.map((w) => ORG_WORDS.has(w) || w === '&').lastIndexOf(true)
  // (A title word right before a last "Jr." or "III" is a surname: "Martin Luther King Jr." is no King's name "Jr.".)
  const suffixAfter = (i: number) => i === list.length - 2 && NAME_SUFFIX.test(list[i + 1]!)
  // ("General" right after a body's word and before "de" is the body's adjective: "Dirección General de Salud de Francia"; a title word
  // after "of" or "for" is what a body is of, "Center for Justice Studies".)
  const bodysAdjective = (i: number) => (folded[i] === 'general' && ORG_WORDS.has(folded[i - 1] ?? '') && /^del?$/u.test(list[i + 1] ?? '')) || (/^(?:of|for)$/u.test(list[i - 1] ?? '') && ORG_WORDS.has(folded[i - 2] ?? ''))
  // ("Conservative MP Edward Argar", "SNP MP Stephen Flynn": letters for a seat, before a full name, are its title.)
  const seat = (i: number) => /^(?:MP|MSP|MEP)$/u.test(list[i]!) && i < list.length - 2
  // ("Rep. Don Bacon", "said Don Young": Spanish writes its title "don" in lower case, so "Don" with a capital is a first name.)
  const lastTitleWord = folded.map((w, i) => ((TITLE_WORDS.has(w) && list[i] !== 'Don') || seat(i)) && i < list.length - 1 && !suffixAfter(i) && !bodysAdjective(i)).lastIndexOf(true)
  // A body's name, unless a title follows it ("Khmer Service Chief Chris Decherd" is a person) — not a word that is a title only before
  // another ("Foreign" in "Ministry of Foreign Affairs"), with one word after it.
  const modifierOnly = lastTitleWord !== -1 && MODIFIER_TITLES.has(folded[lastTitleWord]!) && list.length - lastTitleWord - 1 < 2
  if (lastOrg !== -1 && (lastTitleWord <= lastOrg || modifierOnly)) return { name: list.join(' '), title: '', org: true }
  // The name is what follows the last title word ("National Assembly President Jorge Rodriguez" → "Jorge Rodriguez").
  let name = list.slice(lastTitleWord + 1)
  let title = list.slice(0, lastTitleWord + 1).join(' ')
  // A person's name has no "of" or "and" inside: keep the part after "of …" and the first of "X and Y".
  const cut = name.findIndex((w) => NOT_IN_PERSON_NAME.has(w.toLowerCase()))
  if (cut !== -1) {
    const joiner = name[cut]!.toLowerCase()
    if (joiner === 'and' || joiner === 'y') name = name.slice(0, cut)
    else if (cut >= 2) {
      // "Vanessa Foster of Medway’s Community Safety Unit": the name comes first, the body after "of".
      name = name.slice(0, cut)
    } else if (cut === 1 && /^(?:of|for|on)$/u.test(name[1]!) && !title && !TITLE_WORDS.has(foldText(name[0]!))) {
      // "said Smith of Jones", "Smith on Jones": one plain name, then whom the words are about.
      name = name.slice(0, 1)
    } else if (cut === 0 && name.length <= 3 && /^(?:of|for)$/u.test(name[0]!)) {
      // "High Commissioner for Human Rights", "Minister of Health": an office and its body, no person's name after it.
      return { name: list.join(' '), title: '', org: true }
    } else {
      const lastJoin = name.map((w) => NOT_IN_PERSON_NAME.has(w.toLowerCase())).lastIndexOf(true)
      title = [title, ...name.slice(0, lastJoin)].filter(Boolean).join(' ')
      name = name.slice(lastJoin + 1)
      // "President of France Nicolas Sarkozy": the place joins the title, the name is what is left after it ("MP for Bristol West Anna
      // Smith": a point of the compass after the place is the seat's).
      if (name.length > 2) {
        const seat = name.length > 3 && /^(?:North|South|East|West|Central)$/u.test(name[1]!) ? 2 : 1
        title = `${title} ${name.slice(0, seat).join(' ')}`
        name = name.slice(seat)
      }
    }
  }
  // "Contraloría General de la República": a title word followed by "de la …" is part of a body's name, unless a person's name comes after the place ("Fiscal General de la Nación Francisco Barbosa").
  if (/^(?:de|del)$/u.test(name[0] ?? '')) {
    const place = name.findIndex((w) => /^\p{Lu}/u.test(w))
    if (place === -1 || name.length - place - 1 < 2) return { name: list.join(' '), title: '', org: true }
    title = [title, ...name.slice(0, place + 1)].filter(Boolean).join(' ')
    name = name.slice(place + 1)
  }
  if (name.length === 0 || name.every((w) => TITLE_WORDS.has(foldText(w)))) return null
  return { name: name.join(' '), title, org: false }
}

/**
 * "el Diamante Negro", "el Sumo Pontífice": Spanish writes no article before a person's name, so "el"/"la" before two capitalised
 * words or more that hold no body's word and no first name makes them an epithet or a body's name the word lists do not know.
 * Either way the words are no name to be sure of.
 */
export function articleEpithet(written: string): boolean {
  const m = /^(?:el|la)\s+(.+)$/iu.exec(written.trim())
  const parsed = m ? parseNamePhrase(m[1]!) : null
  if (!parsed || parsed.org) return false
  const words = splitWords(parsed.name)
  return words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !words.some((w) => isBodyWord(w) || genderOfFirstName(w) !== null)
}

/** "Chair of the Local Government Association", "Minister of Natural Resources", "Jefe del Ejecutivo": a title and the body it is held in, capitalised like a name but a role. */
export function isTitleOfBody(phrase: string): boolean {
  const words = splitWords(phrase)
  // ("Secretaría de Relaciones Exteriores" is a body: folded, its first word is also a title, "secretaria"; a body's word wins.)
  return words.length >= 3 && TITLE_WORDS.has(foldText(words[0]!)) && !isBodyWord(words[0]!) && /^(?:of|for|de|del)$/u.test(words[1]!)
}

/**
 * "dijo Ana Ruiz al Ayuntamiento": "al" and a body's word after a person's name open the one spoken to, and "said Jane Doe for the Senate
 * campaign" what she did it for; neither is part of the name ("Veracruz al Frente", a coalition, "Bashar al Asad", "Department for Work"
 * stay whole).
 */
export function withoutRunOn(name: string): string {
  const told = /\s(?:(?:al|a la)\s(\p{Lu}[\p{L}\-]*)|for\s)/u.exec(name)
  return told && (!told[1] || isBodyWord(told[1])) && genderOfFirstName(name.slice(0, told.index)) ? name.slice(0, told.index) : name
}
