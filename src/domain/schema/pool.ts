import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { LOAD_BALANCING, POOL_FEATURES, type PoolFeature } from '../elements/pool';
import { idSchema, ipSchema, labelFields, textSchema } from './common';

export const featuresSchema = lazySchema(() => z.looseObject(
  Object.fromEntries(POOL_FEATURES.map((f) => [f, z.boolean().optional()])) as Record<
    PoolFeature,
    z.ZodOptional<z.ZodBoolean>
  >,
));

/**
 * A group of computers that run one role, addressed by the pool FQDN. The role is not stored:
 * it is the role of the pool's servers (see queries.poolRole). Missing booleans mean false,
 * missing users mean 0, missing loadBalancing means "none".
 */
export const poolSchema = lazySchema(() => z.looseObject({
  id: idSchema(),
  siteId: idSchema(),
  fqdn: textSchema(),
  ...labelFields(),
  users: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(10_000_000).optional(),
  loadBalancing: z.enum(LOAD_BALANCING).optional(),
  internalWebFqdn: textSchema().optional(),
  externalWebFqdn: textSchema().optional(),
  features: featuresSchema().optional(),
  collocatedMediation: z.boolean().optional(),
  centralManagementStore: z.boolean().optional(),
  federation: z.boolean().optional(),
  xmppFederation: z.boolean().optional(),
  /** Hardware load balancer virtual IP (pool FQDN); for Edge pools the internal VIP. */
  vip: ipSchema().optional(),
  /** Virtual IP of the internal web services. */
  webVip: ipSchema().optional(),
  /** Edge pools: external FQDNs; missing: sip.<primary>, webcon.<primary>, av.<primary>. */
  accessEdgeFqdn: textSchema().optional(),
  webConferencingEdgeFqdn: textSchema().optional(),
  avEdgeFqdn: textSchema().optional(),
}));
