/** A file store: its type and constants. The zod schema that checks it on the way in is ../schema/file-store.ts, kept apart so the first screen's bundle holds no zod. */
import type { z } from 'zod';
import type { fileStoreSchema } from '../schema/file-store';

export type FileStore = z.infer<ReturnType<typeof fileStoreSchema>>;
