import { describe, expect, it } from 'vitest';
import committed from '../../docs/rules.md?raw';
import { ALL_RULES } from './all-rules';
import { rulesDocText } from './rules-doc';

describe('docs/rules.md', () => {
  it('lists exactly the rules the engine runs (run `npm run rules-doc` after changing a rule)', () => {
    expect(committed).toBe(rulesDocText());
    for (const rule of ALL_RULES) expect(committed).toContain(`| \`${rule.id}\` |`);
  });
});
