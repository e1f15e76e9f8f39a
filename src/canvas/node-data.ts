/**
 * What a canvas node and edge carry: ids and display values derived from the design, never callbacks and
 * never the element itself (the store is the source of truth). Flat and primitive, so the projection can
 * compare old and new data field by field and keep unchanged node objects.
 */
import type { Edge, Node } from '@xyflow/react';
import type { LinkKind } from '../domain/elements/link';
import type { Severity } from '../rules/types';

/** The worst finding on an element, how many there are and their messages (the badge's tooltip). */
export interface BadgeFields {
  severity?: Severity;
  findingCount: number;
  findingText?: string;
}

/** Sites and pools: the smallest size their resize handle may give them (what holds their content). */
export interface ResizeFields {
  minW: number;
  minH: number;
}

export interface SiteData extends BadgeFields, ResizeFields {
  [key: string]: unknown;
  title: string;
  siteKind: 'central' | 'branch';
  subtitle: string;
}

export interface PoolData extends BadgeFields, ResizeFields {
  [key: string]: unknown;
  title: string;
  /** The pool's role ("empty" and "mixed" included), for colour. */
  role: string;
  glyph: string;
  roleLabel: string;
  /** "SE" or "EE" for registrar pools. */
  edition?: string;
  users?: number;
  serverCount: number;
  cms: boolean;
}

export interface ServerData extends BadgeFields {
  [key: string]: unknown;
  title: string;
  role: string;
  glyph: string;
  roleLabel: string;
}

export interface LeafData extends BadgeFields {
  [key: string]: unknown;
  title: string;
  subtitle: string;
  glyph: string;
}

export type SiteNode = Node<SiteData, 'site'>;
export type PoolNode = Node<PoolData, 'pool'>;
export type ServerNode = Node<ServerData, 'server'>;
export type SqlNode = Node<LeafData, 'sqlInstance'>;
export type FileStoreNode = Node<LeafData, 'fileStore'>;
export type GatewayNode = Node<LeafData, 'gateway'>;
export type ReverseProxyNode = Node<LeafData, 'reverseProxy'>;
export type CanvasNode = SiteNode | PoolNode | ServerNode | SqlNode | FileStoreNode | GatewayNode | ReverseProxyNode;
export type CanvasNodeType = CanvasNode['type'];

export interface LinkData {
  [key: string]: unknown;
  kind: LinkKind;
  label: string;
  /** Offset from the centre line when several links join the same two elements (0 for a single link). */
  lane: number;
  /** The router's path (layout/router.ts) and label centre, valid while both ends sit at their boxes below. */
  path: string;
  labelX: number;
  labelY: number;
  /** The two ends' absolute boxes the route was made for, "x,y,w,h"; a drag moves them, and the line goes straight. */
  fromBox: string;
  toBox: string;
  /** What a screen reader hears: "back end link from pool1.contoso.com to be1\rtc". */
  spoken: string;
  severity?: Severity;
  findingText?: string;
}
export type CanvasEdge = Edge<LinkData, 'link'>;
