import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders';

describe('PCHAT_CAPACITY', () => {
  it('warns when a pool has more than 20,000 users per active server', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'chat', siteId: 'dc', role: 'persistent-chat', servers: 2, users: 40_001 });
    const found = findingsOf(d, 'PCHAT_CAPACITY');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['chat'] });
    expect(found[0]!.message).toContain('40,001');
  });

  it('counts at most 4 active servers in a pool', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'chat', siteId: 'dc', role: 'persistent-chat', servers: 8, users: 80_001 });
    expect(findingsOf(d, 'PCHAT_CAPACITY')).toHaveLength(1);
  });

  it('warns when all Persistent Chat pools together exceed 80,000 users', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'chat1', siteId: 'dc', role: 'persistent-chat', servers: 4, users: 50_000 });
    addPool(d, { id: 'chat2', siteId: 'dc', role: 'persistent-chat', servers: 4, users: 40_000 });
    const found = findingsOf(d, 'PCHAT_CAPACITY');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['chat1', 'chat2'] });
  });

  it('is silent at exactly 20,000 per server and 80,000 overall', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'chat1', siteId: 'dc', role: 'persistent-chat', servers: 2, users: 40_000 });
    addPool(d, { id: 'chat2', siteId: 'dc', role: 'persistent-chat', servers: 2, users: 40_000 });
    expect(findingsOf(d, 'PCHAT_CAPACITY')).toHaveLength(0);
  });
});
