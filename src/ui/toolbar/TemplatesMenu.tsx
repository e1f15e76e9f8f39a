import { useCallback, useRef, useState } from 'react';
import { useMenuDismiss } from './use-menu-dismiss';
import { SAMPLE_TITLES, type SampleId } from '../../document/first-visit';
import { loadOnUse } from '../../io/load-on-use';
import { useDesignStore } from '../../state/design-store';
import { replaceDesign } from './replace-design';

/** A menu of the reference designs; opening one asks first when the current design has unsaved changes. */
export function TemplatesMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const closeMenu = useCallback(() => setOpen(false), []);
  useMenuDismiss(open, root, closeMenu);

  const choose = (id: SampleId) => {
    setOpen(false);
    const title = SAMPLE_TITLES[id];
    const chosenOver = useDesignStore.getState().design;
    // The templates go through the load pipeline (with zod), which is not in the first screen's bundle.
    void loadOnUse('the templates', () => import('../../document/samples')).then((loaded) => {
      // The design changed while the templates loaded (a file opened, an edit): the user has moved on, and
      // a late template must not replace that work.
      if (!loaded || useDesignStore.getState().design !== chosenOver) return;
      replaceDesign(loaded.SAMPLES[id].load, { kind: 'sample', name: id }, `the ${title.toLowerCase()} template`);
    });
  };

  return (
    <div className="menu" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} title="Start from a reference design">
        Templates ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu" aria-label="Templates">
          {(Object.keys(SAMPLE_TITLES) as SampleId[]).map((id) => (
            <li key={id} role="none">
              <button type="button" role="menuitem" data-template={id} onClick={() => choose(id)} autoFocus={id === 'small'}>
                {SAMPLE_TITLES[id]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
