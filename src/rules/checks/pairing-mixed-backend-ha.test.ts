import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, addSql } from '../test-builders-a-e';

const RULE = 'PAIRING_MIXED_BACKEND_HA';

function pairedWith(backend: 'clustered' | 'mirrored') {
  const d = mutable(fixture('reference-medium'));
  d.sites.push({ id: 'dc2', name: 'DR', kind: 'central' });
  addPool(d, 'pool2', 'dc2', 'front-end', 3, { loadBalancing: 'hardware' });
  addSql(d, 'be3', 'be3.contoso.com', { siteId: 'dc2', clusterNodes: backend === 'clustered' ? 2 : 0 });
  addLink(d, 'backend', 'pool2', 'be3');
  if (backend === 'mirrored') {
    addSql(d, 'be4', 'be4.contoso.com', { siteId: 'dc2' });
    addLink(d, 'mirror', 'be3', 'be4');
  }
  addLink(d, 'pairing', 'pool1', 'pool2');
  return d;
}

describe(RULE, () => {
  it('warns when one paired pool’s back end is mirrored and the other’s clustered', () => {
    const found = findingsOf(pairedWith('clustered'), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['pool1', 'pool2'] });
    expect(found[0]!.message).toContain('mirrored and clustered');
  });

  it('is silent when both back ends are mirrored', () => {
    expect(findingsOf(pairedWith('mirrored'), RULE)).toHaveLength(0);
  });
});
