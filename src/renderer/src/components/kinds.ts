import { keyHint } from './keyHint'
import type { AnnotationKind, ClaimStatus } from '../../../core/schema'

export const kindLabel: Record<AnnotationKind, string> = { quote: 'Quote', attribution: 'Attribution', claim: 'Claim' }
/** The key that tags the selection as each kind (from the keymap: the action's id is the kind). */
export const kindKey: Record<AnnotationKind, string> = { quote: keyHint('quote'), attribution: keyHint('attribution'), claim: keyHint('claim') }
export const statusLabel: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading'
}
