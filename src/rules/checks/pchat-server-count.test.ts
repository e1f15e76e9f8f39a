import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool } from '../test-builders';

describe('PCHAT_SERVER_COUNT', () => {
  it('flags a Persistent Chat pool of 9 servers', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'chat', siteId: 'dc', role: 'persistent-chat', servers: 9 });
    const found = findingsOf(d, 'PCHAT_SERVER_COUNT');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['chat'] });
    expect(found[0]!.message).toContain('9 servers');
  });

  it('is silent at 8 servers (4 active and 4 standby)', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, { id: 'chat', siteId: 'dc', role: 'persistent-chat', servers: 8 });
    expect(findingsOf(d, 'PCHAT_SERVER_COUNT')).toHaveLength(0);
  });
});
