import { keyAction, keyLabel } from '../../../core/keymap'
import type { AnnotationKind, ClaimStatus } from '../../../core/schema'

export const kindLabel: Record<AnnotationKind, string> = { quote: 'Quote', attribution: 'Attribution', claim: 'Claim' }
/** The key that tags the selection as each kind (from the keymap: the action's id is the kind). */
export const kindKey: Record<AnnotationKind, string> = { quote: keyLabel(keyAction('quote').keys[0]!), attribution: keyLabel(keyAction('attribution').keys[0]!), claim: keyLabel(keyAction('claim').keys[0]!) }
export const statusLabel: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading'
}
