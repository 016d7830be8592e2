/**
 * Who a quotation is attributed to, read from the words around it: the cue
 * ("said", "dijo", "according to") and its subject, before the quote
 * ("Rodríguez said: “…”", "he said that “…”") or after it ("“…,” said
 * Alfredo Romero", "“…,” the lawyer said", "—…—dijo el ministro—").
 * The phrase found here is still raw ("he", "the lawyer", "Rodríguez");
 * names.ts turns it into the person it stands for. The subject a sentence
 * opens with, when the cue's own clause names no one, is sentenceSubject.ts's.
 */
import { spansOf } from '../text/sentences'
import { CAPITAL_CLITIC, DEMONSTRATIVE_OPENS, DEMONSTRATIVE_WORDS } from './firstNames'
import { documentSubject, openingWriting, sourcesBefore } from './writings'
import { paraSource } from './viewpoint'
import { AS_IN, BETWEEN, CLAUSE_JOIN, CUE, cueIsObject, otherSense, isEnglishCue, NAMING_VERB, NEW_CLAUSE, PARTICIPLES, PASSIVE_CUES, PRONOUN, REPORTS_WHAT_FOLLOWS, SOURCE_CUE, SUBORDINATE, TAKES_LISTENER } from './cues'
import { isTitleOfBody, NAME_PHRASE, parseNamePhrase } from './namePhrase'
import { barePlural, isNounPhrase, isPersonNoun, isPersonsNoun, ownedDocumentAtEnd, PERSON_WORD } from './speakerKind'
import { ROLE_WORDS, subjectAfter, withoutPartyAside, type Attribution, type SpeakerPhrase } from './subjectAfter'
import { NAME_AT_END, withoutTrailingAside } from './asides'
import { closeToSource, fullNameAfterVerb, quotedAsSpeaker, inWordsOf, joinedClauseStart, outerSpeech, prepositionOpensName, SPANISH_PREPOSITION_END, singularAntecedent, BODY_KIND, SPOKEN_WITH, subjectWithin, thatByPlace, unnamedAtStart, verbByPlace } from './clauseParts'
import { clauseSubject, OBJECT_RELATIVE, participleSubject, sentenceSubject, titleThenName } from './sentenceSubject'
export type { Attribution }

/** The last clause joined by "y"/"and"/"but", or after a comma, that opens with a name and its verb ("…, y el propio Vaxevanis reivindicó", "When asked …, Oprah Winfrey hesitated"). */
const JOINED_SUBJECT = new RegExp(`^[\\s\\S]*(?:(?:,\\s*|\\s)(?:y|e|and|but|pero)\\s+(?:(?:el|la)\\s+(?:propio|propia)\\s+)?|,\\s+)(${NAME_PHRASE.source})\\s+\\p{Ll}`, 'u')

/** The raw speaker phrase (its type is defined beside the inverted-subject rules, which this module uses). */
export type { SpeakerPhrase } from './subjectAfter'
/** A described subject right before the verb ("esta vecina del barrio comenta": after a demonstrative only a person's noun, never "Ese mismo día"). */
const ROLE_AT_END = new RegExp(String.raw`(?:^|\s)((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Nn]uestr[oa]s?|[Mm]is?|[Ee]l|[Ll]as?|[Ll]os|[Uu]na?|[Ss]us?|[Oo]ne|[Aa]nother|[Oo]tr[oa]|${DEMONSTRATIVE_WORDS})\s+${ROLE_WORDS})$`, 'u')
/** A described subject, then a relative clause that runs up to the verb: "the group that sued the city", "el cuerpo legal que pretende …". */
const RELATIVE_SUBJECT = /(?:^|[,;]\s*|\s)((?:[Tt]he|[Aa]n?|[Ee]l|[Ll]as?|[Ll]os|[Uu]na?)\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}[^,;:]{0,60}?)\s+(?:que|quien|quienes|who|which|that)\s+[^,;:]{3,120}$/u
/** A role, then "of" ("of the coalition") right before a name: "a spokesman for the U.S. State Department", "el candidato de la coalición Juntos …". */
const ROLE_OF_NAME = new RegExp(String.raw`(?:^|\s)((?:(?:[Aa]n?|[Aa]nother|[Oo]ne|[Oo]tr[oa]s?|[Tt]he|[Uu]na?|[Ee]l|[Ll]as?|[Ll]os|[Uu]nos|[Uu]nas|[Dd]os|[Tt]res|[Vv]arios|[Vv]arias|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:\p{Ll}[\p{L}\-]*\s+){1,3}(?:for|of|at|from|de|del)\s+(?:(?:the|la|el)\s+(?:${BODY_KIND})\s+)?)$`, 'u')
/** A whole subject that places its role: "Una manifestante en Nueva York", "A protester in Caracas" (never "… en el evento en Ginebra"). */
const LOCATED_ROLE = /(?:^|[,;]\s*)((?:[Aa]n?|[Tt]he|[Uu]na?|[Ee]l|[Ll]as?|[Ll]os|[Uu]nos|[Uu]nas)\s+(?:\p{Ll}[\p{L}\-]*\s+){1,2}(?:in|en)\s+)$/u
/** A person's name, then the body they belong to: "Oliver Fisher of the force's", "Ana Ruiz, de la". */
const OF_BODY_BEFORE = /^(.*\p{L})\s+(?:of|at|from|de|del)\s+(?:(?:the|la|el|los|las)\s+)?(?:\p{Ll}[\p{L}\-]*['’]s\s+)?$/u
const ONE_OF_BEFORE = /(?:^|\s)((?:[Uu]n[oa]|[Oo]tr[oa]|[Aa]lgun[oa]|[Oo]ne|[Aa]nother)\s+(?:de|of)\s+|(?:[Tt]he|[Aa]n?|[Uu]na?|[Ee]l|[Ll]a)\s+(\p{Ll}+)\s+(?:at|in|from|en)\s+)$/u
const PRONOUN_AT_END = /(?:^|\s)(he|she|they|we|I|él|ella|ellos|ellas)$/iu
const AFTER_PREPOSITION = /(?:^|\s)(?:in|on|at|into|via|through|en|por|desde|mediante|sobre)\s+(?:the\s+|la\s+|el\s+)?$/iu
/** ", a former IMF chief economist …", ", el exministro …", ", the Manchester Central MP": an apposition right after a name (a place or a body may open it, before its noun). */
const APPOSITION = /^,\s+(?:a|an|the|un|una|el|la)\s+(?:\p{Ll}|(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}(?:\p{Ll}|MP\b|MEP\b|MSP\b|QC\b|KC\b))/u

/** "the United States faced …": a capitalised cue word after a capitalised word is part of a name, not the verb "states". */
function inName(text: string, m: RegExpExecArray): boolean {
  return /^\p{Lu}/u.test(m[0]) && /\p{Lu}[\p{L}.'’\-]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))
}

/** "en un comunicado remitido a Europa Press": a participle's "a" before a name, the one something was sent or said to. */
const SENT_TO = /\s\p{Ll}{3,}(?:ad[oa]s?|id[oa]s?)\s+(?:a|al)\s+$/u
/** An auxiliary right after a name: the name is a clause's subject ("the Government was doing"), not a verb's inverted one. */
const CLAUSE_VERB_NEXT = /^\s+["“«]?(?:was|were|is|are|has|had|have|would|will|could|can|should|must|did|does|do|fue|era|es|ha|había|habría|sería|está|estaba)\s/u

/** The subject right before a cue: a pronoun, a name, a role; `base` is where `s` starts in the text, `cue` the verb after it when `sentence` stops before it. */
export function subjectBefore(s: string, base: number, sentence: string, sentenceBase: number, cue = ''): SpeakerPhrase | null {
  const first = s.replace(BETWEEN, '')
  let t = withoutTrailingAside(first)
  const bare = t.replace(/\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u, '').replace(BETWEEN, '')
  t = withoutTrailingAside(bare)
  const at = (text: string, type: 'name' | 'pronoun' | 'role'): SpeakerPhrase => {
    const start = base + t.length - text.length
    return { type, text, start, end: start + text.length }
  }
  // "…, Jon Piechowski, pidió": the name before the verb, its commas left over, or its aside after them ("…, whose constituency …,").
  const setOff = /,\s*$/u.test(t) || [first, bare].some((x) => /,\s*$/u.test(x) && x.trim() !== t.trim())
  t = t.replace(/\s*,\s*$/u, '')
  // "“JOH” (como se le conoce al expresidente) contestó": an aside in brackets, and the marks round a nickname, are no part of the subject.
  t = t.replace(/\s*\((?=[^()]*\s)[^()]{1,80}\)$/u, '').replace(/["“”«»](\p{Lu}[\p{L}\-]*)["“”«»]$/u, ' $1')
  // "Bono cargó contra el exsecretario general, a quien tachó de …", "…, whom he called", "… a FM El Observador donde aseguró": the name before is no subject.
  if (/,\s*(?:(?:a|al|con|contra|para|por)\s+quien(?:es)?|whom)$|\s(?:donde|where)$/iu.test(t)) return clauseSubject(t, base, sentence, sentenceBase)
  // "se le preguntó a Yurramendi, quien señaló que", "Lee, who said", "a Noam Chomsky, quien permanece aislado y afirmó": the relative pronoun stands for the one named right before it
  // (", quien además reveló que … Luis Caputo:", right after the speaker the quote before named: for that speaker, never a name after it).
  const who = /(?:\s*,\s*|(?<=\p{Lu}[\p{L}'’\-]*)\s+)(?:who|quien|quienes)(?:\s+(?:le|les|me|nos|te))?(?:\s+[^,;:.“”"«»]{1,120}?\s+(?:y|e|and))?$/u.exec(t)
  if (who) {
    // …a person or a role, never a thing owned: in "a Reyes, para saber su opinión, quien manifestó" it is the one before the aside.
    const person = (p: SpeakerPhrase | null) => !!p && (p.type === 'name' || (p.type === 'role' && !/^(?:su|sus|his|her|their|its)\s/iu.test(p.text)))
    const before = withoutPartyAside(t.slice(0, who.index))
    const antecedent = singularAntecedent(subjectBefore(before, base, sentence, sentenceBase), who[0])
    if (person(antecedent)) return antecedent
    const aside = before.lastIndexOf(',')
    const earlier: SpeakerPhrase | null = aside > 0 ? subjectBefore(before.slice(0, aside), base, sentence, sentenceBase) : /\p{L}/u.test(before) ? null : { type: 'implicit', text: '', start: base, end: base }
    if (person(earlier) || earlier?.type === 'implicit') return earlier
  }
  // "el cuerpo legal que pretende demostrar la inocencia de Hernández aseguró": the head noun phrase before its relative clause.
  const writing = openingWriting(t) ?? sourcesBefore(t)
  if (writing) return { type: 'role', text: writing.text, start: base + writing.index, end: base + writing.index + writing.text.length }
  const relative = RELATIVE_SUBJECT.exec(t)
  // ("Respecto de la imposición de un gravamen que …, puntualizó": a noun phrase after a preposition is what was spoken of.)
  const spokenOf = !!relative && /(?:^|\s)(?:de|del|a|al|sobre|about|of|regarding|en|in|on)\s*$/iu.test(t.slice(0, relative.index + relative[0].indexOf(relative[1]!)))
  if (relative && isNounPhrase(relative[1]!) && !spokenOf) {
    const start = base + relative.index + relative[0].indexOf(relative[1]!)
    // ("un detalle que Brand contaba …": in an object relative, the name after "que" is the verb's subject.)
    const objectOf = OBJECT_RELATIVE.exec(t.slice(start - base + relative[1]!.length))
    if (objectOf) {
      const at = start + relative[1]!.length + objectOf[0].length
      // ("a payout that New Media investor Leon Cooperman blasted": a body and a person's noun before the name describe the one named.)
      const person = titleThenName(t.slice(at - base))
      if (person) return { type: 'name', text: person.name, start: at + person.at, end: at + person.at + person.name.length }
      return { type: 'name', text: objectOf[1]!, start: at - objectOf[1]!.length, end: at }
    }
    return { type: 'role', text: relative[1]!, start, end: start + relative[1]!.length }
  }
  const pronoun = PRONOUN_AT_END.exec(t)
  // ("En él, defendió …": a pronoun after a preposition is where or with whom, not the verb's subject.)
  if (pronoun && !SPANISH_PREPOSITION_END.test(t.slice(0, pronoun.index + pronoun[0].length - pronoun[1]!.length))) return at(pronoun[1]!, 'pronoun')
  const owned = ownedDocumentAtEnd(t)
  if (owned) return { type: 'role', text: owned.text, start: base + owned.index, end: base + owned.index + owned.text.length }
  const name = barePlural(t) ? null : NAME_AT_END.exec(t)
  const close = name ? closeToSource(t.slice(0, t.length - name[0].length)) : null
  if (close) return at(close + name![0], 'role')
  // "respondió a la publicación del presidente en Twitter diciendo": a name after a preposition is where, not who; the subject opens the sentence.
  // ("en un comunicado remitido a Europa Press aseguró": so is a name after a participle's "a", the one something was sent or said to.)
  if (name && [AFTER_PREPOSITION, SPOKEN_WITH, SENT_TO].some((p) => p.test(t.slice(0, t.length - name[0].length)))) return sentenceSubject(sentence, sentenceBase)
  // "Maurice Obstfeld, a former IMF chief economist who teaches at the University of California, Berkeley, has warned": a name that ends an apposition set
  // off by commas belongs to it; the subject is the name it describes (in a clause joined by "and", its own: "…, and Tony Lloyd, the … MP, has pledged").
  const clause = name && setOff ? joinedClauseStart(sentence.slice(0, base + t.length - sentenceBase)) : 0
  const described = name && setOff ? sentenceSubject(sentence.slice(clause), sentenceBase + clause) : null
  if (described && described.type === 'name' && described.end < base + t.length - name![0].length && APPOSITION.test(sentence.slice(described.end - sentenceBase))) return described
  if (name) {
    // "a spokesman for the U.S. State Department said": the spokesman speaks, not the department; "fuentes de Montecon dijeron", "Una manifestante en Nueva York dijo": a role too.
    const of = ROLE_OF_NAME.exec(t.slice(0, t.length - name[0].length)) ?? LOCATED_ROLE.exec(t.slice(0, t.length - name[0].length))
    if (of) return at(of[1]! + name[0], 'role')
    // "an Iowa Republican predicted", "A Colorado Democrat said": capitalised words after "a"/"an" (before the name or read as
    // its first word) describe someone unnamed; the article stays with them.
    const from = base + t.length - name[0].length - sentenceBase
    const article = /(?:^|\s)(\p{L}+\s+)$/u.exec(sentence.slice(0, from))?.[1] ?? ''
    const withCue = (at: number) => `${sentence.slice(at)} ${cue}`
    const fromArticle = unnamedAtStart(withCue(from - article.length))
    const unnamed = fromArticle ?? unnamedAtStart(withCue(from))
    if (unnamed) {
      const start = sentenceBase + from - (fromArticle ? article.length : 0)
      return { type: 'role', text: unnamed, start, end: start + unnamed.length }
    }
    // "Chief Inspector Oliver Fisher of the force's Public Protection Command said": the person of the body speaks.
    const ofBody = OF_BODY_BEFORE.exec(t.slice(0, t.length - name[0].length))
    const person = ofBody ? NAME_AT_END.exec(ofBody[1]!) : null
    if (ofBody && person && !parseNamePhrase(person[0].replace(/^(?:the|el|la|los|las)\s+/iu, ''))?.org) {
      const start = base + person.index
      return { type: 'name', text: person[0], start, end: start + person[0].length }
    }
    // "A Chumel dijo", "Sobre Alex Strecci, refirió": a name after a preposition opening the sentence is the one spoken to or about; the subject is left out ("De Blasio said": before an English verb, a surname).
    if (prepositionOpensName(name[0], !!cue && isEnglishCue(cue)) || (CAPITAL_CLITIC.test(name[0]) && !!cue && !isEnglishCue(cue))) return null
    // "Cllr Louise Gittins, Chair of the Local Government Association said": a title in a body after a name, set off by a comma, is that person's.
    const holder = isTitleOfBody(name[0]) ? NAME_AT_END.exec(t.slice(0, t.length - name[0].length).replace(/\s*,\s*$/u, '')) : null
    if (holder && /,\s*$/u.test(t.slice(0, t.length - name[0].length))) return { type: 'name', text: holder[0], start: base + holder.index, end: base + holder.index + holder[0].length }
    return at(name[0], 'name')
  }
  const role = [ROLE_AT_END.exec(t)].find((m) => !m || !DEMONSTRATIVE_OPENS.test(m[1]!) || isPersonsNoun(m[1]!.split(/\s+/u)[1] ?? '')) ?? null
  // "A propósito, señaló", "Su objetivo, dijo, fue …": "a" and a noun, or something owned, set off by a comma, opens the sentence; it is not the verb's subject.
  const opener = setOff && !!role && /^(?:[Aa]|[Ss]us?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/u.test(role[1]!)
  // "En su homilía manifestó", "In his speech he said": something owned after a preposition is where it was said; the subject is left out.
  if (role && /^(?:[Ss]us?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/u.test(role[1]!) && AFTER_PREPOSITION.test(t.slice(0, t.length - role[1]!.length))) return { type: 'implicit', text: '', start: base + t.length, end: base + t.length }
  // "Otro de los carteles rezaba", "one of the protesters said": the one of them is the subject, not the whole group ("the woman at the chamber of commerce says": nor where they are).
  const oneOf = [role ? ONE_OF_BEFORE.exec(t.slice(0, t.length - role[1]!.length)) : null].find((m) => m && (!m[2] || isPersonNoun(m[2]) || PERSON_WORD.test(m[2]))) ?? null
  // "“…,” local officials said", "…, and residents told", "familiares de los presos políticos denunciaron": a plural with no article is the verb's subject, a group no one named.
  // ("Mbumba said he was present when doctors told": a clause of time opens with its own subject.)
  const group = [/(?:^|,\s*|\s(?:and|but|y|pero)\s+)([^,]*)$/u, /\s(?:when|while|as|after|before|until|cuando|mientras)\s+([^,]*)$/u].map((p) => barePlural(p.exec(t)?.[1] ?? '')).find(Boolean) ?? null
  // ("Por otra parte comentó", "Gazprom … destacó en un comunicado": any other noun phrase after a Spanish preposition is what, where or when; the subject opens the sentence.)
  if (role && !oneOf && [SPANISH_PREPOSITION_END, AFTER_PREPOSITION].some((p) => p.test(t.slice(0, t.length - role[1]!.length)))) return group ? at(group, 'role') : sentenceSubject(sentence, sentenceBase) ?? { type: 'implicit', text: '', start: base + t.length, end: base + t.length }
  if (role && !CLAUSE_JOIN.test(t) && !opener) return at((oneOf?.[1] ?? '') + role[1]!, 'role')
  if (group) return at(group, 'role')
  // "… did not say how many but said": the verb's subject opens the sentence (or its clause, sentenceSubject.ts).
  if (CLAUSE_JOIN.test(t) || /,$/.test(t) || t.trim().length > 0) return clauseSubject(t, base, sentence, sentenceBase)
  return null
}

/** Attribution in the words right after a quote, before its sentence ends: `, said X` / `, X said` / `, according to X` / `—dijo X—`. */
export function attributionAfter(text: string, from: number, to: number, sentenceStart: number): Attribution | null {
  const window = text.slice(from, to)
  // The cue must come first, or after the speaker, within a few words of the closing mark.
  const head = /^(?:['’](?=[\s,]))?[\s,]*(?:[\u2014\u2013]\s*)?/u.exec(window)![0].length
  const near = window.slice(head, head + 140)
  // "“…”, mientras el portavoz, Aitor Esteban, ha criticado": a clause that opens with a conjunction is a new statement, not the quote's attribution.
  // (Without the comma the clause goes on the quoted sentence: "“…” while they were in power, Azzouz said".)
  if (/,/u.test(window.slice(0, head)) && NEW_CLAUSE.test(near)) return null
  // ("«riesgosa» a medida que continúan …", "“…” so that they can …": a subordinate clause goes on the sentence, comma or not.)
  if (SUBORDINATE.test(near)) return null
  CUE.lastIndex = 0
  const found = CUE.exec(near)
  const cue = (found && !inName(near, found) && !cueIsObject(near.slice(0, found.index), found[0], near.slice(found.index + found[0].length)) ? found : null) ?? verbByPlace(near, /,/u.test(window.slice(0, head)), /,["”’»]$/u.test(text.slice(Math.max(0, from - 2), from)))
  if (cue) {
    const before = near.slice(0, cue.index)
    const cueStart = from + head + cue.index
    const cueEnd = cueStart + cue[0].length
    // "«…» de Estados Unidos en la región, dijo el martes la portavoz": a comma before the verb puts the speaker after it.
    // ("told NBC News" never inverts: who follows "told" is the one told, and the speaker stands before it.)
    // ("«…», le comenta a BBC Mundo David Gibson": a clitic before the verb is no subject.)
    // ("“…,” Price, 37, said Wednesday": a name before its age is the subject; the day after the verb is none.)
    const inverted = /^\s*(?:(?:le|les|me|nos|se|te)\s+)?$/iu.test(before) || AS_IN.test(before) || (!TAKES_LISTENER.test(cue[0]) && fullNameAfterVerb(before, cue[0], near.slice(cue.index + cue[0].length))) || (/,\s*$/u.test(before) && !/\p{Lu}[\p{L}'’\-]*,\s*(?:\d{1,3},\s*)?$/u.test(before) && !PRONOUN_AT_END.test(before.replace(/,\s*$/u, '')) && !/^(?:told|tells|tell|telling)$/iu.test(cue[0]))
    const afterCue = inverted ? subjectAfter(text.slice(cueEnd, to), cueEnd) : null
    // "“…”, Mayoral ha insistido en que “…”": a verb whose object is a that-clause reports what follows it, not the quote before.
    if (!inverted && REPORTS_WHAT_FOLLOWS.test(near.slice(cue.index + cue[0].length))) return null
    if (afterCue && (before.trim() === '' || afterCue.type !== 'implicit')) return { cue: cue[0], cueStart, cueEnd, speaker: afterCue }
    // "“…”, entre ellas el número de motor, añadió": a phrase after a preposition goes on the quote's sentence; the verb has no subject there.
    if (/^[\s,]*(?:entre|among|including|incluid[oa]s?|como|such as|con|with|sin|without|de|of|para|for)\s/iu.test(before) && /,\s*$/u.test(before)) {
      return { cue: cue[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueEnd, end: cueEnd } }
    }
    if (before.trim() === '') {
      // nothing before the verb and nothing after it that names anyone
    } else if (subjectWithin(before) && !/[;:]/u.test(before) && !spansOf(text).stopsWithin(from + head, cueStart)) {
      // (A name with an apposition after it may run to twenty words: "Dr. Luz Arroyo, a member of the group and signatory to the letter, told".)
      // A speaker before the cue in the same clause: no sentence ends between the quote and the verb ("Mr." and "U.S." end none).
      const speaker = subjectBefore(before, from + head, before, from + head, cue[0])
      if (speaker && speaker.type !== 'implicit') return { cue: cue[0], cueStart, cueEnd, speaker }
    }
    // "“…” en Bikoro, en la provincia de Equateur, afirmó el Ministerio de Sanidad": a phrase of place before the verb names no
    // subject (its capital is a place's), so the subject is the one after the verb, as when nothing stands before it.
    const later = !inverted && /,\s*$/u.test(before) && !TAKES_LISTENER.test(cue[0]) ? subjectAfter(text.slice(cueEnd, to), cueEnd) : null
    if (later && (later.type === 'name' || later.type === 'role') && /^\s*(?:el|la|los|las)\s/u.test(text.slice(cueEnd, cueEnd + 6))) return { cue: cue[0], cueStart, cueEnd, speaker: later }
  }
  SOURCE_CUE.lastIndex = 0
  const source = SOURCE_CUE.exec(window)
  if (source && window.slice(0, source.index).split(/\s+/).length <= 8) {
    const cueStart = from + source.index
    const cueEnd = cueStart + source[0].length
    const speaker = subjectAfter(text.slice(cueEnd, to), cueEnd)
    if (speaker && speaker.type !== 'implicit') return { cue: source[0], cueStart, cueEnd, speaker }
  }
  void sentenceStart
  return null
}

/** Only a noun phrase (or nothing) stands between the quote and the subject of the cue after it: "“…,” Mr. Ruiz, the mayor, said", not "“…” as prices fell, the paper reported". */
export function subjectNextTo(text: string, close: number, a: Attribution): boolean {
  if (a.speaker.start < close) return true
  const lead = text.slice(close, Math.min(a.speaker.start, a.cueStart)).replace(/^[\s,\u2014\u2013]+|[\s,\u2014\u2013]+$/gu, '')
  return lead.split(/\s+/).filter(Boolean).length <= 3 || isNounPhrase(lead, 12)
}

/** A passive cue before the quote takes its speaker after it: "labelled as “…” by the UN Human Rights Office". */
export function agentAfter(text: string, from: number, to: number): SpeakerPhrase | null {
  const m = /^[\s,]*by\s+/u.exec(text.slice(from, to))
  if (!m) return null
  const speaker = subjectAfter(text.slice(from + m[0].length, to), from + m[0].length)
  return speaker && speaker.type !== 'implicit' ? speaker : null
}

/** "Tal como", "Como", "Así como", "As" right before a speech verb: its subject comes after it (and, in SET_OFF, a subject set off by a comma). */
const AS_LEAD = /(?:^|[\s,;])(?:[Tt]al\s+(?:y\s+)?como|[Cc]omo|[Aa]sí\s+como|[Aa]s)\s+$/u
const SET_OFF = /^\s+[^,.;:]{1,60},\s+(?!(?:y|e|and|pero|but|mientras|while|aunque|although)\s)/u

/** Attribution in the words before a quote in its sentence: the last cue there and its subject ("Trump said Machado … “…”", "según X, «…»"). */
export function attributionBefore(text: string, from: number, to: number): (Attribution & { passive: boolean }) | null {
  const window = text.slice(from, to)
  let last: RegExpExecArray | null = null
  CUE.lastIndex = 0
  for (let m = CUE.exec(window); m; m = CUE.exec(window)) {
    // "According to Evidências, which says it spoke to him, the order was “…”": a cue in a relative clause is not the quote's.
    if (/\b(?:which|who|que|quien)\s+(?:\p{L}+\s+)?$/iu.test(window.slice(0, m.index)) && SOURCE_CUE.test(window.slice(0, m.index))) continue
    SOURCE_CUE.lastIndex = 0
    // "tomar en cuenta", "a cuenta de", "una cita": a noun after its article or preposition, not the verb ("contar", "citar").
    // "la correspondiente denuncia", "una nueva pregunta": with an adjective between the article and the word too.
    if (/^(?:cuentan?|cita|denuncia|pregunta|alerta)$/iu.test(m[0]) && /(?:^|\s)(?:en|a|por|la|su|de|una|esta|esa)\s+(?:\p{Ll}+\s+)?$/iu.test(window.slice(0, m.index))) continue
    // ("Hoenig said in prepared remarks during a speech in Lincoln, Neb. “…”": a plural noun, not the verb, so no inverted subject after it.)
    if (inName(window, m) || cueIsObject(window.slice(0, m.index), m[0], window.slice(m.index + m[0].length))) continue
    // "staff were told to “…”", "he was asked": in the passive, the one told is the subject, and the words are someone else's.
    if (TAKES_LISTENER.test(m[0]) && /\b(?:was|were|been|being|is|are|be|fue|fueron|ser)\s+$/iu.test(window.slice(0, m.index))) continue
    if (otherSense(m[0], window.slice(m.index + m[0].length))) continue
    last = m
  }
  // ("Bergoglio los denominó enemigos, pero Sonnante diferenció que «…»": a verb right before "que" and the quote, after the cue, reports it.)
  const byPlace = thatByPlace(window)
  if (byPlace && (!last || byPlace.index > last.index + last[0].length)) last = byPlace
  SOURCE_CUE.lastIndex = 0
  let source: RegExpExecArray | null = null
  for (let m = SOURCE_CUE.exec(window); m; m = SOURCE_CUE.exec(window)) source = m
  // "Según informó la DGSA a la diaria, se constató “…”": a speech verb right after "según" is part of the source cue; its subject follows it.
  // ("according to reports": after "according to" a cue word is a noun.)
  const adjacent = !!source && !!last && /^\s+$/u.test(window.slice(source.index + source[0].length, last.index))
  const sourceVerb = adjacent && /^según$/iu.test(source![0])
  if (source && (!last || adjacent || source.index + source[0].length >= last.index + last[0].length)) {
    const cueStart = from + source.index
    const cueEnd = sourceVerb ? from + last!.index + last![0].length : cueStart + source[0].length
    const speaker = subjectAfter(text.slice(cueEnd, to).replace(/,[^,]*$/u, ''), cueEnd)
    if (speaker && speaker.type !== 'implicit') return { cue: source[0], cueStart, cueEnd, speaker, passive: false }
    // "Según entiende, “…”": "según" and a verb of its own with a comma after it leaves its subject out, the one the text is about.
    if (/^según$/iu.test(source[0]) && /^\s+(?!(?:ella|ellas|esta|esa|nuestra|una|la)\s*,)\p{Ll}{3,}(?:a|e|ó|an|en)\s*,/u.test(window.slice(source.index + source[0].length))) return { cue: source[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueStart, end: cueStart }, passive: false }
  }
  const inWords = inWordsOf(window, from)
  if (inWords && (!last || inWords.cueStart >= from + last.index)) return inWords
  if (!last) return paraSource(text, from, to) ?? documentSubject(text, from, to)
  const cueStart = from + last.index
  const cueEnd = cueStart + last[0].length
  const passive = PASSIVE_CUES.has(last[0].toLowerCase()) && /\b(?:was|were|been|being|is|are|be)\s+(?:\p{L}+\s+)?$/u.test(window.slice(0, last.index))
  if (passive) return { cue: last[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueEnd, end: cueEnd }, passive: true }
  // "Fuentes … aseguran que …, y el propio Vaxevanis reivindicó …: «…»": a clause joined after the cue, with a subject of its own, leads in.
  const joined = /:\s*$/u.test(window) ? JOINED_SUBJECT.exec(window.slice(last.index + last[0].length)) : null
  if (joined) {
    const start = from + last.index + last[0].length + joined[0].length - /\s+\p{Ll}$/u.exec(joined[0])![0].length - joined[1]!.length
    return { cue: ':', cueStart: to, cueEnd: to, speaker: { type: 'name', text: joined[1]!, start, end: start + joined[1]!.length }, passive: false }
  }
  // "Huang Limin was quoted by Xinhua as saying": the one quoted.
  const quotedAs = quotedAsSpeaker(window.slice(0, last.index), from)
  if (quotedAs) return { cue: last[0], cueStart, cueEnd, speaker: quotedAs, passive: false }
  // "Un día después, cuenta Marenco, “…”": the cue's subject comes after it, before the quote.
  const tail = window.slice(last.index + last[0].length)
  // "En paridad de género, -dice la circular- se debe …, “…”": a verb set off by dashes has its subject before the closing dash.
  const dashed = /[-—–]\s*$/u.test(window.slice(0, last.index)) ? /^\s+([^-—–\n]{1,60}?)\s*[-—–]/u.exec(tail) : null
  const inDashes = dashed ? subjectAfter(dashed[1]!, cueEnd + dashed[0].indexOf(dashed[1]!)) : null
  if (inDashes && (inDashes.type === 'name' || inDashes.type === 'role')) return { cue: last[0], cueStart, cueEnd, speaker: inDashes, passive: false }
  // "Tal como expresa el profesor Spero Tsindos, del …, “…”", "As Smith put it, “…”": after "como"/"as" the subject follows the verb.
  // (Only when the quote follows the subject's phrase, or the subject is set off by a comma before the sentence's own clause, "Como señala Jorge
  // Cortés, infectólogo …, la diferencia estriba “…”": in "como defendió Sánchez ante la Liga, y se mostró confiado en un acuerdo “…”" the clause goes on.)
  const asSaid = AS_LEAD.test(window.slice(0, last.index)) && (/[,:]\s*$/u.test(tail) || SET_OFF.test(tail)) && !PARTICIPLES.has(last[0].toLowerCase()) ? subjectAfter(tail, cueEnd) : null
  if (asSaid && (asSaid.type === 'name' || asSaid.type === 'role')) return { cue: last[0], cueStart, cueEnd, speaker: asSaid, passive: false }
  // Not after a verb whose object follows it ("told VOA Khmer reporter Pov Sok, “…”"), nor when its subject stands before it ("La senadora
  // Elena Nuño criticó el plan: «…»"). The subject ends at its comma; an aside may go on to the colon ("en su libro Siete Kabezas, crónica …:").
  const before = window.slice(0, last.index).trimEnd()
  // ("Al mensaje de Clouthier respondió el exdiputado …:", "Lo describe el arquitecto …": a name after a preposition, or a clitic, is no subject.)
  const nameFirst = [NAME_AT_END.exec(before)].find((m) => m && !CAPITAL_CLITIC.test(m[0])) ?? null
  const subjectFirst = (!!nameFirst && !/(?:^|\s)(?:de|del|a|al|en|con|por|para|sobre|of|to|in|on|with|from)\s+$/iu.test(before.slice(0, nameFirst.index))) || ROLE_AT_END.test(before)
  if (!subjectFirst && /^\s+(?:\p{Lu}|(?:the|el|la|los|las)\s)[^.,;!?"“”«»]{0,60}(?:[,:]\s*$|,[^.;!?"“”«»]{0,160}:\s*$)/u.test(tail) && !/^\s+(?:In|On|At|To|En|A|Al|Con|Por|Para)\s/u.test(tail) && !PARTICIPLES.has(last[0].toLowerCase()) && !/\b(?:que|that)\b/iu.test(tail) && !TAKES_LISTENER.test(last[0])) {
    const after = subjectAfter(tail.replace(/[,:][^]*$/u, ''), cueEnd)
    if (after && after.type !== 'implicit' && after.type !== 'pronoun') return { cue: last[0], cueStart, cueEnd, speaker: after, passive: false }
  }
  // "Things have gotten so dire …, said Dr. Marwan Al-Hams, director of …": after a comma, the name right after the verb is its subject (never one with a possessive: "Lee, the leader, said Yoon’s “…”").
  // ("Ante ello, ha continuado, Podemos debe tener un “…”": a verb set off by commas with no subject before it is an aside; what follows was said.)
  if (/,\s*$/u.test(before) && /^\s*,/u.test(tail) && !subjectFirst) return { cue: last[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueStart, end: cueStart }, passive: false }
  // ("Jeffrey Wall, who was a top official …, said the Biden solicitor general faces “…”": a relative aside after a name closes with that comma; the name is the subject.)
  if (/,\s*$/u.test(window.slice(0, last.index)) && !/\p{Lu}[\p{L}'’\-]*,\s+(?:who|quien)\s[^,;:]*,\s*$/u.test(window.slice(0, last.index)) && !PARTICIPLES.has(last[0].toLowerCase()) && !TAKES_LISTENER.test(last[0]) && !NAMING_VERB.test(last[0])) {
    const after = subjectAfter(tail, cueEnd)
    // ("Pero esto, insisten los expertos, es algo “…”": a role set off by commas right after the verb is its subject too. "…, who chaired a meeting, vowed the
    // Government was doing “…”", "…, for example, said Christie “has dedicated …”": a name with a verb after it is the subject of what was said, not of the cue.)
    if (after && after.type === 'role' && /^\s+$/u.test(text.slice(cueEnd, after.start)) && /^\s*,/u.test(text.slice(after.end, after.end + 3))) return { cue: last[0], cueStart, cueEnd, speaker: after, passive: false }
    if (after && after.type === 'name' && !/['’]s?$/u.test(after.text) && !/^['’]s?(?!\p{L})/u.test(text.slice(after.end)) && !CLAUSE_VERB_NEXT.test(text.slice(after.end, after.end + 16))) return { cue: last[0], cueStart, cueEnd, speaker: after, passive: false }
  }
  // "Rosales explicó que Biden resaltó “…”": speech inside reported speech is still the outer speaker's (a name given, the namer's).
  const outer = NAMING_VERB.test(last[0]) ? null : outerSpeech(window, last.index)
  if (outer) {
    const speaker = subjectBefore(window.slice(0, outer.index), from, window, from, outer[0])
    if (speaker && speaker.type !== 'implicit') return { cue: outer[0], cueStart: from + outer.index, cueEnd: from + outer.index + outer[0].length, speaker, passive: false }
  }
  // "El PP, ha remachado, ha mantenido su “…”": a cue set off by commas right after the clause's subject is an aside with no subject of its own.
  if (/^[^,]{1,60},\s*$/u.test(window.slice(0, last.index)) && /^\s*,\s+\p{Ll}/u.test(text.slice(cueEnd, cueEnd + 4))) return { cue: last[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueStart, end: cueStart }, passive: false }
  // "…, saying “…”": a participle's subject is the sentence's, unless a name stands right before it ("Vitaly Mutko calling …").
  const participle = PARTICIPLES.has(last[0].toLowerCase())
  const own = participle ? NAME_AT_END.exec(window.slice(0, last.index).trimEnd()) : null
  // "… en Twitter diciendo": a name after a preposition is where the words were said ("as early as 500 BC saying": after a number, an era).
  const ownAfterPreposition = !!own && (AFTER_PREPOSITION.test(window.slice(0, own.index)) || /(?:^|\s)to\s+(?:the\s+)?$|\d\s+$/iu.test(window.slice(0, own.index)))
  const speaker = participle
    ? own && !ownAfterPreposition && /\s$/u.test(window.slice(0, last.index)) && !/,\s*$/u.test(window.slice(0, last.index))
      ? { type: 'name' as const, text: own[0], start: from + own.index, end: from + own.index + own[0].length }
      : participleSubject(window, from, last.index, text.slice(Math.max(0, from - 12), from))
    : subjectBefore(window.slice(0, last.index), from, window, from, last[0])
  if (speaker) return { cue: last[0], cueStart, cueEnd, speaker, passive: false }
  // Spanish drops the subject: "Afirmó que «…»".
  return { cue: last[0], cueStart, cueEnd, speaker: { type: 'implicit', text: '', start: cueStart, end: cueStart }, passive: false }
}

export { PRONOUN }
