import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';

describe('EE_POOL_SINGLE_FRONT_END', () => {
  it('notes an Enterprise pool of one Front End server', () => {
    const d = mutable(fixture('reference-medium'));
    d.servers = d.servers.filter((s) => s.id !== 'fe2' && s.id !== 'fe3');
    const found = findingsOf(d, 'EE_POOL_SINGLE_FRONT_END');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', elements: ['pool1'] });
  });

  it('is silent for a Standard Edition server, which is always one server', () => {
    expect(findingsOf(fixture('reference-small'), 'EE_POOL_SINGLE_FRONT_END')).toHaveLength(0);
  });
});
