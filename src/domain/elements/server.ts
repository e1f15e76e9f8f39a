import { z } from 'zod';
import { idSchema, labelFields, textSchema } from './common';

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
export const serverSchema = z.looseObject({
  id: idSchema,
  poolId: idSchema,
  fqdn: textSchema,
  role: z.enum(SERVER_ROLES),
  ...labelFields,
});
export type Server = z.infer<typeof serverSchema>;
