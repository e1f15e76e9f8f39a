import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, applyFix } from '../test-builders';

describe('TRUSTED_APP_NO_NEXT_HOP', () => {
  it('flags a Trusted Application pool without a next hop and offers the Front End pool', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'app', siteId: 'dc', role: 'trusted-application', servers: 2 });
    const [f, ...rest] = findingsOf(d, 'TRUSTED_APP_NO_NEXT_HOP');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['app'] });
    expect(findingsOf(applyFix(d, f), 'TRUSTED_APP_NO_NEXT_HOP')).toHaveLength(0);
  });

  it('is silent with a Standard Edition next hop', () => {
    const d = mutable(fixture('reference-small'));
    addPool(d, { id: 'app', siteId: 'central', role: 'trusted-application' });
    addLink(d, 'next-hop', 'app', 'se2');
    expect(findingsOf(d, 'TRUSTED_APP_NO_NEXT_HOP')).toHaveLength(0);
  });
});
