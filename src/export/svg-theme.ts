/**
 * The "paper" look of exported pictures: light, printable, the same whatever theme the UI shows. Plain
 * presentation attributes only (no CSS, no markers, no filters), because Office's SVG import and older
 * renderers honour those and little else.
 */
import type { LinkKind } from '../domain/elements/link';
import type { PoolRole } from '../domain/queries';
import type { Severity } from '../rules/types';

export const FONT_FAMILY = "'Segoe UI', 'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

export const PAPER = {
  background: '#ffffff',
  text: '#1d232b',
  muted: '#5f6b7a',
  siteCentral: { fill: '#eef4fb', stroke: '#9db7d6' },
  siteBranch: { fill: '#f3f0fa', stroke: '#ab9bd0' },
  pool: { fill: '#ffffff', stroke: '#9aa5b4' },
  server: { fill: '#f7f8fa', stroke: '#c3cad4' },
  leaf: { fill: '#ffffff', stroke: '#9aa5b4' },
  labelBackground: '#ffffff',
} as const;

/**
 * Badge colours per role: the canvas's (src/canvas/canvas.css), so a picture looks like the screen. Repeated
 * here because CSS cannot import TypeScript. The link styles below are the one definition the canvas uses too.
 */
export const ROLE_COLOURS: Record<PoolRole, string> = {
  'front-end': '#1f5fa8',
  'standard-edition': '#2e7d32',
  director: '#6a4c93',
  edge: '#c26a00',
  mediation: '#7a5230',
  'persistent-chat': '#00838f',
  'trusted-application': '#546e7a',
  'office-web-apps': '#b23c6f',
  'survivable-branch-appliance': '#0277bd',
  'survivable-branch-server': '#01579b',
  mixed: '#c62828',
  empty: '#9aa5b1',
};

export const LEAF_BADGES = {
  sqlInstances: { glyph: 'SQL', colour: '#2f6db5' },
  fileStores: { glyph: 'FS', colour: '#5f6b7a' },
  gateways: { glyph: 'GW', colour: '#7a5230' },
  reverseProxies: { glyph: 'RP', colour: '#3949ab' },
} as const;

export interface LinkStyle {
  colour: string;
  dash?: string;
  width: number;
  /** Symmetric kinds (pairing) have no direction to show. */
  arrow: boolean;
}

const DB = '#2f6db5';
export const LINK_STYLES: Record<LinkKind, LinkStyle> = {
  backend: { colour: DB, width: 1.6, arrow: true },
  mirror: { colour: '#7b4bb7', dash: '6 4', width: 1.6, arrow: true },
  witness: { colour: '#7b4bb7', dash: '2 4', width: 1.4, arrow: true },
  'monitoring-store': { colour: DB, dash: '8 3', width: 1.4, arrow: true },
  'archiving-store': { colour: DB, dash: '8 3', width: 1.4, arrow: true },
  'persistent-chat-store': { colour: DB, width: 1.4, arrow: true },
  'compliance-store': { colour: DB, dash: '8 3', width: 1.4, arrow: true },
  'file-store': { colour: '#5f6b7a', width: 1.4, arrow: true },
  pairing: { colour: '#2e7d32', dash: '6 4', width: 2, arrow: false },
  'next-hop': { colour: '#c26a00', width: 1.6, arrow: true },
  edge: { colour: '#c26a00', dash: '8 3', width: 1.6, arrow: true },
  registrar: { colour: '#00838f', dash: '6 4', width: 1.6, arrow: true },
  'office-web-apps': { colour: '#b23c6f', width: 1.4, arrow: true },
  trunk: { colour: '#7a5230', width: 1.6, arrow: true },
  'reverse-proxy': { colour: '#3949ab', dash: '4 3', width: 1.6, arrow: true },
};

export const SEVERITY_COLOURS: Record<Severity, string> = {
  error: '#c62828',
  warning: '#b26a00',
  info: '#1565c0',
};

// Text is measured in the core (layout/text-metrics.ts) so the router places labels with the same estimate.
export { fitText, textWidth } from '../layout/text-metrics';
