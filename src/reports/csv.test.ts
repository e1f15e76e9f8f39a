import { describe, expect, it } from 'vitest';
import { loadDesign } from '../document/parse';
import mediumText from '../document/samples/reference-medium.json?raw';
import { csvSafe, report, toCsv } from './index';

describe('CSV formula-injection guard', () => {
  it('prefixes a quote to cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+1+cmd|x', '-2+3', '@SUM(A1)', '\tx', '\rx', '-cmd']) {
      expect(csvSafe(bad), JSON.stringify(bad)).toBe(`'${bad}`);
    }
  });
  it('leaves plain numbers, port ranges and ordinary text readable', () => {
    for (const good of ['-1', '-2.5', '5061', '50000-59999', 'pool1.contoso.com', '<IP of fe1.contoso.com>', 'a=b', '']) {
      expect(csvSafe(good)).toBe(good);
    }
  });
  it('is applied to every field of an exported report, inside RFC 4180 quoting', () => {
    const loaded = loadDesign(mediumText);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const design = loaded.value;
    const pool = design.pools.find((p) => p.fqdn === 'pool1.contoso.com')!;
    const evil = { ...design, pools: design.pools.map((p) => (p === pool ? { ...p, fqdn: '=cmd|"/c calc"!A1' } : p)) };
    const csv = toCsv('ports', report(evil, 'ports'));
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(csv).not.toMatch(/(^|,)=cmd/m);
    // The unaffected ranges stay as they were.
    expect(csv).toContain(',50001-50003,');
  });
});
