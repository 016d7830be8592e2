/**
 * Words written with a full stop that ends no sentence ("Mr.", "Gen.",
 * "Inc.", "Feb."), and the titles that stand before a person's name, in
 * English and Spanish: one list, read by the sentence splitter (their stop
 * ends nothing), by the name finder (a title is no part of the name, and its
 * stop belongs to it) and by the attribution rules. Extend it here.
 */
import { foldText } from './fold'

/** Titles abbreviated before a person's name: "Mr. Romero", "Sra. Machado", "Dra. Lehman", "Gen. Padrino", "Adv Tšosane" (an advocate, in southern Africa), "Pdte" (presidente). */
export const HONORIFICS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Dr', 'Dra', 'Sr', 'Sra', 'Srta', 'Lic', 'Ing', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt', 'Prof', 'Rev', 'Adv', 'Pdte', 'Pdta']

/** Abbreviations inside names that are no title: "St. Louis", "Martin Luther King Jr.". */
const IN_NAMES = ['St', 'Jr']

/** Every abbreviation a name can hold, as written: "Mr", "St", … (its full stop after it). */
export const NAME_ABBREVIATIONS: readonly string[] = [...HONORIFICS, ...IN_NAMES]

/** Other words shortened with a full stop: companies, numbers, months, "etc.". */
const OTHER = ['inc', 'ltd', 'co', 'no', 'vs', 'ft', 'mt', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'etc']

const ABBREVIATIONS = new Set([...NAME_ABBREVIATIONS.map((w) => w.toLowerCase()), ...OTHER])

/** Whether a word (without its full stop, any case) is an abbreviation whose stop ends no sentence. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase())
}

/**
 * Words that stand before a person's name as a title or a role, never part of
 * the name ("Councilman Rafael Ortiz", "Lt. Gov. Ana Ruiz", "el diputado
 * Juan Pérez"), folded (lower case, no accents), with and without a stop.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    HONORIFICS.map((t) => `${t.toLowerCase()} ${t.toLowerCase()}.`).join(' ') +
    ' sir dame lord lady president vice prime minister secretary senator representative governor mayor general president-elect vice-president premier governor-elect mayor-elect ' +
    'attorney prosecutor chancellor judge justice pope king queen prince princess colonel captain lieutenant sergeant major-general major-gen brigadier brigadier-general lieutenant-general admiral rabbi reverend pastor imam bishop archbishop officer detective chief ' +
    'commissioner ambassador speaker director executive administrator undersecretary whip superintendent supt inspector insp constable commander det cllr councillor pc dc ds dci di assistant ceo chair chairman chairwoman deputy foreign interior defense defence home health finance us u.s. uk u.k. un u.n. eu e.u. former acting interim secretary-general director-general ' +
    'national assembly opposition leader líder lider spokesman spokeswoman spokesperson professor coach manager founder cofounder co-founder editor advocate ' +
    'councilman councilwoman councilmember member miembro alderman alderwoman sheriff supervisor congressman congresswoman assemblyman assemblywoman delegate trustee lt. qb mvp ' +
    'auditor comptroller treasurer clerk assessor coroner contralor contralora tesorero tesorera councilor selectman selectwoman freeholder alderperson assemblymember trooper ' +
    'regidor regidora edil síndico síndica vicepresidente vicepresidenta ' +
    'quarterback linebacker cornerback pitcher shortstop goalkeeper goalie striker midfielder winger delantero portero arquero centrocampista mediocampista volante zaguero entrenador seleccionador ' +
    'presidente presidenta ministro ministra canciller diputado diputada senador senadora alcalde alcaldesa gobernador gobernadora fiscal doctor doctora señor senor señora senora don dona doña ' +
    'concejal concejala convencional consejero consejera juez jueza magistrado magistrada procurador procuradora ' +
    'mandatario mandataria jefe jefa intendente intendenta subsecretario subsecretaria secretario secretaria vocero vocera portavoz ' +
    'comisionado comisionada defensor defensora rector rectora fiscala comandante coronel teniente capitán capitana sargento almirante papa cardenal obispo arzobispo monseñor rabino relator relatora rapporteur patriarca patriarch pontífice pontiff dt'
  )
    .split(/\s+/)
    .filter(Boolean)
    // (Folded as they are looked up: "capitán", "monseñor" are "capitan", "monsenor".)
    .map(foldText)
)

/** Letters after a name that are no part of it: "Neil Ford QC", "Chris Grayling MP", "Ana Ruiz, PhD". */
export const POSTNOMINALS: ReadonlySet<string> = new Set(['qc', 'kc', 'mp', 'msp', 'ms', 'mep', 'am', 'phd', 'md', 'obe', 'mbe', 'cbe', 'rn', 'esq'])

/** Whether a word (any case or accents, with or without its stop) is a title: "Councilman", "Gov.", "Alcaldesa". */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(foldText(word))
}

/** A title before a name or letters after one ("MP", "QC"): a word that says what someone is. */
export function isRoleWord(word: string): boolean {
  return isTitleWord(word) || POSTNOMINALS.has(foldText(word).replace(/\./g, ''))
}

/** Titles that say whether the person is a man or a woman, folded (lower case, no accents). */
// Spanish offices say it too ("la ministra", "el diputado"); "presidente", "fiscal", "concejal" say nothing.
const MALE_TITLES = new Set(['mr', 'sr', 'senor', 'don', 'king', 'prince', 'lord', 'sir', 'ministro', 'diputado', 'senador', 'alcalde', 'gobernador', 'mandatario', 'subsecretario', 'secretario', 'vocero', 'magistrado', 'procurador', 'congressman', 'councilman', 'chairman', 'spokesman'])
const FEMALE_TITLES = new Set(['mrs', 'ms', 'sra', 'dra', 'srta', 'senora', 'dona', 'queen', 'princess', 'lady', 'dame', 'presidenta', 'ministra', 'diputada', 'senadora', 'alcaldesa', 'gobernadora', 'concejala', 'jueza', 'fiscala', 'mandataria', 'subsecretaria', 'secretaria', 'vocera', 'magistrada', 'procuradora', 'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman'])

/** The gender a folded title gives ("mr", "sra.", "us president" → none), a man's title first when both appear. */
export function genderOfTitle(foldedTitle: string): 'm' | 'f' | null {
  const words = foldedTitle.split(/\W+/)
  if (words.some((w) => MALE_TITLES.has(w))) return 'm'
  if (words.some((w) => FEMALE_TITLES.has(w))) return 'f'
  return null
}
