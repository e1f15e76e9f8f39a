import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../document/samples';
import { findElements } from './find';

describe('find by name or FQDN', () => {
  const small = SAMPLES.small.load();

  it('finds a pool and its server by FQDN, saying which is which', () => {
    const found = findElements(small, 'EDGE01.fabrikam');
    expect(found.map((f) => [f.id, f.kind])).toEqual([
      ['edge', 'Edge pool'],
      ['edge-srv', 'Edge server'],
    ]);
    expect(found[0]!.name).toBe('edge01.fabrikam.com');
  });

  it('finds a site by name and ranks the exact match first', () => {
    const found = findElements(small, '  branch 1 ');
    expect(found[0]).toMatchObject({ id: 'branch1', kind: 'Branch site', name: 'Branch 1' });
  });

  it('matches text anywhere, after matches at the start', () => {
    const ids = findElements(small, 'fabrikam').map((f) => f.id);
    expect(ids).toContain('gw-central');
    expect(ids).not.toContain('central');
    expect(findElements(small, 'gw0')[0]).toMatchObject({ id: 'gw-central', kind: 'PSTN gateway' });
  });

  it('finds nothing for an empty query or text no element has', () => {
    expect(findElements(small, '   ')).toEqual([]);
    expect(findElements(small, 'contoso')).toEqual([]);
  });

  it('keeps to the limit', () => {
    expect(findElements(small, 'fabrikam', 3)).toHaveLength(3);
  });
});
