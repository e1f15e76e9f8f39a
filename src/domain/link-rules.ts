import type { Design } from './design';
import type { LinkKind } from './elements/link';
import { LINK_KINDS } from './elements/link';
import type { Pool } from './elements/pool';
import type { ServerRole } from './elements/server';
import { findElement, poolRole } from './queries';

/**
 * What a link endpoint is, for the link table of spec/domain.md: a pool by its role, or another element kind.
 * "pool" stands for a pool whose role is not known yet (empty or mixed): such a link is not judged.
 */
export type EndpointClass =
  | ServerRole
  | 'pool'
  | 'site'
  | 'sqlInstance'
  | 'fileStore'
  | 'gateway'
  | 'reverseProxy'
  | 'link'
  | 'missing';

export function endpointClass(design: Design, id: string): EndpointClass {
  const found = findElement(design, id);
  if (!found) return 'missing';
  switch (found.collection) {
    case 'pools': {
      const role = poolRole(design, id);
      return role === 'empty' || role === 'mixed' ? 'pool' : role;
    }
    case 'sites':
      return 'site';
    case 'servers':
      return 'link'; // servers are never link endpoints; reuse a class no rule accepts
    case 'sqlInstances':
      return 'sqlInstance';
    case 'fileStores':
      return 'fileStore';
    case 'gateways':
      return 'gateway';
    case 'reverseProxies':
      return 'reverseProxy';
    case 'links':
      return 'link';
  }
}

const REGISTRAR: readonly EndpointClass[] = ['front-end', 'standard-edition'];
const SBA: readonly EndpointClass[] = ['survivable-branch-appliance', 'survivable-branch-server'];

interface LinkEndpoints {
  from: readonly EndpointClass[];
  to: readonly EndpointClass[];
  /** Extra condition on the pair, for the kinds whose table row depends on more than the classes. */
  pair?: (from: EndpointClass, to: EndpointClass, toPool: Pool | undefined) => boolean;
}

/** The link table of spec/domain.md. */
export const LINK_ENDPOINTS: Record<LinkKind, LinkEndpoints> = {
  backend: { from: REGISTRAR, to: ['sqlInstance'] },
  mirror: { from: ['sqlInstance'], to: ['sqlInstance'] },
  witness: { from: ['sqlInstance'], to: ['sqlInstance'] },
  'monitoring-store': { from: REGISTRAR, to: ['sqlInstance'] },
  'archiving-store': { from: REGISTRAR, to: ['sqlInstance'] },
  'persistent-chat-store': { from: ['persistent-chat'], to: ['sqlInstance'] },
  'compliance-store': { from: ['persistent-chat'], to: ['sqlInstance'] },
  'file-store': { from: [...REGISTRAR, 'director', 'persistent-chat'], to: ['fileStore'] },
  pairing: { from: REGISTRAR, to: REGISTRAR },
  'next-hop': {
    from: ['edge', 'mediation', 'persistent-chat', 'trusted-application'],
    to: [...REGISTRAR, 'director'],
    pair: (from, to) => to !== 'director' || from === 'edge',
  },
  edge: { from: [...REGISTRAR, 'mediation', ...SBA], to: ['edge'] },
  registrar: { from: SBA, to: REGISTRAR },
  'office-web-apps': { from: REGISTRAR, to: ['office-web-apps'] },
  trunk: {
    from: ['gateway'],
    to: ['mediation', ...REGISTRAR, ...SBA],
    // A Front End or SE pool terminates a trunk only when Mediation is collocated on it.
    pair: (_from, to, toPool) => !REGISTRAR.includes(to) || toPool?.collocatedMediation === true,
  },
  // The reverse proxy publishes the external web services of Front End pools, SE servers and Directors, and
  // Office Web Apps (port-summary-reverse-proxy).
  'reverse-proxy': { from: ['reverseProxy'], to: [...REGISTRAR, 'director', 'office-web-apps'] },
};

function classAccepts(allowed: readonly EndpointClass[], actual: EndpointClass, poolSlot: boolean): boolean {
  // A pool whose role is not known yet may take any pool slot: the pool rules flag it instead.
  if (actual === 'pool') return poolSlot;
  return allowed.includes(actual);
}

const POOL_CLASSES = new Set<EndpointClass>([
  'front-end', 'standard-edition', 'director', 'edge', 'mediation', 'persistent-chat',
  'trusted-application', 'office-web-apps', 'survivable-branch-appliance', 'survivable-branch-server',
]);

/** Whether the link table allows a link of this kind from one element to another. */
export function isLinkAllowed(design: Design, kind: LinkKind, fromId: string, toId: string): boolean {
  if (fromId === toId && kind !== 'pairing') return false;
  const rule = LINK_ENDPOINTS[kind];
  const from = endpointClass(design, fromId);
  const to = endpointClass(design, toId);
  const fromPoolSlot = rule.from.some((c) => POOL_CLASSES.has(c));
  const toPoolSlot = rule.to.some((c) => POOL_CLASSES.has(c));
  if (!classAccepts(rule.from, from, fromPoolSlot) || !classAccepts(rule.to, to, toPoolSlot)) return false;
  if (!rule.pair || from === 'pool' || to === 'pool') return true;
  const toFound = findElement(design, toId);
  const toPool = toFound?.collection === 'pools' ? (toFound.element as Pool) : undefined;
  return rule.pair(from, to, toPool);
}

/** The link kinds a user may draw from one element to another, for the link chooser. */
export function allowedLinkKinds(design: Design, fromId: string, toId: string): LinkKind[] {
  if (fromId === toId) return [];
  return LINK_KINDS.filter((k) => isLinkAllowed(design, k, fromId, toId));
}
