/**
 * Links in an exported picture, drawn along the routes of the shared router (layout/router.ts), so a picture
 * shows the same paths and label places as the canvas: rounded orthogonal paths, an arrowhead drawn as a
 * polygon (markers are lost by some importers), and the label on a white ground where the router put it.
 * Also the legend of the link kinds a design uses.
 */
import type { Design } from '../domain/design';
import { LINK_KINDS, type LinkKind } from '../domain/elements/link';
import { LINK_LABELS } from '../domain/labels';
import { displayName, indexDesign } from '../domain/queries';
import { LINK_LABEL } from '../layout/label-placement';
import { pathData, type Point, type RoutedLink } from '../layout/router';
import { group, tag, text } from './svg-markup';
import { LINK_STYLES, PAPER, textWidth } from './svg-theme';

const ARROW = 8;

/** A routed link moved by (dx, dy): the router works in canvas coordinates, the picture has a margin. */
export function shiftRoute(r: RoutedLink, dx: number, dy: number): RoutedLink {
  return {
    ...r,
    points: r.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
    label: r.label && { ...r.label, x: r.label.x + dx, y: r.label.y + dy, cx: r.label.cx + dx, cy: r.label.cy + dy },
  };
}

export function renderLinks(design: Design, routes: readonly RoutedLink[]): string {
  const index = indexDesign(design);
  const nameOf = (id: string) => {
    const found = index.byId.get(id);
    return found ? displayName(found.element) : id;
  };
  const lines: string[] = [];
  const labels: string[] = [];
  for (const r of routes) {
    const style = LINK_STYLES[r.link.kind];
    const full = `${r.text}: ${nameOf(r.link.from)} → ${nameOf(r.link.to)}`;
    if (r.points.length < 2) continue;
    const stroke = { fill: 'none', stroke: style.colour, 'stroke-width': style.width, 'stroke-dasharray': style.dash, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
    const line = tag('path', { d: pathData(r.points), ...stroke });
    const arrow = style.arrow ? arrowHead(r.points, style.colour) : '';
    lines.push(group(full, line + arrow));
    if (r.label) labels.push(group(full, label(r)));
  }
  // Labels above every line, as on the canvas.
  return lines.join('') + labels.join('');
}

function arrowHead(points: readonly Point[], colour: string): string {
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2]!;
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const point = (a: number, r: number) => `${round(tip.x - r * Math.cos(a))},${round(tip.y - r * Math.sin(a))}`;
  const points2 = `${round(tip.x)},${round(tip.y)} ${point(angle - 0.42, ARROW * 1.3)} ${point(angle + 0.42, ARROW * 1.3)}`;
  return tag('polygon', { points: points2, fill: colour });
}

function label(r: RoutedLink): string {
  const b = r.label!;
  const colour = LINK_STYLES[r.link.kind].colour;
  return (
    tag('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 8, fill: PAPER.labelBackground, 'fill-opacity': 0.95, stroke: colour, 'stroke-width': 1 }) +
    text(b.cx, b.cy + LINK_LABEL.fontSize * 0.36, r.text, { 'font-size': LINK_LABEL.fontSize, 'font-weight': 'bold', fill: colour, 'text-anchor': 'middle' })
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
