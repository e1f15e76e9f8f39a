import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';

describe('SE_POOLED', () => {
  it('flags a Standard Edition pool with a second server, naming the pool first', () => {
    const d = mutable(fixture('reference-small'));
    d.servers.push({ id: 'se1-b', poolId: 'se1', fqdn: 'se1b.fabrikam.com', role: 'standard-edition' });
    const found = findingsOf(d, 'SE_POOLED');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['se1', 'se1-srv', 'se1-b'] });
    expect(found[0]!.message).toContain('se1.fabrikam.com');
    const fixed = applyCommand(d, found[0]!.fixes![0]!.command);
    expect(findingsOf(fixed, 'SE_POOLED')).toHaveLength(0);
  });

  it('is silent for a Standard Edition server alone in its pool', () => {
    expect(findingsOf(fixture('reference-small'), 'SE_POOLED')).toHaveLength(0);
  });
});
