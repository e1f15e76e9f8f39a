export * from './types';
export * from './engine';
export { ALL_RULES } from './all-rules';
export { RuleContext, normalizeFqdn } from './context';
export { RULE_TOPICS, ruleDocs, topicUrl } from './rule-docs';
export { describeEffect, fixEffect, type FixEffect } from './fix-effect';
