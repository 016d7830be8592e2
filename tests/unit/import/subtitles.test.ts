import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importSubtitles } from '../../../src/main/import/subtitles'
import type { Article } from '../../../src/core/schema'

const fixtures = join(__dirname, '..', '..', 'fixtures', 'vtt')
const NOW = '2026-03-04T10:00:00.000Z'
const paragraphs = (a: Article) => a.blocks.map((b) => [a.text.slice(b.start, b.end), b.time])

describe('a subtitle file as an article', () => {
  it('merges WebVTT cues into paragraphs by voice and by pauses over 2 s, each with its start time and speaker label', () => {
    const article = importSubtitles({ fileName: 'interview.vtt', content: readFileSync(join(fixtures, 'interview.vtt'), 'utf8'), kind: 'vtt' }, NOW, 'a1')
    expect(paragraphs(article)).toEqual([
      ['Ana Pérez: Good morning. We are here with the mayor. Thank you for joining us.', 1],
      ['Jorge Rodríguez: It is a pleasure to be here. The prisoners will be released this week.', 6.5],
      ['Jorge Rodríguez: After a long pause, I can say more & better.', 754],
      ['Ana Pérez: When exactly?', 758.5]
    ])
    expect(article).toMatchObject({ title: 'interview', sourceKind: 'vtt', source: 'interview.vtt' })
  })

  it('reads SRT with "NAME:" labels, joining a cue’s lines and the cues that follow without a new speaker', () => {
    const article = importSubtitles({ fileName: 'clip.srt', content: readFileSync(join(fixtures, 'clip.srt'), 'utf8'), kind: 'srt' }, NOW, 'a1')
    expect(paragraphs(article)).toEqual([
      ['REPORTER: Where were you on Sunday?', 0.5],
      ['Jorge Rodríguez: At home, with my family. all day.', 2.1],
      ['Nothing else to add.', 9]
    ])
  })

  it('says so when a file has no cues or cannot be read, and never runs markup it holds', () => {
    expect(() => importSubtitles({ fileName: 'empty.vtt', content: 'WEBVTT\n\n', kind: 'vtt' }, NOW)).toThrow('it has no subtitles to import')
    const hostile = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<script>alert(1)</script><img src=x onerror=alert(1)>Hello\n'
    const article = importSubtitles({ fileName: 'x.vtt', content: hostile, kind: 'vtt' }, NOW)
    expect(article.text).toBe('alert(1)Hello')
    expect(() => importSubtitles({ fileName: 'bad.srt', content: '1\nnot a time --> at all\nHello\n', kind: 'srt' }, NOW)).toThrow()
  })

  it('imports an hour of cues quickly', () => {
    const cues = Array.from({ length: 20_000 }, (_, i) => `${i + 1}\n${stamp(i * 1.5)} --> ${stamp(i * 1.5 + 1.4)}\n${['ANA', 'JORGE', 'LUIS'][i % 3]}: words of cue ${i}\n`)
    const started = performance.now()
    const article = importSubtitles({ fileName: 'long.srt', content: cues.join('\n'), kind: 'srt' }, NOW)
    expect(performance.now() - started).toBeLessThan(3000)
    expect(article.blocks.length).toBe(20_000)
  })
})

function stamp(seconds: number): string {
  const ms = Math.round(seconds * 1000)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`
}
