import type { SourceDocument } from '../../../core/schema'
import { sourceKindNouns } from '../../../core/verify/sources'
import { getApi } from '../api'
import type { DeskStore } from '../deskStore'
import { addSource, removeSource } from '../hooks/sourceActions'
import { keyHint } from './keyHint'
import './checkQuote.css'

/** The project's source documents (transcripts, speeches…) quotes are checked against, under its articles. */
export function SourceList({ sources, store }: { sources: readonly SourceDocument[]; store: DeskStore }) {
  return (
    <section className="qm-sources" aria-labelledby="qm-sources-title">
      <h3 id="qm-sources-title">Sources to check quotes against</h3>
      {sources.length ? (
        <ul>
          {sources.map((s) => (
            <li key={s.id}>
              <span>
                {s.title} <span className="qm-source-kind">({sourceKindNouns[s.kind]}{s.blocks.some((b) => b.time !== undefined) ? ', timed' : ''})</span>
              </span>
              <button type="button" className="qm-small" aria-label={`Remove the source ${s.title}`} onClick={() => void removeSource(store, s.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="qm-hint">None yet. Add a transcript, subtitles or a speech to check quotes against what was said.</p>
      )}
      <button type="button" onClick={() => void addSource(store, getApi())}>
        Add a source… <kbd>{keyHint('importSource')}</kbd>
      </button>
    </section>
  )
}
