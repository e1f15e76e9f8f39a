import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { SQL_EDITIONS } from '../elements/sql-instance';
import { idSchema, labelFields, textSchema } from './common';

/** A SQL Server instance. Instances with the same host FQDN are one SQL host. */
export const sqlInstanceSchema = lazySchema(() => z.looseObject({
  id: idSchema(),
  siteId: idSchema(),
  host: textSchema(),
  /** "" is the default instance. */
  instance: textSchema(),
  edition: z.enum(SQL_EDITIONS),
  /** Any non-empty value loads (e.g. "2008r2", "2012"); the rules judge it. */
  version: textSchema().min(1, 'must be a non-empty version such as "2012"'),
  /** 0 or missing: not clustered. */
  clusterNodes: z.number().int('must be a whole number').min(0).max(1000).optional(),
  ...labelFields(),
}));
