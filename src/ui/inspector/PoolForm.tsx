import type { Design } from '../../domain/design';
import { LOAD_BALANCING, POOL_FEATURES, type Pool, type PoolFeature } from '../../domain/elements/pool';
import { ROLE_LABELS } from '../../domain/labels';
import { poolRole, serversOf } from '../../domain/queries';
import { useDesignStore } from '../../state/design-store';
import { DescriptionField, NameField, updateElementFields } from './CommonFields';
import { edgeNames, reportInputs } from '../../reports/inputs';
import { parseFqdn, parseIp, parseUsers } from './field-validation';
import { CheckboxField, ReadOnlyField, SelectField, TextField } from './fields';

export const FEATURE_LABELS: Record<PoolFeature, string> = {
  conferencing: 'Conferencing',
  dialInConferencing: 'Dial-in conferencing',
  enterpriseVoice: 'Enterprise Voice',
  archiving: 'Archiving',
  monitoring: 'Monitoring',
  callAdmissionControl: 'Call admission control',
  persistentChatCompliance: 'Persistent Chat compliance',
};

const LOAD_BALANCING_LABELS: Record<(typeof LOAD_BALANCING)[number], string> = {
  none: 'None',
  dns: 'DNS load balancing',
  hardware: 'Hardware load balancer',
  'dns-and-hardware': 'DNS and hardware (web services)',
};

/** What the pool is, derived from its servers: a pool's role is never stored. */
export function describePool(design: Design, poolId: string): { role: string; edition: string } {
  const role = poolRole(design, poolId);
  if (role === 'empty') return { role: 'None yet (no servers)', edition: '—' };
  if (role === 'mixed') return { role: 'Mixed roles', edition: '—' };
  const edition = role === 'standard-edition' ? 'Standard Edition' : role === 'front-end' ? 'Enterprise Edition' : 'Not applicable';
  return { role: ROLE_LABELS[role].label, edition };
}

/**
 * A Standard Edition pool's FQDN is its server's FQDN: renaming one renames the other in the same step,
 * so the two never drift apart by accident.
 */
function commitPoolFqdn(design: Design, pool: Pool, fqdn: string): void {
  const servers = serversOf(design, pool.id);
  const se = servers.length === 1 && servers[0]!.role === 'standard-edition' && servers[0]!.fqdn === pool.fqdn ? servers[0] : undefined;
  if (!se) return updateElementFields(pool.id, { fqdn });
  useDesignStore.getState().run({
    op: 'batch',
    commands: [
      { op: 'update', id: pool.id, patch: { fqdn } },
      { op: 'update', id: se.id, patch: { fqdn } },
    ],
  });
}

export function PoolForm({ design, pool }: { design: Design; pool: Pool }) {
  const { role, edition } = describePool(design, pool.id);
  const servers = serversOf(design, pool.id).length;
  const update = (patch: Record<string, unknown>) => updateElementFields(pool.id, patch);
  const setFeature = (feature: PoolFeature, on: boolean) => {
    const next: Record<string, unknown> = { ...(pool.features ?? {}) };
    if (on) next[feature] = true;
    else delete next[feature];
    update({ features: Object.keys(next).length ? next : undefined });
  };
  const flag = (key: 'collocatedMediation' | 'centralManagementStore' | 'federation' | 'xmppFederation') => ({
    checked: pool[key] === true,
    onChange: (on: boolean) => update({ [key]: on ? true : undefined }),
  });

  return (
    <>
      <NameField element={pool} />
      <TextField
        label="Pool FQDN"
        value={pool.fqdn}
        parse={(t) => parseFqdn(t, { required: true })}
        onCommit={(v) => commitPoolFqdn(design, pool, v!)}
        testId="pool-fqdn"
      />
      <ReadOnlyField label="Role" testId="pool-role">
        {role}
      </ReadOnlyField>
      <ReadOnlyField label="Edition">{edition}</ReadOnlyField>
      <ReadOnlyField label="Servers">{servers}</ReadOnlyField>
      <TextField label="Users" value={String(pool.users ?? 0)} parse={parseUsers} onCommit={(v) => update({ users: v })} hint="Users homed on this pool." />
      <SelectField
        label="Load balancing"
        value={pool.loadBalancing ?? 'none'}
        options={LOAD_BALANCING.map((v) => ({ value: v, label: LOAD_BALANCING_LABELS[v] }))}
        onChange={(v) => update({ loadBalancing: v === 'none' ? undefined : v })}
      />
      <TextField
        label="Internal web services FQDN"
        value={pool.internalWebFqdn ?? ''}
        placeholder="(same as the pool FQDN)"
        parse={(t) => parseFqdn(t, { required: false })}
        onCommit={(v) => update({ internalWebFqdn: v })}
      />
      <TextField
        label="External web services FQDN"
        value={pool.externalWebFqdn ?? ''}
        placeholder="(none)"
        parse={(t) => parseFqdn(t, { required: false })}
        onCommit={(v) => update({ externalWebFqdn: v })}
      />
      <PoolAddressFields design={design} pool={pool} />
      <fieldset className="field-group">
        <legend>Features</legend>
        {POOL_FEATURES.map((f) => (
          <CheckboxField key={f} label={FEATURE_LABELS[f]} checked={pool.features?.[f] === true} onChange={(on) => setFeature(f, on)} />
        ))}
      </fieldset>
      <fieldset className="field-group">
        <legend>Services</legend>
        <CheckboxField label="Collocated Mediation" {...flag('collocatedMediation')} hint="Mediation runs on this pool's Front End or Standard Edition servers." />
        <CheckboxField label="Central Management store host" {...flag('centralManagementStore')} hint="This pool hosts the CMS; a deployment has exactly one." />
        <CheckboxField label="Federation route" {...flag('federation')} hint="Edge pools: federated traffic goes through this pool." />
        <CheckboxField label="XMPP federation route" {...flag('xmppFederation')} hint="Edge pools: XMPP federation goes through this pool." />
      </fieldset>
      <DescriptionField element={pool} />
    </>
  );
}

/**
 * Virtual IPs the DNS report points at, and for an Edge pool its external names (the documented defaults
 * are the placeholders). Empty fields leave the report's placeholder.
 */
function PoolAddressFields({ design, pool }: { design: Design; pool: Pool }) {
  const role = poolRole(design, pool.id);
  const update = (patch: Record<string, unknown>) => updateElementFields(pool.id, patch);
  const edge = role === 'edge';
  const web = role === 'front-end' || role === 'standard-edition' || role === 'director';
  const defaults = edge ? edgeNames(reportInputs(design), { ...pool, accessEdgeFqdn: undefined, webConferencingEdgeFqdn: undefined, avEdgeFqdn: undefined }) : undefined;
  const edgeFqdn = (key: 'accessEdgeFqdn' | 'webConferencingEdgeFqdn' | 'avEdgeFqdn', label: string, placeholder: string) => (
    <TextField label={label} value={pool[key] ?? ''} placeholder={placeholder} parse={(t) => parseFqdn(t, { required: false })} onCommit={(v) => update({ [key]: v })} />
  );
  return (
    <>
      <TextField
        label={edge ? 'Internal virtual IP' : 'Load balancer virtual IP'}
        value={pool.vip ?? ''}
        placeholder="(not planned yet)"
        parse={parseIp}
        onCommit={(v) => update({ vip: v })}
        hint={edge ? 'The hardware load balancer VIP of the Edge internal interfaces.' : 'The hardware load balancer VIP of the pool FQDN.'}
        testId="pool-vip"
      />
      {web && (
        <TextField
          label="Web services virtual IP"
          value={pool.webVip ?? ''}
          placeholder="(not planned yet)"
          parse={parseIp}
          onCommit={(v) => update({ webVip: v })}
          hint="Internal web services and simple URLs always resolve to a load balancer VIP."
          testId="pool-web-vip"
        />
      )}
      {defaults && (
        <fieldset className="field-group">
          <legend>External Edge FQDNs</legend>
          {edgeFqdn('accessEdgeFqdn', 'Access Edge FQDN', defaults.access)}
          {edgeFqdn('webConferencingEdgeFqdn', 'Web Conferencing Edge FQDN', defaults.webconf)}
          {edgeFqdn('avEdgeFqdn', 'A/V Edge FQDN', defaults.av)}
        </fieldset>
      )}
    </>
  );
}
