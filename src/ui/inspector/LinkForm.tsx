import type { Design } from '../../domain/design';
import type { Link } from '../../domain/elements/link';
import { LINK_LABELS } from '../../domain/labels';
import { allowedLinkKinds } from '../../domain/link-rules';
import { displayName, findElement } from '../../domain/queries';
import { DescriptionField, ElementLink, updateElementFields } from './CommonFields';
import { ReadOnlyField, SelectField } from './fields';

export function LinkForm({ design, link }: { design: Design; link: Link }) {
  const allowed = allowedLinkKinds(design, link.from, link.to);
  const end = (id: string) => {
    const e = findElement(design, id)?.element;
    return e ? <ElementLink id={id} label={displayName(e)} /> : id;
  };
  return (
    <>
      <SelectField
        label="Link kind"
        value={link.kind}
        options={[
          ...allowed.map((k) => ({ value: k, label: LINK_LABELS[k] })),
          // A kind the table does not allow between these ends stays shown (LINK_ENDPOINTS_INVALID says why).
          ...(allowed.includes(link.kind) ? [] : [{ value: link.kind, label: `${LINK_LABELS[link.kind]} (not allowed here)`, disabled: true }]),
        ]}
        onChange={(v) => updateElementFields(link.id, { kind: v })}
      />
      <ReadOnlyField label="From">{end(link.from)}</ReadOnlyField>
      <ReadOnlyField label="To">{end(link.to)}</ReadOnlyField>
      <DescriptionField element={link} />
    </>
  );
}
