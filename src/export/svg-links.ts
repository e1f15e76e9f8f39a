/**
 * Links in an exported picture: routed from border to border (svg-routing.ts), parallel links between
 * one pair spread apart, an arrowhead drawn as a polygon (markers are lost by some importers),
 * and a label on a white ground at the middle. Also the legend of the link kinds a design uses.
 */
import type { Design } from '../domain/design';
import { LINK_KINDS, type Link, type LinkKind } from '../domain/elements/link';
import { LINK_LABELS } from '../domain/labels';
import { displayName, indexDesign, parentId } from '../domain/queries';
import type { Box } from '../layout/geometry';
import { group, tag, text } from './svg-markup';
import { ObstacleGrid, pointAt, routeBetween, tangentAt, type Point, type Route } from './svg-routing';
import { fitText, LINK_STYLES, PAPER, textWidth } from './svg-theme';

export interface LinkSegment {
  link: Link;
  route: Route;
}

const PARALLEL_GAP = 10;
const ARROW = 8;
const LABEL_SIZE = 10;

/**
 * Routes for every link whose two ends have a box, in document order. Obstacles are pools, servers and
 * site-level elements (sites are crossed freely); a link may cross its own ends and their containers.
 */
export function linkSegments(design: Design, boxes: ReadonlyMap<string, Box>, area: Box): LinkSegment[] {
  const index = indexDesign(design);
  const solid = [...boxes].filter(([id]) => index.byId.get(id)?.collection !== 'sites');
  const grid = new ObstacleGrid(solid);
  const byPair = new Map<string, Link[]>();
  const pairKey = (l: Link) => [l.from, l.to].sort().join('\u0000');
  for (const link of design.links) byPair.set(pairKey(link), [...(byPair.get(pairKey(link)) ?? []), link]);
  const out: LinkSegment[] = [];
  for (const link of design.links) {
    const a = boxes.get(link.from);
    const b = boxes.get(link.to);
    if (!a || !b) continue;
    const siblings = byPair.get(pairKey(link))!;
    const offset = (siblings.indexOf(link) - (siblings.length - 1) / 2) * PARALLEL_GAP;
    const exclude = new Set([...lineage(index, link.from), ...lineage(index, link.to)]);
    out.push({ link, route: routeBetween(a, b, offset, grid, exclude, area) });
  }
  return out;
}

/** The element and the containers it sits in. */
function lineage(index: ReturnType<typeof indexDesign>, id: string): string[] {
  const out: string[] = [];
  let current: string | undefined = id;
  while (current !== undefined && !out.includes(current)) {
    out.push(current);
    const found = index.byId.get(current);
    current = found ? parentId(found.element) : undefined;
  }
  return out;
}

/** Where a link's label (and its finding badge) sits: the middle of its route. */
export function linkMidpoint(segment: LinkSegment): Point {
  return pointAt(segment.route, 0.5);
}

export function linkLabel(link: Link): string {
  return link.name?.trim() ? link.name : LINK_LABELS[link.kind];
}

export function renderLinks(design: Design, segments: readonly LinkSegment[]): string {
  const index = indexDesign(design);
  const nameOf = (id: string) => {
    const found = index.byId.get(id);
    return found ? displayName(found.element) : id;
  };
  return segments
    .map((s) => {
      const style = LINK_STYLES[s.link.kind];
      const label = linkLabel(s.link);
      const full = `${label}: ${nameOf(s.link.from)} → ${nameOf(s.link.to)}`;
      const { start, control, end } = s.route;
      const length = Math.hypot(end.x - start.x, end.y - start.y);
      if (length < 1) return group(full, '');
      const stroke = { fill: 'none', stroke: style.colour, 'stroke-width': style.width, 'stroke-dasharray': style.dash, 'stroke-linecap': 'round' };
      const line = s.route.straight
        ? tag('line', { x1: start.x, y1: start.y, x2: end.x, y2: end.y, ...stroke })
        : tag('path', { d: `M${round(start.x)} ${round(start.y)}Q${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`, ...stroke });
      const arrow = style.arrow ? arrowHead(s.route, style.colour) : '';
      return group(full, line + arrow + midLabel(s, label, length));
    })
    .join('');
}

function arrowHead(route: Route, colour: string): string {
  const d = tangentAt(route, 1);
  const angle = Math.atan2(d.y, d.x);
  const tip = route.end;
  const point = (a: number, r: number) => `${round(tip.x - r * Math.cos(a))},${round(tip.y - r * Math.sin(a))}`;
  const points = `${round(tip.x)},${round(tip.y)} ${point(angle - 0.42, ARROW * 1.3)} ${point(angle + 0.42, ARROW * 1.3)}`;
  return tag('polygon', { points, fill: colour });
}

function midLabel(s: LinkSegment, label: string, length: number): string {
  // Room for the label along the link; a short link gets no label (its title still names it).
  const shown = fitText(label, Math.min(160, length - 24), LABEL_SIZE);
  if (length < 48 || shown === '…') return '';
  const width = textWidth(shown, LABEL_SIZE) + 8;
  const { x, y } = linkMidpoint(s);
  return (
    tag('rect', { x: x - width / 2, y: y - 8, width, height: 15, rx: 3, fill: PAPER.labelBackground, 'fill-opacity': 0.92 }) +
    text(x, y + 3.5, shown, { 'font-size': LABEL_SIZE, fill: LINK_STYLES[s.link.kind].colour, 'text-anchor': 'middle' })
  );
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export interface Legend {
  height: number;
  render: (x: number, y: number) => string;
}

const LEGEND_ROW = 20;
const LEGEND_SAMPLE = 30;

/** A key to the link kinds the design uses, laid out in rows no wider than `width`. */
export function legendFor(design: Design, width: number): Legend | undefined {
  const used = new Set<LinkKind>(design.links.map((l) => l.kind));
  const kinds = LINK_KINDS.filter((k) => used.has(k));
  if (kinds.length === 0) return undefined;
  const caption = 'Links';
  const captionWidth = textWidth(caption, 11, true) + 14;
  const items: { kind: LinkKind; dx: number; row: number }[] = [];
  let dx = captionWidth;
  let row = 0;
  for (const kind of kinds) {
    const itemWidth = LEGEND_SAMPLE + 6 + textWidth(LINK_LABELS[kind], 11) + 18;
    if (dx > captionWidth && dx + itemWidth > width) {
      row++;
      dx = captionWidth;
    }
    items.push({ kind, dx, row });
    dx += itemWidth;
  }
  return {
    height: (row + 1) * LEGEND_ROW,
    render: (x, y) => {
      const parts = [text(x, y + 14, caption, { 'font-size': 11, 'font-weight': 'bold', fill: PAPER.muted })];
      for (const item of items) {
        const style = LINK_STYLES[item.kind];
        const ix = x + item.dx, iy = y + item.row * LEGEND_ROW + 10;
        parts.push(
          tag('line', { x1: ix, y1: iy, x2: ix + LEGEND_SAMPLE, y2: iy, stroke: style.colour, 'stroke-width': style.width, 'stroke-dasharray': style.dash }),
          text(ix + LEGEND_SAMPLE + 6, iy + 4, LINK_LABELS[item.kind], { 'font-size': 11, fill: PAPER.text }),
        );
      }
      return group('Legend: link kinds', parts.join(''));
    },
  };
}
