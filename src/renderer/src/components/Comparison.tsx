import type { MeaningFlag } from '../../../core/schema'
import type { Segment } from '../../../core/verify/check'
import { flagLine } from '../../../core/verify/describe'

/**
 * A quote compared with its source, word by word, in one line of reading:
 * the words both have plain; words cut at an ellipsis and words left out
 * struck through; words the quote changed or added underlined; a difference
 * that may change the meaning marked ⚑. Each mark also says in words what it
 * is, for a screen reader and for anyone who does not read colours.
 */
export function Comparison({ segments }: { segments: readonly Segment[] }) {
  return (
    <p className="qm-compare" aria-label="The quote compared with the source">
      {segments.map((s, i) => (
        <SegmentView key={i} segment={s} />
      ))}
    </p>
  )
}

function SegmentView({ segment }: { segment: Segment }) {
  const flagged = segment.flags.length > 0
  const flag = flagged ? (
    <span className="qm-flag-mark" title={segment.flags.map(flagLine).join('; ')} aria-hidden="true">
      ⚑
    </span>
  ) : null
  const className = `qm-compare-${segment.kind}${flagged ? ' qm-flagged' : ''}`
  switch (segment.kind) {
    case 'same':
      return <span className={className}>{segment.quote} </span>
    case 'insertion':
      return (
        <span className={className} title={segment.source ? `Stands for “${segment.source}” in the source` : 'An insertion in brackets'}>
          [{segment.source ? `for “${segment.source}”` : '…'}]{' '}
        </span>
      )
    case 'cut':
      return (
        <span className={className}>
          <span className="qm-sr-only">cut at the ellipsis: </span>…<del>{segment.source}</del>…{flag}{' '}
        </span>
      )
    case 'removed':
      return (
        <span className={className}>
          <span className="qm-sr-only">left out: </span>
          <del>{segment.source}</del>
          {flag}{' '}
        </span>
      )
    case 'added':
      return (
        <span className={className}>
          <span className="qm-sr-only">added: </span>
          <ins>{segment.quote}</ins>
          {flag}{' '}
        </span>
      )
    default:
      return (
        <span className={className}>
          <span className="qm-sr-only">the source says </span>
          <del>{segment.source}</del>{' '}
          <span className="qm-sr-only">, the quote says </span>
          <ins>{segment.quote}</ins>
          {flag}{' '}
        </span>
      )
  }
}

/** The changes that may alter what was said, or a plain line saying there are none. */
export function FlagList({ flags }: { flags: readonly MeaningFlag[] }) {
  if (!flags.length) return <p className="qm-check-noflags">No change of meaning flagged (a negation, a number or a name).</p>
  return (
    <ul className="qm-flags" aria-label="Changes that may alter the meaning">
      {flags.map((f, i) => (
        <li key={i}>
          <span aria-hidden="true">⚑ </span>
          {flagLine(f)[0]!.toUpperCase() + flagLine(f).slice(1)}
        </li>
      ))}
    </ul>
  )
}
