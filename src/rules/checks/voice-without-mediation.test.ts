import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addPool, applyFix, poolOf } from '../test-builders';

describe('VOICE_WITHOUT_MEDIATION', () => {
  it('flags an SE server with Enterprise Voice and no Mediation, and collocates Mediation as the fix', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').collocatedMediation = false;
    const [f, ...rest] = findingsOf(d, 'VOICE_WITHOUT_MEDIATION');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['se1'] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'update', id: 'se1', patch: { collocatedMediation: true } });
    expect(findingsOf(applyFix(d, f), 'VOICE_WITHOUT_MEDIATION')).toHaveLength(0);
  });

  it('flags dial-in conferencing without Mediation too', () => {
    const d = mutable(fixture('reference-medium'));
    const pool = poolOf(d, 'pool1');
    pool.collocatedMediation = false;
    pool.features = { conferencing: true, dialInConferencing: true };
    const [f] = findingsOf(d, 'VOICE_WITHOUT_MEDIATION');
    expect(f).toMatchObject({ severity: 'error', elements: ['pool1'] });
    expect(f!.message).toContain('dial-in conferencing');
  });

  it('is silent when a stand-alone Mediation pool has the pool as next hop', () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').collocatedMediation = false;
    addPool(d, { id: 'med', siteId: 'dc', role: 'mediation', servers: 2 });
    addLink(d, 'next-hop', 'med', 'pool1');
    expect(findingsOf(d, 'VOICE_WITHOUT_MEDIATION')).toHaveLength(0);
  });
});
