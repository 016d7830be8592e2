import type { Annotation, Person } from '../../../core/schema'
import { kindLabel, statusLabel } from './kinds'
import { CheckBadge } from './VerificationSummary'

/** Kind, claim status, check against a source and speaker of a tag: the same line wherever a tag is listed. */
export function TagHeading({ annotation, speaker }: { annotation: Annotation; speaker: Person | undefined }) {
  return (
    <span className="qm-tag-heading">
      <span className={`qm-chip qm-chip-${annotation.kind}`}>{kindLabel[annotation.kind]}</span>
      {annotation.kind === 'claim' ? <span className={`qm-status-badge qm-status-${annotation.status}`}>{statusLabel[annotation.status]}</span> : null}
      {annotation.verification ? <CheckBadge verification={annotation.verification} /> : null}
      {speaker ? <span className="qm-tag-speaker">{speaker.name}</span> : null}
    </span>
  )
}
