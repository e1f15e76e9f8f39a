import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, addSql } from '../test-builders-a-e';

const RULE = 'SQL_HOST_MULTIPLE_BACKENDS';

function withSecondPool() {
  const d = mutable(fixture('reference-medium'));
  addPool(d, 'pool2', 'dc', 'front-end', 3, { loadBalancing: 'hardware' });
  return d;
}

describe(RULE, () => {
  it('flags one SQL host holding the back ends of two Front End pools in two instances', () => {
    const d = withSecondPool();
    addSql(d, 'be1b', 'be1.contoso.com', { instance: 'rtc2' });
    addLink(d, 'backend', 'pool2', 'be1b');
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['be1', 'be1b', 'pool1', 'pool2'] });
  });

  it('flags a host that mirrors pool1 and is principal for pool2 (a mirror counts as a back end; wave 3)', () => {
    const d = withSecondPool();
    addSql(d, 'be3', 'be2.contoso.com', { instance: 'pool2' });
    addLink(d, 'backend', 'pool2', 'be3');
    const found = findingsOf(d, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['be3', 'be2', 'pool2', 'pool1'] });
    // Near miss: pool2's back end on a host of its own.
    const apart = withSecondPool();
    addSql(apart, 'be3', 'be3.contoso.com', { instance: 'pool2' });
    addLink(apart, 'backend', 'pool2', 'be3');
    expect(findingsOf(apart, RULE)).toHaveLength(0);
  });

  it('flags two Monitoring store instances on one host', () => {
    const d = withSecondPool();
    addSql(d, 'mon2', 'be1.contoso.com', { instance: 'mon' });
    addLink(d, 'monitoring-store', 'pool2', 'mon2');
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['be1', 'mon2', 'pool1', 'pool2']]);
  });

  it('is silent when several pools share one Monitoring instance', () => {
    const d = withSecondPool();
    addLink(d, 'monitoring-store', 'pool2', 'be1');
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });

  it('leaves one instance behind two pools to SQL_INSTANCE_DUPLICATE_DATABASE', () => {
    const d = withSecondPool();
    addLink(d, 'backend', 'pool2', 'be1');
    expect(findingsOf(d, RULE)).toHaveLength(0);
    expect(findingsOf(d, 'SQL_INSTANCE_DUPLICATE_DATABASE')).toHaveLength(1);
  });
});
