// Regenerates docs/rules.md from the rule module (npm run rules-doc).
import { writeFileSync } from 'node:fs';
import { rulesDocText } from '../src/rules/rules-doc';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDocText());
console.log('wrote docs/rules.md');
