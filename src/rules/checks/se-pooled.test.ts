import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { validate } from '../engine';
import { findingsOf, fixture, mutable } from '../test-support';

describe('SE_POOLED', () => {
  it('flags a Standard Edition pool with a second server, naming the pool first', () => {
    const d = mutable(fixture('reference-small'));
    d.servers.push({ id: 'se1-b', poolId: 'se1', fqdn: 'se1b.fabrikam.com', role: 'standard-edition' });
    const found = findingsOf(d, 'SE_POOLED');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['se1', 'se1-srv', 'se1-b'] });
    expect(found[0]!.message).toContain('se1.fabrikam.com');
    const fixes = found[0]!.fixes!;
    expect(fixes.map((f) => f.label)).toEqual([
      'Move "se1b.fabrikam.com" into a Standard Edition pool of its own',
      'Remove "se1b.fabrikam.com" from "se1.fabrikam.com"',
      'Convert "se1.fabrikam.com" to an Enterprise Edition Front End pool (it then needs a pool FQDN of its own, a back end, a file store and load balancing)',
    ]);
    for (const fix of fixes) expect(findingsOf(applyCommand(d, fix.command), 'SE_POOLED')).toHaveLength(0);
  });

  it('moving the extra server out clears the error and adds no other (wave 3: converting added 5)', () => {
    const d = mutable(fixture('reference-small'));
    d.servers.push({ id: 'se1-b', poolId: 'se1', fqdn: 'se1b.fabrikam.com', role: 'standard-edition' });
    const [f] = findingsOf(d, 'SE_POOLED');
    const errors = (x: typeof d) => validate(x).filter((y) => y.severity === 'error').map((y) => y.rule);
    expect(errors(d)).toEqual(['POOL_FQDN_IS_SERVER_FQDN', 'SE_POOLED']);
    const moved = applyCommand(d, f!.fixes![0]!.command);
    expect(errors(moved)).toEqual([]);
    expect(moved.pools.find((p) => p.fqdn === 'se1b.fabrikam.com')).toMatchObject({ siteId: 'central' });
    // The last resort still says what follows: converting leaves the errors its label names.
    expect(errors(applyCommand(d, f!.fixes![2]!.command))).toEqual(
      expect.arrayContaining(['EE_BACKEND_MISSING', 'FILE_STORE_MISSING', 'MULTI_SERVER_POOL_NO_LOAD_BALANCING']),
    );
  });

  it('is silent for a Standard Edition server alone in its pool', () => {
    expect(findingsOf(fixture('reference-small'), 'SE_POOLED')).toHaveLength(0);
  });
});
