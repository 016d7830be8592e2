/**
 * The quote sheet as a page to print or save as PDF: the Markdown quote
 * sheet (markdown.ts, the one place that decides what the sheet says) read
 * back into HTML, with a print stylesheet. Only the Markdown the sheet writes
 * is read: headings, paragraphs (their line breaks kept), block quotes,
 * "- " lists, *em*, **strong**, backslash escapes and <https://…> links.
 *
 * Every character of user text is HTML-escaped; a link is written only for a
 * web address (http or https, safeUrl.ts), so nothing in a project file can
 * add markup, a script or a `javascript:` link to the page. The page's own
 * Content-Security-Policy allows no script, no fetch and no image at all.
 */
import type { Project } from '../schema'
import { exportProjectCounted, type ExportOptions } from './index'
import { isWebUrl } from './safeUrl'

const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
html { color: #111; background: #fff; }
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; margin: 0 auto; max-width: 42em; padding: 16px; }
h1 { font: 700 18pt/1.2 system-ui, sans-serif; margin: 0 0 4pt; }
h2 { font: 700 13pt/1.2 system-ui, sans-serif; margin: 18pt 0 6pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #111; break-after: avoid; }
h3 { font: 700 11pt/1.3 system-ui, sans-serif; margin: 14pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; }
blockquote { margin: 10pt 0 3pt; padding: 2pt 0 2pt 10pt; border-left: 3pt solid #b45309; font-size: 12pt; break-after: avoid; }
blockquote p { margin: 0; }
ul { margin: 0 0 6pt; padding-left: 16pt; }
a { color: #0b57d0; overflow-wrap: anywhere; }
.qm-sheet-footer { margin-top: 18pt; font: 8pt system-ui, sans-serif; color: #555; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; } }
`

const CSP = "default-src 'none'; style-src 'unsafe-inline'"

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)
}

/** One line of the sheet's Markdown as HTML: escapes undone, emphasis and strong as tags, web links as links. */
export function inlineHtml(line: string): string {
  let out = ''
  const open: string[] = []
  const toggle = (tag: string) => {
    if (open[open.length - 1] === tag) {
      open.pop()
      out += `</${tag}>`
    } else {
      open.push(tag)
      out += `<${tag}>`
    }
  }
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (ch === '\\' && i + 1 < line.length) {
      out += escapeHtml(line[++i]!)
    } else if (line.startsWith('**', i)) {
      toggle('strong')
      i++
    } else if (ch === '*') {
      toggle('em')
    } else if (ch === '<' && line.indexOf('>', i) > i) {
      const end = line.indexOf('>', i)
      const address = line.slice(i + 1, end).replace(/%3C/gi, '<').replace(/%3E/gi, '>')
      out += isWebUrl(address) ? `<a href="${escapeHtml(address)}">${escapeHtml(address)}</a>` : escapeHtml(line.slice(i, end + 1))
      i = end
    } else {
      out += escapeHtml(ch)
    }
  }
  // A run left open (a stray marker) is closed with its line.
  while (open.length) out += `</${open.pop()}>`
  return out
}

/** The sheet's Markdown as HTML blocks. */
export function sheetMarkdownToHtml(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .filter((block) => block.trim())
    .map(blockHtml)
    .join('\n')
}

function blockHtml(block: string): string {
  const heading = /^(#{1,3}) (.*)$/s.exec(block)
  if (heading) return `<h${heading[1]!.length}>${inlineHtml(heading[2]!.replace(/\n/g, ' '))}</h${heading[1]!.length}>`
  const lines = block.split('\n')
  if (lines.every((l) => l.startsWith('>'))) return `<blockquote><p>${lines.map((l) => inlineHtml(l.replace(/^> ?/, ''))).join('<br>')}</p></blockquote>`
  if (lines.every((l) => l.startsWith('- '))) return `<ul>${lines.map((l) => `<li>${inlineHtml(l.slice(2))}</li>`).join('')}</ul>`
  return `<p>${lines.map(inlineHtml).join('<br>')}</p>`
}

/** The quote sheet of `project` (the tags `options.selection` names, or all) as a whole HTML page, ready to print. */
export function quoteSheetHtml(project: Project, options: Omit<ExportOptions, 'format'>): { html: string; count: number } {
  const { text, count } = exportProjectCounted(project, { ...options, format: 'md' })
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(`Quote sheet: ${project.name}`)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
${sheetMarkdownToHtml(text)}
<p class="qm-sheet-footer">Made with Quotemark from ${escapeHtml(project.name)}.</p>
</body>
</html>
`
  return { html, count }
}
