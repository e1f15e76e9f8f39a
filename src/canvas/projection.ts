/**
 * The canvas is a projection of the design: (design, geometry, findings, selection) => React Flow nodes and
 * edges. Pure, apart from the memory a projector keeps of its previous output: a node whose inputs did not
 * change is returned as the SAME object, so React Flow re-renders only what an edit touched (rebuilding every
 * node object costs about ten times as much at 3,000 nodes, see notes/performance.md).
 *
 * Order: sites, then pools, SQL instances, file stores and gateways, then servers (parents before children,
 * as React Flow requires). Positions are container-relative, as the geometry's `relative` boxes are.
 */
import type { AnyElement, Design } from '../domain/design';
import type { FileStore } from '../domain/elements/file-store';
import type { Gateway } from '../domain/elements/gateway';
import type { ReverseProxy } from '../domain/elements/reverse-proxy';
import type { Link } from '../domain/elements/link';
import type { Pool } from '../domain/elements/pool';
import type { Server } from '../domain/elements/server';
import type { Site } from '../domain/elements/site';
import type { SqlInstance } from '../domain/elements/sql-instance';
import { LINK_LABELS, ROLE_LABELS, SQL_EDITION_LABELS } from '../domain/labels';
import { displayName, findElement, poolRole, serversOf } from '../domain/queries';
import { Position, type NodeHandle } from '@xyflow/react';
import type { Box, Geometry } from '../layout/geometry';
import { linkLanes } from '../domain/link-lanes';
import { pathData, routeDesign, type RoutedLink, type Routing } from '../layout/router';
import { SEVERITY_RANK, type Finding } from '../rules/types';
import type { BadgeFields, CanvasEdge, CanvasNode, CanvasNodeType, LinkData } from './node-data';

export interface ProjectionInput {
  design: Design;
  geometry: Geometry;
  /** Findings by the element they are shown on (see findingsOnCanvas). */
  findings: ReadonlyMap<string, readonly Finding[]>;
  selection: ReadonlySet<string>;
  /**
   * The link routes to draw and the geometry they were computed for. While a large design's routing is
   * still being computed (use-routing.ts) this is the previous one, or undefined: a link whose ends have
   * moved since then is drawn straight (LinkEdge compares its ends' boxes) until its route is ready; null
   * when none is ready yet. Left out: routed here and now.
   */
  routed?: { routing: Routing; geometry: Geometry } | null;
  /**
   * Only these elements and links are projected (the window around the view, view-window.ts); all when
   * left out. Containers must be in with their content, and a link's ends with the link.
   */
  within?: ReadonlySet<string>;
}

export interface Projection {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

/** A badge tooltip line: the finding and, when it has any, the fixes the inspector and problems list offer. */
function badgeLine(f: Finding): string {
  const fixes = f.fixes?.length ? `\n  Fixes: ${f.fixes.map((x) => x.label).join('; ')}` : '';
  return `${f.rule}: ${f.message}${fixes}`;
}

/**
 * A finding is shown on the first element it names (rules/types.ts), so one problem is one badge even
 * when it concerns a pool and all its servers.
 */
export function findingsOnCanvas(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.elements[0];
    if (id === undefined) continue;
    const list = out.get(id);
    if (list) list.push(f);
    else out.set(id, [f]);
  }
  return out;
}

const NO_BADGE: BadgeFields = { findingCount: 0 };

function badge(findings: readonly Finding[] | undefined): BadgeFields {
  if (!findings || findings.length === 0) return NO_BADGE;
  let worst = findings[0]!.severity;
  for (const f of findings) if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]) worst = f.severity;
  return { severity: worst, findingCount: findings.length, findingText: findings.map(badgeLine).join('\n') };
}

function siteData(design: Design, site: Site) {
  const central = site.centralSiteId ? findElement(design, site.centralSiteId)?.element : undefined;
  const subtitle =
    site.kind === 'central' ? 'Central site' : central ? `Branch site of ${displayName(central)}` : 'Branch site (no central site)';
  return { title: site.name, siteKind: site.kind, subtitle };
}

function poolData(design: Design, pool: Pool) {
  const role = poolRole(design, pool.id);
  const known = role !== 'empty' && role !== 'mixed' ? ROLE_LABELS[role] : undefined;
  const edition = role === 'standard-edition' ? 'SE' : role === 'front-end' ? 'EE' : undefined;
  const homesUsers = role === 'front-end' || role === 'standard-edition' || role === 'survivable-branch-appliance' || role === 'survivable-branch-server';
  return {
    title: displayName(pool),
    role,
    glyph: known?.glyph ?? (role === 'mixed' ? 'MIX' : 'P'),
    roleLabel: known ? `${known.label} pool` : role === 'mixed' ? 'Pool of mixed roles' : 'Empty pool',
    ...(edition && { edition }),
    ...(homesUsers && { users: pool.users ?? 0 }),
    serverCount: serversOf(design, pool.id).length,
    cms: pool.centralManagementStore === true,
  };
}

function serverData(server: Server) {
  const r = ROLE_LABELS[server.role];
  return { title: displayName(server), role: server.role, glyph: r.glyph, roleLabel: r.label };
}

function sqlData(i: SqlInstance) {
  const clustered = i.clusterNodes ? `, ${i.clusterNodes}-node cluster` : '';
  return {
    title: displayName(i),
    subtitle: `SQL Server ${SQL_EDITION_LABELS[i.edition]} ${i.version}${clustered}`,
    glyph: 'SQL',
  };
}

function fileStoreData(f: FileStore) {
  return { title: f.name?.trim() || `\\\\${f.host}\\${f.share}`, subtitle: 'File store', glyph: 'FS' };
}

function gatewayData(g: Gateway) {
  return { title: displayName(g), subtitle: 'PSTN gateway', glyph: 'GW' };
}

function reverseProxyData(r: ReverseProxy) {
  return { title: displayName(r), subtitle: 'Reverse proxy', glyph: 'RP' };
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.is(a[k], b[k])) return false;
  return true;
}

/** The link handles' size on screen (canvas.css: 9 px and a 2 px border), centred on the node's side. */
const HANDLE = 13;
const NO_HANDLES: NodeHandle[] = [];

/**
 * Where React Flow would measure the node's link handles (node-parts.tsx: target left, source right, servers
 * none). Given up front, React Flow needs not mount a node to measure it: without them it renders every
 * node of a new design once, visible or not (20,000 at once for a large file), and measures it in the DOM.
 * A node on screen is still measured, and its measured handles replace these.
 */
function handlesOf(type: CanvasNodeType, width: number, height: number): NodeHandle[] {
  if (type === 'server') return NO_HANDLES;
  const y = height / 2 - HANDLE / 2;
  return [
    { type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE },
    { type: 'source', position: Position.Right, x: width - HANDLE / 2, y, width: HANDLE, height: HANDLE },
  ];
}

const sameBox = (n: CanvasNode, b: Box) =>
  n.position.x === b.x && n.position.y === b.y && n.width === Math.round(b.w) && n.height === Math.round(b.h);

const sameBadge = (d: BadgeFields, b: BadgeFields) =>
  d.findingCount === b.findingCount && d.severity === b.severity && d.findingText === b.findingText;

interface EdgeEntry {
  edge: CanvasEdge;
  link: Link;
  /** What the edge's path and box keys were made from. */
  route: RoutedLink | undefined;
  fromBox: Box | undefined;
  toBox: Box | undefined;
}

interface NodeEntry {
  node: CanvasNode;
  element: AnyElement;
  context: string;
}

/** A projector remembers its last output to reuse unchanged node and edge objects. */
export function createProjector(): (input: ProjectionInput) => Projection {
  /** Each node with the element object and derived context its data was made from, to skip rebuilding it. */
  let prevNodes = new Map<string, NodeEntry>();
  let prevEdges = new Map<string, EdgeEntry>();
  let prevNodeList: CanvasNode[] = [];
  let prevEdgeList: CanvasEdge[] = [];
  /**
   * Badges by element, kept while the element's findings are the same objects (validate() keeps the
   * objects of findings an edit did not change), so most elements need no tooltip text built per edit.
   */
  let prevBadges = new Map<string, { list: readonly Finding[]; badge: BadgeFields }>();

  return ({ design, geometry, findings, selection, routed, within }) => {
    const skip = (id: string) => within !== undefined && !within.has(id);
    const nextBadges = new Map<string, { list: readonly Finding[]; badge: BadgeFields }>();
    const badgeOf = (id: string): BadgeFields => {
      const list = findings.get(id);
      if (!list) return NO_BADGE;
      const kept = prevBadges.get(id);
      const entry = kept && sameList(kept.list, list) ? kept : { list, badge: badge(list) };
      nextBadges.set(id, entry);
      return entry.badge;
    };
    const nodes: CanvasNode[] = [];
    const nextNodes = new Map<string, NodeEntry>();

    /**
     * `context` sums up what the data depends on besides the element itself (a pool's servers, a branch's
     * central site): same element object, same context and same findings mean the same data object.
     */
    const emit = (
      type: CanvasNodeType,
      element: AnyElement,
      context: string,
      makeData: () => Record<string, unknown>,
      parentId?: string,
    ) => {
      const id = element.id;
      if (skip(id)) return;
      const box = geometry.relative.get(id);
      if (!box || (parentId !== undefined && !nextNodes.has(parentId))) return;
      const b = badgeOf(id);
      const selected = selection.has(id);
      const entry = prevNodes.get(id);
      const prev = entry?.node;
      let data: Record<string, unknown>;
      if (prev && entry.element === element && entry.context === context && sameBadge(prev.data, b)) {
        data = prev.data;
      } else {
        const fresh = { ...makeData(), ...b };
        data = prev && shallowEqual(prev.data, fresh) ? prev.data : fresh;
      }
      let node: CanvasNode;
      if (prev && prev.data === data && prev.type === type && prev.parentId === parentId && (prev.selected ?? false) === selected && sameBox(prev, box)) {
        node = prev;
      } else {
        const width = Math.round(box.w);
        const height = Math.round(box.h);
        node = {
          id,
          type,
          position: { x: box.x, y: box.y },
          width,
          height,
          // Sizes come from the geometry, so the measured size is known: React Flow then needs no
          // measuring round before it can show, fit or hit-test a node.
          measured: { width, height },
          handles: handlesOf(type, width, height),
          selected,
          data,
          ...(parentId !== undefined && { parentId }),
        } as CanvasNode;
      }
      nodes.push(node);
      nextNodes.set(id, entry && entry.node === node && entry.element === element && entry.context === context ? entry : { node, element, context });
    };

    // A container's resize minimum follows its content, so it is part of what its data depends on.
    const minOf = (id: string) => {
      const m = geometry.minimum.get(id);
      return { minW: Math.round(m?.w ?? 0), minH: Math.round(m?.h ?? 0) };
    };
    for (const s of design.sites) {
      if (skip(s.id)) continue;
      const central = s.centralSiteId ? findElement(design, s.centralSiteId)?.element : undefined;
      const min = minOf(s.id);
      emit('site', s, `${central ? displayName(central) : ''}\u0000${min.minW}x${min.minH}`, () => ({ ...siteData(design, s), ...min }));
    }
    for (const p of design.pools) {
      if (skip(p.id)) continue;
      const servers = serversOf(design, p.id);
      const min = minOf(p.id);
      const context = `${poolRole(design, p.id)}\u0000${servers.length}\u0000${min.minW}x${min.minH}`;
      emit('pool', p, context, () => ({ ...poolData(design, p), ...min }), p.siteId);
    }
    for (const i of design.sqlInstances) emit('sqlInstance', i, '', () => sqlData(i), i.siteId);
    for (const f of design.fileStores) emit('fileStore', f, '', () => fileStoreData(f), f.siteId);
    for (const g of design.gateways) emit('gateway', g, '', () => gatewayData(g), g.siteId);
    for (const r of design.reverseProxies) emit('reverseProxy', r, '', () => reverseProxyData(r), r.siteId);
    for (const s of design.servers) emit('server', s, '', () => serverData(s), s.poolId);

    const lanes = linkLanes(design.links);
    const ready = routed === undefined ? { routing: routeDesign(design, geometry), geometry } : routed;
    const routing = ready?.routing;
    const routedGeometry = ready?.geometry ?? geometry;
    const boxKey = (b: Box | undefined) => (b ? `${b.x},${b.y},${b.w},${b.h}` : '');
    const nameOf = (id: string) => {
      const found = findElement(design, id);
      return found ? displayName(found.element) : id;
    };
    const edges: CanvasEdge[] = [];
    const nextEdges = new Map<string, EdgeEntry>();
    for (const link of design.links) {
      if (skip(link.id) || !nextNodes.has(link.from) || !nextNodes.has(link.to)) continue;
      const selected = selection.has(link.id);
      const b = badgeOf(link.id);
      const lane = lanes.get(link.id) ?? 0;
      const entry = prevEdges.get(link.id);
      const prev = entry?.edge;
      const route = routing?.links.get(link.id);
      const fromBox = routedGeometry.absolute.get(link.from);
      const toBox = routedGeometry.absolute.get(link.to);
      // The same route and end boxes (the objects: routing and geometry reuse what did not move) make the
      // same path and box keys: no strings to build for the links an edit did not touch.
      const sameWay = entry !== undefined && entry.route === route && entry.fromBox === fromBox && entry.toBox === toBox;
      const path = sameWay ? prev!.data!.path : route ? pathData(route.points) : '';
      const labelX = route?.label?.cx ?? 0;
      const labelY = route?.label?.cy ?? 0;
      let edge: CanvasEdge;
      if (
        prev &&
        entry.link === link &&
        prev.data?.path === path &&
        (sameWay || (prev.data.fromBox === boxKey(fromBox) && prev.data.toBox === boxKey(toBox))) &&
        prev.data.labelX === labelX &&
        prev.data.labelY === labelY &&
        (prev.selected ?? false) === selected &&
        prev.data?.lane === lane &&
        prev.data?.severity === b.severity &&
        prev.data?.findingText === b.findingText
      ) {
        edge = prev;
      } else {
        const label = route?.text ?? LINK_LABELS[link.kind];
        const spoken = `${label} link from ${nameOf(link.from)} to ${nameOf(link.to)}`;
        const data: LinkData = {
          kind: link.kind,
          label,
          lane,
          path,
          labelX,
          labelY,
          fromBox: boxKey(fromBox),
          toBox: boxKey(toBox),
          spoken,
          ...(b.severity && { severity: b.severity }),
          ...(b.findingText && { findingText: b.findingText }),
        };
        // No markerEnd here: the edge component draws its arrowhead from the kind (see LinkMarkers).
        edge = { id: link.id, type: 'link', source: link.from, target: link.to, selected, data, ariaLabel: spoken };
      }
      edges.push(edge);
      nextEdges.set(link.id, sameWay && entry.edge === edge ? entry : { edge, link, route, fromBox, toBox });
    }

    prevNodes = nextNodes;
    prevEdges = nextEdges;
    prevBadges = nextBadges;
    // An unchanged list keeps its identity too: React Flow then skips re-indexing all edges (or nodes).
    prevNodeList = sameList(nodes, prevNodeList) ? prevNodeList : nodes;
    prevEdgeList = sameList(edges, prevEdgeList) ? prevEdgeList : edges;
    return { nodes: prevNodeList, edges: prevEdgeList };
  };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}


/** One projection without memory (tests, export previews). */
export function project(input: ProjectionInput): Projection {
  return createProjector()(input);
}
