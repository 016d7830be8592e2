import { memo } from 'react'
import { keyActions, keyLabel } from '../../../core/keymap'
import { annotationKinds } from '../../../core/schema'
import { kindLabel } from './kinds'

/** Short names for the footer's hints; the help overlay (? or F1) has the full list and labels. */
const short: Record<string, string> = {
  quote: 'quote',
  attribution: 'attribution',
  claim: 'claim',
  nextTag: 'next tag',
  previousTag: 'previous tag',
  speakerFromText: 'speaker from selected name',
  suggest: 'suggest quotes',
  link: 'link',
  delete: 'delete',
  deselect: 'deselect',
  undo: 'undo',
  redo: 'redo',
  help: 'all keys'
}

// The text's keys first (what the footer is mostly for), then the window's; the help overlay's key last.
const hints = [...keyActions.filter((a) => a.footer && a.where === 'text'), ...keyActions.filter((a) => a.footer && a.where !== 'text' && a.id !== 'help'), ...keyActions.filter((a) => a.id === 'help')]

/** The legend of tag colours and the most used keys, from the keymap. */
export const Footer = memo(function Footer() {
  return (
    <footer className="qm-footer">
      <span className="qm-legend" role="group" aria-label="Legend">
        {annotationKinds.map((kind) => (
          <span key={kind} className={`qm-tag qm-${kind}`}>
            {kindLabel[kind]}
          </span>
        ))}
      </span>
      <span>
        Select text, then{' '}
        {hints.map((a, i) => (
          <span key={a.id}>
            {i ? ' · ' : ''}
            <kbd>{keyLabel(a.keys[0]!)}</kbd> {short[a.id] ?? a.label}
          </span>
        ))}
      </span>
    </footer>
  )
})
