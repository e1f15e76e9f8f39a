import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders-a-e';

describe('CENTRAL_SITE_NO_REGISTRAR', () => {
  it('flags a central site that holds only a Director pool', () => {
    const d = mutable(fixture('reference-medium'));
    d.sites.push({ id: 'dc2', name: 'Second data centre', kind: 'central' });
    addPool(d, 'dir', 'dc2', 'director', 2, { loadBalancing: 'hardware' });
    const found = findingsOf(d, 'CENTRAL_SITE_NO_REGISTRAR');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['dc2'] });
    expect(found[0]!.message).toContain('"Second data centre"');
  });

  it('is silent when the central site holds a Standard Edition server', () => {
    const d = mutable(fixture('reference-medium'));
    d.sites.push({ id: 'dc2', name: 'Second data centre', kind: 'central' });
    addPool(d, 'se9', 'dc2', 'standard-edition');
    expect(findingsOf(d, 'CENTRAL_SITE_NO_REGISTRAR')).toHaveLength(0);
  });

  it('does not ask branch sites for a registrar', () => {
    expect(findingsOf(fixture('reference-medium'), 'CENTRAL_SITE_NO_REGISTRAR')).toHaveLength(0);
  });
});
