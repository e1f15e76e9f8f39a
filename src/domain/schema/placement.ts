import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema } from './common';

const coordinate = lazySchema(() => z.number().finite().min(-1_000_000).max(1_000_000)); // elements/layout.ts plainPlacement checks the same

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

export const layoutSchema = lazySchema(() => z.record(idSchema(), placementSchema()));
