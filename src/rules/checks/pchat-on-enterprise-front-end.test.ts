import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders';

describe('PCHAT_ON_ENTERPRISE_FRONT_END', () => {
  it('flags Persistent Chat on an Enterprise Front End server', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'chat', siteId: 'dc', role: 'persistent-chat', fqdn: 'fe3.contoso.com' });
    const found = findingsOf(d, 'PCHAT_ON_ENTERPRISE_FRONT_END');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['chat-srv1', 'fe3'] });
  });

  it('is silent for Persistent Chat on a Standard Edition server', () => {
    const d = mutable(fixture('reference-small'));
    addPool(d, { id: 'chat', siteId: 'central', role: 'persistent-chat', fqdn: 'se1.fabrikam.com' });
    expect(findingsOf(d, 'PCHAT_ON_ENTERPRISE_FRONT_END')).toHaveLength(0);
  });
});
