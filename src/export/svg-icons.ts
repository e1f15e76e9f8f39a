/** Role icons (layout/role-icons.ts) as SVG markup: the same drawing the canvas and the palette show. */
import { ICON_STROKE, ICON_VIEWBOX, ROLE_ICONS, type IconKind, type IconShape } from '../layout/role-icons';
import { tag } from './svg-markup';

function shape(s: IconShape, colour: string): string {
  const paint = s.solid ? { fill: colour, stroke: 'none' } : { fill: 'none', stroke: colour };
  switch (s.t) {
    case 'path':
      return tag('path', { d: s.d, ...paint });
    case 'rect':
      return tag('rect', { x: s.x, y: s.y, width: s.w, height: s.h, rx: s.rx, ...paint });
    case 'circle':
      return tag('circle', { cx: s.cx, cy: s.cy, r: s.r, ...paint });
    case 'ellipse':
      return tag('ellipse', { cx: s.cx, cy: s.cy, rx: s.rx, ry: s.ry, ...paint });
  }
}

/** The icon in a square of `size` at (x, y), drawn in one colour. */
export function iconSvg(kind: IconKind, x: number, y: number, size: number, colour: string): string {
  const scale = size / ICON_VIEWBOX;
  const body = ROLE_ICONS[kind].map((s) => shape(s, colour)).join('');
  return tag(
    'g',
    { transform: `translate(${x} ${y}) scale(${Math.round(scale * 1000) / 1000})`, 'stroke-width': ICON_STROKE, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
    body,
  );
}
