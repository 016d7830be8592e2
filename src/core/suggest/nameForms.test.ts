import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'
import { parseNamePhrase } from './namePhrase'

describe('names written with particles, titles and words before them', () => {
  test('a possessive written as a bare mark after an s ends the name: “Rodrigo Chaves’ government” is Rodrigo Chaves', () => {
    const text = 'Title\n\nRodrigo Chaves’ government took office on Sunday.\n\n“I offer my most sincere apologies,” Chaves said.'
    expect(speakerOf(text, 'I offer')).toBe('Rodrigo Chaves')
  })

  test('“De” opens a surname before an English verb: ““…,” De Blasio said”', () => {
    const text = 'Mayor Bill de Blasio visited three schools in Queens on Monday.\n\n“We will reopen every classroom by March,” De Blasio said.'
    expect(speakerOf(text, 'We will reopen')).toBe('Bill de Blasio')
    const iesu = 'Police stopped the car at 3 a.m. in a suburb of Milan.\n\n“It was a regular patrol,” De Iesu said.'
    expect(speakerOf(iesu, 'It was a regular')).toBe('De Iesu')
  })

  test('a lower-case particle inside a name keeps it a name: “Joost van Hoof”, “Leonardo da Vinci”', () => {
    const hoof = 'The study measured sixteen office workers.\n\n“These findings could be significant,” Joost van Hoof writes in an accompanying article.'
    expect(speakerOf(hoof, 'These findings')).toBe('Joost van Hoof')
    const vinci = 'The notebook was sold in London.\n\nLeonardo da Vinci wrote: “Simplicity is the ultimate sophistication.”'
    expect(speakerOf(vinci, 'Simplicity is')).toBe('Leonardo da Vinci')
  })

  test('“President-elect” is a title: ““…,” Trump said” after “President-elect Trump” is the Donald Trump named before', () => {
    const text = 'Donald Trump met his transition team on Friday.\n\nIn a statement, President-elect Trump praised the former mayor:\n\n“He is a talented and patriotic American,” Trump said in the statement.'
    expect(speakerOf(text, 'He is a talented')).toBe('Donald Trump')
  })

  test('a word that only opens a sentence, before a first name, is no part of the name: “Longtime Donald Trump advocate …”', () => {
    const text = 'Longtime Donald Trump advocate Rudy Giuliani has withdrawn from consideration.\n\n“He is a talented and patriotic American,” Trump said in a statement.'
    expect(speakerOf(text, 'He is a talented')).toBe('Donald Trump')
  })

  test('“Mr. Trump” is not “Ivanka Trump” in an article that also has a “Ms. Trump”: two people share the surname', () => {
    const text = 'Ivanka Trump and her husband attended the meeting in the Oval Office.\n\nMs. Haley has been closely allied with Ms. Trump, aides said.\n\n“She has done a fantastic job,” Mr. Trump said.'
    expect(speakerOf(text, 'She has done')).toBe('Trump')
  })

  test('“the actress” is one person, not a plural: she is the actress the paragraph is about', () => {
    const text = 'Title\n\nJennifer Aniston appeared on the show on Tuesday.\n\nAniston admitted to having stolen some items in her youth. The actress stated, “Beads. From a bead shop.”'
    expect(speakerOf(text, 'Beads.')).toBe('Jennifer Aniston')
  })

  test('“Elton John’s publicist retorted”: someone’s publicist speaks, not the one they speak for', () => {
    const text = 'Title\n\nElton John was asked to play at the inauguration.\n\n“Incorrect. He will not be performing,” Elton John’s publicist retorted.'
    expect(speakerOf(text, 'Incorrect.')).toBe('Elton John’s publicist')
  })

  test('“The Tory historian Andrew Roberts, …, declaring that …”: a capitalised word after “the” describes the person named after the noun', () => {
    const text = 'Title\n\nBritain voted to leave. The Tory Party was split.\n\nThe Tory historian Andrew Roberts, long an evangelist of the idea, has taken up the cause, declaring that the vote cleared the ground for a “new federation based upon free trade.”'
    expect(speakerOf(text, 'new federation')).toBe('Andrew Roberts')
  })

  test('“with Jordanian Foreign Minister Ayman Safadi warning of “…””: the name after “with” is the subject of the participle', () => {
    const text = 'Title\n\nEgypt and Jordan also criticised the shift, with Jordanian Foreign Minister Ayman Safadi warning of "dangerous consequences".'
    expect(speakerOf(text, 'dangerous consequences')).toBe('Ayman Safadi')
  })

  test('“the American Horror Story actress wrote”: a title before the head noun is what she is known for, never the speaker', () => {
    const text = 'Title\n\nLady Gaga shared a picture with her mother.\n\n“My charity also offers a place to send kind letters,” the American Horror Story actress wrote.'
    expect(speakerOf(text, 'My charity')).not.toBe('American Horror Story')
  })

  test('“Maurice Obstfeld, a former chief economist who teaches at the University of California, Berkeley, has warned”: the name an apposition ends with is no subject', () => {
    const text = 'Title\n\nMaurice Obstfeld, a former IMF chief economist who now teaches at the University of California, Berkeley, has warned that the Fed could “drive the world economy into a harsh contraction.”'
    expect(speakerOf(text, 'drive the world')).toBe('Maurice Obstfeld')
  })

  test('“Trump on Fox News Sunday says …”: “on” does not join a person’s name to what follows, though it joins a body’s', () => {
    const text = 'Title\n\nDonald Trump spoke to Chris Wallace.\n\nTrump on Fox News Sunday says he does not need daily briefings because he is "smart"'
    expect(speakerOf(text, 'smart')).toBe('Donald Trump')
    const body = 'Title\n\nThe Joint Committee on Intelligence and Security said the powers were “for the purpose of determining the identity of a journalist’s source.”'
    expect(speakerOf(body, 'for the purpose')).toBe('Joint Committee on Intelligence and Security')
  })

  test('“Jaime Avilés AMLO: vida privada …”: initials after a name open the book’s title, no part of the name', () => {
    const text = 'Título\n\nEl libro del periodista Jaime Avilés AMLO: Vida privada de un hombre público señala: "Cárdenas lo invita a ser candidato". Avilés relata que López Obrador "se fue de espaldas" con la propuesta.'
    expect(speakerOf(text, 'se fue de espaldas')).toBe('Jaime Avilés')
  })

  test('a headline’s capitalised words are no one’s full name while the body names them: “Readers Are Paying Apple Millions”', () => {
    const text = 'Readers Are Paying Apple Millions to Shelter Profits\n\nOver the years, Apple Inc. has become the poster child for tax avoidance.\n\nLast week, Apple called the EU decision “seriously flawed.”'
    expect(speakerOf(text, 'seriously flawed')).toBe('Apple Inc')
  })

  test('a headline in title case names no one in full: “Republicans Are Following Trump to Nowhere” leaves “Trump tweeted” as Trump', () => {
    const text = 'Republicans Are Following Trump to Nowhere\n\nIn each case, President Trump tied himself to the outcome.\n\n“Matt has my Complete and Total Endorsement,” Trump tweeted before Election Day.'
    expect(speakerOf(text, 'Matt has my')).toBe('Trump')
    const sentence = 'Protesters cheer as Trump visits Ohio\n\nThe rally drew thousands.\n\n“We love this state,” Trump said.'
    expect(speakerOf(sentence, 'We love this')).not.toBe('Trump Ohio')
  })

  test('“&” joins a company’s name: “informó Standard & Poor’s” is the agency, not “Standard”', () => {
    const text = 'Título\n\nDos calificadoras, Moody’s y Standard & Poor’s, advirtieron del riesgo.\n\n"Una baja de la calificación de México podría traducirse en una acción similar", informó Standard & Poor’s a través de un comunicado.'
    expect(speakerOf(text, 'Una baja')).toBe('Standard & Poor’s')
    const english = 'Title\n\nShares fell on Monday.\n\n“We expect sales to recover,” Procter & Gamble said in a statement.'
    expect(speakerOf(english, 'We expect')).toBe('Procter & Gamble')
  })

  test('a bare name is the father’s, not the son’s: “Maradona” after “Diego Fernando Maradona Jr.” and “Diego Maradona”', () => {
    const text = 'Diego Maradona vuelve a la iglesia\n\nSu hijo, Diego Fernando Maradona Jr., lo acompañó al partido.\n\n"Me había alejado de la Iglesia, pero Francisco me hizo volver", dijo Maradona.'
    expect(speakerOf(text, 'Me había alejado')).toBe('Diego Maradona')
    const english = 'Title\n\nJerry Jones watched from the suite. His son Jerry Jones Jr. ran the draft room.\n\n“That is the happiest I have ever seen him,” Jones said.'
    expect(speakerOf(english, 'That is the happiest')).toBe('Jerry Jones')
  })

  test('a surname with a title is the person given that title in full, not a relative named nearer: “Adv Tšosane” after “Advocate Mokitimi Tšosane”', () => {
    const text = 'Title\n\nBorn in Roma, Advocate Mokitimi Tšosane has turned hardship into a career in law.\n\nThe 32-year-old Adv Tšosane was born in 1993 in Roma, to Mphutlane and ‘Matšosane Tšosane.\n\n“Education was not just a goal,” Adv Tšosane shares.\n\nAs a young lawyer, Adv Tšosane describes his career as still in its formative stages.\n\n“I see myself as an experimenting apprentice,” he says.'
    expect(speakerOf(text, 'Education was')).toBe('Mokitimi Tšosane')
    expect(speakerOf(text, 'I see myself')).toBe('Mokitimi Tšosane')
  })

  test('an academy, a society, a museum or a prosecutor’s office is a body: “Maradona” is the man, not the “Academia Maradona de Dubái” named nearer', () => {
    const text = 'Título\n\nDiego Armando Maradona llegó a Dubái en 2017.\n\nAllí entrenó a los niños de la Academia Maradona de Dubái.\n\n"Hice grandes cosas en el Vaticano", dijo Maradona.'
    expect(speakerOf(text, 'Hice grandes')).toBe('Diego Armando Maradona')
  })

  test('a nickname in quotation marks inside a name is left out and the surname after it kept: “Miguel Ángel "Zurdo" López”', () => {
    const text = 'Título\n\nEl América ganó cinco títulos.\n\n"Yo estoy muy agradecido con Televisa", señala Miguel Ángel "Zurdo" López, exentrenador del club.'
    expect(speakerOf(text, 'Yo estoy')).toBe('Miguel Ángel López')
    const english = 'Title\n\nThe cartel grew in the 1990s.\n\n“I never killed anyone,” said Joaquín “El Chapo” Guzmán in court.'
    expect(speakerOf(english, 'I never killed')).toBe('Joaquín Guzmán')
  })

  test('a particle joined by a hyphen to a capital is part of the name: “Al-Riyami told the BBC”', () => {
    const text = 'Title\n\nJulanda Al-Riyami runs the spaceport.\n\n“It’s not very often,” Al-Riyami told the BBC. “What we want to start is a culture.”'
    expect(speakerOf(text, 'It’s not very often')).toBe('Julanda Al-Riyami')
    expect(speakerOf(text, 'What we want')).toBe('Julanda Al-Riyami')
  })
})

describe('the one a possessive, a title or a kin word names', () => {
  test('a place’s two-word title after a possessive names the person after it: “Wales’s First Minister Mark Drakeford said:”', () => {
    const text = 'The hospital had treated the nurse Pauline Reid in March.\n\nWales’s First Minister Mark Drakeford said: “Our thoughts are with the patient.”'
    expect(speakerOf(text, 'Our thoughts')).toBe('Mark Drakeford')
  })

  test('one capitalised word before a lower-case title is no name: “Former mayor Ann Lee …:” is Ann Lee', () => {
    const text = 'Former mayor Ann Lee agreed, but blamed the council: “We have had ten years of delay.”'
    expect(speakerOf(text, 'We have had')).toBe('Ann Lee')
    const nurse = 'Retired judge Joan Price took the stand after lunch: “I saw nothing wrong that night.”'
    expect(speakerOf(nurse, 'I saw nothing')).toBe('Joan Price')
  })

  test('a first name alone after “his wife” is a woman’s, and “she” stands for her over a man named since', () => {
    const text = 'His wife Maud answered the phone. It was a week after a gunman named Dorian Pask had shot two guards.\n\nMaud feared the worst. “I could not stop shaking,” she says.'
    expect(speakerOf(text, 'I could not')).toBe('Maud')
  })

  test('a bare surname is not the one named as someone’s kin: “Haddad said” after “his son, Omar Haddad” is the father', () => {
    const text = 'Karim Nabil Haddad runs a shop in Ohio.\n\nHaddad met reporters on Monday and called the attack by his son, Omar Haddad, "the act of a terrorist."\n\nIn a video posted later, Haddad said: "I do not know what made him do it."'
    expect(speakerOf(text, 'I do not know')).toBe('Karim Nabil Haddad')
  })
})

describe('which full name a short form or a pronoun stands for', () => {
  test('“Not Gray.” opens with a negation, never a name: ““…,” says Gray” is Nina Gray', () => {
    const text = 'Nina Gray runs the shelter.\n\nMost people say they never wanted fame. Not Gray. "Everyone wants to be liked," says Gray.'
    expect(speakerOf(text, 'Everyone wants')).toBe('Nina Gray')
  })

  test('a bare surname is the person’s, not the first word of a firm named after them: “Hale also said” is Mara Hale, not “Hale Research”', () => {
    const text = 'Shares of the firm fell.\n\nBut Tom Bell, an analyst with Summit Equities Research, said Kay’s attention to detail set the firm apart. He said its pipeline might be safe for a few years.\n\nMara Hale, an analyst at Hale Research, said the merger made sense.\n\nHale also said the board put in place a "culture of caution" that will help.'
    expect(speakerOf(text, 'culture of caution')).toBe('Mara Hale')
  })

  test('a bare surname beside “James Ford Jr.” is not his grandfather “Henry Ford”: a father shares his son’s first name', () => {
    const text = 'The plant was opened by Henry Ford in 1925.\n\nJames Ford Jr., his grandson, spoke on Friday.\n\nFord, who sits on the board, blasted the plan.\n\n"It will not save a single job," he said.'
    expect(speakerOf(text, 'It will not save')).toBe('James Ford Jr.')
  })

  test('an age after a first name makes it a person’s: “she” in “Lena, 21, …, but she admitted “…”” is Lena Park, not the dish named since', () => {
    const text = 'One diner, Lena Park was so ill after the "Dragon Fire" that she went to hospital.\n\nThe restaurant’s Dragon Fire dish has sent diners to hospital before.\n\nLena, 21, a student at the university, came second, but she admitted the prize "came at a cost".'
    expect(speakerOf(text, 'came at a cost')).toBe('Lena Park')
  })
})

describe('a name run into a person’s', () => {
  test('an outlet’s name run into a full name the article gives alone is no part of it: “con Radio Uno Marta Solís hace balance” is Marta Solís', () => {
    const text = 'Marta Solís dejó el cargo en enero.\n\nPor último, en la entrevista con Radio Uno Marta Solís hace balance de sus años en el ministerio. "Aprendí a escuchar a todos, aunque no piensen como yo", concluye Solís.'
    expect(speakerOf(text, 'Aprendí a escuchar')).toBe('Marta Solís')
  })
})

describe('the gender a pronoun near a name says', () => {
  test('“Kellyanne Ray, the manager who helped him win his race” says nothing of her gender: a later “she said” can still be Ray', () => {
    const text = 'President Tom Bell has named Kellyanne Ray, the campaign manager who helped him win his unlikely race, to a senior post.\n\nJoan Hart did the job for Bell’s father.\n\nRay says she does not see being a mother a problem for the job.\n\n"My major concern is my children," she said.'
    expect(speakerOf(text, 'My major concern')).toBe('Kellyanne Ray')
  })
})

describe('a description with capitals in it, after “the”', () => {
  test('“the three-time NFL MVP said” and “The Minnesota Vikings QB said” describe the player named before; they name no one', () => {
    const text = 'Brett Favre is back for one more season.\n\n"I have done it all," the three-time NFL MVP said.\n\nThe Minnesota Vikings QB said Wednesday that he could "make a case for both" options.'
    expect(speakerOf(text, 'I have done it all')).toBe('Brett Favre')
    expect(speakerOf(text, 'make a case')).toBe('Brett Favre')
  })

  test('“says the Emmy winner”: a name after “the” with a person’s noun after it describes the person named before', () => {
    const text = 'Ryan Seacrest works hard on his radio show.\n\n"Until recently, I felt I should not rest," says the Emmy winner.'
    expect(speakerOf(text, 'Until recently')).toBe('Ryan Seacrest')
  })
})

describe('a name that ends like an adverb', () => {
  test('“Connolly” and “Donnelly” are names; “Finally” and “Critically” opening a sentence are not', () => {
    expect(parseNamePhrase('Connolly')?.name).toBe('Connolly')
    expect(parseNamePhrase('Donnelly')?.name).toBe('Donnelly')
    expect(parseNamePhrase('Finally')).toBeNull()
    expect(parseNamePhrase('Critically')).toBeNull()
  })
})

describe('a body’s person', () => {
  test('“said NYU’s Donefer” is the person of the body, by full name, never the body', () => {
    const text = 'Knight lost money. Bernard Donefer teaches at NYU.\n\n"We have a very complex financial system, bordering on the baroque," said NYU\'s Donefer.'
    expect(speakerOf(text, 'We have a very')).toBe('Bernard Donefer')
  })
})

describe('an apostrophe typed as an acute accent', () => {
  test('“O´Neill” is one name: ““…”, dijo O´Neill” is James O´Neill, never “James O”', () => {
    const text = 'La policía cambió de criterio. El comisario James O´Neill habló ayer.\n\nEl jefe policial rechazó el "patrón racial", dijo O´Neill.'
    expect(speakerOf(text, 'patrón racial')).toBe('James O´Neill')
  })
})

describe('an unknown first name before a known one', () => {
  test('“Jens David Ohlin, a professor …” keeps “Jens”: ““…,” Ohlin said” is Jens David Ohlin', () => {
    const text = 'The patient was screened at the airport.\n\nJens David Ohlin, a professor of law at Cornell, said it is unusual to prosecute.\n\n"Prosecuting a patient for lying is harsh," Ohlin said.'
    expect(speakerOf(text, 'Prosecuting')).toBe('Jens David Ohlin')
  })
})

describe('a church title before a name', () => {
  test('“el Patriarca Filaret” is Filaret, never “Patriarca Filaret”', () => {
    const text = 'El Patriarca Filaret, líder de la Iglesia ortodoxa, dio positivo.\n\n“Los matrimonios homosexuales son los responsables de la pandemia”, dijo Filaret en marzo.'
    expect(speakerOf(text, 'Los matrimonios')).toBe('Filaret')
  })
})

describe('a body’s person and words after a name in a headline', () => {
  test('a paper’s writer named after its possessive is the writer: “writes The Washington Post’s Chris Mooney”', () => {
    const text = 'Obama acts on climate\n\nRejecting the pipeline shows that Obama is "willing to pull out all the stops on climate change," writes The Washington Post\'s Chris Mooney.'
    expect(speakerOf(text, 'willing to pull out')).toBe('Chris Mooney')
  })

  test('“Now” after a name in a headline is no part of it: “Where Is Ted Wills Now?” keeps the man Ted Wills', () => {
    const text = 'The Golden Voice: Where Is Ted Wills Now?\n\nIn 2011 Ted Wills stood at a busy corner in Columbus.\n\n"I\'m having the time of my life," Wills said.'
    expect(speakerOf(text, "I'm having")).toBe('Ted Wills')
  })
})

describe('initials and the names they stand for', () => {
  test('a title’s initials stand for the person who holds it: “the CJI said” after “Chief Justice of India Surya Kant”', () => {
    const text = 'Court hears pleas\n\nA bench headed by Chief Justice of India Surya Kant made the observations on Monday.\n\n"Right to peaceful protests is in the Constitution," the CJI said.'
    expect(speakerOf(text, 'Right to peaceful')).toBe('Surya Kant')
  })

  test('a body’s initials stand for the body named in full before: “the BBA said” after “The British Bankers’ Association”', () => {
    const text = 'Banks may leave\n\nThe British Bankers’ Association warned on Friday that banks may move abroad.\n\n"We recognize the change of tone," the BBA said.'
    expect(speakerOf(text, 'We recognize')).toBe('British Bankers’ Association')
  })

  test('two letters stand for a title: “the PM said” after “Prime Minister David Cameron”', () => {
    const text = 'PMQs\n\nPrime Minister David Cameron faced questions on Wednesday.\n\n"What I said to my local council is what I say to everyone," the PM said.'
    expect(speakerOf(text, 'What I said')).toBe('David Cameron')
  })

  test('a body’s initials skip its small words: “la SHCP” after “la Secretaría de Hacienda y Crédito Público”', () => {
    const text = 'Hacienda\n\nLa Secretaría de Hacienda y Crédito Público publicó su informe.\n\n"No todos los ingresos excedentes son para Pemex", indicó la SHCP.'
    expect(speakerOf(text, 'No todos los')).toBe('Secretaría de Hacienda y Crédito Público')
  })

  test('initials after a role and a comma are the body’s, never a person: “agregó el presidente de Grupo Consultor Interdisciplinario, GCI”', () => {
    const text = 'Elecciones\n\n"No es un buen candidato", agregó el presidente de Grupo Consultor Interdisciplinario, GCI.'
    expect(speakerOf(text, 'No es un buen')).not.toBe('GCI')
  })

  test('a nested quote’s closing mark before the cue leaves the cue the quote’s: “…,"\' said Rep. Tony Cardenas”', () => {
    const text = 'Superdelegates\n\n"No candidate could say, `That is one bright, intelligent person,"\' said California Democratic Rep. Tony Cardenas.'
    expect(speakerOf(text, 'No candidate')).toBe('Tony Cardenas')
  })

  test('a name with a hyphen left hanging (“Pakal-Na- Palenque”) is read without failing when initials are looked up after it', () => {
    const text = 'Tren Maya llega a Pakal-Na\n\nEl tramo de la estación Pakal-Na- Palenque fue inaugurado el lunes por el director Juan Pérez.\n\n"Es una obra que cambia la región", dijo la SCT en un comunicado.'
    expect(speakerOf(text, 'Es una obra')).toBe('SCT')
  })

  test('a compound adjective before a name describes it and is no part of it: “Seattle-based Marchex Inc said”', () => {
    const text = 'Calls\n\n“We have completely reimagined the call,” Seattle-based Marchex Inc said in a statement on Monday.'
    expect(speakerOf(text, 'We have completely')).toBe('Marchex Inc')
  })

  test('a bare surname two people share is the one the article introduced first, not the one named last in another paragraph', () => {
    const moreno = 'Caso Moreno\n\nEl productor José Luis Moreno declaró ayer ante la Audiencia Nacional.\n\nEl juez instructor, Ismael Moreno, decretó su libertad con medidas cautelares.\n\n«Nunca he engañado a nadie», ha asegurado Moreno a la salida.'
    expect(speakerOf(moreno, 'Nunca he')).toBe('José Luis Moreno')
    const fischer = 'Union vote\n\nTanner Fischer, 29, is running for president of his Teamsters local.\n\nHis fiancée, Adrianne Fischer, handles most of the wedding planning.\n\n“It’s stressful to plan a wedding and run for president,” Fischer said.'
    expect(speakerOf(fischer, 'It’s stressful')).toBe('Tanner Fischer')
  })

  test('a bare surname is the one named in its own paragraph, or who spoke in the one before, and a junior’s stays his: “Tejashwi Yadav … Yadav said”', () => {
    const yadav = 'Paper leaks\n\nAkhilesh Yadav led the protest on Monday.\n\nIn the Assembly, Tejashwi Yadav attacked the bill. “Merely suspending a constable is not enough,” Yadav said.'
    expect(speakerOf(yadav, 'Merely suspending')).toBe('Tejashwi Yadav')
    expect(speakerOf(yadav.replace('bill. “', 'bill.\n\n“'), 'Merely suspending')).toBe('Tejashwi Yadav') // (who spoke in the paragraph before)
    const roosevelt = 'Social Security\n\nFranklin Roosevelt signed Social Security into law in 1935.\n\nHis grandson, James Roosevelt Jr., is a former commissioner.\n\n“There is a lot of scare talk out there,” Roosevelt said.'
    expect(speakerOf(roosevelt, 'There is a lot')).toBe('James Roosevelt Jr.')
  })

  test('a month right after a first name alone is a surname: “Theresa May said” is Theresa May, not “Theresa”', () => {
    const text = 'Child access law\n\nTheresa May said the plans were "inadequate and papering over the cracks".'
    expect(speakerOf(text, 'inadequate')).toBe('Theresa May')
  })

  test('two spellings of one name, a caption’s “Jorge Rodriguez” and the text’s “Jorge Rodríguez”, are one person: the surname takes the nearest', () => {
    const text = 'Prisoners freed\n\nRelatives wait outside the jail after Jorge Rodriguez announced the release.\n\nJorge Rodríguez, the head of the National Assembly, spoke on Thursday.\n\n"We want peace," said Rodríguez.'
    expect(speakerOf(text, 'We want peace')).toBe('Jorge Rodríguez')
  })
})

test('a body’s long name is one speaker: “The Center for Justice Studies warned”, “el Centro de Estudios de Justicia de las Américas había advertido”', () => {
  // ("Justice" after "Center for" is what the centre is for, no title before a person called "Studies".)
  expect(parseNamePhrase('Center for Justice Studies')).toMatchObject({ name: 'Center for Justice Studies', org: true })
  expect(speakerOf('Causes\n\nProsecutor Ymay Ortiz spoke. The Center for Justice Studies warned that there was "a generalised failure of the principles".', 'a generalised')).toBe('Center for Justice Studies')
  // (Eight words, five of them its own: the small words inside a body's name do not make it too long to speak.)
  const es = 'Causas\n\nLa fiscal Ymay Ortiz habló. El Centro de Estudios de Justicia de las Américas había advertido que existía en el país “un incumplimiento generalizado de los principios”.'
  expect(speakerOf(es, 'un incumplimiento')).toBe('Centro de Estudios de Justicia de las Américas')
})

test('a compass word and a place are a region, never a speaker: “she said” after “Central Asia” is Von der Leyen', () => {
  const text = 'EU\n\nVon der Leyen will represent the European Union at an upcoming summit. Trade through Central Asia has grown. Ahead of these events, she said countries had a duty to show “the same level of stamina, perseverance” that she had witnessed.'
  expect(speakerOf(text, 'the same level')).toBe('Von der Leyen')
})

describe('a legislature is a body', () => {
  test('“Congreso de LLA”, “Senado de la Nación”, “Cámara de Diputados” are bodies, as “Congress” is', () => {
    expect(['Congreso de LLA', 'Senado de la Nación', 'Cámara de Diputados'].map((n) => parseNamePhrase(n)?.org)).toEqual([true, true, true])
  })
})

test('“el doctor Tomás Ugarte del UC Davis Health Centers”: “del” before initials ends the name, so “dice el doctor” is him, never “Centers”', () => {
  const text = 'Remedios\n\nEs un mito, dicen el doctor Tomás Ugarte del UC Davis Health Centers y otros médicos.\n\n“Las dietas altas en azúcar inflaman el cuerpo”, dice el doctor.'
  expect(speakerOf(text, 'Las dietas altas')).toBe('Tomás Ugarte')
})

test('“Pdte” is a title: “Carlos Ruiz, Pdte de la Comunidad dejó claro que “…”” is Carlos Ruiz’s, never “Pdte de la Comunidad”', () => {
  const text = 'Turismo\n\nCarlos Ruiz, Pdte de la Comunidad dejó claro que “no aceptará un sistema sin consulta previa“.'
  expect(speakerOf(text, 'no aceptará')).toBe('Carlos Ruiz')
})
