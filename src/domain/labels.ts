import type { LinkKind } from './elements/link';
import type { ServerRole } from './elements/server';
import type { SqlEdition } from './elements/sql-instance';

/** Names users know from Topology Builder, and short glyphs that tell roles apart at a glance. */
export const ROLE_LABELS: Record<ServerRole, { label: string; glyph: string }> = {
  'front-end': { label: 'Front End (Enterprise)', glyph: 'FE' },
  'standard-edition': { label: 'Standard Edition', glyph: 'SE' },
  director: { label: 'Director', glyph: 'DIR' },
  edge: { label: 'Edge', glyph: 'EDG' },
  mediation: { label: 'Mediation', glyph: 'MED' },
  'persistent-chat': { label: 'Persistent Chat', glyph: 'PC' },
  'trusted-application': { label: 'Trusted Application', glyph: 'TA' },
  'office-web-apps': { label: 'Office Web Apps', glyph: 'OWA' },
  'survivable-branch-appliance': { label: 'Survivable Branch Appliance', glyph: 'SBA' },
  'survivable-branch-server': { label: 'Survivable Branch Server', glyph: 'SBS' },
};

export const LINK_LABELS: Record<LinkKind, string> = {
  backend: 'back end',
  mirror: 'mirror',
  witness: 'witness',
  'monitoring-store': 'monitoring store',
  'archiving-store': 'archiving store',
  'persistent-chat-store': 'chat store',
  'compliance-store': 'compliance store',
  'file-store': 'file store',
  pairing: 'paired backup',
  'next-hop': 'next hop',
  edge: 'edge',
  registrar: 'backup registrar',
  'office-web-apps': 'office web apps',
  trunk: 'trunk',
  'reverse-proxy': 'publishes',
};

export const SQL_EDITION_LABELS: Record<SqlEdition, string> = {
  express: 'Express',
  standard: 'Standard',
  enterprise: 'Enterprise',
  web: 'Web',
  workgroup: 'Workgroup',
};

/**
 * 12,345 style grouping without Intl: the output does not depend on the machine's locale, and the first
 * Intl.NumberFormat a page builds loads locale data (a quarter of a second at 4x CPU throttling, on the
 * path to the first paint when a pool node built it).
 */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
