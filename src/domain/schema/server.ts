import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { SERVER_ROLES } from '../elements/server';
import { idSchema, ipSchema, labelFields, textSchema } from './common';

/** One computer in a pool. Two servers in different pools with one FQDN are collocated roles. */
export const serverSchema = lazySchema(() => z.looseObject({
  id: idSchema(),
  poolId: idSchema(),
  fqdn: textSchema(),
  role: z.enum(SERVER_ROLES),
  ...labelFields(),
  /** The server's IP; for Edge servers the internal interface. */
  ip: ipSchema().optional(),
  /** Edge servers: the external (access) interface IP, and its NAT public address when behind NAT. */
  externalIp: ipSchema().optional(),
  publicIp: ipSchema().optional(),
}));
