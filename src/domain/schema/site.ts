import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { SITE_KINDS } from '../elements/site';
import { idSchema, textSchema } from './common';

/** A central site (a data centre with pools) or a branch office that names its central site. */
export const siteSchema = lazySchema(() => z.looseObject({
  id: idSchema(),
  name: textSchema().min(1, 'a site must have a name'),
  kind: z.enum(SITE_KINDS),
  centralSiteId: idSchema().optional(),
  description: textSchema().optional(),
  /** Concurrent remote users at peak, for Edge and Director counts; missing means unknown. */
  remoteUsers: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(10_000_000).optional(),
}));
