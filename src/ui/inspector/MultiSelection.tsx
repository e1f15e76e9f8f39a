import type { Design } from '../../domain/design';
import { displayName, type Located } from '../../domain/queries';
import { useSessionStore } from '../../state/session-store';
import { deleteSelection } from '../../canvas/canvas-actions';

/** Several elements selected: what they are, and deleting them together. */
export function MultiSelection({ selected }: { design: Design; selected: Located[] }) {
  const readOnly = useSessionStore((s) => s.readOnly);
  const shown = selected.slice(0, 12);
  return (
    <div className="multi-selection">
      <p data-testid="selection-count">{selected.length} elements selected.</p>
      <ul className="multi-list">
        {shown.map(({ element }) => (
          <li key={element.id}>{displayName(element)}</li>
        ))}
        {selected.length > shown.length && <li>and {selected.length - shown.length} more</li>}
      </ul>
      <button type="button" className="danger-button" disabled={readOnly} onClick={() => void deleteSelection()}>
        Delete {selected.length} elements
      </button>
    </div>
  );
}
