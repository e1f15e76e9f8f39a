/** A link: its type and constants. The zod schema that checks it on the way in is ../schema/link.ts, kept apart so the first screen's bundle holds no zod. */
import type { z } from 'zod';
import type { linkSchema } from '../schema/link';

export const LINK_KINDS = [
  'backend',
  'mirror',
  'witness',
  'monitoring-store',
  'archiving-store',
  'persistent-chat-store',
  'compliance-store',
  'file-store',
  'pairing',
  'next-hop',
  'edge',
  'registrar',
  'office-web-apps',
  'trunk',
  // Appended last: share links write a kind as its index in this list.
  'reverse-proxy',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export type Link = z.infer<ReturnType<typeof linkSchema>>;
