/**
 * The gender a common first name says, for the pronoun rules: "Maria Lopez
 * runs the shelter. Her brother, Juan, helps … “We never close,” she said"
 * points "she" at Maria, not at Juan, the last person named. The text's own
 * signs come first (a title, "la ministra", a pronoun right after the name,
 * in names.ts); this list is only for a name the text gives no sign for.
 *
 * Only names that are one gender in English- and Spanish-language news: a
 * name that is both, or one in one language and the other in another
 * ("Andrea", "Jean", "Kim", "Alex", "Guadalupe", "Rosario"), is left out and
 * says nothing. Compared folded (case and accents ignored). A Spanish
 * article before a role says a gender too, unless the noun has one gender
 * for everyone ("la autoridad", "la víctima").
 */
import { foldText } from '../text/fold'

const FEMALE = `mary maria marie ana anna ann anne annie elizabeth liz lisa laura sarah sara jennifer jessica emily emma olivia sophia sophie
isabel isabella isabelle margaret patricia linda barbara susan karen nancy betty helen sandra donna carol ruth sharon michelle
amanda melissa deborah stephanie rebecca rachel catherine katherine kathryn kate katie christine christina julia julie martha
alice amy angela angelica claire clara diana dorothy eleanor ellen elena emma evelyn grace hannah heather irene jane janet
joan joyce judith judy karla kristen lauren lucy lucia luisa lydia marta megan melanie monica natalie nicole paula pamela
rose rosa samantha shirley silvia sylvia teresa theresa valerie victoria virginia wendy carmen dolores mercedes pilar beatriz
lorena adriana alejandra gabriela daniela fernanda valentina camila mariana veronica veronique ines ingrid esperanza gloria
marisol raquel rocio yolanda elisa eva irene lourdes soledad susana cristina concepcion consuelo josefina juana margarita
patricia claudia sonia leticia liliana norma graciela silvana florencia agustina micaela milagros jimena ximena paola
kamala hillary melania jill ivanka greta ursula giorgia marine jacinda priti suella yvette kemi olena
sue kathy cathy debbie jenny beth becky meg peggy nora molly maggie abby abigail ella chloe zoe amelia charlotte lily mia ava
madison natasha tanya vanessa jasmine tiffany brenda gina tina anita rita eileen kathleen colleen maureen sheila bridget fiona
siobhan aoife niamh gillian harriet imogen lucinda penelope rosemary sally sylvie tracey tracy wanda ximena marisa lupe
begona nuria montserrat ainhoa lidia noelia macarena carolina adela aurora alicia amparo belen celia cecilia elvira esther estefania eugenia
gema inmaculada lara miriam nerea olga rebeca sofia tamara vanesa magdalena maite yasmina ione arantxa itziar manuela francina meritxell
delia bibiana matilde fatima natalia pepa maribel loreto tatiana zulema
marjorie alexandria ilhan rashida tulsi kristi pam karoline tammy jeanne nikki stacey gretchen letitia ketanji usha gwen stacy`.split(/\s+/u)

const MALE = `john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler
aaron henry douglas peter adam nathan zachary walter kyle harold carl arthur gerald roger keith jeremy lawrence sean christian
ethan austin joe albert jesse willie billy bruce bryan ralph roy eugene louis philip bobby johnny russell vincent wayne
juan jose luis carlos jorge miguel pedro manuel francisco antonio javier alejandro fernando ricardo eduardo roberto sergio
diego pablo andres rafael raul ramon enrique alberto arturo gustavo hector ignacio jaime julio marcos mario martin oscar
rodrigo santiago sebastian tomas victor emilio esteban felipe gonzalo hugo joaquin lorenzo mateo nicolas ruben salvador
alfonso alvaro cesar cristobal domingo ernesto federico gabriel gerardo guillermo horacio jesus leonardo mauricio octavio
nestor orlando osvaldo rogelio teodoro xavier agustin benito emiliano fidel lazaro marcelo maximiliano rolando ulises
adrian ivan inigo iker jordi borja alfredo hernan dario fabian julian gaston matias lucas lionel aitor xabier unai gorka oriol
marc bernardo camilo leopoldo mariano patricio rodolfo ezequiel facundo nahuel jaume quim josep carles toni pere ernest
mitch chuck hakeem ron glenn elon sundar satya jensen rudy newt mitt bernie raphael cory beto alvin merrick clarence brett antonin rex
lloyd kash friedrich viktor jared barron doug bernard sadiq humza wes ed dominic gavin
barack vladimir volodymyr emmanuel olaf keir boris rishi narendra recep mahmoud mohammed muhammad
ahmed omar hassan ibrahim yusuf abdullah jair lula nayib
tom tommy bob bill billy jim jimmy mike dave steve dan danny ben nick tony matt rob ted rick greg jeff jon josh ken tim andy
pete fred harry ian neil nigel graham colin clive derek trevor stuart stewart alan allan alastair callum liam connor declan
seamus brendan kieran rory owen gareth rhys dylan luke max oliver jake zach chad brad todd travis dustin marco paco pepe
chuy nacho kiko quique terry`.split(/\s+/u)

const GENDERS = new Map<string, 'm' | 'f'>([
  ...FEMALE.map((n) => [foldText(n), 'f'] as const),
  ...MALE.map((n) => [foldText(n), 'm'] as const)
])

/** Spanish nouns whose article is the word's gender, not the person's: "la autoridad extranjera" may be a man. */
const EPICENE = new Set('autoridad persona víctima figura fuente personalidad eminencia estrella celebridad criatura institución entidad organización'.split(' ').map(foldText))

/** Spanish singular demonstratives, which point back as an article does ("ese hombre", "esta abogada"), as a pattern's alternatives. */
export const DEMONSTRATIVES = 'este|esta|ese|esa|aquel|aquella|dicho|dicha'
/** The same, capitalised or not, for a case-sensitive pattern's determiners ("Esta vecina", "esta vecina"). */
export const DEMONSTRATIVE_WORDS = DEMONSTRATIVES.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')
/** A Spanish clitic pronoun, capitalised where it opens a sentence ("Le dijo", "Lo describe el arquitecto"): no name, though "Le" is a surname too. */
export const CAPITAL_CLITIC = /^(?:Lo|La|Le|Les|Los|Las|Se|Me|Te|Nos)$/u
/** A phrase that opens with one: "esta vecina del barrio". */
export const DEMONSTRATIVE_OPENS = new RegExp(`^(?:${DEMONSTRATIVES})\\s`, 'iu')
/** "the man", "la joven": a generic noun for a person, someone unnamed rather than the last person named. */
export const GENERIC = /^(?:the|el|la)\s+(?:\p{Ll}+\s+)?(?:man|woman|person|guy|boy|girl|hombre|mujer|persona|joven|chico|chica)$/iu
/** A phrase that opens with a demonstrative, Spanish or English: "esta vecina", "este informe", "this report", "these letters". */
export const opensPointing = (phrase: string): boolean => DEMONSTRATIVE_OPENS.test(phrase) || /^th(?:is|ese)\s/iu.test(phrase)

const ARTICLE_THEN_NOUN = new RegExp(`^(el|la|${DEMONSTRATIVES})\\s+(\\p{L}+)`, 'iu')

/** The gender a Spanish article or demonstrative before a role says ("la ministra", "el fiscal", "esa mujer" → 'f', 'm', 'f'), or null: none, or a noun of one gender for everyone ("la autoridad"). */
export function articleGender(role: string): 'm' | 'f' | null {
  const m = ARTICLE_THEN_NOUN.exec(role.trim())
  if (!m || EPICENE.has(foldText(m[2]!))) return null
  return /^(?:la|esta|esa|aquella|dicha)$/iu.test(m[1]!) ? 'f' : 'm'
}

/**
 * English nouns for a person of one gender, beyond kin: the marked forms ("the actress", "the congresswoman") and titles ("the
 * king"). Never a noun in "-man" ("the spokesman", "the chairman"), which news writes for women too.
 */
const FEMALE_NOUN = /^(?:\p{Ll}+-?)?wom[ae]n$|^(?:actress|waitress|hostess|heiress|princess|duchess|countess|empress|baroness|queen|lady|girl)$/u
const MALE_NOUN = /^(?:king|prince|duke|emperor|baron|boy)$/u

/**
 * The gender a role says: a Spanish article or demonstrative before it ("la ministra"), else an English head noun of one gender
 * after "the" ("the actress", "the widow", "the king"), or null ("the lawyer", "the spokesman": no gender said).
 */
export function roleGender(role: string): 'm' | 'f' | null {
  const said = articleGender(role)
  if (said || !/^(?:the|this|that)\s/iu.test(role.trim())) return said
  const head = /(\p{L}+)$/u.exec(role.trim())?.[1]?.toLowerCase() ?? ''
  return nounGender(head)
}

/** The gender an unnamed person's description says by its head noun: "A masked man on a motorbike" → 'm', "an elderly woman" → 'f'. */
export function describedGender(description: string): 'm' | 'f' | null {
  const head = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+((?:[\p{Ll}\-]+\s+){0,3}?)(\p{Ll}+)(?=\s+(?:on|in|at|from|with|of|who|near)\s|$)/u.exec(description.trim())?.[2]
  if (!head) return null
  return head === 'man' ? 'm' : nounGender(head)
}

/** The gender a head noun says: kin ("widow"), a marked form ("actress"), a title ("king"); else null. */
const nounGender = (head: string): 'm' | 'f' | null => KIN.get(head) ?? (FEMALE_NOUN.test(head) ? 'f' : MALE_NOUN.test(head) ? 'm' : null)

/** Kin and partners, whose word says the gender of the one named after it: "his wife Fran", "su hermano Juan". */
const KIN = new Map<string, 'm' | 'f'>([
  ...'wife mother daughter sister widow girlfriend grandmother granddaughter aunt niece esposa madre hija hermana viuda novia abuela nieta tía tia sobrina mamá mama'.split(' ').map((w) => [w, 'f'] as const),
  ...'husband father son brother widower boyfriend grandfather grandson uncle nephew esposo marido padre hijo hermano viudo novio abuelo nieto tío tio sobrino papá papa'.split(' ').map((w) => [w, 'm'] as const)
])

/** The gender a kin word before a name says ("his wife, Fran" → 'f'), or null; `owned`: only right after a possessive ("his wife Fran", not "his late father Gerhard"). */
export function kinGender(before: string, owned = false): 'm' | 'f' | null {
  const word = (owned ? /(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Ss]us?)\s+(\p{Ll}+),?\s+$/u : /(?:^|[^\p{L}])(\p{Ll}+),?\s+$/u).exec(before)?.[1]
  return word ? (KIN.get(word) ?? null) : null
}

/** Whether the name at `start` is written right after a possessive and a kin word ("his son, Omar Mateen", "su esposa Ana"). */
export function namedAsKin(text: string, start: number): boolean {
  return kinGender(text.slice(Math.max(0, start - 30), start), true) !== null
}

/** The gender the words right before a name say: a Spanish article before a role ("la ministra Ana Ruiz", "el fiscal Juan Pérez") or a kin word ("his wife Fran"). */
export function genderBefore(before: string): 'm' | 'f' | null {
  return articleGender(/(?:^|[^\p{L}])((?:la|el)\s+\p{Ll}[\p{L}\-]*)\s+$/u.exec(before)?.[1] ?? '') ?? kinGender(before)
}

/** The gender a person's first name says ("Maria Lopez" → 'f', "Juan" → 'm'), or null when the name is not a common one-gender name. */
export function genderOfFirstName(name: string): 'm' | 'f' | null {
  const first = name.trim().split(/\s+/u)[0] ?? ''
  return GENDERS.get(foldText(first)) ?? null
}

/**
 * Where a person's name starts in a body's name run into theirs with no comma ("Universidad Pompeu Fabra Lorenzo Gabrielli": 3), or -1:
 * at the last first name that follows no other first name ("… de Chile María José García" is María José García), two words or more
 * into the run ("Fundación Carlos Slim" is a body's name; an outlet spoken to may be one word, `least` 1: "a Nature David Nutt") and never
 * after "de"/"of" ("Gobierno de Justin Trudeau" is his government).
 */
export function personStartAfterBody(words: readonly string[], least = 2): number {
  for (let k = words.length - 2; k >= least; k--) {
    // (A surname may open with a particle: "Gobierno Eduardo del Castillo".)
    const surname = /^\p{Lu}/u.test(words[k + 1]!) || (/^(?:de|del|la|van|von|da|dos)$/u.test(words[k + 1]!) && /^\p{Lu}/u.test(words[k + 2] ?? ''))
    if (genderOfFirstName(words[k]!) && !genderOfFirstName(words[k - 1]!) && !/^(?:de|del|of|for)$/u.test(words[k - 1]!) && surname) return k
  }
  return -1
}

/**
 * "BBC Mundo David Gibson", "CNN Jake Tapper" after "a"/"to": an outlet's
 * acronym (and one more word of its name, unless a first name comes right
 * after the acronym), or its name in words ("Financial Times Carl Tahyer"),
 * run into the name of the person who spoke. The person,
 * or null when the run is no such thing. The outlet's name may be one word ("dijo a Nature David Nutt").
 */
export function personAfterOutlet(run: string): string | null {
  const words = run.trim().split(/\s+/u)
  // "Financial Times Carl Tahyer": an outlet named in words, run into the person's name that a first name opens (as a body's is).
  if (!/^\p{Lu}{2,}$/u.test(words[0] ?? '')) {
    const k = words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? personStartAfterBody(words, 1) : -1
    return k === -1 ? null : words.slice(k).join(' ')
  }
  // (The words after it are in title case: "ÚLTIMO CANDIDATO EN VOTAR" is a heading, no outlet and no one.)
  if (!/^\p{Lu}{2,}$/u.test(words[0] ?? '') || words.slice(1).some((w) => !/^\p{Lu}/u.test(w)) || words.slice(1).every((w) => !/\p{Ll}/u.test(w))) return null
  // ("BBC Mundo Peggy": one first name after a two-word outlet is the person, named by it alone.)
  if (words.length === 3 && !genderOfFirstName(words[1]!) && genderOfFirstName(words[2]!)) return words[2]!
  // ("BBC Farouk Soussa": with only two words after the acronym, they are the person, first name known or not.)
  const at = genderOfFirstName(words[1] ?? '') || words.length === 3 ? 1 : 2
  return words.length - at >= 2 ? words.slice(at).join(' ') : null
}
