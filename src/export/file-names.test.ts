import { describe, expect, it } from 'vitest';
import { exportFileName, safeBaseName } from './file-names';

describe('export file names', () => {
  it('keeps readable names and adds the extension', () => {
    expect(exportFileName('Contoso HQ', 'json')).toBe('Contoso HQ.json');
    expect(exportFileName('Contoso', 'png', 2)).toBe('Contoso@2x.png');
    expect(exportFileName('Contoso', 'svg', 1, { findings: true })).toBe('Contoso-with-findings.svg');
    expect(exportFileName('Contoso', 'png', 2, { findings: true })).toBe('Contoso-with-findings@2x.png');
    expect(exportFileName('Contoso', 'svg', 1, { findings: false })).toBe('Contoso.svg');
    expect(exportFileName('Fabrikam — Ünïcødé 名前', 'svg')).toBe('Fabrikam — Ünïcødé 名前.svg');
  });

  it('takes out path separators, reserved characters and control characters', () => {
    expect(safeBaseName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeBaseName('a<b>c:d"e|f?g*h\\i')).toBe('a-b-c-d-e-f-g-h-i');
    expect(safeBaseName('bell\u0007\u0000 and \u202Ertl')).toBe('bell and rtl');
  });

  it('never gives an empty, hidden, reserved or overlong name', () => {
    expect(safeBaseName(undefined)).toBe('topology');
    expect(safeBaseName('   ...  ')).toBe('topology');
    expect(safeBaseName('.hidden')).toBe('hidden');
    expect(safeBaseName('name. . ')).toBe('name');
    expect(safeBaseName('CON')).toBe('CON-design');
    expect(safeBaseName('lpt1.txt')).toBe('lpt1.txt-design');
    const long = safeBaseName('🔥'.repeat(100));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
