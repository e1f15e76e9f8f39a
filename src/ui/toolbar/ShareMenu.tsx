import { useCallback, useMemo, useRef, useState } from 'react';
import { useMenuDismiss } from './use-menu-dismiss';
import { LIMITS } from '../../domain/limits';
import { exportJson } from '../../io/export-design';
import { loadOnUse } from '../../io/load-on-use';
import { buildShareLink, copyToClipboard, loadShareCodec, type ShareCodec } from '../../io/share-link';
import { useDesignStore } from '../../state/design-store';
import { notify } from '../../state/notice-store';
import './share-menu.css';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Share: one click copies a link that carries the whole design in its fragment (nothing goes to a server),
 * and opens a panel with the link, its length and, for long links, a warning; a design too large for a
 * link is refused there, with the design file offered instead.
 */
export function ShareMenu() {
  const [open, setOpen] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const design = useDesignStore((s) => s.design);
  // The codec is loaded the first time the panel opens (io/load-on-use.ts).
  const [codec, setCodec] = useState<ShareCodec>();
  // Built only while the panel is open: encoding a large design takes a moment.
  const link = useMemo(() => (open && codec ? buildShareLink(codec.encodeShareLink, design, readOnly) : undefined), [open, codec, design, readOnly]);

  const closeMenu = useCallback(() => setOpen(false), []);
  useMenuDismiss(open, root, closeMenu);

  const copy = async (url: string, length: number, viewOnly: boolean) => {
    if (await copyToClipboard(url)) {
      notify({
        key: 'share-copy',
        kind: 'success',
        title: viewOnly ? 'Read-only link copied' : 'Link copied',
        text: `${count(length)} characters. The design travels inside the link; it is not uploaded anywhere.`,
      });
    } else {
      input.current?.select();
      notify({ key: 'share-copy', kind: 'info', title: 'Copy the link from the Share panel', text: 'The browser did not allow copying; the link is selected, press Ctrl+C.' });
    }
  };

  const openPanel = () => {
    if (open) {
      setOpen(false);
      return;
    }
    setReadOnly(false);
    setOpen(true);
    void loadOnUse('the share link encoder', loadShareCodec).then((loaded) => {
      if (!loaded) return setOpen(false);
      setCodec(loaded);
      const first = buildShareLink(loaded.encodeShareLink, useDesignStore.getState().design);
      if (first.size !== 'too-long') void copy(first.url, first.length, false);
    });
  };

  return (
    <div className="menu share-menu" ref={root}>
      <button type="button" aria-haspopup="dialog" aria-expanded={open} onClick={openPanel} title="Copy a link that opens this design">
        Share
      </button>
      {open && (
        <div className="share-panel" role="dialog" aria-label="Share" aria-busy={!link || undefined}>
          <h3>Share a link to this design</h3>
          {!link ? (
            <p className="share-preparing" role="status">
              Preparing the link…
            </p>
          ) : link.size === 'too-long' ? (
            <div className="share-status share-refused" role="alert">
              <p>
                This design is too large for a link: <strong data-testid="share-length">{count(link.length)}</strong> characters,
                above the {count(LIMITS.shareLinkChars)} a link may have. Share the design file instead.
              </p>
              <button type="button" className="primary" onClick={() => exportJson()}>
                Download JSON
              </button>
            </div>
          ) : (
            <>
              <input ref={input} className="share-url" readOnly value={link.url} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
              <p className="share-length">
                <strong data-testid="share-length">{count(link.length)}</strong> characters
              </p>
              {link.size === 'long' && (
                <p className="share-status share-long" role="status">
                  Over {count(LIMITS.shareLinkWarnChars)} characters: chat tools and mail may cut long links, and a cut link does not
                  open (nothing is lost). If it arrives cut, send the design file (File, Export JSON).
                </p>
              )}
              <label className="share-mode">
                <input type="checkbox" checked={readOnly} onChange={(e) => setReadOnly(e.currentTarget.checked)} />
                Opens read-only
              </label>
              <div className="share-actions">
                <button type="button" className="primary" onClick={() => void copy(link.url, link.length, readOnly)}>
                  {readOnly ? 'Copy read-only link' : 'Copy link'}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
