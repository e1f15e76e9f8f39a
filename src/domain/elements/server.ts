import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, ipSchema, labelFields, textSchema } from './common';

export const SERVER_ROLES = [
  'front-end',
  'standard-edition',
  'director',
  'edge',
  'mediation',
  'persistent-chat',
  'trusted-application',
  'office-web-apps',
  'survivable-branch-appliance',
  'survivable-branch-server',
] as const;
export type ServerRole = (typeof SERVER_ROLES)[number];

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
export type Server = z.infer<ReturnType<typeof serverSchema>>;
