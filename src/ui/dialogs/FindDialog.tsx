import { useEffect, useId, useMemo, useState } from 'react';
import { findElements, type FoundElement } from '../../domain/find';
import { useDesignStore } from '../../state/design-store';
import { closeOverlay } from '../../state/overlay-store';
import { useSessionStore } from '../../state/session-store';
import { OverlayDialog } from './OverlayDialog';

/** Select the element and frame it on the canvas. */
function show(found: FoundElement): void {
  closeOverlay();
  const session = useSessionStore.getState();
  session.select([found.id]);
  session.frame([found.id]);
}

/**
 * Find an element by name or FQDN (Ctrl+F or / on the canvas): a search field over a list of matches (a
 * combobox with a listbox, so screen readers hear the active match). Arrows move, Enter or a click shows the
 * match on the canvas, Escape closes; either way the focus goes back where it was.
 */
export function FindDialog() {
  return (
    <OverlayDialog name="find" className="find-dialog" titleId="find-title">
      {() => <FindForm />}
    </OverlayDialog>
  );
}

function FindForm() {
  const design = useDesignStore((s) => s.design);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => findElements(design, query), [design, query]);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${i}`;
  const at = Math.min(active, matches.length - 1);
  const current = matches[at];
  // The active match stays in view as the arrows move through a long list.
  useEffect(() => {
    if (at >= 0) document.getElementById(optionId(at))?.scrollIntoView({ block: 'nearest' });
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (current) show(current);
      }}
    >
      <h2 id="find-title">Find an element</h2>
      <input
        // Not type="search": there Escape only clears the text, and a user pressing it means "close".
        type="text"
        className="find-input"
        role="combobox"
        aria-label="Name or FQDN"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        {...(current && { 'aria-activedescendant': optionId(at) })}
        placeholder="Name or FQDN, e.g. pool01.contoso.com"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            closeOverlay();
            return;
          }
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault();
          if (matches.length === 0) return;
          setActive((at + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
        }}
      />
      <p className="find-status" role="status">
        {query.trim() === '' ? 'Type part of a name or FQDN.' : matches.length === 0 ? `No element matches “${query.trim()}”.` : `${matches.length === 50 ? 'First 50' : matches.length} ${matches.length === 1 ? 'match' : 'matches'}`}
      </p>
      <ul id={listId} className="find-results" role="listbox" aria-label="Matching elements">
        {matches.map((m, i) => (
          <li
            key={m.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === at}
            data-element-id={m.id}
            onMouseMove={() => setActive(i)}
            onClick={() => show(m)}
          >
            <span className="find-name">{m.name}</span>
            <span className="find-kind">{m.kind}</span>
            {m.address && <span className="find-address">{m.address}</span>}
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" onClick={() => closeOverlay()}>
          Close
        </button>
        <button type="submit" className="primary" disabled={!current}>
          Show on canvas
        </button>
      </div>
    </form>
  );
}
