import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema } from './common';

const coordinate = lazySchema(() => z.number().finite().min(-1_000_000).max(1_000_000));

/**
 * Geometry of one element. x/y are relative to the element's container (a site for pools, SQL
 * instances, file stores and gateways; a pool for servers) and absolute for sites. w/h are kept
 * for containers (sites, pools) the user resized or that grew to fit.
 */
export const placementSchema = lazySchema(() => z.object({
  x: coordinate(),
  y: coordinate(),
  w: coordinate().min(0).optional(),
  h: coordinate().min(0).optional(),
}));
export type Placement = z.infer<ReturnType<typeof placementSchema>>;

export const layoutSchema = lazySchema(() => z.record(idSchema(), placementSchema()));
export type Layout = z.infer<ReturnType<typeof layoutSchema>>;

/**
 * The placement saved for one id. Ids may be named like Object.prototype members ("constructor", "toString"),
 * so a plain `layout[id]` would answer with a function for an id that has no placement: only own keys count.
 */
export function placementOf(layout: Readonly<Record<string, Placement>> | undefined, id: string): Placement | undefined {
  return layout && Object.hasOwn(layout, id) ? layout[id] : undefined;
}

/** Set an own key even when it is "__proto__" (plain assignment would replace the object's prototype instead). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
