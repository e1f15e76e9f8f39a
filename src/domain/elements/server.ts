/** A server: its type and constants. The zod schema that checks it on the way in is ../schema/server.ts, kept apart so the first screen's bundle holds no zod. */
import type { z } from 'zod';
import type { serverSchema } from '../schema/server';

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

export type Server = z.infer<ReturnType<typeof serverSchema>>;
