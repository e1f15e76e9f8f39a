/** Forms of the site-level leaves: SQL Server instances, file stores, gateways and reverse proxies. */
import type { FileStore } from '../../domain/elements/file-store';
import type { Gateway } from '../../domain/elements/gateway';
import type { ReverseProxy } from '../../domain/elements/reverse-proxy';
import { SQL_EDITIONS, type SqlInstance } from '../../domain/elements/sql-instance';
import { SQL_EDITION_LABELS } from '../../domain/labels';
import { DescriptionField, NameField, updateElementFields } from './CommonFields';
import { parseAddress, parseClusterNodes, parseFqdn, parseInstanceName, parseIp, parseRequired, parseShareName } from './field-validation';
import { SelectField, TextField } from './fields';

export function SqlInstanceForm({ sql }: { sql: SqlInstance }) {
  const update = (patch: Record<string, unknown>) => updateElementFields(sql.id, patch);
  return (
    <>
      <NameField element={sql} />
      <TextField label="Host FQDN" value={sql.host} parse={(t) => parseFqdn(t, { required: true })} onCommit={(v) => update({ host: v })} />
      <TextField label="Instance" value={sql.instance} placeholder="(default instance)" parse={parseInstanceName} onCommit={(v) => update({ instance: v })} />
      <SelectField
        label="SQL edition"
        value={sql.edition}
        options={SQL_EDITIONS.map((e) => ({ value: e, label: SQL_EDITION_LABELS[e] }))}
        onChange={(v) => update({ edition: v })}
      />
      <TextField
        label="SQL version"
        value={sql.version}
        parse={(t) => parseRequired(t, 'The version')}
        onCommit={(v) => update({ version: v })}
        suggestions={['2008r2', '2012']}
        hint="Lync Server 2013 supports SQL Server 2008 R2 and 2012."
      />
      <TextField
        label="Cluster nodes"
        value={sql.clusterNodes ? String(sql.clusterNodes) : ''}
        placeholder="(not clustered)"
        parse={parseClusterNodes}
        onCommit={(v) => update({ clusterNodes: v })}
      />
      <DescriptionField element={sql} />
    </>
  );
}

export function FileStoreForm({ store }: { store: FileStore }) {
  return (
    <>
      <NameField element={store} />
      <TextField label="Host FQDN" value={store.host} parse={(t) => parseFqdn(t, { required: true })} onCommit={(v) => updateElementFields(store.id, { host: v })} />
      <TextField
        label="Share"
        value={store.share}
        parse={parseShareName}
        onCommit={(v) => updateElementFields(store.id, { share: v })}
        hint={`\\\\${store.host || 'host'}\\${store.share || 'share'}`}
      />
      <DescriptionField element={store} />
    </>
  );
}

export function GatewayForm({ gateway }: { gateway: Gateway }) {
  return (
    <>
      <NameField element={gateway} />
      <TextField
        label="Address"
        value={gateway.address}
        parse={parseAddress}
        onCommit={(v) => updateElementFields(gateway.id, { address: v })}
        hint="FQDN or IP address of the gateway, IP-PBX or SIP trunk peer."
      />
      <DescriptionField element={gateway} />
    </>
  );
}

/** A reverse proxy: its own FQDN and the public IP external DNS points the published names at; what it publishes are its links. */
export function ReverseProxyForm({ proxy }: { proxy: ReverseProxy }) {
  return (
    <>
      <NameField element={proxy} />
      <TextField
        label="Reverse proxy FQDN"
        value={proxy.fqdn}
        parse={(t) => parseFqdn(t, { required: true })}
        onCommit={(v) => updateElementFields(proxy.id, { fqdn: v })}
      />
      <TextField
        label="Public IP address"
        value={proxy.publicIp ?? ''}
        placeholder="(not planned yet)"
        parse={parseIp}
        onCommit={(v) => updateElementFields(proxy.id, { publicIp: v })}
        hint="External DNS points the published web FQDNs, simple URLs and lyncdiscover here. Link the proxy to the pools it publishes."
      />
      <DescriptionField element={proxy} />
    </>
  );
}
