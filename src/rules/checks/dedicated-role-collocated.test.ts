import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders';

describe('DEDICATED_ROLE_COLLOCATED', () => {
  it('flags a Director on a Front End server, naming the Director first', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'dir', siteId: 'dc', role: 'director', fqdn: 'fe1.contoso.com' });
    const found = findingsOf(d, 'DEDICATED_ROLE_COLLOCATED');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['dir-srv1', 'fe1'] });
  });

  it('flags Office Web Apps on a Standard Edition server', () => {
    const d = mutable(fixture('reference-small'));
    d.servers.find((s) => s.id === 'owa-srv')!.fqdn = 'se2.fabrikam.com';
    const [f] = findingsOf(d, 'DEDICATED_ROLE_COLLOCATED');
    expect(f).toMatchObject({ severity: 'error', elements: ['owa-srv', 'se2-srv'] });
  });

  it('is silent for roles that may be collocated, such as a trusted application on a Front End', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'app', siteId: 'dc', role: 'trusted-application', fqdn: 'fe1.contoso.com' });
    expect(findingsOf(d, 'DEDICATED_ROLE_COLLOCATED')).toHaveLength(0);
    expect(findingsOf(fixture('reference-medium'), 'DEDICATED_ROLE_COLLOCATED')).toHaveLength(0);
  });
});
