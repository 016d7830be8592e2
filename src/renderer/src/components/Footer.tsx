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
  help: 'all keys',
  textLarger: 'larger text',
  textSmaller: 'smaller'
}

// The text's keys first (what the footer is mostly for), then the window's; the help overlay's key has its own place.
const hints = [...keyActions.filter((a) => a.footer && a.where === 'text'), ...keyActions.filter((a) => a.footer && a.where !== 'text' && a.id !== 'help')]
const help = keyActions.find((a) => a.id === 'help')!

function Hint({ id, keys, label }: { id: string; keys: readonly string[]; label: string }) {
  return (
    <span className="qm-footer-hint">
      <kbd>{keyLabel(keys[0]!)}</kbd> {short[id] ?? label}
    </span>
  )
}

/**
 * The legend of tag colours and the most used keys, from the keymap, on one
 * line: the hints are in order of use, and those that do not fit the width
 * are left out (they wrap onto a hidden second line) rather than pushing the
 * footer taller; the key to the full list (? or F1) always shows.
 */
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
      <span className="qm-footer-hints">
        <span className="qm-footer-hint">Select text, then</span>
        {hints.map((a) => (
          <Hint key={a.id} {...a} />
        ))}
      </span>
      <Hint {...help} />
    </footer>
  )
})
