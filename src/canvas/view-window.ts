/**
 * The part of the diagram the canvas hands React Flow. React Flow does work in proportion to every node and
 * edge it holds, visible or not: it re-indexes all of them when it gets a new list (an edit, an undo), and
 * on every viewport change its visible-only rendering walks all nodes and edges to find those on screen
 * (notes/performance.md: pan at 10,000 elements, the render that shows 20,000). So the projection emits only
 * what lies in a window around the view: the visible area and half of it again on each side. The window
 * moves only when the view leaves it, so a pan inside it changes nothing but the transform.
 *
 * Nothing a user can see is left out: a node outside the window is off screen, and a link that crosses the
 * window brings both its ends (and their containers), which React Flow needs to draw it.
 */
import { COLLECTIONS, type Design } from '../domain/design';
import { parentId } from '../domain/queries';
import type { Box, Geometry } from '../layout/geometry';
import type { RoutedLink, Routing } from '../layout/router';

export type Rect = Box;

/** The flow-coordinate area a pane of `width` x `height` pixels shows at this transform. */
export function visibleArea([tx, ty, zoom]: readonly [number, number, number], width: number, height: number): Rect {
  return { x: -tx / zoom, y: -ty / zoom, w: width / zoom, h: height / zoom };
}

/** The window around a visible area: the area and half of it again on each side. */
export function windowAround(visible: Rect): Rect {
  return { x: visible.x - visible.w / 2, y: visible.y - visible.h / 2, w: visible.w * 2, h: visible.h * 2 };
}

const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

const meets = (a: Rect, b: Rect) => a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;

/**
 * Whether the window must move for this visible area: the view has left it (a pan, a zoom out), or it has
 * become far larger than the view (a zoom in of more than 2x), so it would hold many nodes nobody sees.
 */
export function windowStale(window: Rect | null, visible: Rect): boolean {
  if (!window) return true;
  return !contains(window, visible) || window.w * window.h > 16 * visible.w * visible.h;
}

/**
 * Each element's container, kept while the collections are the same arrays: a move or its undo makes a new
 * design with the same elements, which would otherwise be indexed afresh (milliseconds at 10,000).
 */
let containers: { of: readonly (readonly unknown[])[]; map: Map<string, string> } | undefined;

function containerOf(design: Design, id: string): string | undefined {
  const of = COLLECTIONS.map((c) => design[c]);
  if (!containers || containers.of.some((list, i) => list !== of[i])) {
    const map = new Map<string, string>();
    for (const c of COLLECTIONS) {
      if (c === 'links') continue;
      for (const e of design[c]) {
        const p = parentId(e);
        if (p !== undefined) map.set(e.id, p);
      }
    }
    containers = { of, map };
  }
  return containers.map.get(id);
}

function around(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** A route's extent: its corner points and its label. Kept per route object (routes are reused across edits). */
const routeExtent = new WeakMap<RoutedLink, Rect>();

function extentOf(route: RoutedLink): Rect {
  let r = routeExtent.get(route);
  if (r) return r;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (x: number, y: number) => {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  };
  for (const p of route.points) add(p.x, p.y);
  if (route.label) {
    add(route.label.x, route.label.y);
    add(route.label.x + route.label.w, route.label.y + route.label.h);
  }
  r = x0 === Infinity ? { x: 0, y: 0, w: -1, h: -1 } : { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  routeExtent.set(route, r);
  return r;
}

/**
 * The ids of the elements and links to project for this window, or undefined when the window holds the
 * whole diagram (nothing to leave out). A container is in when any of it is (its box holds its content's);
 * a link is in when its route, its label or one of its ends is, and then so are both ends and their
 * containers. The selection is always in, wherever it is.
 */
export function elementsInWindow(
  design: Design,
  geometry: Geometry,
  routing: Routing | undefined,
  window: Rect | null,
  selection: readonly string[] = [],
): ReadonlySet<string> | undefined {
  if (!window || contains(window, geometry.bounds)) return undefined;
  const inside = new Set<string>();
  // An element with its containers (which hold its box, but a node without its container is not drawn).
  const withContainers = (id: string) => {
    inside.add(id);
    for (let at = containerOf(design, id); at !== undefined && !inside.has(at); at = containerOf(design, at)) inside.add(at);
  };
  for (const [id, box] of geometry.absolute) if (meets(window, box)) withContainers(id);
  // A drag moves what React Flow holds: a selection reaching off screen must move whole.
  const selected = new Set(selection);
  for (const id of selected) if (geometry.absolute.has(id)) withContainers(id);
  for (const link of design.links) {
    const from = geometry.absolute.get(link.from);
    const to = geometry.absolute.get(link.to);
    const route = routing?.links.get(link.id);
    // Without its route yet, a link is drawn straight between its ends: the box around both holds it.
    const way = route ? extentOf(route) : from && to ? around(from, to) : undefined;
    const shown = selected.has(link.id) || (from !== undefined && meets(window, from)) || (to !== undefined && meets(window, to)) || (way !== undefined && meets(window, way));
    if (!shown) continue;
    inside.add(link.id);
    withContainers(link.from);
    withContainers(link.to);
  }
  return inside;
}
