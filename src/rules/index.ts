export * from './types';
export * from './engine';
export { ALL_RULES } from './all-rules';
export { RuleContext, normalizeFqdn } from './context';
