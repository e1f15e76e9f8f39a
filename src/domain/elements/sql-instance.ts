/** A SQL Server instance: its type and constants. The zod schema that checks it on the way in is ../schema/sql-instance.ts, kept apart so the first screen's bundle holds no zod. */
import type { z } from 'zod';
import type { sqlInstanceSchema } from '../schema/sql-instance';

export const SQL_EDITIONS = ['express', 'standard', 'enterprise', 'web', 'workgroup'] as const;
export type SqlEdition = (typeof SQL_EDITIONS)[number];

export type SqlInstance = z.infer<ReturnType<typeof sqlInstanceSchema>>;
