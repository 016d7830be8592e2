import type { AnnotationKind, ClaimStatus } from '../../../core/schema'

export const kindLabel: Record<AnnotationKind, string> = { quote: 'Quote', attribution: 'Attribution', claim: 'Claim' }
export const kindKey: Record<AnnotationKind, string> = { quote: 'Q', attribution: 'A', claim: 'C' }
export const statusLabel: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading'
}
