import type { Annotation, Project } from '../../../core/schema'
import { differenceLine, verificationLine } from '../../../core/verify/describe'
import { checkWindow } from '../hooks/sourceActions'
import { FlagList } from './Comparison'
import { keyHint } from './keyHint'

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
