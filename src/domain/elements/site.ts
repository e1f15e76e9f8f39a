import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, textSchema } from './common';

export const SITE_KINDS = ['central', 'branch'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

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
export type Site = z.infer<ReturnType<typeof siteSchema>>;
