import type { AnnotationKind } from '../../../core/schema'

export const kindLabel: Record<AnnotationKind, string> = { quote: 'Quote', attribution: 'Attribution', claim: 'Claim' }
export const kindKey: Record<AnnotationKind, string> = { quote: 'Q', attribution: 'A', claim: 'C' }
