import type { Annotation, Project, Verification } from '../../../core/schema'
import { differenceLine, statusWords, verificationLine } from '../../../core/verify/describe'
import { checkWindow } from '../hooks/sourceActions'
import { FlagList } from './Comparison'
import { keyHint } from './keyHint'
import './checkQuote.css'

/** In a quote's details: its last check against a source (status, meaning flags, differences, who and when), and the button to check it. */
export function VerificationSummary({ annotation, project }: { annotation: Annotation; project: Project }) {
  const v = annotation.verification
  const source = v ? project.sources.find((s) => s.id === v.sourceId) : undefined
  return (
    <section className="qm-verification" aria-label="Checked against a source">
      {v ? (
        <>
          <p className={`qm-check-status qm-check-${v.status}`}>
            <strong>{verificationLine(v, source).replace(/^./, (c) => c.toUpperCase())}.</strong>
          </p>
          {v.status !== 'not-found' ? <FlagList flags={v.flags} /> : null}
          {v.differences.length ? (
            <ul className="qm-differences" aria-label="Differences from the source">
              {v.differences.map((d, i) => (
                <li key={i}>{differenceLine(d)}</li>
              ))}
            </ul>
          ) : null}
          <p className="qm-muted">
            Checked by {v.checkedBy || 'someone'} on {v.checkedAt.slice(0, 10)}.
          </p>
        </>
      ) : (
        <p className="qm-muted">Not checked against a source yet.</p>
      )}
      <button type="button" onClick={() => checkWindow.open(annotation.id)}>
        Check against source… <kbd>{keyHint('checkQuote')}</kbd>
      </button>
    </section>
  )
}

const badgeWords: Record<Verification['status'], string> = { verbatim: '✓ verbatim', cut: '✓ cut', changed: 'changed', 'not-found': 'not in source' }

/** In a tag's heading: how its last check against a source went, with its meaning flags counted. */
export function CheckBadge({ verification: v }: { verification: Verification }) {
  const flags = v.flags.length
  return (
    <span className={`qm-check-badge qm-check-badge-${v.status}`} title={`Checked against a source: ${statusWords[v.status]}${flags ? `; ${flags} ${flags === 1 ? 'change' : 'changes'} of meaning flagged` : ''}`}>
      {badgeWords[v.status]}
      {flags ? ` ⚑ ${flags}` : ''}
    </span>
  )
}
