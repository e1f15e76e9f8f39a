import { describe, expect, it } from 'vitest';
import type { Design } from '../../domain/design';
import { findingsOf, fixture, mutable } from '../test-support';
import { poolOf } from '../test-builders';

/** The small design with se1 and se2 (paired) homing these users. */
function withUsers(se1: number, se2: number): Design {
  const d = mutable(fixture('reference-small'));
  poolOf(d, 'se1').users = se1;
  poolOf(d, 'se2').users = se2;
  return d;
}

describe('SE_USER_CAPACITY', () => {
  it('is an error above 5,000 users on one SE server', () => {
    const found = findingsOf(withUsers(5_001, 1_000), 'SE_USER_CAPACITY');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['se1'] });
  });

  it('is an error above 5,000 users across an SE pair, reported once for the pair', () => {
    const found = findingsOf(withUsers(3_100, 2_000), 'SE_USER_CAPACITY');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['se1', 'se2'] });
    expect(found[0]!.message).toContain('5,100');
  });

  it('warns above 2,500 users on one SE server when the pair still fits', () => {
    const found = findingsOf(withUsers(3_000, 2_000), 'SE_USER_CAPACITY');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', elements: ['se1'] });
  });

  it('is silent at 2,500 each', () => {
    expect(findingsOf(withUsers(2_500, 2_500), 'SE_USER_CAPACITY')).toHaveLength(0);
    expect(findingsOf(fixture('reference-small'), 'SE_USER_CAPACITY')).toHaveLength(0);
  });

  it('says only what the numbers show (wave 3): an unpaired server, and a 3,000 + 1,000 pair that fits', () => {
    const unpaired = withUsers(3_000, 1_000);
    unpaired.links = unpaired.links.filter((l) => l.kind !== 'pairing');
    const [u] = findingsOf(unpaired, 'SE_USER_CAPACITY');
    expect(u).toMatchObject({ severity: 'warning', elements: ['se1'] });
    expect(u!.message).not.toContain('could not carry');
    expect(u!.message).toContain('at most 2,000 of its own');
    const [p] = findingsOf(withUsers(3_000, 1_000), 'SE_USER_CAPACITY');
    expect(p!.message).not.toContain('could not carry');
    expect(p!.message).toContain('its partner "se2.fabrikam.com" (1,000 users) may home at most 2,000');
  });

  it('allows the same 1% as PAIRING_CAPACITY: 2,520 + 2,520 is no error, and one error only at 2,600 + 2,600', () => {
    expect(findingsOf(withUsers(2_520, 2_520), 'SE_USER_CAPACITY').filter((f) => f.severity === 'error')).toHaveLength(0);
    const found = findingsOf(withUsers(2_600, 2_600), 'SE_USER_CAPACITY');
    expect(found.map((f) => `${f.severity} ${f.elements.join()}`)).toEqual(['error se1,se2']);
  });
});
