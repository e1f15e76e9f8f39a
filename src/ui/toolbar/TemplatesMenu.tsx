import { useCallback, useRef, useState } from 'react';
import { useMenuDismiss } from './use-menu-dismiss';
import { SAMPLES, type SampleId } from '../../document/samples';
import { replaceDesign } from './replace-design';

/** A menu of the reference designs; opening one asks first when the current design has unsaved changes. */
export function TemplatesMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const closeMenu = useCallback(() => setOpen(false), []);
  useMenuDismiss(open, root, closeMenu);

  const choose = (id: SampleId) => {
    setOpen(false);
    const sample = SAMPLES[id];
    void replaceDesign(sample.load, { kind: 'sample', name: id }, `the ${sample.title.toLowerCase()} template`);
  };

  return (
    <div className="menu" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} title="Start from a reference design">
        Templates ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu" aria-label="Templates">
          {(Object.keys(SAMPLES) as SampleId[]).map((id) => (
            <li key={id} role="none">
              <button type="button" role="menuitem" data-template={id} onClick={() => choose(id)} autoFocus={id === 'small'}>
                {SAMPLES[id].title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
