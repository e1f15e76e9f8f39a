import type { Design } from '../../domain/design';
import { SERVER_ROLES, type Server } from '../../domain/elements/server';
import { ROLE_LABELS } from '../../domain/labels';
import { displayName, findElement } from '../../domain/queries';
import { DescriptionField, ElementLink, NameField, updateElementFields } from './CommonFields';
import { parseFqdn, parseIp } from './field-validation';
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
      <IpFields server={server} />
      <ReadOnlyField label="Pool">{pool ? <ElementLink id={pool.id} label={displayName(pool)} /> : server.poolId}</ReadOnlyField>
      <DescriptionField element={server} />
    </>
  );
}

/** Addresses the reports write into DNS and firewall rows; empty leaves their placeholder. An Edge server has three. */
function IpFields({ server }: { server: Server }) {
  const edge = server.role === 'edge';
  const field = (key: 'ip' | 'externalIp' | 'publicIp', label: string, hint?: string) => (
    <TextField
      label={label}
      value={server[key] ?? ''}
      placeholder="(not planned yet)"
      parse={parseIp}
      onCommit={(v) => updateElementFields(server.id, { [key]: v })}
      hint={hint}
      testId={`server-${key}`}
    />
  );
  return (
    <>
      {field('ip', edge ? 'Internal IP address' : 'IP address')}
      {edge && field('externalIp', 'External IP address', 'The Access Edge service on the external interface.')}
      {edge && field('publicIp', 'NAT public IP address', 'Only when the external interface is behind NAT (DNS load balancing only).')}
    </>
  );
}
