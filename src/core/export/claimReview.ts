/**
 * schema.org ClaimReview (JSON-LD) for the claims a fact-checker has ruled
 * on: every selected claim whose status is not "unverified", one ClaimReview
 * each in an "@graph", in export order.
 *
 * The review is dated the day of the export and signed by whoever exports
 * (else the last person to change the claim). The claim's author is its
 * claimant, or the outlet when the article makes the claim itself; its
 * appearance is the article, with its address when it has one. Fields with
 * nothing to say are left out rather than written empty, which is what
 * search engines' ClaimReview checks expect; so is an address that is not a
 * web link. The text is safe to paste inside a page's script tag (jsonLd.ts).
 */
import type { Annotation, Article, Person } from '../schema'
import { statusLabels } from './citation'
import { articleOf, speakerOf, type ExportContext } from './context'
import { jsonLdText } from './jsonLd'
import { urnFor } from './w3c'

type Node = Record<string, unknown>

/** The selected claims a ClaimReview can be written for. */
export function reviewedClaims(ctx: Pick<ExportContext, 'annotations'>): Annotation[] {
  return ctx.annotations.filter((a) => a.kind === 'claim' && a.status !== 'unverified')
}

/** `{ "@type": …, name }`, or nothing when there is no name. */
function named(type: 'Person' | 'Organization', name: string): Node | undefined {
  return name.trim() ? { '@type': type, name: name.trim() } : undefined
}

function claimant(person: Person | null, article: Article): Node | undefined {
  if (!person) return named('Organization', article.outlet)
  const node: Node = { '@type': person.kind === 'organisation' ? 'Organization' : 'Person', name: person.name }
  if (person.kind === 'person' && person.role.trim()) node.jobTitle = person.role.trim()
  if (person.affiliation.trim()) node[person.kind === 'person' ? 'affiliation' : 'parentOrganization'] = named('Organization', person.affiliation)
  return node
}

/** Copy only the fields that have a value. */
function defined(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && v !== ''))
}

function appearance(ctx: ExportContext, article: Article): Node {
  return defined({
    '@type': 'NewsArticle',
    headline: article.title.trim(),
    url: ctx.urls.web(article.url),
    datePublished: article.publishedAt.trim(),
    publisher: named('Organization', article.outlet)
  })
}

function review(ctx: ExportContext, claim: Annotation): Node {
  const article = articleOf(ctx, claim)
  return defined({
    '@type': 'ClaimReview',
    '@id': urnFor(claim.id),
    datePublished: ctx.now.slice(0, 10),
    claimReviewed: claim.target.exact,
    author: named('Person', ctx.exportedBy) ?? named('Person', claim.updatedBy) ?? named('Person', claim.author),
    reviewRating: defined({
      '@type': 'Rating',
      alternateName: statusLabels[claim.status],
      ratingExplanation: claim.note.trim()
    }),
    itemReviewed: defined({
      '@type': 'Claim',
      author: claimant(speakerOf(ctx, claim), article),
      datePublished: article.publishedAt.trim(),
      appearance: appearance(ctx, article)
    })
  })
}

export function toClaimReview(ctx: ExportContext): string {
  const doc = { '@context': 'https://schema.org', '@graph': reviewedClaims(ctx).map((claim) => review(ctx, claim)) }
  return jsonLdText(doc)
}
