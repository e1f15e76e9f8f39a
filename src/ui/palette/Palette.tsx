import { RoleIcon } from '../../canvas/nodes/RoleIcon';
import { useState, type CSSProperties } from 'react';
import { PALETTE_ITEMS, PALETTE_MIME, type PaletteItem } from '../../canvas/palette-items';
import { useDesignStore } from '../../state/design-store';
import { notify } from '../../state/notice-store';
import { useFirstScreenDone } from '../../state/first-screen';
import { useSessionStore } from '../../state/session-store';
import { placeFromPalette } from './place-from-palette';
import { GLYPH_COLORS, filterPalette, groupPalette } from './palette-search';
import './palette.css';

/** Add an item without dragging (Enter or a click on its tile): into the selection's container, else a sensible one. */
export function addFromPalette(item: PaletteItem): void {
  const session = useSessionStore.getState();
  if (session.readOnly) return;
  const store = useDesignStore.getState();
  const placed = placeFromPalette(store.design, item.id, session.selection);
  if (!placed.ok) {
    notify({ key: 'palette-add', kind: 'warning', title: `Cannot add ${item.label}`, text: placed.message });
    return;
  }
  store.run(placed.command);
  session.select([placed.created]);
  session.frame(placed.ids);
}

/** The elements a user can add: drag a tile onto the canvas, or focus it and press Enter. */
export function Palette() {
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState(false);
  const readOnly = useSessionStore((s) => s.readOnly);
  // The tiles come once the canvas is on screen (state/first-screen.ts).
  const tiles = useFirstScreenDone();
  const groups = tiles ? groupPalette(filterPalette(PALETTE_ITEMS, query)) : [];

  if (collapsed) {
    return (
      <nav className="palette palette-collapsed" aria-label="Palette">
        <button type="button" className="palette-toggle" aria-label="Show palette" aria-expanded={false} title="Show palette" onClick={() => setCollapsed(false)}>
          »
        </button>
      </nav>
    );
  }

  return (
    <nav className="palette" aria-label="Palette">
      <header className="palette-header">
        <h2>Palette</h2>
        <button type="button" className="palette-toggle" aria-label="Hide palette" aria-expanded={true} title="Hide palette" onClick={() => setCollapsed(true)}>
          «
        </button>
      </header>
      <input
        type="search"
        className="palette-search"
        aria-label="Search palette"
        placeholder="Search elements"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {/* Focusable so the list scrolls from the keyboard even when its tiles are disabled (read-only view). */}
      <div className="palette-body" tabIndex={0} role="region" aria-label="Element tiles" aria-busy={!tiles || undefined}>
        {tiles && groups.length === 0 && <p className="palette-empty">Nothing matches “{query}”.</p>}
        {groups.map((g) => (
          <section key={g.category} className="palette-group" aria-label={g.category}>
            <h3>{g.category}</h3>
            <ul>
              {g.items.map((item) => (
                <li key={item.id}>
                  <PaletteTile item={item} disabled={readOnly} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="palette-tip">Drag onto the canvas, or focus a tile and press Enter.</p>
    </nav>
  );
}

function PaletteTile({ item, disabled }: { item: PaletteItem; disabled: boolean }) {
  return (
    <button
      type="button"
      className="palette-tile"
      data-palette-item={item.id}
      draggable={!disabled}
      disabled={disabled}
      title={`${item.label}: drag onto the canvas, or press Enter to add`}
      style={{ '--glyph-color': GLYPH_COLORS[item.id] } as CSSProperties}
      onDragStart={(e) => {
        e.dataTransfer.setData(PALETTE_MIME, JSON.stringify({ item: item.id }));
        e.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={() => addFromPalette(item)}
    >
      <span className="palette-glyph" aria-hidden="true">
        <RoleIcon kind={item.icon} size={20} />
      </span>
      <span className="palette-label">{item.label}</span>
    </button>
  );
}
