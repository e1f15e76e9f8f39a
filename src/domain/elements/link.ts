import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, labelFields } from './common';

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

/** A typed relationship between two elements. Which endpoints a kind allows is in link-rules.ts. */
export const linkSchema = lazySchema(() => z.looseObject({
  id: idSchema(),
  kind: z.enum(LINK_KINDS),
  from: idSchema(),
  to: idSchema(),
  ...labelFields(),
}));
export type Link = z.infer<ReturnType<typeof linkSchema>>;
