import { describe, expect, test } from 'vitest'
import { findQuotations } from './marks'
import { pairs } from '../../../tests/support/suggestedSpeakers'

const quoted = (text: string) => findQuotations(text).map((q) => text.slice(q.start, q.end))

describe('pairing quotation marks', () => {
  test('straight double quotes give the words between them, punctuation inside kept', () => {
    expect(quoted('"Let us hope that this is indeed the beginning," said Alfredo Romero.')).toEqual(['Let us hope that this is indeed the beginning,'])
  })

  test('a straight mark glued between a sentence’s end and a capital opens the next quote, or closes the one under way', () => {
    expect(quoted('Nadie lo está impidiendo."Las familias necesitan protección", escribió Gomez.')).toEqual(['Las familias necesitan protección'])
    expect(quoted('He said the tallies "show weaknesses that have long been evident."Making matters worse, the team issued a statement.')).toEqual([
      'show weaknesses that have long been evident.'
    ])
  })

  test('a straight mark after any dash opens a quote, the box-drawing line some papers type as one included: ─"…"─', () => {
    const text = 'Iglesias ha alabado al portavoz ─"es uno de los políticos más brillantes"─, pero no se ha mojado. Lo llamó ―"imprescindible"― ayer.'
    expect(quoted(text)).toEqual(['es uno de los políticos más brillantes', 'imprescindible'])
  })

  test('a straight mark closed by a curly one (as typed) is one quote, and the straight quotes after it still pair: "… de familia” … "…"', () => {
    expect(quoted('El primer paso es una "responsabilidad individual, de familia” para conocer la huella. "No nos damos cuenta del impacto", precisa Ruiz, que pide una "toma de conciencia" ya.')).toEqual([
      'responsabilidad individual, de familia',
      'No nos damos cuenta del impacto',
      'toma de conciencia'
    ])
    expect(quoted('"He told me “never again” and left," she said.')).toEqual(['He told me “never again” and left,'])
  })

  test('curly double quotes pair opening with closing marks', () => {
    expect(quoted('“We haven’t gotten to that yet,” he said. “What we want to do now is fix up the oil.”')).toEqual([
      'We haven’t gotten to that yet,',
      'What we want to do now is fix up the oil.'
    ])
  })

  test('curly marks set the wrong way round still pair by where they stand: “…“ and ”…“ as typeset', () => {
    expect(quoted('Según Hurtado, “se trata de testimonios sin datos objetivos“. Y añade en un mensaje ”Porque si no parece otra cosa“ y otro más.')).toEqual([
      'se trata de testimonios sin datos objetivos',
      'Porque si no parece otra cosa'
    ])
  })

  test('a double quote closed with two single marks (“…,’’ as some wires type it) is one quote', () => {
    expect(quoted('“It was an attempt to mislead voters,’’ Will Moy told the BBC. “And it is inappropriate.”')).toEqual([
      'It was an attempt to mislead voters,',
      'And it is inappropriate.'
    ])
  })

  test('British single quotes are quotes, and an apostrophe inside one does not end it', () => {
    expect(quoted('Mr Starmer said the plan was ‘the country’s best chance’ of recovery.')).toEqual(['the country’s best chance'])
  })

  test('straight single quotes work the same way', () => {
    expect(quoted("The minister said it was 'a dark day for democracy', adding that talks would go on.")).toEqual(['a dark day for democracy'])
  })

  test('apostrophes are not quotation marks: they’re, Caracas’ prisons, the ’90s', () => {
    expect(quoted('They’re held in Caracas’ prisons, as they were in the ’90s.')).toEqual([])
    expect(quoted("They're held in Caracas' prisons, as they were in the '90s.")).toEqual([])
  })

  test('a single quote nested in a double one belongs to the outer quote', () => {
    expect(quoted('"He told me, \'you better get lost\', and walked off," said one photographer.')).toEqual(["He told me, 'you better get lost', and walked off,"])
  })

  test('a possessive inside a single-quoted quote does not close it early', () => {
    expect(quoted('He called it ‘the prisoners’ last hope, and ours’, officials said.')).toEqual(['the prisoners’ last hope, and ours'])
  })

  test('guillemets, as Spanish and French papers print them', () => {
    expect(quoted('«Es un gesto de paz», afirmó Jorge Rodríguez.')).toEqual(['Es un gesto de paz'])
  })

  test('a multi-paragraph quote opens each paragraph and closes on the last; each paragraph is a segment', () => {
    const text = '“The first paragraph of what she said.\n\n“The second paragraph, which goes on.\n\n“And the end of it,” she said.'
    const qs = findQuotations(text)
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(['The first paragraph of what she said.', 'The second paragraph, which goes on.', 'And the end of it,'])
    expect(qs.map((q) => [q.continued, q.continues])).toEqual([
      [false, true],
      [true, true],
      [true, false]
    ])
  })

  test('an opening mark never closed, with no quote in the next paragraph, is no quote', () => {
    expect(quoted('He said “this will never close.\n\nA new paragraph with no mark.')).toEqual([])
  })

  test('the Spanish dialogue dash: the speech either side of the narrator’s aside', () => {
    const text = '—No vamos a negociar con terroristas —dijo el ministro—. La decisión está tomada.'
    expect(quoted(text)).toEqual(['No vamos a negociar con terroristas', 'La decisión está tomada.'])
  })

  test('a dash at the start of an English list item with no aside is not dialogue', () => {
    expect(quoted('— Prisoners released on Thursday included Rocío San Miguel.')).toEqual([])
  })

  test('inches and a lone straight quote are not quotes', () => {
    expect(quoted('The screen measures 12" across, and nothing more.')).toEqual([])
  })
})

describe('a curly quote closed by a straight mark, as typed', () => {
  test('a straight close with a speech verb after it ends the curly quote, and the straight quote after it pairs: “…," says Ada Lind. "…”', () => {
    expect(quoted('“You cannot pitch in bulk anymore," says PR consultant Ada Lind. "Pitching has to be thought through.”')).toEqual([
      'You cannot pitch in bulk anymore,',
      'Pitching has to be thought through.'
    ])
  })
})

describe('paragraphs run together into one line, with straight marks', () => {
  // Text copied out of some pages and corpora loses the breaks of a multi-paragraph quote: each paragraph still opens with a
  // mark and only the last closes, but all of them stand in one line ("… effect. "The impression …").
  const line =
    'Connors praised the work of the LTA. "Britain has the right attitude," said Connors. "That\'s something you don\'t find every day. ' +
    '"The impression I came away with was one like I\'ve never seen before. "This is not going to happen overnight." He left on Friday.'

  test('each paragraph of the quote is a quote of its own, up to the next one’s opening mark', () => {
    expect(quoted(line)).toEqual([
      'Britain has the right attitude,',
      "That's something you don't find every day.",
      "The impression I came away with was one like I've never seen before.",
      'This is not going to happen overnight.'
    ])
  })

  test('they all go to the speaker the quote’s first paragraph names', () => {
    expect(pairs(line).map(([, who]) => who)).toEqual(['Connors', 'Connors', 'Connors', 'Connors'])
  })

  test('a mark typed apart from the words it closes, or a close left out before its cue, starts no run', () => {
    const apart = quoted('Not Munn. "People say, \'Oh, yeah, I didn\'t care,\' " says Munn. "Everybody cares. Somebody needs to say it."')
    expect(apart).not.toContain('says Munn.')
    expect(apart).toContain('Everybody cares. Somebody needs to say it.')
    expect(quoted('Banzi is blunt. "You don\'t need anybody\'s permission, says Banzi. "If you have an idea, you just go and make it."\n\nHe left.')).toEqual([
      'If you have an idea, you just go and make it.'
    ])
  })
})
