import type { Design } from '../../domain/design';
import { SERVER_ROLES, type Server } from '../../domain/elements/server';
import { ROLE_LABELS } from '../../domain/labels';
import { displayName, findElement } from '../../domain/queries';
import { DescriptionField, ElementLink, NameField, updateElementFields } from './CommonFields';
import { parseFqdn } from './field-validation';
import { ReadOnlyField, SelectField, TextField } from './fields';

export function ServerForm({ design, server }: { design: Design; server: Server }) {
  const pool = findElement(design, server.poolId)?.element;
  return (
    <>
      <NameField element={server} />
      <TextField
        label="Server FQDN"
        value={server.fqdn}
        parse={(t) => parseFqdn(t, { required: true })}
        onCommit={(v) => updateElementFields(server.id, { fqdn: v })}
        hint="Two servers in different pools with one FQDN are roles collocated on one computer."
      />
      <SelectField
        label="Role"
        value={server.role}
        options={SERVER_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r].label }))}
        onChange={(v) => updateElementFields(server.id, { role: v })}
      />
      <ReadOnlyField label="Pool">{pool ? <ElementLink id={pool.id} label={displayName(pool)} /> : server.poolId}</ReadOnlyField>
      <DescriptionField element={server} />
    </>
  );
}
