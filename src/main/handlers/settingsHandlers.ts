/**
 * The user's own settings (the name their tags carry, the text size) and the one way out of
 * the app: an http(s) link opened in the system browser.
 */
import type { Handlers } from '../../core/api'
import type { HandlerContext } from './context'

export function settingsHandlers(ctx: HandlerContext): Pick<Handlers, 'setAuthor' | 'getTextSize' | 'setTextSize' | 'openExternal'> {
  const { settings, dialogs } = ctx
  return {
    async setAuthor(name) {
      const trimmed = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : ''
      if (!trimmed) return { ok: false, error: 'Type the name your tags should carry.' }
      if (trimmed.length > 200) return { ok: false, error: 'That name is too long (200 characters at most).' }
      await settings.setAuthor(trimmed)
      return { ok: true, author: settings.author }
    },

    getTextSize: async () => settings.textSize,

    async setTextSize(size) {
      await settings.setTextSize(size)
      return settings.textSize
    },

    async openExternal(url) {
      if (typeof url !== 'string') return false
      let parsed: URL
      try {
        parsed = new URL(url)
      } catch {
        return false
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false
      try {
        await dialogs.openExternal(parsed.href)
        return true
      } catch {
        return false
      }
    }
  }
}
