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
 * A small popover listing the link kinds a drag between two elements (or L on two selected ones) may create.
 * Choosing one creates it; Escape or a click elsewhere closes it without a link.
 */
export function LinkChooser({ state, onChoose, onClose }: { state: LinkChooserState; onChoose: (c: LinkChoice) => void; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus goes back where it was (a node, the canvas) when the chooser closes, chosen or not.
    const before = document.activeElement;
    ref.current?.querySelector('button')?.focus();
    const onDown = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onDown, true);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
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
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          // A menu moves its focus with the arrows (the canvas leaves keys in the chooser alone).
          e.preventDefault();
          const items = [...(ref.current?.querySelectorAll('button') ?? [])];
          const at = items.indexOf(document.activeElement as HTMLButtonElement);
          const next = (at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
          items[next]?.focus();
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
