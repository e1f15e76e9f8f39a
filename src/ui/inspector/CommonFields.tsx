/**
 * Pieces every element form shares: committing a patch as one undoable step, and the name and
 * description every element may carry.
 */
import type { AnyElement } from '../../domain/design';
import { useDesignStore } from '../../state/design-store';
import { useSessionStore } from '../../state/session-store';
import { parseOptionalText, parseRequired } from './field-validation';
import { TextField } from './fields';

/** One field change: one `update` command, one undo step (nothing is recorded when the value is unchanged). */
export function updateElementFields(id: string, patch: Record<string, unknown>): void {
  useDesignStore.getState().run({ op: 'update', id, patch });
}

export function NameField({ element, required }: { element: AnyElement; required?: boolean }) {
  const name = (element as { name?: string }).name ?? '';
  return required ? (
    <TextField label="Name" value={name} parse={(t) => parseRequired(t, 'The name')} onCommit={(v) => updateElementFields(element.id, { name: v })} />
  ) : (
    <TextField
      label="Name"
      value={name}
      placeholder="(optional display name)"
      parse={parseOptionalText}
      onCommit={(v) => updateElementFields(element.id, { name: v })}
    />
  );
}

export function DescriptionField({ element }: { element: AnyElement }) {
  return (
    <TextField
      label="Description"
      value={element.description ?? ''}
      multiline
      parse={parseOptionalText}
      onCommit={(v) => updateElementFields(element.id, { description: v })}
    />
  );
}

/** A link to another element (a server's pool, a link's ends): clicking selects it. */
export function ElementLink({ id, label }: { id: string; label: string }) {
  return (
    <button type="button" className="link-button" onClick={() => useSessionStore.getState().select([id])}>
      {label}
    </button>
  );
}
