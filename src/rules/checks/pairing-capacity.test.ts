import { describe, expect, it } from 'vitest';
import type { Design } from '../../domain/design';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, addSql } from '../test-builders-a-e';

const RULE = 'PAIRING_CAPACITY';

function smallWith(users1: number, users2: number): Design {
  const d = mutable(fixture('reference-small'));
  d.pools.find((p) => p.id === 'se1')!.users = users1;
  d.pools.find((p) => p.id === 'se2')!.users = users2;
  return d;
}

describe(RULE, () => {
  it('warns when two paired SE servers home more than 5,000 users (plus 1%)', () => {
    const found = findingsOf(smallWith(3000, 2100), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['se1', 'se2'] });
    expect(found[0]!.message).toContain('5,100');
  });

  it('allows 1% tolerance over 5,000', () => {
    expect(findingsOf(smallWith(3000, 2050), RULE)).toHaveLength(0);
  });

  it('warns when two paired Enterprise pools home more than 80,000 users', () => {
    const d = mutable(fixture('reference-medium'));
    d.pools.find((p) => p.id === 'pool1')!.users = 60000;
    d.sites.push({ id: 'dc2', name: 'DR', kind: 'central' });
    addPool(d, 'pool2', 'dc2', 'front-end', 10, { users: 25000, loadBalancing: 'hardware' });
    addSql(d, 'be9', 'be9.contoso.com', { siteId: 'dc2' });
    addLink(d, 'backend', 'pool2', 'be9');
    addLink(d, 'pairing', 'pool1', 'pool2');
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['pool1', 'pool2']]);
  });

  /** Two paired Enterprise pools of 20,000 users each, on `fe1` and `fe2` Front End servers. */
  function pairedPools(fe1: number, fe2: number): Design {
    const d = mutable(fixture('reference-medium'));
    d.sites.push({ id: 'dc2', name: 'DR', kind: 'central' });
    d.links = d.links.filter((l) => l.kind !== 'registrar');
    addPool(d, 'poolA', 'dc', 'front-end', fe1, { users: 20000, loadBalancing: 'hardware' });
    addPool(d, 'poolB', 'dc2', 'front-end', fe2, { users: 20000, loadBalancing: 'hardware' });
    addLink(d, 'pairing', 'poolA', 'poolB');
    return d;
  }

  it('warns when the users of both exceed 6,660 per Front End of the smaller pool (wave 3)', () => {
    const found = findingsOf(pairedPools(8, 4), RULE);
    expect(found.map((f) => f.elements)).toEqual([['poolA', 'poolB']]);
    expect(found[0]!.message).toContain('"poolB.contoso.com", with 4 Front End servers, carries about 26,640');
  });

  it('is silent when each pool has Front Ends enough for both (6 x 6,660 = 39,960, within 1% of 40,000)', () => {
    expect(findingsOf(pairedPools(6, 6), RULE)).toHaveLength(0);
  });

  it('uses the same 1% as SE_USER_CAPACITY: 2,520 + 2,520 raises neither, 2,600 + 2,600 both', () => {
    expect(findingsOf(smallWith(2520, 2520), RULE)).toHaveLength(0);
    expect(findingsOf(smallWith(2520, 2520), 'SE_USER_CAPACITY').filter((f) => f.severity === 'error')).toHaveLength(0);
    expect(findingsOf(smallWith(2600, 2600), RULE)).toHaveLength(1);
    expect(findingsOf(smallWith(2600, 2600), 'SE_USER_CAPACITY').filter((f) => f.severity === 'error')).toHaveLength(1);
  });
});
