import { useEffect, useRef } from 'react';
import { LINK_LABELS } from '../domain/labels';
import type { LinkChoice } from './link-gestures';

export interface LinkChooserState {
  choices: LinkChoice[];
  /** Display names by id, for the heading and the direction of each choice. */
  names: Record<string, string>;
  from: string;
  to: string;
  /** Where to show it, relative to the canvas container. */
  x: number;
  y: number;
}

/**
 * A small popover listing the link kinds a drag between two elements may create. Choosing one creates it;
 * Escape or a click elsewhere closes it without a link.
 */
export function LinkChooser({ state, onChoose, onClose }: { state: LinkChooserState; onChoose: (c: LinkChoice) => void; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onDown = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onDown, true);
    return () => window.removeEventListener('pointerdown', onDown, true);
  }, [onClose]);

  return (
    <div
      ref={ref}
      className="link-chooser"
      role="menu"
      aria-label="Choose the kind of link"
      style={{ left: state.x, top: state.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="link-chooser-title">
        Link {state.names[state.from]} and {state.names[state.to]} as:
      </div>
      {state.choices.map((c) => (
        <button key={`${c.kind}:${c.from}`} type="button" role="menuitem" data-link-kind={c.kind} onClick={() => onChoose(c)}>
          <span className="link-chooser-kind">{LINK_LABELS[c.kind]}</span>
          <span className="link-chooser-dir">
            {state.names[c.from]} → {state.names[c.to]}
          </span>
        </button>
      ))}
    </div>
  );
}
