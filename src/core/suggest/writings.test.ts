import { describe, expect, test } from 'vitest'
import { isWriting } from './writings'
import { suggestQuotes } from './quotes'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'


describe('a writing, a sign or a crowd speaks for itself', () => {
  test('“…”, indica la nota informativa del ministerio: the note speaks, not the official it is about', () => {
    const text = 'El ministro Ramón Pérez Ortiz fue destituido en marzo.\n\n“Pérez Ortiz tenía un conflicto de interés evidente con la empresa”, indica la nota informativa del ministerio.'
    expect(speakerOf(text, 'Pérez Ortiz tenía')).toBe('la nota informativa del ministerio')
  })

  test('the plaque reads: “…” is the plaque’s, not the mayor’s who unveiled it', () => {
    const text = 'The mayor, John Reed, unveiled it on Monday. The plaque reads: “In honor of the workers who built this bridge.”'
    expect(speakerOf(text, 'In honor of')).toBe('The plaque')
  })

  test('“…”, rezaba una de las pancartas: a sign’s words are quoted with “rezar”', () => {
    const text = 'Cientos de personas marcharon en Lima con Ana Torres al frente.\n\n"Ni una menos", rezaba una de las pancartas que llevaban las manifestantes.'
    expect(speakerOf(text, 'Ni una menos')).toBe('una de las pancartas')
  })

  test('a fragment or a clause is no writing: “the ruling on”, “la denuncia se apoya”', () => {
    expect(isWriting('the ruling on')).toBe(false)
    expect(isWriting('La denuncia se apoya')).toBe(false)
    expect(isWriting('the first memorial plaque')).toBe(true)
    expect(isWriting('otra de las pancartas')).toBe(true)
  })
})

describe('the grammar that gives words to a writing or to one of a crowd', () => {
  test('according to reports, Brandt locked the dogs in a shed where he “fed them scraps”: the reports speak, not the man they are about', () => {
    const text = 'Nobody knew where Carl Brandt lived.\n\nAccording to reports, Brandt locked the dogs in a shed where he "fed them scraps once a week".'
    expect(speakerOf(text, 'fed them scraps')).toBe('reports')
  })

  test('La denuncia, que también firma una asociación, y una aside with a name, sostiene que “…”: the complaint opening the sentence speaks', () => {
    const text = 'Lucía Gómez presentó el escrito ayer. La denuncia, que también firma la Asociación Vecinal del Sur, una entidad con sede en Lugo, sostiene que el vídeo “busca generar miedo entre los vecinos”.'
    expect(speakerOf(text, 'busca generar miedo')).toBe('La denuncia')
  })

  test('Otro de los carteles más vistos rezaba: “…” is one of the signs, not all of them', () => {
    const text = 'Miles de vecinos marcharon el sábado con la alcaldesa Marta Ruiz.\n\nOtro de los carteles más vistos rezaba: "Sin agua no hay vida".'
    expect(speakerOf(text, 'Sin agua')).toBe('Otro de los carteles más vistos')
  })

  test('“…, says a report highlighting the “…””, “…, a report says, highlighting the “…””: the report just before the participle is its subject', () => {
    const inverted = 'Academics\n\nLabour’s Chi Onwurah spoke on Monday.\n\nThousands of academic staff are treated as second-class citizens, says a report highlighting the “alarming rise of mass casualised labour” in higher education.'
    expect(speakerOf(inverted, 'alarming rise')).toBe('a report')
    const setOff = 'Academics\n\nLabour’s Chi Onwurah spoke on Monday.\n\nThousands of academic staff are treated badly, a report says, highlighting the “alarming rise of mass casualised labour” in higher education.'
    expect(speakerOf(setOff, 'alarming rise')).toBe('a report')
  })

  test('“El texto, difundido en países como Colombia, Panamá, México y Brasil, sostiene que “…””: the participle’s aside runs past its list; the text speaks', () => {
    const text = 'Bulos\n\nEl doctor Jorge Cortés explicó el caso en un vídeo.\n\nEl texto, difundido en países como Colombia, Panamá, México y Brasil, sostiene que “los médicos italianos desobedecieron la ley mundial” y demostraron otra cosa.'
    expect(speakerOf(text, 'los médicos italianos')).toBe('El texto')
  })
})

describe('unnamed sources keep their own description', () => {
  test('“…”, señalan fuentes del Ayuntamiento: the sources speak, not the council they belong to', () => {
    const text = 'El Ayuntamiento de Lugo aprobó el plan en marzo.\n\nLa obra busca “devolver el río a los vecinos”, señalan fuentes del Ayuntamiento.'
    expect(speakerOf(text, 'devolver el río')).toBe('fuentes del Ayuntamiento')
  })

  test('Fuentes de su equipo aseguraron que “…”: sources on a named mayor’s team are not the mayor', () => {
    const text = 'Tampoco acudió la alcaldesa, Marta Ruiz. Fuentes de su equipo aseguraron que la invitación llegó “demasiado tarde para cambiar la agenda”.'
    expect(speakerOf(text, 'demasiado tarde')).toBe('Fuentes de su equipo')
  })
})

describe('a writing leads in to its own words', () => {
  test('The bronze plaque, unveiled by Mayor Dan Cole in 1990, honors the builders: “…” is the plaque’s', () => {
    const text = 'The Elm Street bridge turns 100 this year.\n\nThe bronze plaque, unveiled by Mayor Dan Cole in 1990, honors the builders: “Raised by the hands of the Elm Street Workers Union, 1924.”'
    expect(speakerOf(text, 'Raised by the hands')).toBe('The bronze plaque')
  })
})

describe('a body or a writing of someone’s', () => {
  test('“Cole’s campaign hit back, saying “…”” is the campaign’s words, not Cole’s', () => {
    const text = 'Senator Ann Cole faces Tom Grey in November.\n\nCole’s campaign hit back hard, saying that his "sudden interest in pensions is hard to believe."'
    expect(speakerOf(text, 'sudden interest')).toBe('Cole’s campaign')
  })

  test('“-dice la circular-” set off by dashes before the quote: a circular speaks for itself, not the official who signed it', () => {
    const text = 'La circular está firmada por la ministra de Trabajo, Elena Ruiz Soto.\n\nEn materia de empleo, -dice la circular- se debe contratar a más jóvenes, “como una forma de garantizar la igualdad”.'
    expect(speakerOf(text, 'como una forma')).toBe('la circular')
  })
})

describe('an outlet that reports the words', () => {
  test('“… but says it is “not a simple thing”, PA reports”: the words are the one who says them, not the agency’s', () => {
    const text = 'Talks went on.\n\nThe prime minister, Rishi Sunak, has said pilots will be trained “relatively soon” but says it is “not a simple thing”, PA reports.'
    expect(speakerOf(text, 'not a simple thing')).toBe('Rishi Sunak')
  })

  test('“according to SOA’s Web site, …”: a site on the Web named by its owner is the source, and “Web” alone is no one', () => {
    const text = 'Title\n\nMore than 63,000 soldiers have trained at SOA since 1946. According to SOA’s Web site, instruction there now centres "on supporting the primary foreign policy goals of the United States."\n\nAccording to the school’s Web site, it "focused on nation-building skills" for decades.'
    expect(speakerOf(text, 'on supporting the primary')).toBe('SOA’s Web site')
    expect(speakerOf(text, 'focused on nation-building')).not.toBe('Web')
  })

  test('“…,” Ridgeway College said in a statement released Friday. “…”: the statement released is how the college spoke, no speaker of the next quote', () => {
    const text = 'Coach cleared\n\nThe claim was reported this week.\n\n"Our coach never received money or gifts from an agent," Ridgeway College said in a statement released Friday. "The college has contacted the league and will keep working with it."'
    expect(speakerOf(text, 'The college has contacted')).toBe('Ridgeway College')
  })

  test('“sheriff Dale Hanssen released a statement condemning “…””, “Meridian issued a statement to the Ledger that …”: whoever issued it', () => {
    const text = 'Pipeline protest\n\nOn Thanksgiving, Morton County sheriff Dale Hanssen released a statement condemning the actions of “paid agitators and protesters” without offering any evidence.\n\nAfter the election, Meridian issued a statement to the Ledger that it would “take action” on accounts that broke its rules.'
    expect(speakerOf(text, 'paid agitators')).toBe('Dale Hanssen')
    expect(speakerOf(text, 'take action')).toBe('Meridian')
  })

  test('“a statement from Shell read”, “said an FA statement”, “the firm’s statement said”: the issuer the statement names, never the statement', () => {
    const text = 'Oil spill\n\nShell said on Monday that the leak had been contained. "We deeply regret the impact on the local community," a statement from Shell read.\n\n"The referee has confirmed that he dealt with the incident at the time," said an FA statement.\n\n"We will vigorously defend ourselves against these claims," the firm’s statement said.'
    expect(speakerOf(text, 'We deeply regret')).toBe('Shell')
    expect(speakerOf(text, 'The referee has confirmed')).toBe('FA')
    expect(speakerOf(text, 'We will vigorously')).toBe('Shell')
  })

  test('“X is “…,” according to a statement”, ““…,” the club said in its statement”: a later “the statement said” is that issuer’s', () => {
    const text = 'Libya\n\nU.N. Secretary-General Ban Ki-moon is "deeply concerned about the situation facing civilians," according to a statement. Conditions in Misrata are "especially grave," the statement said.\n\nManchester United confirmed it had received a bid. "Any board has a responsibility to consider a bona fide offer," the club said in its statement. "The board continues to believe that the plan is aggressive," the statement said.'
    expect(speakerOf(text, 'deeply concerned')).toBe('Ban Ki-moon')
    expect(speakerOf(text, 'especially grave')).toBe('Ban Ki-moon')
    expect(speakerOf(text, 'The board continues')).toBe('Manchester United')
  })

  test('“Según el Consejo …, … «…», según una declaración difundida el lunes”, “According to the union, … a statement released on Friday said”: the source the sentence opens with', () => {
    const text = 'Indulto\n\nEl fiscal nacional habló el domingo.\n\nSegún el Consejo General de Fiscales, la iniciativa de los parlamentarios "podría constituir una gravísima señal para la convivencia social", según una declaración difundida el lunes.\n\nAccording to the union, the proposal "would put thousands of jobs at risk," a statement released on Friday said.'
    expect(speakerOf(text, 'podría constituir')).toBe('Consejo General de Fiscales')
    expect(speakerOf(text, 'would put thousands')).toBe('the union')
  })
})

describe('a party’s newsletter, handbook or motion is a writing', () => {
  test('“The newsletter says: …” is the newsletter’s, not the phrase a source was quoted from before it', () => {
    const text = [
      'Labour cold calls',
      'The voters are put in 24 categories according to their last known voting intention, ranging from "Labour (firm)" to "target (Conservative)". The newsletter says: "Using the information we know about people, we can send them direct mailings."'
    ].join('\n\n')
    expect(speakerOf(text, 'Using the information')).toBe('The newsletter')
  })
})

describe('a speech verb’s form after a possessive is a noun', () => {
  test('“… told reporters that the Russian defense ministry’s claim “is patently false.””: no claim speaks, the one who told does', () => {
    const text = 'Camp dispute\n\nCmdr. Sean Robertson, a spokesperson for the operation, told reporters on Monday that the Russian defense ministry’s claim “is patently false.”'
    expect(speakerOf(text, 'is patently false')).toBe('Sean Robertson')
    // (A pronoun's "’s" is "has": "she’s said" is a cue still.)
    expect(speakerOf('Votes\n\nAna Ruiz spoke. “We will win the vote in May,” she’s said many times.', 'We will win')).toBe('Ana Ruiz')
  })
})

describe('a writing someone owns', () => {
  test('“Lord Bell’s report earlier this year into Iraq intelligence said …” is the report’s, not Bell’s', () => {
    const text = 'Iraq\n\nMichael Howard spoke. "It was wrong," he said.\n\nLord Bell\'s report earlier this year into Iraq intelligence said the evidence was "very thin".'
    expect(speakerOf(text, 'very thin')).toBe("Lord Bell's report")
  })

  test('“Morvena’s message read: “…”” is the message’s: a message is a writing too', () => {
    const text = 'Tsunami\n\nRohan Gupta runs a blog from Colombo. "It is chaos," he said.\n\nMorvena\'s message read: "She was being swept away, and she grabbed a tree."'
    expect(speakerOf(text, 'She was being swept')).toBe("Morvena's message")
  })
})

describe('a writing is never “he” or “she”', () => {
  test('“…,” she wrote after “…,” said the memo is the memo’s writer’s, not the memo’s', () => {
    const text = [
      'Budget row at the library',
      'In a memo to the board, Ann Wood wrote that she hoped the cuts would be over by spring.',
      '"I trust the branch will open again before the summer," said the memo, dated May 2.',
      '"The staff have been patient with us and we will not let them down," she wrote, to the chair of the board, Tom Hale.'
    ].join('\n\n')
    expect(speakerOf(text, 'I trust the branch')).toBe('the memo')
    expect(speakerOf(text, 'The staff have been patient')).toBe('Ann Wood')
  })
})

describe('a court’s order, a report and a disclaimer speak for themselves', () => {
  test('“…”, añade el auto: a court’s order is no judge named before', () => {
    const text = 'Caso\n\nEl juez Ángel Hurtado abrió la causa el lunes. "Hay pruebas", dijo Hurtado.\n\n"No consta que hubiera fallas en el sistema de control", añade el auto.'
    expect(speakerOf(text, 'No consta')).toBe('el auto')
  })

  test('El reporte refiere que “…” and The disclaimer states “…” are the writing’s', () => {
    const report = 'Caso\n\nEl juez Jorge Bernal abrió la causa el lunes. "Hay pruebas", dijo Bernal.\n\nEl reporte refiere que "no hubo fallas en el sistema de control".'
    expect(speakerOf(report, 'no hubo fallas')).toBe('El reporte')
    const disclaimer = 'Torrent sites sued\n\nEdward Webber, the owner, said he would fight. "We will win this," Webber said.\n\nThe disclaimer states users must gain "written permission of the copyright owners" first.'
    expect(speakerOf(disclaimer, 'written permission')).toBe('The disclaimer')
  })

  test('“the auto industry” in English is no court’s order', () => {
    const text = 'Jobs\n\nWhile the auto industry remains dominant in Michigan, “tourism and green technologies will grow,” according to a Moody’s forecast in June.'
    expect(speakerOf(text, 'tourism and green')).toBe('a Moody’s forecast')
  })
})

describe('many writings are writings too', () => {
  test('“The courts have held that … “…”” is the courts’, as “the court” would be', () => {
    const text = 'Merger vote\n\nAna Ruiz runs the fund. "We will vote," she said.\n\nThe courts have held that a sale of assets counts when the assets are “central to the business.” That applies here.'
    expect(speakerOf(text, 'central to the business')).toBe('The courts')
  })
})

describe('a writing’s noun is the subject only before a verb', () => {
  test('“… told the jury during his summations. “…”” is the lawyer’s: “during” after “the jury” is no verb of the jury', () => {
    const text = 'Verdict\n\nJackie Peterson wept in court.\n\n"I believe he can still help other people," defense lawyer Pat Harris told the jury during his summations. "I am asking you to look at what the witnesses said."'
    expect(speakerOf(text, 'I am asking')).toBe('Pat Harris')
  })
})

describe('a source named after “de acuerdo a”, “a juicio del”', () => {
  test('“De acuerdo al proyecto, «…»” is the bill’s: “al” and “del” hold the article of the writing after them', () => {
    const text = 'Indultos\n\nLa senadora Marta Rojas presentó el texto el lunes.\n\nDe acuerdo al proyecto, "los jóvenes detenidos han pasado meses en prisión preventiva sin juicio".\n\nA juicio del informe, "la fiscalía no ha investigado con la diligencia que se exige".'
    expect(speakerOf(text, 'los jóvenes detenidos')).toBe('el proyecto')
    expect(speakerOf(text, 'la fiscalía no ha')).toBe('el informe')
  })

  test('“de acuerdo a lo explicado por X, quien sostuvo que «…»” is X’s, by “sostuvo”: “a lo” names no source', () => {
    const text = 'Boda\n\nMauricio Ossola decidió casarse por civil con su tía Yolanda Torres, una docente jubilada.\n\nOssola y Torres se casaron en "un discreto matrimonio civil", de acuerdo a lo explicado por el joven abogado, quien sostuvo que su casamiento "fue una decisión noble y legítima".'
    const quote = suggestQuotes(text).find((s) => s.text.startsWith('fue una decisión'))
    expect([quote?.speaker, quote?.cue]).toEqual(['Mauricio Ossola', 'sostuvo'])
  })
})

describe('a writing described with a number', () => {
  test('“The 40-page report found that the agency “…””: the report, not the auditor who released it', () => {
    const text = 'Audit\n\nState Auditor Beth Wood released the findings on Tuesday.\n\nThe 40-page report found that the agency "failed to track millions in spending."'
    expect(speakerOf(text, 'failed to track')).toBe('The 40-page report')
  })

  test('““…,” the audit said” is the audit’s, not the auditor’s', () => {
    const text = 'Audit\n\nState Auditor Beth Wood released her findings on Tuesday.\n\n"Controls were weak or absent," the audit said.'
    expect(speakerOf(text, 'Controls were')).toBe('the audit')
  })

  test('“The book, by journalist Robert Peston …, said the pair had “…””: a book speaks for itself, never the bookmaker named before; so does «el libro»', () => {
    const text = 'Bets off\n\nA bookmaker, William Hill, has stopped taking bets on the show.\n\nThe book, by journalist Robert Peston and serialised in the newspaper, said the pair had "mutual animosity" for each other.'
    expect(speakerOf(text, 'mutual animosity')).toBe('The book')
    const spanish = 'Memorias\n\nEl exministro Juan Ruiz presentó ayer sus memorias en Madrid.\n\nEl libro sostiene que el Gobierno "mintió a los ciudadanos".'
    expect(speakerOf(spanish, 'mintió a los')).toBe('El libro')
  })
})

describe('sources after a conjunction', () => {
  test('“Endesa calló, aunque fuentes de la empresa admitieron …”, “…, though sources close to the company said …”: the sources, not the body', () => {
    const text = 'Huelga\n\nLa huelga afecta a miles de usuarios.\n\nEndesa calló, aunque fuentes de la empresa admitieron que es "grave".\n\nThe firm was silent, though sources close to the company said it was "serious".'
    expect(speakerOf(text, 'grave')).toBe('fuentes de la empresa')
    expect(speakerOf(text, 'serious')).toBe('sources close to the company')
  })
})

describe('a writing named at the start of the sentence is the source of a short quote later in it', () => {
  test('“According to a police report, officers were called to the school after “a verbal altercation” …”: the report; “called to” summons, it reports nothing', () => {
    const text = 'School\n\nMaria Lopez has lived on Elm Street for 20 years.\n\nAccording to a police report, officers were called to the school after "a verbal altercation" between parents.'
    expect(speakerOf(text, 'a verbal altercation')).toBe('a police report')
  })
})

describe('unnamed sources end where their verb starts', () => {
  test('“Fuentes del Ministerio restaron importancia a las críticas y recordaron que «…»”, “Sources close to the talks played down the row and said …”: the sources, never the judge quoted before', () => {
    const text = 'Reforma\n\nLas asociaciones de jueces anunciaron movilizaciones. «No vamos a quedarnos de brazos cruzados», señaló el portavoz, Manuel Almenar.\n\nFuentes del Ministerio restaron importancia a las críticas y recordaron que el texto «se ha negociado durante meses».\n\nSources close to the talks played down the row and said the deal was "still on track".'
    expect(speakerOf(text, 'se ha negociado')).toBe('Fuentes del Ministerio')
    expect(speakerOf(text, 'still on track')).toBe('Sources close to the talks')
  })
})

describe('the writings of a court case', () => {
  test('“el sumario”, “el atestado”, “la querella”, “el expediente”, “el dictamen”, “the warrant”, “the dossier” are writings', () => {
    expect(['el sumario', 'el atestado', 'la querella', 'el expediente', 'el dictamen', 'the warrant', 'the dossier'].every(isWriting)).toBe(true)
  })
})

describe('a paper named with its kind', () => {
  test('“The Post and Courier newspaper reported”, “the Charleston Gazette newspaper wrote”, “The tabloid The Sun said”: the paper’s name, never the paper named before', () => {
    const text = 'Trial\n\nThe Post and Courier newspaper reported on the closing argument: "It goes a lot further than that."\n\n"This is a dark day for the city," the Charleston Gazette newspaper wrote in an editorial.\n\nThe tabloid The Sun said: "Nobody saw it coming."'
    expect(speakerOf(text, 'It goes a lot further')).toBe('The Post and Courier')
    expect(speakerOf(text, 'This is a dark day')).toBe('Charleston Gazette')
    expect(speakerOf(text, 'Nobody saw it coming')).toBe('The Sun')
  })
})

describe('one’s own post or column', () => {
  test('“John Cassidy wrote a post … Cassidy’s post goes on: “…””: the one who wrote it; “Powell’s resignation letter” stays the letter', () => {
    const text = 'Bike lanes\n\nJohn Cassidy wrote a long post about bike lanes on Monday.\n\nCassidy’s post goes on: “It is time to call a halt to the road swipers.”\n\nPowell’s resignation letter was dated Friday. “The time has come for me to step down,” Powell’s resignation letter reads.'
    expect(speakerOf(text, 'It is time to call')).toBe('John Cassidy')
    expect(speakerOf(text, 'The time has come')).toBe('Powell’s resignation letter')
  })
})

describe('a statement whose issuer ends the sentence that introduces it', () => {
  test('“Two workers have been taken to hospital …, the county fire service said in a statement. “…,” the statement said”: the fire service, never the ones the sentence opens with', () => {
    const text = [
      'Warehouse fire',
      'Two workers have been taken to hospital after a fire at a warehouse in Leeds, the county fire service said in a statement on Tuesday.',
      '“The cause of the fire is under investigation,” the statement said.'
    ].join('\n\n')
    expect(speakerOf(text, 'The cause of the fire')).toBe('the county fire service')
  })
})

test('“El periódico digital Welt sentencia: «…»”: the adjective before the paper’s name is no verb of the paper’s', () => {
  const text = [
    'Prensa alemana',
    'El diario Bild fue el más duro tras la derrota: «Una vergüenza».',
    'El periódico digital Welt sentencia: «En el equipo nacional hay mucho para discutir».'
  ].join('\n\n')
  expect(speakerOf(text, 'En el equipo nacional')).toBe('Welt')
})

test('“El estudio sugiere que … ¶ «…», sostiene”: in Spanish, a writing that opened the sentence just before is the subject a verb leaves out', () => {
  const text = 'Neumonía\n\nEl actor Quique San Francisco murió por neumonía.\n\nLos investigadores lo comparan con un incendio forestal. El estudio sugiere que los macrófagos pueden infectarse y contribuir a propagar la infección.\n\n«Las complicaciones generadas por la covid 19 podrían explicarse por la prolongación en el tiempo», sostiene.'
  expect(speakerOf(text, 'Las complicaciones')).toBe('El estudio')
})

describe('a writing pointed at with a demonstrative', () => {
  test('“Este informe señala que «…»”, “This report says “…””: the writing is the subject, not the person named before', () => {
    const es = 'Bulos\n\nEl médico Jorge Cortés explica que los antibióticos no sirven contra el virus.\n\nEste informe señala que en Italia se encontró «la cura para el coronavirus» gracias a una autopsia.'
    expect(speakerOf(es, 'la cura para')).toBe('Este informe')
    const en = 'Hoaxes\n\nDr. Jorge Cortes says antibiotics do not work against the virus.\n\nThis report says doctors in Italy found “the cure for the coronavirus” in an autopsy.'
    expect(speakerOf(en, 'the cure for')).toBe('This report')
  })

  test('“ese mismo documento señala” after “un informe” spoke: the writing that spoke last', () => {
    const text = 'Antenas\n\nUn informe de la agencia sanitaria concluye que «no hay pruebas de daño» por las antenas.\n\nEse mismo documento señala que «se seguirá estudiando el asunto».'
    expect(speakerOf(text, 'se seguirá estudiando')).toBe('Un informe de la agencia sanitaria')
  })
})

test('“an assault on the law that “…,” as the New York Times put it”: a relative after a writing’s noun is no verb; the law says nothing', () => {
  const text = 'Banks\n\nJamie Dimon complained again. Lobbyists are mounting an assault on the law that "has achieved remarkable success," as the New York Times put it.'
  expect(speakerOf(text, 'has achieved')).toBe('New York Times')
})

test('“Another study found that there was “limited evidence””: another writing is a source as “a study” is, never the last person named', () => {
  const text = 'Vitamins\n\nDietitian Anju Mobin said most people do not need them.\n\nAnother study found that there was "limited evidence" for the benefit of the pills.'
  expect(speakerOf(text, 'limited evidence')).toBe('Another study')
})

test('“Según esa publicación, «…»”, “Según ese informe, «…»”: a writing pointed at by a demonstrative is the source, never the last person named', () => {
  const intro = 'Hidroxicloroquina\n\nDonald Trump defendió su uso.\n\n'
  expect(speakerOf(`${intro}Según esa publicación, “el 90% de las muertes pudieron evitarse”.`, 'el 90%')).toBe('esa publicación')
  expect(speakerOf(`${intro}Según ese informe, “el 90% de las muertes pudieron evitarse”.`, 'el 90%')).toBe('ese informe')
})

test('“Emails from the aide describe the call as “…””, “Notes on the conversation, taken by an official, describe …”: the writing, never the last noun in what qualifies it', () => {
  const text = (s: string) => `Inquiry\n\nThe aide spoke first. ${s} the call as "friendly and warm, very warm indeed."`
  expect(speakerOf(text('Emails from the aide describe'), 'friendly and warm')).toBe('Emails from the aide')
  expect(speakerOf(text('Notes on the conversation, taken by a White House official, describe'), 'friendly and warm')).toBe('Notes on the conversation')
})
