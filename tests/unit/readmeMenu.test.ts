import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from '../../src/main/menu'

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8')

/** Every menu item the README names: "*Tags › Suggest Quotes in This Article*", or "*Import from URL…* (File menu)". */
function namedInReadme(): [menu: string, item: string][] {
  const named: [string, string][] = []
  for (const m of readme.matchAll(/\*([A-Z][A-Za-z]*) › ([^*\n]+)\*/g)) named.push([m[1]!, m[2]!.trim()])
  for (const m of readme.matchAll(/\*([^*\n]+)\* \(([A-Z][a-z]+) menu\)/g)) named.push([m[2]!, m[1]!.trim()])
  return named
}

function itemsOf(menu: string, platform: NodeJS.Platform): string[] {
  const top = buildMenuTemplate(() => undefined, platform).find((m) => m.label === menu)
  return ((top?.submenu ?? []) as MenuItemConstructorOptions[]).flatMap((i) => (i.label ? [i.label] : []))
}

describe('the README and the menu', () => {
  it('names menu items, and each one it names is in that menu, spelled the same, on every platform', () => {
    const named = namedInReadme()
    expect(named.length).toBeGreaterThan(3)
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const [menu, item] of named) expect(itemsOf(menu, platform), `${menu} › ${item} (${platform})`).toContain(item)
    }
  })
})
