import { z } from 'zod';
import { idSchema } from './common';

const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);

/**
 * Geometry of one element. x/y are relative to the element's container (a site for pools, SQL
 * instances, file stores and gateways; a pool for servers) and absolute for sites. w/h are kept
 * for containers (sites, pools) the user resized or that grew to fit.
 */
export const placementSchema = z.object({
  x: coordinate,
  y: coordinate,
  w: coordinate.min(0).optional(),
  h: coordinate.min(0).optional(),
});
export type Placement = z.infer<typeof placementSchema>;

export const layoutSchema = z.record(idSchema, placementSchema);
export type Layout = z.infer<typeof layoutSchema>;
