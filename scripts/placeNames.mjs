// `node scripts/placeNames.mjs`: writes src/core/suggest/placeNames.ts, the
// countries, regions and cities of the lexicons of compromise (English) and
// es-compromise (Spanish), both MIT-licensed devDependencies. The suggester
// reads the list, not the libraries: loading them costs 0.5 s (compromise)
// and 1.3–1.8 s (es-compromise) on this machine, for a look-up of one word.
// A name the lexicons also give a person ("Houston", "Santiago") is left out.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const en = require('compromise/two')
const es = require('es-compromise')
const lexicons = [en.world().model.one.lexicon, es.world().model.one.lexicon]
const tags = (v) => (v === undefined ? [] : [].concat(v))
const PLACE = /^(?:Country|City|Region)$/
const PERSON = /FirstName|LastName|MaleName|FemaleName|Person/
const names = new Set(lexicons.flatMap((lex) => Object.keys(lex).filter((k) => tags(lex[k]).some((t) => PLACE.test(t)))))
// The nations of the United Kingdom as Spanish writes them, and Northern Ireland in English, which neither lexicon holds ("Isabel II de Inglaterra").
const UK_NATIONS = ['inglaterra', 'escocia', 'gales', 'irlanda del norte', 'northern ireland']
// The continents and the world's regions, which the lexicons do not tag as places ("North America", "Oriente Medio").
const REGIONS = ['africa', 'áfrica', 'asia', 'europe', 'europa', 'oceania', 'oceanía', 'antártida', 'north america', 'south america', 'central america', 'latin america', 'norteamérica', 'sudamérica', 'suramérica', 'centroamérica', 'latinoamérica', 'américa latina', 'américa del norte', 'américa del sur', 'middle east', 'oriente medio', 'medio oriente', 'southeast asia', 'sudeste asiático', 'east asia', 'asia pacific', 'caribbean', 'caribe', 'balkans', 'balcanes', 'scandinavia', 'escandinavia']
const places = [...new Set([...names, ...UK_NATIONS, ...REGIONS])].filter((k) => !lexicons.some((lex) => tags(lex[k]).some((t) => PERSON.test(t)))).sort()

const lines = []
for (let i = 0; i < places.length; i += 12) lines.push(`    '${places.slice(i, i + 12).join('|').replace(/'/g, "\\'")}'`)
const version = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version
writeFileSync(
  new URL('../src/core/suggest/placeNames.ts', import.meta.url),
  `/**
 * Countries, regions and cities by name, from the lexicons of compromise
 * ${version('compromise')} (English) and es-compromise ${version('es-compromise')} (Spanish), MIT-licensed: a
 * place is where people speak, never one of them ("Connecticut", "Hong Kong",
 * "México"). Written by scripts/placeNames.mjs; do not edit by hand. The
 * suggester reads this list rather than the libraries, which take 2 s to load.
 * Names the lexicons also give a person ("Houston", "Santiago") are not here.
 */
import { foldText } from '../text/fold'

const PLACES = new Set(
  [
${lines.join(',\n')}
  ]
    .join('|')
    .split('|')
)

/** A compass word before a place is part of a region's name: "Central Asia", "Eastern Europe", "Northern Mexico". */
const COMPASS = /^(?:central|north|south|east|west|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern|upper|lower|greater|mid)\\s+/u

/** The whole name is a country, a region or a city (in either language, whatever its case). */
export function isPlaceName(name: string): boolean {
  const key = name.trim().toLocaleLowerCase()
  // (The lexicons write some names without their accents: "Nuevo León" is listed as "nuevo leon".)
  return PLACES.has(key) || PLACES.has(foldText(key)) || (COMPASS.test(key) && PLACES.has(key.replace(COMPASS, '')))
}
`
)
console.log(`${places.length} place names`)
