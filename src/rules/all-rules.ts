import type { Rule } from './types';
import { STRUCTURE_RULES } from './sections-a-e';
import { SERVICE_RULES } from './sections-f-o';

/** Every rule of spec/rules.md, in catalog order. */
export const ALL_RULES: readonly Rule[] = [...STRUCTURE_RULES, ...SERVICE_RULES];
