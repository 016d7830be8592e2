import { EditorState } from 'prosemirror-state'
import type { DecorationSet } from 'prosemirror-view'
import { describe, expect, it } from 'vitest'
import { articleToDoc } from './articleDoc'
import { findInText, findInTextPlugin, findState, firstMatchFrom } from './findInText'

const heading = 'Rodríguez speaks'
const para = 'Rodriguez said it would be “an important number”. RODRÍGUEZ left.'
const text = `${heading}\n\n${para}`
const blocks = [
  { start: 0, end: heading.length },
  { start: heading.length + 2, end: text.length }
]

describe('finding words in the article text', () => {
  it('finds every place, ignoring case and accents, with the article’s own offsets', () => {
    const found = findInText(text, blocks, 'rodriguez')
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Rodríguez', 'Rodriguez', 'RODRÍGUEZ'])
  })

  it('matches straight quotes against curly ones', () => {
    const [m] = findInText(text, blocks, '"an important')
    expect(m && text.slice(m.start, m.end)).toBe('“an important')
  })

  it('never runs a match from one paragraph into the next, and finds nothing for blank words', () => {
    expect(findInText(text, blocks, 'speaks Rodriguez')).toEqual([])
    expect(findInText(text, blocks, '   ')).toEqual([])
    expect(findInText(text, blocks, '')).toEqual([])
  })

  it('starts from the first match at or after the caret, or from the top past the last one', () => {
    const found = findInText(text, blocks, 'rodriguez')
    expect(firstMatchFrom(found, 0)).toBe(0)
    expect(firstMatchFrom(found, heading.length + 1)).toBe(1)
    expect(firstMatchFrom(found, text.length)).toBe(0)
    expect(firstMatchFrom([], 5)).toBe(-1)
  })

  it('paints every match and the current one more strongly, through the plugin', () => {
    const { doc, index } = articleToDoc({ text, blocks: blocks.map((b, i) => ({ type: i ? 'paragraph' : 'heading', level: 1, ...b, marks: [] })) })
    const plugin = findInTextPlugin(index, text)
    let state = EditorState.create({ doc, plugins: [plugin] })
    state = state.apply(state.tr.setMeta(plugin.spec.key!, { query: 'rodriguez', from: heading.length + 2 }))
    const found = findState(state)
    expect(found.matches).toHaveLength(3)
    expect(found.current).toBe(1)
    const decos = (plugin.props.decorations!.call(plugin, state) as DecorationSet).find()
    expect(decos).toHaveLength(3)
    expect(decos.filter((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class.includes('qm-find-current'))).toHaveLength(1)
  })
})
