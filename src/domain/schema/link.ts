import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { LINK_KINDS } from '../elements/link';
import { idSchema, labelFields } from './common';

/** A typed relationship between two elements. Which endpoints a kind allows is in link-rules.ts. */
export const linkSchema = lazySchema(() => z.looseObject({
  id: idSchema(),
  kind: z.enum(LINK_KINDS),
  from: idSchema(),
  to: idSchema(),
  ...labelFields(),
}));
