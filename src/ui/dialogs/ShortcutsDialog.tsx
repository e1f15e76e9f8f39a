import { Fragment } from 'react';
import { keyLabel, SHORTCUTS, type Shortcut } from '../../canvas/shortcuts';
import { closeOverlay } from '../../state/overlay-store';
import { OverlayDialog } from './OverlayDialog';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const GROUPS: Shortcut['group'][] = ['Canvas', 'Anywhere', 'Palette', 'Find box', 'Menus and panels', 'Fields'];

/** "?" on the canvas: every shortcut, from the same list the key handlers use (canvas/shortcuts.ts). */
export function ShortcutsDialog() {
  return (
    <OverlayDialog name="shortcuts" className="shortcuts-dialog" titleId="shortcuts-title">
      {() => (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            closeOverlay();
          }}
        >
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <table className="shortcuts-table">
            {GROUPS.map((group) => (
              <tbody key={group}>
                <tr>
                  <th colSpan={2} scope="colgroup">
                    {group}
                  </th>
                </tr>
                {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                  <tr key={s.id} data-shortcut={s.id}>
                    <td className="shortcut-keys">
                      {s.keys.map((k, i) => (
                        <Fragment key={k}>
                          {i > 0 && <span className="shortcut-or"> or </span>}
                          <kbd>{keyLabel(k, MAC)}</kbd>
                        </Fragment>
                      ))}
                    </td>
                    <td>{s.does}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          <div className="modal-actions">
            <button type="submit" className="primary" autoFocus>
              Close
            </button>
          </div>
        </form>
      )}
    </OverlayDialog>
  );
}
