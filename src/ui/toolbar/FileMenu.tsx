import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useMenuDismiss } from './use-menu-dismiss';
import { PNG_SCALES, type PngScale } from '../../export/raster-limits';
import { exportJson } from '../../io/export-design';
import { importFile } from '../../io/import-file';
import { loadOnUse } from '../../io/load-on-use';
import './file-menu.css';

type Action = 'import' | `png-${PngScale}` | 'svg' | 'svg-findings' | 'json';

interface Item {
  id: Action;
  label: string;
  hint?: string;
}

/** The picture exporter (SVG renderer, PNG chunks, rasterizer) is not part of the first screen's bundle. */
const pictureExporter = () => loadOnUse('the picture exporter', () => import('../../io/export-picture'));

const SECTIONS: { title: string; items: Item[] }[] = [
  { title: 'Open', items: [{ id: 'import', label: 'Import…', hint: '.json, .png, .svg, .tbxml, .xml' }] },
  {
    title: 'Export picture',
    items: [
      ...PNG_SCALES.map((scale): Item => ({ id: `png-${scale}`, label: `PNG at ${scale}x`, ...(scale === 2 && { hint: 'slides, documents' }) })),
      { id: 'svg', label: 'SVG' },
      { id: 'svg-findings', label: 'SVG with finding badges' },
    ],
  },
  { title: 'Export design file', items: [{ id: 'json', label: 'JSON', hint: 'opens in the designer and the CLI' }] },
];

/**
 * The File menu: import a design (.json, a picture exported by the designer, or a Topology Builder .tbxml/.xml), and export it as PNG,
 * SVG or JSON. Pictures carry the design inside, so they open again as editable designs.
 */
export function FileMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  const closeMenu = useCallback(() => setOpen(false), []);
  useMenuDismiss(open, root, closeMenu);

  const run = (action: Action) => {
    setOpen(false);
    if (action === 'import') input.current?.click();
    else if (action === 'json') exportJson();
    else {
      void pictureExporter().then((exporter) => {
        if (!exporter) return;
        if (action === 'svg' || action === 'svg-findings') exporter.exportSvg({ findings: action === 'svg-findings' });
        else return exporter.exportPng(Number(action.slice(4)) as PngScale);
      });
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };

  return (
    <div className="menu file-menu" ref={root}>
      <button type="button" aria-label="File" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} title="Import or export the design">
        File ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu" aria-label="File" onKeyDown={onMenuKey}>
          {SECTIONS.map((section) => (
            <li key={section.title} role="none">
              <span className="file-menu-heading" aria-hidden="true">{section.title}</span>
              <ul role="none">
                {section.items.map((item, i) => (
                  <li key={item.id} role="none">
                    <button
                      type="button"
                      role="menuitem"
                      data-file-action={item.id}
                      aria-label={`${section.title === 'Open' ? '' : `${section.title}: `}${item.label}`}
                      onClick={() => run(item.id)}
                      autoFocus={section.title === 'Open' && i === 0}
                    >
                      <span>{item.label}</span>
                      {item.hint && <span className="file-menu-hint">{item.hint}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,.png,.svg,.tbxml,.xml,application/json,image/png,image/svg+xml,text/xml,application/xml"
        className="file-menu-input"
        aria-label="Import a design file"
        data-testid="import-file-input"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
    </div>
  );
}
