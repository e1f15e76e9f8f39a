import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { idSchema, labelFields, textSchema } from './common';

/** A file share used by Front End, Director and Persistent Chat pools. */
export const fileStoreSchema = lazySchema(() => z.looseObject({
  id: idSchema(),
  siteId: idSchema(),
  host: textSchema(),
  share: textSchema(),
  ...labelFields(),
}));
