/**
 * A saved web page's metadata, read before Readability changes the page:
 * JSON-LD (a NewsArticle or any *Article, at the top, in a list or in an
 * @graph), OpenGraph and article: properties, <meta name>, the canonical
 * link and the page's language. Readability's own answers (title, byline,
 * site name, date) come first where it has them; these fill the gaps.
 */
import type { DomNode } from './htmlBlocks'

export type PageMeta = { headline: string; outlet: string; byline: string; publishedAt: string; url: string; language: string }

type Doc = {
  querySelectorAll: (selector: string) => ArrayLike<DomNode & { textContent: string | null; getAttribute: (name: string) => string | null }>
  documentElement: { getAttribute: (name: string) => string | null } | null
}

type Json = { [key: string]: unknown }
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

/** A name from a JSON-LD person or organisation, a list of them, or a plain string. */
function nameOf(v: unknown): string {
  if (typeof v === 'string') return v.trim()
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ')
  return isObject(v) ? text(v.name) : ''
}

/** Every object in a JSON-LD value: itself, its list items and its @graph, one level down. */
function ldObjects(value: unknown): Json[] {
  const list = Array.isArray(value) ? value : [value]
  const out: Json[] = []
  for (const item of list.slice(0, 100)) {
    if (!isObject(item)) continue
    out.push(item)
    if (Array.isArray(item['@graph'])) for (const g of item['@graph'].slice(0, 100)) if (isObject(g)) out.push(g)
  }
  return out
}

const isArticleType = (type: unknown): boolean => (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /Article$|^BlogPosting$|^Report$/.test(t))

function jsonLd(doc: Doc): Json | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]')
  for (let i = 0; i < scripts.length && i < 50; i++) {
    let parsed: unknown
    try {
      parsed = JSON.parse(scripts[i]!.textContent ?? '')
    } catch {
      continue
    }
    const article = ldObjects(parsed).find((o) => isArticleType(o['@type']))
    if (article) return article
  }
  return null
}

/** The content of the first <meta> whose property or name is one of `keys`. */
function metaContent(doc: Doc, keys: readonly string[]): string {
  const metas = doc.querySelectorAll('meta')
  const wanted = new Set(keys.map((k) => k.toLowerCase()))
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase()
    if (wanted.has(key)) {
      const content = meta.getAttribute('content')?.trim()
      if (content) return content
    }
  }
  return ''
}

/** A web address only (http or https); anything else is no address to keep. */
export function webAddress(value: string): string {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : ''
  } catch {
    return ''
  }
}

export function pageMeta(doc: Doc): PageMeta {
  const ld = jsonLd(doc)
  const canonical = doc.querySelectorAll('link[rel="canonical"]')[0]?.getAttribute('href') ?? ''
  const ldUrl = ld ? text(ld.url) || (isObject(ld.mainEntityOfPage) ? text(ld.mainEntityOfPage['@id']) : text(ld.mainEntityOfPage)) : ''
  return {
    headline: (ld && text(ld.headline)) || metaContent(doc, ['og:title', 'twitter:title', 'title']),
    outlet: (ld && nameOf(ld.publisher)) || metaContent(doc, ['og:site_name', 'application-name']),
    byline: (ld && nameOf(ld.author)) || metaContent(doc, ['author', 'byl', 'dc.creator', 'sailthru.author']),
    publishedAt: (ld && text(ld.datePublished)) || metaContent(doc, ['article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'dc.date.issued']),
    url: webAddress(canonical) || webAddress(metaContent(doc, ['og:url'])) || webAddress(ldUrl),
    language: (ld && text(ld.inLanguage)) || doc.documentElement?.getAttribute('lang')?.trim() || metaContent(doc, ['og:locale', 'language'])
  }
}
