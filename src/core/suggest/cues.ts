/**
 * The words that attribute speech ("said", "told", "according to", "dijo",
 * "según"), and the small words that stand between a speaker and a cue
 * ("also", "later", "has"), in English and Spanish. Kept apart from the
 * rules that use them so a newsroom can read, and extend, the lexicon.
 */
import { perText } from '../text/perText'

const ENGLISH_CUES = `
said says say saying hissed decreed highlighted added adds adding told tells telling wrote writes written writing announced announces stated states explained explains
noted notes warned warns claimed claims insisted insists argued argues asked asks replied replies responded responds recalled recalls
continued continues declared declares tweeted tweets posted posts acknowledged acknowledges admitted admits confirmed confirms denied denies
described describes urged urges predicted predicts suggested suggests testified testifies conceded concedes boasted boasts complained complains
emphasized emphasised emphasizes emphasises stressed stresses observed observes remarked remarks quipped quips recounted recounts shouted shouts
joked jokes vowed vows promised promises pledged pledges cautioned cautions agreed agrees countered counters mused muses reported reports
estimated estimates assured assures maintained maintains wondered wonders lamented laments objected objects proclaimed proclaims opined opines
labelled labeled dubbed termed branded called calls commented comments reiterated reiterates concluded concludes recognized recognised
acknowledged pointed yelled screamed cited cites asserted asserts contended contends retorted questioned accused indicated indicates instructed admit deny insist warn claim
confided confides read reads answered answers shared
revealed reveals confessed confesses captioned penned gushed gushes teased teases laughed exclaimed whispered clarified clarifies elaborated
reasoned pleaded demanded alleged alleges slammed blasted fumed raved hinted
chanted chants remembered remembers recommended recommends advised advises begged begs reminded reminds foresaw pronounced pronounces beamed summed
maintain argue contend assert allege sang sings implored implores sniped griped grumbled marveled marvelled ranted thundered scoffed bemoaned bragged sighed
praised hailed criticized criticised condemned decried denounced derided lambasted welcomed dismissed characterized characterised likened touted
hisses recognizes recognises yells screams accuses instructs exclaims elaborates pleads grumbles scoffs bemoans brags criticizes criticises condemns
decries denounces derides lambastes dismisses characterizes characterises likens touts slams retorts pondered ponders attacked`

/**
 * Plain forms of the verbs above, said of a plural subject ("researchers explain", "the authors write"); never after "to", a modal, "not"
 * or "than" ("the right to respond", "would later ask", "needed to create … rather than respond"). (The ten plain forms in ENGLISH_CUES, "warn", "claim", …, stay unguarded: guarded, "used his
 * speech to warn against “…”" loses its speaker.)
 */
const ENGLISH_PLAIN = `explain add tell write announce ask reply respond recall declare acknowledge confirm describe urge predict suggest testify concede
complain emphasize emphasise observe recount agree assure lament proclaim reiterate conclude recognize recognise clarify reveal confess
yell shout scream`

/** Participles whose subject is the sentence's: "…, Burns addressed the difficulty, saying “…”". */
const ENGLISH_PARTICIPLES = `saying adding noting stating explaining warning telling arguing insisting claiming asking calling describing declaring urging recalling
highlighting asserting accusing promising acknowledging boasting shouting chanting singing announcing`

// (After "habló": presents of the verbs in -ar above, "remata", whose plurals withPlurals adds, or the plural alone where the
// singular is also an adjective, "precisan"; on the last lines, more verbs of saying, then of belief and confiding: "creen que «…»", "confía en que «…»" give a view as its holder's.)
const SPANISH_CUES = `
dijo dice dicen dijeron afirmó afirma afirman afirmaron señaló señala señalan señalaron agregó agrega agregaron añadió añade añadieron
aseguró asegura aseguran aseguraron explicó explica explicaron indicó indica indicaron manifestó manifiesta declaró declara declararon
sostuvo sostiene expresó expresa comentó comenta advirtió advierte denunció denuncia destacó destaca subrayó subraya insistió insiste
recalcó precisó apuntó apunta respondió responde preguntó pregunta escribió escribe anunció anuncia informó informa reconoció reconoce
admitió admite criticó critica alertó aseveró puntualizó concluyó relató relata contó cuenta detalló detalla opinó opina consideró considera
describió describe llamó denominó exclamó replicó expuso planteó argumentó argumenta calificó califica reiteró reitera manifestó lamentó lamenta abundó resaltó resalta
recomendó recomienda gritó grita gritaron confiesa confesó ironizó zanjó valora valoró reflexiona reflexionó tildó tilda tildaron tachó tacha tacharon calificaron pidió pide exigió exige reclamó reclama instó insta aclaró aclara enfatizó enfatiza recordó recuerda mencionó menciona sentenció remarcó acotó matizó adujo alegó cita citó citan citaron
resume resumió rememora rememoró refiere refirió ejemplifica ejemplificó sintetiza sintetizó lanza lanzó esgrime esgrimió ahonda ahondó asegura
reveló revela remarca expone matiza puntualiza asevera contestó contesta remató remachó espetó proclamó tuiteó prosiguió continuó continúa cuestionó cuestiona acusó acusa negó niega confirmó confirma desmintió justificó agradeció sugirió sugiere anotó ratificó completó
reza rezaba
adelantó adelanta auguró augura vaticinó vaticina bromeó bromea deslizó desliza defendió defiende elogió elogia reprochó reprocha apostilló
apostilla alerta recalca concluye replica plantea acota aduce alega aconseja aconsejó
decía decían comentaba explicaba aseguraba señalaba afirmaba añadía agregaba insistía sostenía advertía relataba escribía respondía reconocía admitía lamentaba denunciaba
replicaba gritaba preguntaba recriminaba
recriminó recrimina dicta habló
abunda anota completan espeta exclama ironiza justifica precisan proclama ratifica remacha remata tuitea zanja
reafirmó reafirma juzgó juzga externó narró narra narraron retrucó fustigó clamó suplicó rogó imploró susurró murmuró razonó arremetió
cree creyó creía creían confió confía sostuvieron expusieron condenó celebró aplaudió repudió condena celebra aplaude repudia
prosigue desmiente agradece retruca fustiga clama suplica ruega implora susurra murmura razona arremete`

const SPANISH_PARTICIPLES = `tildando tachando calificando diciendo afirmando señalando agregando añadiendo asegurando explicando indicando advirtiendo`

/** "se desmarcó del presidente al recalcar que Kim «…»": "al" and a verb of saying, whose subject is the sentence's as a gerund's is. */
const AL_INFINITIVES = `decir asegurar afirmar señalar recalcar advertir explicar indicar subrayar destacar insistir reconocer sostener manifestar expresar
declarar añadir agregar comentar responder admitir denunciar lamentar criticar defender preguntar reiterar alertar aclarar`.split(/\s+/u).map((w) => `al ${w}`)

/** The -ing form of each English cue in -ed: "stated" → "stating", "admitted" → "admitting", "denied" → "denying", "agreed" → "agreeing". */
const ingForms = (cues: string): string[] => cues.split(/\s+/u).filter((w) => /\p{Ll}{2}ed$/u.test(w)).map((w) => w.replace(/ied$/u, 'ying').replace(/eed$/u, 'eeing').replace(/ed$/u, 'ing'))
/** The participles listed above, cues wherever they stand. */
const ANYWHERE_PARTICIPLES = [...ENGLISH_PARTICIPLES.split(/\s+/u), ...SPANISH_PARTICIPLES.split(/\s+/u), ...AL_INFINITIVES].filter(Boolean)
/** The -ing forms not listed: cues only right after a comma (", denying that “…”"; never "after denying him", "Yelling told"). */
const AFTER_COMMA_PARTICIPLES = ingForms(ENGLISH_CUES).filter((w) => !ANYWHERE_PARTICIPLES.includes(w))

/** Cues in -ing (and Spanish gerunds): never with a subject of their own. */
export const PARTICIPLES = new Set([...ANYWHERE_PARTICIPLES, ...AFTER_COMMA_PARTICIPLES])

/** Cues whose subject is the one being described, and whose speaker follows "by": "labelled … by the UN". */
export const PASSIVE_CUES = new Set(['labelled', 'labeled', 'dubbed', 'termed', 'branded', 'described', 'called'])
/** Verbs that name their object ("called Quintero a “monkey”", "calificó de “simio” a Quintero"): a name right after one is who was named, never who spoke. */
export const NAMING_VERB = /^(?:called|calls|calling|labell?ed|dubbed|termed|branded|described|describes|llamó|llamaron|calificó|calificaron|califica|tildó|tilda|tildaron|tachó|tacha|tacharon|denominó|describió|(?:spoke|spoken|speaks|talked|talks)\s+(?:of|about))$/iu

/**
 * Each Spanish cue with its plural: "respondió" → "respondieron", "afirmó" → "afirmaron", "señala" → "señalan"; an "-ió" may be an -ar
 * verb's ("denunció" → "denunciaron"), so it gets both forms. A past one also gets its past subjunctive, which reports after "para que",
 * "hasta que" ("bastaron unas horas para que el ministro anunciara que «…»"): "afirmó" → "afirmara", "advirtió" → "advirtiera".
 */
function withPlurals(words: readonly string[]): string[] {
  const endings = (w: string, i: string, a: string) => [`${w.slice(0, -2)}${i}`, `${w.slice(0, -1)}${a}`]
  // (Not a request's: "desde que el FBI le pidiera a Apple una «llave maestra»" quotes what was asked for, a term.)
  const subjunctive = (w: string) => (REQUESTS.has(w) ? [] : /ió$/u.test(w) ? [...endings(w, 'iera', 'ara'), ...endings(w, 'ieran', 'aran')] : /ó$/u.test(w) ? [`${w.slice(0, -1)}ara`, `${w.slice(0, -1)}aran`] : [])
  const plurals = (w: string) => [...(/ió$/u.test(w) ? endings(w, 'ieron', 'aron') : /ó$/u.test(w) ? [`${w.slice(0, -1)}aron`] : /[ae]$/u.test(w) ? [`${w}n`] : []), ...subjunctive(w)]
  return [...new Set([...words.flatMap((w) => [w, ...plurals(w)]), ...IRREGULAR_SUBJUNCTIVES.split(/\s+/u)])]
}

const REQUESTS = new Set(['pidió', 'exigió', 'reclamó', 'instó'])
/** Past subjunctives of the irregular cues in the past ("dijo" → "dijera"). */
const IRREGULAR_SUBJUNCTIVES = 'dijera dijeran sostuviera sostuvieran expusiera expusieran'

/** Spanish past participles that do not follow the pattern (advirtió → advertido, dijo → dicho). */
const IRREGULAR_PARTICIPLES = `dicho escrito expuesto advertido pedido descrito propuesto sostenido sugerido concluido repetido preferido admitido`

/** "ha señalado", "han advertido": the perfect of each Spanish cue in the past (señaló → señalado, añadió → añadido, denunció → denunciado). */
function spanishPerfects(words: readonly string[]): string {
  const participles = new Set(IRREGULAR_PARTICIPLES.split(/\s+/))
  for (const w of words) if (/ió$/u.test(w)) participles.add(`${w.slice(0, -2)}ido`).add(`${w.slice(0, -1)}ado`)
  else if (/ó$/u.test(w)) participles.add(`${w.slice(0, -1)}ado`)
  return String.raw`(?:ha|han|había|habían|he|hemos)\s+(?:${[...participles].join('|')})`
}

/** Idioms of saying, whose verb alone says nothing ("dejó claro que", "hizo hincapié en que", "llegó a decir"); each a whole phrase, so "dejó" alone is never a cue. */
const SPANISH_PHRASES = [String.raw`(?:dejó|dejaron|(?:ha|han|había|habían)\s+dejado)\s+(?:en\s+)?(?:claro|clara|patente)`, String.raw`(?:hizo|hicieron|(?:ha|han)\s+hecho)\s+hincapié`, String.raw`(?:puso|pusieron|(?:ha|han)\s+puesto)\s+de\s+(?:relieve|manifiesto)`, String.raw`(?:llegó|llegaron|vino|vinieron|acabó|acabaron|terminó|terminaron|volvió|volvieron)\s+(?:a\s+(?:${AL_INFINITIVES.map((w) => w.slice(3)).join('|')})|diciendo)`, String.raw`(?:se\s+)?(?:limitó|limitaron|limita|limitan|(?:ha|han)\s+limitado)\s+a\s+(?:decir|señalar|afirmar|asegurar|apuntar|indicar|responder|explicar|comentar|recordar|subrayar|reiterar)`, String.raw`(?:no\s+)?(?:dudó|dudaron|duda|dudan|(?:ha|han)\s+dudado)\s+en\s+(?:calificar|tildar|definir|describir|afirmar|asegurar|señalar|decir|reconocer|criticar|acusar|advertir)`, String.raw`(?:quiso|quisieron|quiere|quieren|(?:ha|han)\s+querido)\s+(?:dejar\s+(?:claro|clara|patente)|destacar|subrayar|recordar|aclarar|recalcar|puntualizar|matizar)`, String.raw`(?:se\s+)?(?:mostró|mostraron|muestra|muestran|(?:ha|han)\s+mostrado)\s+(?:convencid[oa]s?|segur[oa]s?|confiad[oa]s?|partidari[oa]s?)\s+de`, String.raw`(?:es|son|era|eran|fue|fueron)\s+de\s+la\s+(?:idea|opinión)`, String.raw`(?:echa|echan|echó|echaron|echaba)\s+en\s+falta`, String.raw`(?:emitió|emitieron|publicó|publicaron|difundió|difundieron|firmó|firmaron|(?:ha|han)\s+(?:emitido|publicado|difundido|firmado))\s+(?:(?:el|la)\s+\p{Ll}+\s+)?(?:una|un)\s+(?:declaración|comunicado|carta|nota)(?:\s+(?:conjunta|conjunto|oficial|pública|abierta))?`]

/** English idioms of saying: "As Gaiman put it, “…”", "“…,” as the Times put it on Tuesday", "another student chimed in", "she fired back", "he went on to say" ("put", "fired" alone are never cues). */
const ENGLISH_PHRASES = [String.raw`put\s+it(?=\s*[,:.;!?]|\s+(?:on|in|at|last|this|earlier|later|recently|bluntly|succinctly|simply|best|once)\s)`, String.raw`(?:went|goes|go)\s+on\s+to\s+(?:say|add|call|describe|claim|argue|warn|insist|note|explain|suggest|write|tell|ask)`, String.raw`(?:chimed|chimes|piped|pipes)\s+(?:in|up)`, String.raw`(?:fired|fires|shot|shoots)\s+back`, String.raw`(?:spoke|spoken|speaks|talked|talks)\s+(?:of|about)`]

/**
 * Spanish verbs that are also a noun or an adjective ("la cifra precisa", "una sentencia"), or that mostly publish something else ("publicó un
 * reportaje", "compartió una foto"): cues only right after a quote and its comma
 * (or first in the words read after the quote's closing mark, where attributionAfter looks).
 */
const AFTER_QUOTE_ONLY = [String.raw`(?:precisa|sentencia|publicó|publicaron|posteó|postearon|compartió|compartieron|contaba|contaban|continuaba|continuaban)(?<=(?:^|["”»’],)[\s,]{0,3}\p{L}+)`]

/**
 * "aseguraba", "advertían", "concluía", "destacaba": the imperfect of each verb "al" may open (from the infinitive: -ar → -aba, -er and
 * -ir → -ía) and of each cue in the preterite ("concluyó" → "concluía", "destacó" → "destacaba"). A verb in -ió may be in -er/-ir or in
 * -iar ("añadió", "anunció"), so both stems are kept; the form that is no word matches nothing. Kept as stems before one ending, so the
 * pattern stays small (every form spelt out made it three times slower).
 */
function imperfectStems(): { aba: string[]; ia: string[] } {
  const aba = new Set<string>()
  const ia = new Set<string>()
  for (const w of AL_INFINITIVES.map((x) => x.slice(3))) (/ar$/u.test(w) ? aba : ia).add(w.slice(0, -2))
  for (const w of SPANISH_CUES.split(/\s+/u)) {
    if (OTHER_SENSE_IN_IMPERFECT.has(w) || !/ó$/u.test(w)) continue
    if (/[iy]ó$/u.test(w)) ia.add(w.slice(0, -2))
    if (!/yó$/u.test(w)) aba.add(w.slice(0, -1))
  }
  return { aba: [...aba], ia: [...ia] }
}
/** Cues whose imperfect mostly means something else ("se contaba con", counted on; "continuaba siendo", went on being): a cue only right after a quote (AFTER_QUOTE_ONLY). */
const OTHER_SENSE_IN_IMPERFECT = new Set(['contó', 'continuó'])
const STEMS = imperfectStems()
const IMPERFECTS = String.raw`(?:${STEMS.aba.join('|')})aban?|(?:${STEMS.ia.join('|')})ían?`

const cueWords = [...SPANISH_PHRASES, ...ENGLISH_PHRASES, ...AFTER_QUOTE_ONLY, ...ENGLISH_CUES.split(/\s+/), ...withPlurals(SPANISH_CUES.split(/\s+/).filter(Boolean)), ...ANYWHERE_PARTICIPLES].filter(Boolean)

const L = String.raw`\p{L}`
/** After a preposition ("teniendo en cuenta", "a claim") or a name's or noun's possessive ("the ministry’s claim") the word is a noun. */
const AFTER_PREPOSITION_OR_OWNER = String.raw`(?<!(?:^|[^${L}])(?:en|a|por)\s)(?<!(?:^|[^${L}])(?!(?:he|she|it|let|that|there|here|who|what|where)['’])[${L}]+['’]s\s)`
/**
 * One speech verb, as a whole word (accented letters count as letters; never the end of a compound: "hand-written", "so-called"),
 * never a noun of the same form (a pronoun's "’s" is "has": "she’s said" is a verb).
 */
const NOT_FINITE = String.raw`(?<!(?:^|[^${L}])(?:to|would|will|could|can|should|may|might|must|did|do|does|not|n['’]t|cannot|never|let|than)\s+(?:(?:later|also|then|still|just|not|never|\p{Ll}+ly)\s+)?)`
export const CUE = new RegExp(String.raw`(?<![${L}])(?<![${L}]-)${AFTER_PREPOSITION_OR_OWNER}(?:${spanishPerfects(SPANISH_CUES.split(/\s+/))}|${IMPERFECTS}|${cueWords.join('|')}|${NOT_FINITE}(?:${ENGLISH_PLAIN.trim().split(/\s+/).join('|')})|(?:${AFTER_COMMA_PARTICIPLES.join('|')})(?<=,[^\S\n]{0,3}\p{L}+))(?![${L}])`, 'giu')

const ENGLISH_CUE_WORDS = new Set(ENGLISH_CUES.split(/\s+/).filter(Boolean))

/** One English speech verb ("said", "predicted"): where English and Spanish read the same words differently. */
export const isEnglishCue = (word: string): boolean => ENGLISH_CUE_WORDS.has(word.toLowerCase())

/** One word that is a speech verb, in any case ("Agregó", "said"): the whole word, never part of one. */
export function isCueWord(word: string): boolean {
  CUE.lastIndex = 0
  const m = CUE.exec(word)
  CUE.lastIndex = 0
  return !!m && m[0].length === word.length
}

/** The first words of a text's label lines: a capitalised word, lower-case words with no speech verb, a colon, a quote. */
const labelWords = perText((text): ReadonlySet<string> => {
  // (A verb in the past makes the words a clause, not a label: "Morena respaldó la iniciativa: “…”".)
  const found = [...text.matchAll(/(?:^|\n)(\p{Lu}[\p{L}\-]*)(\s+\p{Ll}[^\n:“"]{0,120}):\s*[“"«]/gu)].filter((m) => !m[2]!.split(/[\s,]+/u).some((w) => isCueWord(w) || /^\p{Ll}{3,}(?:ó|aron|ieron|eron)$/u.test(w)))
  return new Set(found.map((m) => m[1]!))
})

/** A line that opens with the word, then lower-case words with no speech verb, then a colon ("Pre-emptive self-exoneration: “…”"): a label, not its speaker. */
export const opensLabel = (word: string, text: string): boolean => labelWords(text).has(word)

/** "according to X", "según X", "de acuerdo con X" (or "a X", "al X", "con lo informado por X"), "in the words of X", "en las crudas palabras de X" (an adjective may qualify the words): the speaker comes after. */
export const SOURCE_CUE = new RegExp(String.raw`(?<![${L}])(?:according to|in the (?:\p{Ll}+\s+)?words of|(?:a\s+|the\s+following\s+is\s+a\s+)?statement\s+(?:from|by)|(?:prepared\s+)?remarks\s+(?:of|by)|(?:según|de acuerdo con)\s+lo\s+(?:informado|dicho|señalado|expuesto|explicado|publicado|reportado|indicado|declarado|afirmado)\s+por|según|de acuerdo (?:con|al?(?!\s+lo\s))|en (?:las\s+)?(?:\p{Ll}+\s+)?palabras del?|a juicio del?|en opinión del?|a decir del?|in the (?:view|opinion) of|declaración\s+de|comunicado\s+de)(?![${L}])`, 'giu')

/** Words in "-ly" that are no adverb: "the family said", "the assembly voted", "the daily reported". */
const LY_NOT_ADVERB = 'family|ally|rally|assembly|supply|monopoly|anomaly|bully|reply|elderly|daily|weekly|monthly|quarterly|friendly|early'
/** An adverb in -ly, in lower case ("piously", "tearfully"), never a noun or an adjective in -ly ("the family", "daily"): between a subject and its verb (BETWEEN), after an inverted subject (subjectAfter.ts), in a phrase that is a clause (speakerKind.ts). */
export const LY_ADVERB = String.raw`(?!(?:${LY_NOT_ADVERB})(?![\p{L}]))\p{Ll}{3,}ly`

/** Words that may stand between a speaker and their verb: "Trump also said", "The report thus called for", "she had earlier said", "Brooke tearfully asked", "Ruiz finalmente dijo", "another rather bluntly wrote", "una fuente nos la resumió" (a clitic; "me" and "te" are left out: "Alberto me dijo" inside a quote is the quote's own). */
export const BETWEEN = new RegExp(
  String.raw`(?:\s+(?:also|thus|therefore|hence|however|in\s+turn|meanwhile|instead|now|still|yesterday|today|mientras\s+tanto|hoy|ayer|ahora|todavía|later|then|has|had|have|was|were|is|would|will|could|can|be|been|heard|overheard|previously|earlier|repeatedly|once|recently|further|again|simply|only|just|publicly|privately|separately|first|never|ya|también|luego|después|además|asimismo|entonces|incluso|por\s+su\s+parte|no|le|les|lo|la|los|las|nos|se|ha|había|han|(?:(?:rather|quite|very|somewhat|pretty|too|so|more|most|less|muy|más|bastante)\s+)?(?:${LY_ADVERB}|\p{Ll}{3,}mente)))+$`,
  // (Case matters: in lower case only, so a name in -ly, "Kelly said", "Emily said", is never taken for an adverb.)
  'u'
)

export const PRONOUN = /^(?:he|she|they|we|i|él|ella|ellos|ellas|nosotros)$/iu

/** Words after which the verb's subject is further back ("but said", "who said", "y dijo"). */
export const CLAUSE_JOIN = /(?:^|\s)(?:but|and|who|which|yet|so|while|pero|y|e|quien|quienes|que|mientras)$/iu

/** What comes between a cue and an inverted speaker that is not the speaker: "said on Tuesday", "told reporters", "dijo a la prensa". */
export const AFTER_CUE_SKIP =
  /^(?:\s+(?:\p{Ll}{3,}mente|primero|luego|después|también|además|entonces|así|bien|first|then|also|later|again)(?=\s)|\s+(?:el|este|esta)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|pasado)|\s+(?:hoy|ayer)|\s+(?:on|last|this|early|late|earlier|later)\s+\p{Lu}\p{L}+|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|recently)(?=[\s,.;:!?]|$)|\s+(?:to\s+)?reporters|\s+(?:in\s+a\s+statement|on\s+(?:social\s+media|twitter|x|facebook|instagram|tiktok|telegram|truth\s+social|television|state\s+television))|\s+en\s+(?:twitter|x|facebook|instagram|tiktok|telegram|redes\s+sociales|su\s+cuenta\s+de\s+\p{L}+)|\s+a\s+(?:la\s+prensa|los\s+periodistas|periodistas|Reuters|AFP|EFE|AP|CNN|VOA|la\s+Voz\s+de\s+América)|\s+(?:en\s+(?:un\s+comunicado|rueda\s+de\s+prensa|declaraciones)))+/iu

/** A conjunction that opens a clause of its own after a quote ("while", "mientras", "aunque"); never "as"/"como", which attribute ("as Smith put it"), nor "but", whose subject often goes on speaking. */
export const NEW_CLAUSE = /^(?:mientras(?:\s+que)?|while|whereas|although|though|aunque|because|porque|ya que|puesto que)(?![\p{L}])/iu
/** "several seconds", "dos horas": a span of time (speakerKind.ts takes none for a speaker). */
export const SPAN_OF_TIME = String.raw`(?:a|an|a\s+few|few|some|many|several|two|three|four|five|ten|unos|unas|pocos|muchos|dos|tres|cuatro|cinco|diez|varios|varias)\s+(?:\p{Ll}+\s+){0,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|segundos|minutos|horas|días|semanas|meses|años|décadas)`
/**
 * A subordinating conjunction right after a quote ("a medida que", "so that"): its clause goes on the sentence, comma or not; no attribution.
 * ("“…”, two weeks after the bank announced its plans": a clause of when, with or without its span of time, names no speaker either.)
 */
export const SUBORDINATE = new RegExp(String.raw`^(?:a medida que|de (?:modo|manera|forma) que|para que|sin que|hasta que|antes de que|después de que|siempre que|so that|even though|even if|as long as|as soon as|(?:(?:${SPAN_OF_TIME}|shortly|just|soon|long)\s+)?(?:after|before|since|until|once))(?![\p{L}])`, 'iu')
/** "según dijo X", "as said X": a word that makes the verb after it inverted, its subject after it. */
export const AS_IN = /^[\s,]*(?:según|as)\s*$/iu
/** A cue followed by the clause it reports: "ha insistido en que", "alertan que, poco a poco,", "said that the" (never "said that day"). */
export const REPORTS_WHAT_FOLLOWS = /^\s+(?:(?:en|de)\s+)?que[\s,]|^\s+that,|^\s+that\s+(?!(?:day|night|week|month|year|morning|afternoon|evening|time)\b)/iu

/**
 * "ha contado con una red", "cuenta con apoyo", "los elementos apuntan a que": "contar con" is to have, "apuntar a" to point to; no speech.
 * Nor is "called to the school", "called off": to summon or cancel; nor "continued to sign up": to go on doing something else.
 */
export function otherSense(cue: string, after: string): boolean {
  return (/(?:^|\s)(?:cuentan?|contó|contaron|contado)$/iu.test(cue) && /^\s+con\s/iu.test(after)) || (/(?:^|\s)(?:apuntan?|apuntó|apuntaron|apuntado)$/iu.test(cue) && /^\s+(?:a|al|hacia)\s/iu.test(after)) ||
    (/^called$/iu.test(cue) && /^\s+(?:to|off|out|up|into|back|away)\s/iu.test(after)) ||
    // ("as the company continued to sign up subscribers": going on doing something else says nothing; "continued to insist" does.)
    (/^(?:continued|continues|continuó|continúa)$/iu.test(cue) && /^\s+(?:to|a)\s+\p{Ll}/u.test(after) && !/^\s+(?:to|a)\s+(?:say|insist|argue|claim|warn|stress|maintain|deny|defend|decir|insistir|afirmar|defender|negar|sostener)\b/iu.test(after))
}

/**
 * "his professors cracked jokes", "she made remarks": a cue word in -s right after a verb in the past is its object, a plural
 * noun ("was quoted saying" and "had said" stay cues; "the accused says": after an article, the -ed word is the subject).
 * So is one right after a preposition or a possessive, in a phrase that goes on: "said in prepared remarks during a speech"
 * ("In his remarks, the secretary thanked …" opens the sentence with whose words follow, as a cue does).
 */
export function cueIsObject(before: string, cue: string, after = ''): boolean {
  if (!/s$/iu.test(cue)) return false
  // ("his client’s answers", "her closing remarks": a noun after an owner's possessive and an adjective; "called on States": a capital mid-sentence names.)
  if (/^\p{Lu}/u.test(cue) && /\p{Ll}\s+$/u.test(before)) return true
  const possessed = /(?:(?:^|[^\p{L}])(?:in|his|her|their|its|our|my|your)|\p{L}['’]s)\s+(?:(?:prepared|\p{Ll}+(?:ing|al|ive|ful))\s+)?$/iu.test(before.slice(-30)) && !/^\s*,/u.test(after)
  // ("Contrary to some reports, …", "despite media reports": after a quantifier or a word for the press, a plural noun.)
  const counted = /(?:^|[^\p{L}])(?:some|many|several|these|those|recent|earlier|media|news|press)\s+$/iu.test(before.slice(-20))
  return possessed || counted || /(?:^|[^\p{L}])(?<!(?:the|a|an|his|her|their|its|our|my|your)\s)(?:\p{Ll}{3,}ed|made)\s+$/u.test(before.slice(-40))
}

/** Cues followed by the one spoken to, not by the speaker ("told Alito", "le preguntó"). */
export const TAKES_LISTENER = /^(?:told|tells|tell|telling|asked|asks|ask|urged|urges|warned|warns|assured|assures|reminded|reminds|instructed|instructs|advised|advises|begged|begs|implored|implores|pidió|preguntó|instó|exigió)$/iu
