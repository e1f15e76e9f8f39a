/** The server count and hardware report: per site and role, drawn against recommended (docs/reports.md §Servers). */
import type { Design } from '../domain/design';
import type { ServerRole } from '../domain/elements/server';
import { ROLE_LABELS } from '../domain/labels';
import { poolRole, serversOf } from '../domain/queries';
import { TOPICS } from './inputs';

export interface ServerRow {
  site: string;
  role: string;
  drawn: number;
  recommended: number;
  reason: string;
  hardware: string;
  topic: string;
  elements: string[];
}

export const USERS_PER_FRONT_END = 6660;
export const USERS_PER_STANDARD_EDITION = 2500;
export const REMOTE_USERS_PER_EDGE = 12000;
const PROFILE = 'two hex-core 2.26 GHz CPUs, 32 GB RAM, 8 × 10k-rpm disks (RAID 1 + RAID 10), dual-port 1 Gbps NIC';

export function serverReport(design: Design): ServerRow[] {
  const rows: ServerRow[] = [];
  const sbaUsers = new Map<string, number>();
  for (const l of design.links) {
    if (l.kind !== 'registrar') continue;
    const sba = design.pools.find((p) => p.id === l.from);
    if (sba) sbaUsers.set(l.to, (sbaUsers.get(l.to) ?? 0) + (sba.users ?? 0));
  }
  for (const site of design.sites) {
    const byRole = new Map<ServerRole, { pools: string[]; servers: number; users: number; sba: number }>();
    for (const p of design.pools) {
      if (p.siteId !== site.id) continue;
      const role = poolRole(design, p.id);
      if (role === 'empty' || role === 'mixed') continue;
      const entry = byRole.get(role) ?? { pools: [], servers: 0, users: 0, sba: 0 };
      entry.pools.push(p.id);
      entry.servers += serversOf(design, p.id).length;
      entry.users += p.users ?? 0;
      entry.sba += sbaUsers.get(p.id) ?? 0;
      byRole.set(role, entry);
    }
    for (const [role, e] of byRole) {
      const { recommended, reason } = recommend(role, e, site.remoteUsers);
      rows.push({
        site: site.name,
        role: ROLE_LABELS[role].label,
        drawn: e.servers,
        recommended,
        reason,
        hardware: role === 'mediation' ? `${PROFILE} (16 GB RAM is enough)` : PROFILE,
        topic: TOPICS.capacity,
        elements: e.pools,
      });
    }
  }
  return rows;
}

function recommend(role: ServerRole, e: { pools: string[]; servers: number; users: number; sba: number }, remote: number | undefined) {
  const total = e.users + e.sba;
  switch (role) {
    case 'front-end': {
      // Enough servers that one may be down and each of the rest still carries at most 6,660 users.
      const n = Math.min(12 * e.pools.length, Math.max(e.pools.length * 2, Math.ceil(total / USERS_PER_FRONT_END) + e.pools.length));
      return { recommended: n, reason: `${total.toLocaleString('en-US')} users${e.sba ? ` (${e.sba.toLocaleString('en-US')} of them on branch appliances)` : ''}: one Front End per 6,660 users, plus one so a server can be down; at most 12 per pool` };
    }
    case 'standard-edition': {
      const n = Math.max(2, 2 * Math.ceil(total / (2 * USERS_PER_STANDARD_EDITION)));
      return { recommended: n, reason: `${total.toLocaleString('en-US')} users: up to 2,500 per Standard Edition server, in pairs` };
    }
    case 'edge':
    case 'director': {
      if (remote === undefined) return { recommended: Math.max(2, e.servers), reason: 'at least two for availability; give the site\'s concurrent remote users to size further' };
      const n = Math.max(2, Math.ceil(remote / REMOTE_USERS_PER_EDGE));
      return { recommended: n, reason: `${remote.toLocaleString('en-US')} concurrent remote users: one per 12,000, at least two` };
    }
    default:
      return { recommended: e.servers, reason: 'no sizing rule in the design inputs: as drawn' };
  }
}
