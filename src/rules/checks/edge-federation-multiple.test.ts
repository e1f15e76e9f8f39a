import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool, applyFix, poolOf } from '../test-builders';

describe('EDGE_FEDERATION_MULTIPLE', () => {
  it('flags two Edge pools marked for SIP federation and unmarks the extra one', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'edge-b', siteId: 'dc', role: 'edge', servers: 2, federation: true });
    const [f, ...rest] = findingsOf(d, 'EDGE_FEDERATION_MULTIPLE');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['edgepool', 'edge-b'] });
    const fixed = applyFix(d, f);
    expect(poolOf(fixed, 'edgepool').federation).toBe(true);
    expect(findingsOf(fixed, 'EDGE_FEDERATION_MULTIPLE')).toHaveLength(0);
  });

  it('flags two Edge pools marked for XMPP federation', () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'edgepool').xmppFederation = true;
    addPool(d, { id: 'edge-b', siteId: 'dc', role: 'edge', servers: 2, xmppFederation: true });
    const [f] = findingsOf(d, 'EDGE_FEDERATION_MULTIPLE');
    expect(f).toMatchObject({ severity: 'error', elements: ['edgepool', 'edge-b'] });
    expect(f!.message).toContain('XMPP');
    expect(findingsOf(applyFix(d, f), 'EDGE_FEDERATION_MULTIPLE')).toHaveLength(0);
  });

  it('is silent when SIP and XMPP federation go through different Edge pools', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'edge-b', siteId: 'dc', role: 'edge', servers: 2, xmppFederation: true });
    expect(findingsOf(d, 'EDGE_FEDERATION_MULTIPLE')).toHaveLength(0);
  });
});
