/**
 * Resizing a site or a pool by its handle: the new size is saved in the layout (w/h, docs/file-format.md),
 * never below what holds the container's content (geometry's `minimum`), and neighbours a grown container
 * now covers move aside. Pure; the canvas commits the result as one undo step. Tidy drops the saved sizes.
 */
import type { Design } from '../domain/design';
import { placementOf } from '../domain/elements/layout';
import { setPlacements } from '../domain/commands';
import { findElement } from '../domain/queries';
import { separateAround } from './free-space';
import { computeGeometry } from './geometry';
import { bakeLayout } from './tidy';

/** The smallest size a container may be resized to: its content's bounds. */
export function minimumSize(design: Design, id: string): { w: number; h: number } | undefined {
  return computeGeometry(design).minimum.get(id);
}

/** The design with container `id` resized to `size` (clamped to its content); the same design when nothing changes. */
export function resizeContainer(design: Design, id: string, size: { w: number; h: number }): Design {
  const found = findElement(design, id);
  if (found?.collection !== 'sites' && found?.collection !== 'pools') return design;
  // Everything placed first, so saving this one's placement cannot make auto-placed siblings reflow.
  const baked = bakeLayout(design);
  const geometry = computeGeometry(baked);
  const min = geometry.minimum.get(id);
  const box = geometry.relative.get(id);
  if (!min || !box || !Number.isFinite(size.w) || !Number.isFinite(size.h)) return design;
  const w = Math.round(Math.max(min.w, size.w));
  const h = Math.round(Math.max(min.h, size.h));
  if (w === Math.round(box.w) && h === Math.round(box.h)) return design;
  const saved = placementOf(baked.layout, id);
  const resized = setPlacements(baked, { [id]: { x: saved?.x ?? Math.round(box.x), y: saved?.y ?? Math.round(box.y), w, h } });
  return separateAround(resized, [id]);
}
