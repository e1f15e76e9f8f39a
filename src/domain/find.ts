/**
 * Find elements by what a user knows them by: a name, an FQDN, a SQL host\instance, a share path or a gateway
 * address. Pure; the canvas's find box lists the result. Links have no name of their own and are left out.
 */
import { COLLECTIONS, type Collection, type Design } from './design';
import { ROLE_LABELS } from './labels';
import type { FileStore } from './elements/file-store';
import type { Gateway } from './elements/gateway';
import type { Pool } from './elements/pool';
import type { Server } from './elements/server';
import type { Site } from './elements/site';
import type { SqlInstance } from './elements/sql-instance';
import { displayName, poolRole } from './queries';

export interface FoundElement {
  id: string;
  collection: Exclude<Collection, 'links'>;
  /** What the element is called (its name, else its FQDN or address). */
  name: string;
  /** Its FQDN, host\instance, share path or address, when that differs from the name. */
  address?: string;
  /** What kind of element it is, in the words of the Topology Builder ("Front End pool", "Branch site"). */
  kind: string;
}

function describe(design: Design, collection: FoundElement['collection'], e: Record<string, unknown>): { address: string; kind: string } {
  switch (collection) {
    case 'sites':
      return { address: '', kind: (e as Site).kind === 'branch' ? 'Branch site' : 'Central site' };
    case 'pools': {
      const role = poolRole(design, (e as Pool).id);
      const kind = role === 'empty' ? 'Empty pool' : role === 'mixed' ? 'Pool of mixed roles' : `${ROLE_LABELS[role].label} pool`;
      return { address: (e as Pool).fqdn, kind };
    }
    case 'servers':
      return { address: (e as Server).fqdn, kind: `${ROLE_LABELS[(e as Server).role].label} server` };
    case 'sqlInstances': {
      const s = e as SqlInstance;
      return { address: s.instance ? `${s.host}\\${s.instance}` : s.host, kind: 'SQL Server instance' };
    }
    case 'fileStores': {
      const f = e as FileStore;
      return { address: `\\\\${f.host}\\${f.share}`, kind: 'File store' };
    }
    case 'gateways':
      return { address: (e as Gateway).address, kind: 'PSTN gateway' };
    default: {
      // A kind added later (its FQDN or address, and its collection's name) is found too.
      const address = [e.fqdn, e.address, e.host].find((v): v is string => typeof v === 'string') ?? '';
      return { address, kind: OTHER_KINDS[collection] ?? collection };
    }
  }
}

const OTHER_KINDS: Partial<Record<string, string>> = { reverseProxies: 'Reverse proxy' };

const SEARCHED = COLLECTIONS.filter((c): c is FoundElement['collection'] => c !== 'links');

/**
 * Elements whose name or address contains `query` (case-insensitive; surrounding blanks ignored), best
 * first: an exact match, then a match at the start, then anywhere; ties keep the document's order. Nothing
 * for an empty query. At most `limit` results.
 */
export function findElements(design: Design, query: string, limit = 50): FoundElement[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const ranked: { rank: number; order: number; found: FoundElement }[] = [];
  let order = 0;
  for (const collection of SEARCHED) {
    for (const element of design[collection]) {
      const e = element as Record<string, unknown>;
      const name = displayName(element);
      const { address, kind } = describe(design, collection, e);
      const texts = [name, address].map((t) => t.toLowerCase()).filter((t) => t !== '');
      const rank = Math.min(...texts.map((t) => (t === q ? 0 : t.startsWith(q) ? 1 : t.includes(q) ? 2 : 3)));
      order++;
      if (rank === 3) continue;
      ranked.push({ rank, order, found: { id: element.id, collection, name, ...(address && address !== name && { address }), kind } });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, limit).map((r) => r.found);
}
