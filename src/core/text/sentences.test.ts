import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { endsSentence, paragraphsOf, spansOf, TextSpans } from './sentences'

const words = (text: string) => spansOf(text).sentences.map((s) => text.slice(s.start, s.close))

describe('sentences', () => {
  it('splits at full stops, question and exclamation marks, paragraph by paragraph', () => {
    expect(words('Prisoners were freed. Who decided? Nobody knows!\nA new line')).toEqual(['Prisoners were freed.', 'Who decided?', 'Nobody knows!', 'A new line'])
  })

  it('does not end a sentence after a title, an initial or an abbreviation', () => {
    expect(words('Mr. Romero met Sra. López and J. Smith in the U.S. on Feb. 3. Then he left.')).toEqual(['Mr. Romero met Sra. López and J. Smith in the U.S. on Feb. 3.', 'Then he left.'])
  })

  it('does not end a sentence at a US state’s abbreviation that closes a party’s bracket: “Rep. Kevin McCarthy (R-Calif.) said”', () => {
    expect(words('“Jobs,” Rep. Kevin McCarthy (R-Calif.) said. Sen. Ed Markey (D., Mass.) agreed. He lives in Boston, Mass. Then he left.')).toEqual([
      '“Jobs,” Rep. Kevin McCarthy (R-Calif.) said.',
      'Sen. Ed Markey (D., Mass.) agreed.',
      'He lives in Boston, Mass.',
      'Then he left.'
    ])
  })

  it('ends a dateline at its stop and dash (“CIUDAD DE MÉXICO.- La actriz …”), the dash in neither; never “U.S.-China” or a stop and dash later on', () => {
    expect(words('CIUDAD DE MÉXICO.- La actriz habló.\nGuadalajara.— Serios, dijeron.\nLos lazos U.S.-China siguen.\nEl tema, que se trató en el pleno de ayer por la mañana con todos.- No.')).toEqual([
      'CIUDAD DE MÉXICO.',
      'La actriz habló.',
      'Guadalajara.',
      'Serios, dijeron.',
      'Los lazos U.S.-China siguen.',
      'El tema, que se trató en el pleno de ayer por la mañana con todos.- No.'
    ])
  })

  it('gives a closing quotation mark after the stop to the sentence, and says where the words stop', () => {
    const text = 'He said “we are free.” Then he left.'
    const [first] = spansOf(text).sentences
    expect(text.slice(first!.start, first!.close)).toBe('He said “we are free.”')
    expect(text.slice(first!.start, first!.end)).toBe('He said “we are free.')
  })

  it('finds the sentence around a quote: a stop before a closing mark ends the quotation, not the sentence', () => {
    const text = 'First one. He said “go.” and “stay” later.'
    const spans = spansOf(text)
    expect(text.slice(spans.startBefore(text.indexOf('“stay'), 0))).toBe(' He said “go.” and “stay” later.')
    expect(spans.endAfter(text.indexOf('“stay'), text.length)).toBe(text.length)
    expect(spans.stopsWithin(0, 5)).toBe(false)
    expect(spans.stopsWithin(0, 10)).toBe(true)
  })

  it('says where the words of a sentence stop, after a name in it', () => {
    const text = 'Machado, who met Mr. Lee, said she would go. He stayed.\nA headline'
    const spans = spansOf(text)
    expect(text.slice(8, spans.wordsEnd(8))).toBe(' who met Mr. Lee, said she would go')
    expect(text.slice(text.indexOf('head'), spans.wordsEnd(text.indexOf('head')))).toBe('headline')
  })

  it('keeps the spans of a text once split', () => {
    const text = 'One. Two.'
    expect(spansOf(text)).toBe(spansOf(text))
  })
})

/** The char-by-char scans the spans replace, as reference. */
const reference = {
  startBefore: (text: string, at: number, floor: number) => {
    for (let i = at - 1; i > floor; i--) if (endsSentence(text, i) && /\s/.test(text[i + 1] ?? ' ')) return i + 1
    return floor
  },
  endAfter: (text: string, from: number, ceiling: number) => {
    for (let i = from; i < ceiling; i++) if (endsSentence(text, i)) return i + 1
    return ceiling
  },
  starts: (text: string) => {
    const starts = [0]
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '\n' && !endsSentence(text, i)) continue
      const last = starts[starts.length - 1]!
      if (last > 0 && text.slice(last, i + 1).trim() === '') starts[starts.length - 1] = i + 1
      else starts.push(i + 1)
    }
    return starts
  }
}

describe('sentence look-ups on the labelled articles', () => {
  const dir = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'suggest-set', 'articles')
  const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))
  texts.push('\n\n  “Quote.” Mr. X said. \n\n(Aside.) Next.\'\nEnd', '')

  it('agree with scanning the text character by character', () => {
    for (const text of texts) {
      const spans = new TextSpans(text)
      expect(spans.paragraphs).toEqual(paragraphsOf(text))
      // The scan also started a sentence after a stop at the end of a line (`off.”⏎`) that holds only the closing mark.
      const scanned = reference.starts(text)
      const real = scanned.filter((s, k) => !/^[\s"”’'»)]*$/u.test(text.slice(s, scanned[k + 1] ?? text.length)))
      const leads = spans.sentences.map((s) => s.lead)
      const fromZero = (list: number[]) => (list[0] === 0 ? list : [0, ...list])
      expect(fromZero(leads)).toEqual(fromZero(real))
      for (let at = 0; at < text.length; at += 11) {
        const floor = Math.max(0, at - 300)
        expect(spans.startBefore(at, floor)).toBe(reference.startBefore(text, at, floor))
        expect(spans.endAfter(at, Math.min(text.length, at + 300))).toBe(reference.endAfter(text, at, Math.min(text.length, at + 300)))
      }
    }
  })
})
