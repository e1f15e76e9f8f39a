/**
 * The exported picture, as SVG text: a pure function of the design (and its layout), shared by the
 * browser's Export and the CLI. The whole design, not the viewport; real <text>, no foreignObject, no CSS,
 * no scripts, no external references; the light "paper" look. The design itself rides along in
 * <metadata>, so the picture reopens as an editable design (picture-payload.ts reads it back).
 */
import type { Design } from '../domain/design';
import type { Pool } from '../domain/elements/pool';
import type { Site } from '../domain/elements/site';
import { toFileObject } from '../document/serialize';
import { boundsOf, computeGeometry, type Box } from '../layout/geometry';
import { countBySeverity, validate } from '../rules/engine';
import { SEVERITY_RANK, type Finding, type Severity } from '../rules/types';
import { renderLeaf, renderPool, renderServer, renderSite, type Leaf } from './svg-elements';
import { legendFor, renderLinks, shiftRoute, type Legend } from './svg-links';
import { routeDesign, type RoutedLink } from '../layout/router';
import { group, tag, text } from './svg-markup';
import { FONT_FAMILY, fitText, PAPER, SEVERITY_COLOURS, textWidth } from './svg-theme';
import { escapeXmlText, jsonAsXmlText } from './xml-text';

export interface SvgOptions {
  /** Draw a badge on each element that has findings, and their counts in the header. Default: off. */
  findings?: boolean;
  /** Carry the design in <metadata> so the picture reopens as an editable design. Default: on. */
  embedDesign?: boolean;
}

/** Where the design travels inside an SVG: one element in <metadata>, in its own namespace. */
export const SVG_DESIGN_ELEMENT = 'topology-design';
export const SVG_DESIGN_NAMESPACE = 'urn:lync-topology-designer:design';
export const DESIGN_MEDIA_TYPE = 'application/vnd.lync-topology+json';

const MARGIN = 24;
const HEADER = 56;
const MIN_WIDTH = 360;
const EMPTY = { w: 360, h: 80 };
const MAX_TITLE_WIDTH = 900;

export interface PictureFrame {
  width: number;
  height: number;
  /** Added to absolute canvas coordinates to get picture coordinates. */
  dx: number;
  dy: number;
  /** The design's area in picture coordinates; links stay inside it. */
  content: Box;
  legend: Legend | undefined;
  legendTop: number;
}

/** The picture's size and placement: the design's bounds, a margin, a header above and a legend below. */
export function pictureFrame(design: Design): PictureFrame {
  const geometry = computeGeometry(design);
  // Routes and labels may reach past the elements (a link around a pool at the edge): the picture holds them.
  const bounds = boundsOf([geometry.bounds, ...(design.links.length ? [routeDesign(design, geometry).bounds] : [])].filter((b) => b.w > 0));
  const content = bounds.w > 0 ? bounds : { ...bounds, ...EMPTY };
  const titleWidth = Math.min(MAX_TITLE_WIDTH, textWidth(titleOf(design), 18, true));
  const inner = Math.ceil(Math.max(content.w, titleWidth, MIN_WIDTH));
  const legend = legendFor(design, inner);
  const legendTop = MARGIN + HEADER + content.h + 20;
  const height = Math.ceil(legend ? legendTop + legend.height + MARGIN : MARGIN + HEADER + content.h + MARGIN);
  return {
    width: inner + 2 * MARGIN,
    height,
    dx: MARGIN - content.x,
    dy: MARGIN + HEADER - content.y,
    content: { x: MARGIN, y: MARGIN + HEADER, w: content.w, h: content.h },
    legend,
    legendTop,
  };
}

/** Width and height of the exported picture in CSS pixels (a PNG at scale s is s times this). */
export function pictureSize(design: Design): { width: number; height: number } {
  const { width, height } = pictureFrame(design);
  return { width, height };
}

export function renderSvg(design: Design, options: SvgOptions = {}): string {
  const frame = pictureFrame(design);
  const geometry = computeGeometry(design);
  const boxes = new Map<string, Box>();
  for (const [id, b] of geometry.absolute) boxes.set(id, { x: b.x + frame.dx, y: b.y + frame.dy, w: b.w, h: b.h });
  const routing = routeDesign(design, geometry);
  const segments = design.links.flatMap((l) => {
    const r = routing.links.get(l.id);
    return r ? [shiftRoute(r, frame.dx, frame.dy)] : [];
  });
  const findings = options.findings ? validate(design) : [];

  const body = [
    tag('rect', { x: 0, y: 0, width: frame.width, height: frame.height, fill: PAPER.background }),
    header(design, frame, options.findings ? findings : undefined),
    elements(design, boxes),
    group(undefined, renderLinks(design, segments)),
    options.findings ? badges(findings, boxes, segments) : '',
    frame.legend ? frame.legend.render(MARGIN, frame.legendTop) : '',
  ];
  const rootAttributes = {
    xmlns: 'http://www.w3.org/2000/svg',
    version: '1.1',
    width: frame.width,
    height: frame.height,
    viewBox: `0 0 ${frame.width} ${frame.height}`,
    'font-family': FONT_FAMILY,
  };
  const head =
    tag('title', {}, escapeXmlText(titleOf(design))) +
    tag('desc', {}, 'Lync Server 2013 topology, exported by the Lync topology designer.') +
    (options.embedDesign === false ? '' : metadata(design));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag('svg', rootAttributes, head + body.join(''))}\n`;
}

function titleOf(design: Design): string {
  return design.name?.trim() ? design.name : 'Untitled design';
}

function metadata(design: Design): string {
  const json = JSON.stringify(toFileObject(design));
  const payload = tag('lt:' + SVG_DESIGN_ELEMENT, { 'xmlns:lt': SVG_DESIGN_NAMESPACE, 'media-type': DESIGN_MEDIA_TYPE }, jsonAsXmlText(json));
  return tag('metadata', {}, payload);
}

function header(design: Design, frame: PictureFrame, findings: readonly Finding[] | undefined): string {
  const counts = [
    design.primarySipDomain?.trim() ? `SIP domain ${design.primarySipDomain}` : '',
    plural(design.sites.length, 'site'),
    plural(design.pools.length, 'pool'),
    plural(design.servers.length, 'server'),
  ].filter(Boolean);
  const room = frame.width - 2 * MARGIN;
  const parts = [
    text(MARGIN, MARGIN + 20, fitText(titleOf(design), room, 18, true), { 'font-size': 18, 'font-weight': 'bold', fill: PAPER.text }),
    text(MARGIN, MARGIN + 40, fitText(counts.join(' · '), room, 12), { 'font-size': 12, fill: PAPER.muted }),
  ];
  if (findings) {
    const c = countBySeverity(findings);
    const summary = findings.length === 0 ? 'No findings' : [plural(c.error, 'error'), plural(c.warning, 'warning'), `${c.info} info`].join(', ');
    const colour = c.error ? SEVERITY_COLOURS.error : c.warning ? SEVERITY_COLOURS.warning : PAPER.muted;
    parts.push(text(frame.width - MARGIN, MARGIN + 20, summary, { 'font-size': 12, 'font-weight': 'bold', fill: colour, 'text-anchor': 'end' }));
  }
  return group(undefined, parts.join(''));
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Containers before their contents, so children are drawn on top. */
function elements(design: Design, boxes: ReadonlyMap<string, Box>): string {
  const parts: string[] = [];
  const at = (id: string) => boxes.get(id);
  for (const site of design.sites as Site[]) {
    const b = at(site.id);
    if (b) parts.push(renderSite(site, b));
  }
  for (const pool of design.pools as Pool[]) {
    const b = at(pool.id);
    if (b) parts.push(renderPool(design, pool, b));
  }
  for (const server of design.servers) {
    const b = at(server.id);
    if (b) parts.push(renderServer(server, b));
  }
  const leaves: Leaf[] = [
    ...design.sqlInstances.map((element) => ({ collection: 'sqlInstances' as const, element })),
    ...design.fileStores.map((element) => ({ collection: 'fileStores' as const, element })),
    ...design.gateways.map((element) => ({ collection: 'gateways' as const, element })),
    ...design.reverseProxies.map((element) => ({ collection: 'reverseProxies' as const, element })),
  ];
  for (const leaf of leaves) {
    const b = at(leaf.element.id);
    if (b) parts.push(renderLeaf(leaf, b));
  }
  if (parts.length === 0) {
    parts.push(text(MARGIN, MARGIN + HEADER + 30, 'This design is empty.', { 'font-size': 13, fill: PAPER.muted }));
  }
  return group(undefined, parts.join(''));
}

/** One badge per element that findings are shown on (the first element of each finding): worst severity, count. */
function badges(findings: readonly Finding[], boxes: ReadonlyMap<string, Box>, segments: readonly RoutedLink[]): string {
  const byElement = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.elements[0];
    if (id !== undefined) byElement.set(id, [...(byElement.get(id) ?? []), f]);
  }
  // A link's badge sits on its label's corner.
  const linkMid = new Map(segments.flatMap((s) => (s.label ? [[s.link.id, { x: s.label.x + s.label.w, y: s.label.y }] as const] : [])));
  const parts: string[] = [];
  for (const [id, list] of byElement) {
    const b = boxes.get(id);
    const centre = b ? { x: b.x + b.w - 6, y: b.y + 6 } : linkMid.get(id);
    if (!centre) continue;
    const worst = list.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info');
    const label = String(list.length);
    const r = Math.max(9, textWidth(label, 10, true) / 2 + 5);
    const body =
      tag('circle', { cx: centre.x, cy: centre.y, r, fill: SEVERITY_COLOURS[worst], stroke: '#ffffff', 'stroke-width': 1.5 }) +
      text(centre.x, centre.y + 3.5, label, { 'font-size': 10, 'font-weight': 'bold', fill: '#ffffff', 'text-anchor': 'middle' });
    parts.push(group(list.map((f) => `${f.severity}: ${f.message}`).join('\n'), body));
  }
  return group(undefined, parts.join(''));
}
