import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable, summary } from '../test-support';

describe('POOL_EMPTY', () => {
  it('warns about a pool without servers and nothing else', () => {
    const d = mutable(fixture('reference-small'));
    d.pools.push({ id: 'new', siteId: 'central', fqdn: 'new.fabrikam.com', centralManagementStore: true });
    const found = findingsOf(d, 'POOL_EMPTY');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['new'] });
    // An empty pool is judged by POOL_EMPTY only, even when it is marked as CMS host (CMS_MULTIPLE aside).
    expect(summary(d).filter((s) => s.includes('new') && !s.startsWith('CMS_MULTIPLE'))).toEqual([
      'POOL_EMPTY warning new',
    ]);
  });

  it('is silent when every pool has a server', () => {
    expect(findingsOf(fixture('reference-small'), 'POOL_EMPTY')).toHaveLength(0);
  });
});
