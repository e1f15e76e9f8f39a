/**
 * Drawing a link and deleting a selection, as pure decisions the canvas then carries out: which link kinds a
 * drag from one element to another may create (in either direction, as users drag either way), why none
 * may, and what a delete takes with it.
 */
import type { Design } from '../domain/design';
import type { LinkKind } from '../domain/elements/link';
import { LINK_KINDS } from '../domain/elements/link';
import type { Pool } from '../domain/elements/pool';
import { cascadeOf } from '../domain/commands';
import { LINK_LABELS, ROLE_LABELS } from '../domain/labels';
import { allowedLinkKinds, endpointClass, LINK_ENDPOINTS, type EndpointClass } from '../domain/link-rules';
import { displayName, findElement, linksOf } from '../domain/queries';

export interface LinkChoice {
  kind: LinkKind;
  from: string;
  to: string;
}

/** Link kinds between a and b that the link table allows and that do not exist yet, a→b first. */
export function linkChoices(design: Design, a: string, b: string): LinkChoice[] {
  if (a === b) return [];
  const existing = linksOf(design, a).filter((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
  const exists = (c: LinkChoice) =>
    existing.some((l) => l.kind === c.kind && ((l.from === c.from && l.to === c.to) || (c.kind === 'pairing' && l.from === c.to && l.to === c.from)));
  const forward = allowedLinkKinds(design, a, b).map((kind) => ({ kind, from: a, to: b }));
  const backward = allowedLinkKinds(design, b, a)
    // A pairing is symmetric: one link per pair, whichever way it was drawn.
    .filter((kind) => kind !== 'pairing' || !forward.some((c) => c.kind === 'pairing'))
    .map((kind) => ({ kind, from: b, to: a }));
  return [...forward, ...backward].filter((c) => !exists(c));
}

const CLASS_LABELS: Record<Exclude<EndpointClass, keyof typeof ROLE_LABELS>, string> = {
  pool: 'pool without a role yet',
  site: 'site',
  sqlInstance: 'SQL Server instance',
  fileStore: 'file store',
  gateway: 'PSTN gateway',
  reverseProxy: 'reverse proxy',
  link: 'server',
  missing: 'missing element',
};

function describe(design: Design, id: string): string {
  const found = findElement(design, id);
  const cls = endpointClass(design, id);
  const what = cls in ROLE_LABELS ? `${ROLE_LABELS[cls as keyof typeof ROLE_LABELS].label} pool` : CLASS_LABELS[cls as keyof typeof CLASS_LABELS];
  return found ? `${displayName(found.element)} (${what})` : id;
}

/** Why no link may join a and b, in one sentence for a notice. */
export function linkRefusal(design: Design, a: string, b: string): string {
  if (a === b) return 'An element cannot be linked to itself.';
  for (const id of [a, b]) {
    const found = findElement(design, id);
    if (found?.collection === 'servers' || found?.collection === 'sites') {
      return `Links join pools, SQL Server instances, file stores, gateways and reverse proxies; ${describe(design, id)} cannot take one.`;
    }
  }
  const already = LINK_KINDS.filter((k) => allowedLinkKinds(design, a, b).includes(k) || allowedLinkKinds(design, b, a).includes(k));
  if (already.length > 0) {
    return `${describe(design, a)} and ${describe(design, b)} are already linked (${already.map((k) => LINK_LABELS[k]).join(', ')}).`;
  }
  const hint = pairHint(design, a, b) ?? pairHint(design, b, a);
  return `${describe(design, a)} and ${describe(design, b)} cannot be linked: no Lync link kind joins these two.${hint ? ` ${hint}` : ''}`;
}

/** When the classes fit a kind but its extra condition does not, say what would make it fit. */
function pairHint(design: Design, from: string, to: string): string | undefined {
  const f = endpointClass(design, from);
  const t = endpointClass(design, to);
  const fits = (k: LinkKind) => LINK_ENDPOINTS[k].from.includes(f) && LINK_ENDPOINTS[k].to.includes(t);
  if (fits('trunk')) {
    const pool = findElement(design, to)?.element as Pool | undefined;
    return `A trunk to a Front End or Standard Edition pool needs Mediation collocated on ${pool ? displayName(pool) : 'it'}; turn it on first.`;
  }
  if (fits('next-hop')) return 'Only an Edge pool may use a Director pool as its next hop.';
  return undefined;
}

export interface DeletionPlan {
  /** Everything that goes (the selection and its cascade). */
  ids: string[];
  /** What goes beyond the selection, described for the confirmation: "server se1.fabrikam.com". */
  extra: string[];
}

const KIND_WORDS: Record<string, string> = {
  sites: 'site',
  pools: 'pool',
  servers: 'server',
  sqlInstances: 'SQL instance',
  fileStores: 'file store',
  gateways: 'gateway',
  reverseProxies: 'reverse proxy',
  links: 'link',
};

export function deletionPlan(design: Design, selection: readonly string[]): DeletionPlan {
  const gone = cascadeOf(design, selection);
  const chosen = new Set(selection);
  const extra: string[] = [];
  for (const id of gone) {
    if (chosen.has(id)) continue;
    const found = findElement(design, id)!;
    if (found.collection === 'links') {
      const l = found.element as { kind: LinkKind; from: string; to: string };
      const end = (x: string) => {
        const e = findElement(design, x)?.element;
        return e ? displayName(e) : x;
      };
      extra.push(`${LINK_LABELS[l.kind]} link ${end(l.from)} → ${end(l.to)}`);
    } else {
      extra.push(`${KIND_WORDS[found.collection]} ${displayName(found.element)}`);
    }
  }
  return { ids: [...gone], extra };
}
