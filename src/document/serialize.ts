import type { Design } from '../domain/design';
import { COLLECTIONS } from '../domain/design';
import { placementOf, setOwn } from '../domain/elements/layout';
import type { Steps } from '../domain/steps';

/** Field order in saved files: known fields first in this order, then any unknown fields as they came. */
const FIELD_ORDER: Record<string, readonly string[]> = {
  document: ['format', 'version', 'name', 'primarySipDomain', 'description', 'sipDomains', 'simpleUrls', 'signInPoolId', 'mobility'],
  sites: ['id', 'name', 'kind', 'centralSiteId', 'description', 'remoteUsers'],
  pools: [
    'id', 'siteId', 'name', 'fqdn', 'users', 'loadBalancing', 'internalWebFqdn', 'externalWebFqdn',
    'centralManagementStore', 'collocatedMediation', 'federation', 'xmppFederation', 'features', 'description',
    'vip', 'webVip', 'accessEdgeFqdn', 'webConferencingEdgeFqdn', 'avEdgeFqdn',
  ],
  servers: ['id', 'poolId', 'name', 'fqdn', 'role', 'description', 'ip', 'externalIp', 'publicIp'],
  sqlInstances: ['id', 'siteId', 'name', 'host', 'instance', 'edition', 'version', 'clusterNodes', 'description'],
  fileStores: ['id', 'siteId', 'name', 'host', 'share', 'description'],
  gateways: ['id', 'siteId', 'name', 'address', 'description'],
  reverseProxies: ['id', 'siteId', 'name', 'fqdn', 'publicIp', 'description'],
  links: ['id', 'kind', 'from', 'to', 'name', 'description'],
};

function ordered(obj: Record<string, unknown>, order: readonly string[], skip: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out) && !skip.includes(k) && obj[k] !== undefined) out[k] = obj[k];
  return out;
}

/** A plain object in the saved key order: the same design always gives the same bytes. */
export function toFileObject(design: Design, options: { layout?: boolean } = {}): Record<string, unknown> {
  const doc = design as unknown as Record<string, unknown>;
  const out = ordered(doc, FIELD_ORDER.document!, [...COLLECTIONS, 'layout']);
  for (const c of COLLECTIONS) {
    // Reverse proxies came after version 1's first files: left out when there are none, so those files round-trip byte for byte.
    if (c === 'reverseProxies' && design[c].length === 0) continue;
    out[c] = design[c].map((e) => ordered(e as Record<string, unknown>, FIELD_ORDER[c]!));
  }
  if (options.layout !== false && design.layout) {
    const layout: Record<string, unknown> = {};
    for (const c of COLLECTIONS) {
      for (const e of design[c]) {
        const p = placementOf(design.layout, e.id);
        if (p) setOwn(layout, e.id, ordered(p, ['x', 'y', 'w', 'h']));
      }
    }
    if (Object.keys(layout).length) out.layout = layout;
  }
  return out;
}

export function serializeDesign(design: Design, options: { layout?: boolean } = {}): string {
  return `${JSON.stringify(toFileObject(design, options), null, 2)}\n`;
}

/**
 * `JSON.stringify(toFileObject(design))` (compact, as autosave stores it) built a chunk of elements at a
 * time, yielding between chunks (domain/steps.ts): one stringify of 20,000 elements is a task of 200 ms.
 * It parses to the same object; the text is the same too, except that a layout chunk orders integer-like
 * ids as JavaScript orders an object's keys, within the chunk rather than the whole map.
 */
export function* compactFileJsonSteps(design: Design, chunk = 500): Steps<string> {
  const head = JSON.stringify(ordered(design as unknown as Record<string, unknown>, FIELD_ORDER.document!, [...COLLECTIONS, 'layout']));
  const parts = [head.slice(0, -1)];
  let empty = head === '{}';
  const field = (key: string, json: string) => {
    parts.push(`${empty ? '' : ','}${JSON.stringify(key)}:${json}`);
    empty = false;
  };
  for (const c of COLLECTIONS) {
    const list = design[c];
    if (c === 'reverseProxies' && list.length === 0) continue;
    const pieces: string[] = [];
    for (let i = 0; i < list.length; i += chunk) {
      pieces.push(JSON.stringify(list.slice(i, i + chunk).map((e) => ordered(e as Record<string, unknown>, FIELD_ORDER[c]!))).slice(1, -1));
      yield;
    }
    field(c, `[${pieces.join(',')}]`);
  }
  if (design.layout) {
    const pieces: string[] = [];
    const seen = new Set<string>();
    let part: Record<string, unknown> = {};
    let inPart = 0;
    for (const c of COLLECTIONS) {
      for (const e of design[c]) {
        const p = placementOf(design.layout, e.id);
        if (!p || seen.has(e.id)) continue;
        seen.add(e.id);
        setOwn(part, e.id, ordered(p, ['x', 'y', 'w', 'h']));
        if (++inPart === chunk) {
          pieces.push(JSON.stringify(part).slice(1, -1));
          [part, inPart] = [{}, 0];
          yield;
        }
      }
    }
    if (inPart) pieces.push(JSON.stringify(part).slice(1, -1));
    if (pieces.length) field('layout', `{${pieces.join(',')}}`);
  }
  return `${parts.join('')}}`;
}
