import type { Rule } from './types';
import { cmsMissing } from './checks/cms-missing';
import { sePooled } from './checks/se-pooled';

/** Catalog sections A-E: sites and structure, edition and pooling, CMS, back-end SQL, mirroring and pairing. */
export const STRUCTURE_RULES: readonly Rule[] = [sePooled, cmsMissing];
