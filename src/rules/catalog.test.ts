/**
 * The catalog is a contract: every id of catalog/rules.md (a copy of the product's rule catalog) has exactly
 * one rule with the catalog's severity and wave, registered in catalog order, in its own file with a test.
 */
import { describe, expect, it } from 'vitest';
import catalogText from './catalog/rules.md?raw';
import { ALL_RULES } from './all-rules';
import { SEVERITY_RANK, type Severity } from './types';

interface CatalogRow {
  id: string;
  severity: Severity;
  wave: number;
}

/** Table rows look like: | `ID` | sev | condition | notes | wave | source topic | */
function parseCatalog(text: string): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const line of text.split('\n')) {
    const m = /^\|\s*`([A-Z0-9_]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const cells = m[2]!.split('|').map((c) => c.trim());
    const sevCell = cells[0]!;
    // A cell with variants ("error above 12 servers; warning at 1") gives the rule its worst severity.
    const mentioned = (['error', 'warning', 'info'] as const).filter((s) => new RegExp(`\\b${s}\\b`).test(sevCell));
    rows.push({ id: m[1]!, severity: mentioned[0]!, wave: Number(cells[3]) });
  }
  return rows;
}

const CATALOG = parseCatalog(catalogText);
const RULES = new Map(ALL_RULES.map((r) => [r.id, r]));
const FILES = new Set(Object.keys(import.meta.glob('./checks/*.ts')));
const kebab = (id: string) => id.toLowerCase().replace(/_/g, '-');

describe('rule catalog', () => {
  it('parses every row of the catalog', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(60);
    for (const row of CATALOG) {
      expect(SEVERITY_RANK[row.severity], row.id).toBeDefined();
      expect([1, 2, 3], row.id).toContain(row.wave);
    }
    expect(new Set(CATALOG.map((r) => r.id)).size).toBe(CATALOG.length);
  });

  it.each(CATALOG)('$id has a rule with the catalog severity and wave, its own file and a test', (row) => {
    const rule = RULES.get(row.id);
    expect(rule, `no rule for ${row.id} in ALL_RULES`).toBeDefined();
    expect(rule!.severity, `${row.id} severity`).toBe(row.severity);
    expect(rule!.wave, `${row.id} wave`).toBe(row.wave);
    expect(rule!.title.trim(), `${row.id} title`).not.toBe('');
    expect(FILES.has(`./checks/${kebab(row.id)}.ts`), `${row.id} rule file`).toBe(true);
    expect(FILES.has(`./checks/${kebab(row.id)}.test.ts`), `${row.id} test file`).toBe(true);
  });

  it('has no rule outside the catalog, and no id twice', () => {
    const ids = new Set(CATALOG.map((r) => r.id));
    expect(ALL_RULES.map((r) => r.id).filter((id) => !ids.has(id))).toEqual([]);
    expect(RULES.size).toBe(ALL_RULES.length);
  });

  it('registers the rules in catalog order', () => {
    const order = CATALOG.map((r) => r.id).filter((id) => RULES.has(id));
    expect(ALL_RULES.map((r) => r.id)).toEqual(order);
  });
});
