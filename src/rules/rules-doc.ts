import { ALL_RULES } from './all-rules';

/**
 * docs/rules.md, generated from the rules themselves so the page always lists what the engine runs
 * (`npm run rules-doc`; a test fails when the committed page is stale).
 */
export function rulesDocText(): string {
  const rows = ALL_RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.wave} | ${r.title.replace(/\|/g, '\\|')} |`);
  return `${[
    '# The rule module',
    '',
    'The designer judges the whole design on every change with one pure module, `src/rules/`:',
    '`validate(design) -> Finding[]`. The same module runs in the browser (canvas badges, problems list, toolbar',
    'count), in the command-line validator (`npm run -s validate -- FILE --json`) and in the tests.',
    '',
    'A finding has the rule id (a contract: ids never change once shipped), a severity, the ids of the elements',
    'concerned (the first is where the canvas shows it), one plain sentence naming the elements by name or FQDN and',
    'saying why, and the fixes an architect would choose from, best first: each a label and a domain command the UI',
    'offers as a button (showing first what it does to the findings) and applies as one undoable step. The first',
    'fix is a promise: applying it never raises the design\'s count of errors (a property test over the reference',
    'designs, the rule tests\' mutations and generated designs); a rule that cannot keep it offers no fix first.',
    'Findings are sorted by severity, rule id, elements and message, so output is deterministic.',
    '',
    '- **error**: Lync Server 2013 refuses it or Microsoft calls it unsupported; the validator exits 1.',
    '- **warning**: supported but advised against.',
    '- **info**: sizing or design advice.',
    '',
    'The catalog, with each rule\'s condition, notes and the Microsoft documentation topic it comes from, is',
    '`src/rules/catalog/rules.md`. Rules share derived lookups (`src/rules/context.ts`) computed once per',
    'validation, so a validation stays linear in the size of the design (`npm run bench:rules`).',
    '',
    '## Rules the engine runs',
    '',
    'Severity is the worst the rule reports; rules with variants (e.g. `EDGE_POOL_SIZE`: error above 12 servers,',
    'warning for one) say so in their title.',
    '',
    '| id | severity | wave | condition |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Adding a rule',
    '',
    '1. Add its row to `src/rules/catalog/rules.md`.',
    '2. Write `src/rules/checks/<id-in-kebab-case>.ts`, opening with a line that states the Lync constraint and',
    '   its documentation topic, and `<id-in-kebab-case>.test.ts` with a case that triggers it and a near-miss',
    '   that must not (apply the fix in the test when the rule offers one).',
    '3. Register it in `src/rules/sections-a-e.ts` or `sections-f-o.ts`, in catalog order.',
    '4. Run `npm run rules-doc` to refresh this page. The catalog meta-test fails until all of this is done.',
  ].join('\n')}\n`;
}
