/**
 * How each link kind looks: a colour family per concern (databases blue, high availability purple and
 * green, traffic orange, telephony brown), dashes for the relationships that are standby or symmetric
 * (mirror, witness, pairing, backup registrar), and an arrow except for the symmetric pairing.
 */
import type { LinkKind } from '../domain/elements/link';

export interface LinkStyle {
  color: string;
  dash?: string;
  arrow: boolean;
}

const DB = '#2f6db5';
export const LINK_STYLES: Record<LinkKind, LinkStyle> = {
  backend: { color: DB, arrow: true },
  mirror: { color: '#7b4bb7', dash: '6 4', arrow: true },
  witness: { color: '#7b4bb7', dash: '2 4', arrow: true },
  'monitoring-store': { color: DB, dash: '8 3', arrow: true },
  'archiving-store': { color: DB, dash: '8 3', arrow: true },
  'persistent-chat-store': { color: DB, arrow: true },
  'compliance-store': { color: DB, dash: '8 3', arrow: true },
  'file-store': { color: '#5f6b7a', arrow: true },
  pairing: { color: '#2e7d32', dash: '6 4', arrow: false },
  'next-hop': { color: '#c26a00', arrow: true },
  edge: { color: '#c26a00', dash: '8 3', arrow: true },
  registrar: { color: '#00838f', dash: '6 4', arrow: true },
  'office-web-apps': { color: '#b23c6f', arrow: true },
  trunk: { color: '#7a5230', arrow: true },
};

/** Drawn in the error colour when a finding (e.g. LINK_ENDPOINTS_INVALID) concerns the link. */
export const LINK_ERROR_COLOR = '#c62828';
