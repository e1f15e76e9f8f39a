import { describe, expect, it } from 'vitest';
import { describeEffect, fixEffect } from './fix-effect';
import { findingsOf, fixture, mutable } from './test-support';

describe('fix effect', () => {
  it('judges the changed design: the SE_POOLED fixes say what they clear and add', () => {
    const d = mutable(fixture('reference-small'));
    d.servers.push({ id: 'se1-b', poolId: 'se1', fqdn: 'se1b.fabrikam.com', role: 'standard-edition' });
    const [f] = findingsOf(d, 'SE_POOLED');
    // Moving the server out clears SE_POOLED and POOL_FQDN_IS_SERVER_FQDN and adds nothing.
    expect(describeEffect(fixEffect(d, f!.fixes![0]!))).toBe('clears 2 errors');
    const convert = fixEffect(d, f!.fixes![2]!);
    expect(convert.added.error).toBeGreaterThan(0);
    expect(describeEffect(convert)).toBe('clears 1 error, adds 5 errors and 1 warning');
  });

  it('says when nothing changes', () => {
    expect(describeEffect({ cleared: { error: 0, warning: 0, info: 0 }, added: { error: 0, warning: 0, info: 0 } })).toBe('changes no finding');
    expect(describeEffect({ cleared: { error: 1, warning: 0, info: 0 }, added: { error: 0, warning: 2, info: 0 } })).toBe('clears 1 error, adds 2 warnings');
  });
});
