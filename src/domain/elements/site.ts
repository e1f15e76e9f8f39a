/** A site: its type and constants. The zod schema that checks it on the way in is ../schema/site.ts, kept apart so the first screen's bundle holds no zod. */
import type { z } from 'zod';
import type { siteSchema } from '../schema/site';

export const SITE_KINDS = ['central', 'branch'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export type Site = z.infer<ReturnType<typeof siteSchema>>;
