/** A pool: its type and constants. The zod schema that checks it on the way in is ../schema/pool.ts, kept apart so the first screen's bundle holds no zod. */
import type { z } from 'zod';
import type { featuresSchema, poolSchema } from '../schema/pool';

export const LOAD_BALANCING = ['none', 'dns', 'hardware', 'dns-and-hardware'] as const;
export type LoadBalancing = (typeof LOAD_BALANCING)[number];

export const POOL_FEATURES = [
  'conferencing',
  'dialInConferencing',
  'enterpriseVoice',
  'archiving',
  'monitoring',
  'callAdmissionControl',
  'persistentChatCompliance',
] as const;
export type PoolFeature = (typeof POOL_FEATURES)[number];

export type Pool = z.infer<ReturnType<typeof poolSchema>>;
export type PoolFeatures = z.infer<ReturnType<typeof featuresSchema>>;
