/**
 * The labelled sets `npm run bench:suggest` scores, and which of them may be
 * tuned on.
 *
 * Every set up to the twenty-fifth has been looked at (SUGGEST_VERBOSE
 * lists their errors): each was scored blind first, then opened (the sixth,
 * seventh and eighth, heldout6, -7, -8, in the session that made the ninth;
 * the ninth, heldout9, in the session that made the tenth; the tenth,
 * heldout10, and the eleventh, heldout11, after its two scores, in the
 * session that made the twelfth; the twelfth, heldout12, after its three
 * scores, in the session that made the thirteenth; the thirteenth, heldout13,
 * after its two scores, in the session that made the fourteenth; the
 * fourteenth, heldout14, after its four scores, in the session that made the
 * fifteenth; the fifteenth, heldout15, after its five scores, and the
 * sixteenth, heldout16, after its two, in the session that made the
 * seventeenth; the seventeenth, heldout17, after its three, in the session
 * that made the eighteenth; the eighteenth, heldout18, after its two, in the
 * same session, once the nineteenth was being made; the nineteenth,
 * heldout19, after its five, in the session that made the twentieth; the
 * twentieth, heldout20, after its three, in the same session, once the
 * twenty-first was scored; the twenty-first, heldout21, after its six, in the
 * session that made the twenty-second; the twenty-second, heldout22, after its
 * seven, in the same session, once the twenty-third was scored; the
 * twenty-third, heldout23, after its two, in the session that made the
 * twenty-fourth; the twenty-fourth, heldout24, after its scores on the start
 * code and after round 26, in the same session; the twenty-fifth,
 * heldout25, after its four scores, in the session after). A set in BLIND
 * (the twenty-sixth, heldout26, and the test splits of the twenty-seventh,
 * twenty-eighth, twenty-ninth and thirtieth, heldout27 to heldout30) is
 * scored, never tuned on: its errors are not listed, even with
 * SUGGEST_VERBOSE, and `--calibrate` refuses it.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { GoldQuote } from '../../src/core/suggest/score'

export const root = resolve(__dirname, '../..')

export type GoldFile = {
  articles: { file: string; language?: string; outlet?: string; batch?: number; split?: string }[]
  quotes: (GoldQuote & { file: string })[]
  claims?: { file: string; start: number; end: number; exact: string; source: string | null }[]
  speakers?: { name: string; aliases: string[] }[]
}

export const SETS: Record<string, { dir: string; labels: string; name: string }> = {
  seeds: { dir: '', labels: 'tests/fixtures/seed-gold.json', name: 'Seeds (NYT, BBC)' },
  own: { dir: 'tests/fixtures/suggest-set', labels: 'tests/fixtures/suggest-set/labels.json', name: 'Own set (tuned on)' },
  heldout: { dir: 'tests/fixtures/suggest-heldout', labels: 'tests/fixtures/suggest-heldout/labels.json', name: 'First held-out set (both splits tuned on)' },
  heldout2: { dir: 'tests/fixtures/suggest-heldout2', labels: 'tests/fixtures/suggest-heldout2/labels.json', name: 'Second held-out set (labelled blind; dev split tuned on since round 3, test split since round 4)' },
  heldout3: { dir: 'tests/fixtures/suggest-heldout3', labels: 'tests/fixtures/suggest-heldout3/labels.json', name: 'Third held-out set (labelled blind; dev split tuned on in round 5; test split scored before and after it, then opened)' },
  heldout4: { dir: 'tests/fixtures/suggest-heldout4', labels: 'tests/fixtures/suggest-heldout4/labels.json', name: 'Fourth held-out set (labelled blind; scored twice, then opened and tuned on in round 6)' },
  heldout5: { dir: 'tests/fixtures/suggest-heldout5', labels: 'tests/fixtures/suggest-heldout5/labels.json', name: 'Fifth held-out set (labelled blind; scored twice, then opened to classify its errors)' },
  heldout6: { dir: 'tests/fixtures/suggest-heldout6', labels: 'tests/fixtures/suggest-heldout6/labels.json', name: 'Sixth held-out set (labelled blind; scored blind five times, then opened)' },
  heldout7: { dir: 'tests/fixtures/suggest-heldout7', labels: 'tests/fixtures/suggest-heldout7/labels.json', name: 'Seventh held-out set (labelled blind; scored blind four times, then opened)' },
  heldout8: { dir: 'tests/fixtures/suggest-heldout8', labels: 'tests/fixtures/suggest-heldout8/labels.json', name: 'Eighth held-out set (labelled blind; scored blind twice, then opened)' },
  heldout9: { dir: 'tests/fixtures/suggest-heldout9', labels: 'tests/fixtures/suggest-heldout9/labels.json', name: 'Ninth held-out set (labelled blind; scored blind twice, then opened)' },
  heldout10: { dir: 'tests/fixtures/suggest-heldout10', labels: 'tests/fixtures/suggest-heldout10/labels.json', name: 'Tenth held-out set (labelled blind; scored blind twice, then opened)' },
  heldout11: { dir: 'tests/fixtures/suggest-heldout11', labels: 'tests/fixtures/suggest-heldout11/labels.json', name: 'Eleventh held-out set (labelled blind; scored blind twice, then opened)' },
  heldout12: { dir: 'tests/fixtures/suggest-heldout12', labels: 'tests/fixtures/suggest-heldout12/labels.json', name: 'Twelfth held-out set (labelled blind; scored blind three times, then opened)' },
  heldout13: { dir: 'tests/fixtures/suggest-heldout13', labels: 'tests/fixtures/suggest-heldout13/labels.json', name: 'Thirteenth held-out set (labelled blind; scored blind twice, then opened)' },
  heldout14: { dir: 'tests/fixtures/suggest-heldout14', labels: 'tests/fixtures/suggest-heldout14/labels.json', name: 'Fourteenth held-out set (labelled blind; scored blind four times, then opened)' },
  heldout15: { dir: 'tests/fixtures/suggest-heldout15', labels: 'tests/fixtures/suggest-heldout15/labels.json', name: 'Fifteenth held-out set (labelled blind; scored blind five times, then opened)' },
  heldout16: { dir: 'tests/fixtures/suggest-heldout16', labels: 'tests/fixtures/suggest-heldout16/labels.json', name: 'Sixteenth held-out set (labelled blind; scored blind twice, then opened)' },
  heldout17: { dir: 'tests/fixtures/suggest-heldout17', labels: 'tests/fixtures/suggest-heldout17/labels.json', name: 'Seventeenth held-out set (labelled blind; scored blind three times, then opened)' },
  heldout18: { dir: 'tests/fixtures/suggest-heldout18', labels: 'tests/fixtures/suggest-heldout18/labels.json', name: 'Eighteenth held-out set (labelled blind; scored blind twice, then opened)' },
  heldout19: { dir: 'tests/fixtures/suggest-heldout19', labels: 'tests/fixtures/suggest-heldout19/labels.json', name: 'Nineteenth held-out set (labelled blind; scored blind five times, then opened)' },
  heldout20: { dir: 'tests/fixtures/suggest-heldout20', labels: 'tests/fixtures/suggest-heldout20/labels.json', name: 'Twentieth held-out set (labelled blind; scored blind three times, then opened)' },
  heldout21: { dir: 'tests/fixtures/suggest-heldout21', labels: 'tests/fixtures/suggest-heldout21/labels.json', name: 'Twenty-first held-out set (labelled blind; scored six times, then opened and tuned on in round 24)' },
  heldout22: { dir: 'tests/fixtures/suggest-heldout22', labels: 'tests/fixtures/suggest-heldout22/labels.json', name: 'Twenty-second held-out set (labelled blind; scored seven times, then opened and tuned on in round 25)' },
  heldout23: { dir: 'tests/fixtures/suggest-heldout23', labels: 'tests/fixtures/suggest-heldout23/labels.json', name: 'Twenty-third held-out set (labelled blind; scored twice, then opened and tuned on in round 26)' },
  heldout24: { dir: 'tests/fixtures/suggest-heldout24', labels: 'tests/fixtures/suggest-heldout24/labels.json', name: 'Twenty-fourth held-out set (labelled blind; scored on the start code and after round 26, then opened and tuned on in round 27)' },
  heldout25: { dir: 'tests/fixtures/suggest-heldout25', labels: 'tests/fixtures/suggest-heldout25/labels.json', name: 'Twenty-fifth held-out set (labelled blind; scored blind four times, then opened)' },
  heldout26: { dir: 'tests/fixtures/suggest-heldout26', labels: 'tests/fixtures/suggest-heldout26/labels.json', name: 'Twenty-sixth held-out set (labelled blind; scored, never tuned on; small: 132 quotes)' },
  heldout27: { dir: 'tests/fixtures/suggest-heldout27', labels: 'tests/fixtures/suggest-heldout27/labels.json', name: 'Twenty-seventh held-out set (labelled blind; scored blind once, then split: dev tuned on, test never)' },
  heldout28: { dir: 'tests/fixtures/suggest-heldout28', labels: 'tests/fixtures/suggest-heldout28/labels.json', name: 'Twenty-eighth held-out set (labelled blind; scored blind once, then split: dev tuned on, test never)' },
  heldout29: { dir: 'tests/fixtures/suggest-heldout29', labels: 'tests/fixtures/suggest-heldout29/labels.json', name: 'Twenty-ninth held-out set (labelled blind; scored blind twice as a whole, then split: dev tuned on, test never)' },
  heldout30: { dir: 'tests/fixtures/suggest-heldout30', labels: 'tests/fixtures/suggest-heldout30/labels.json', name: 'Thirtieth held-out set (labelled blind; scored blind as a whole, then split: dev tuned on, test never)' }
}

/** Sets scored but never tuned on, and the one split of each that is tuning data ('none': no split is); elsewhere their errors are never listed, their confidence never calibrated on. */
const BLIND = new Map<string, string>([
  ['heldout26', 'none'],
  ['heldout27', 'dev'],
  ['heldout28', 'dev'],
  ['heldout29', 'dev'],
  ['heldout30', 'dev']
])

/** Whether `--set key --split split` may list errors and calibrate: a blind set only on its tuning split, never as a whole. */
export function tunedOn(key: string, split: string | undefined): boolean {
  return !BLIND.has(key) || (split !== undefined && BLIND.get(key) === split)
}

export function loadSet(key: string): { dir: string; gold: GoldFile; name: string } {
  const set = SETS[key]
  if (!set) throw new Error(`unknown set ${key}: one of ${Object.keys(SETS).join(', ')}`)
  return { dir: join(root, set.dir), gold: JSON.parse(readFileSync(join(root, set.labels), 'utf8')) as GoldFile, name: set.name }
}
