/** A reverse proxy: its type and constants. The zod schema that checks it on the way in is ../schema/reverse-proxy.ts, kept apart so the first screen's bundle holds no zod. */
import type { z } from 'zod';
import type { reverseProxySchema } from '../schema/reverse-proxy';

export type ReverseProxy = z.infer<ReturnType<typeof reverseProxySchema>>;
