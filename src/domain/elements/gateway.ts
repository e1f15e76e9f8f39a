/** A PSTN gateway: its type and constants. The zod schema that checks it on the way in is ../schema/gateway.ts, kept apart so the first screen's bundle holds no zod. */
import type { z } from 'zod';
import type { gatewaySchema } from '../schema/gateway';

export type Gateway = z.infer<ReturnType<typeof gatewaySchema>>;
