import type { Rule } from './types';

/** Catalog sections F-O: file store, collocation, Monitoring/Archiving/Persistent Chat, Edge, voice, branches, capacity, names. */
export const SERVICE_RULES: readonly Rule[] = [];
