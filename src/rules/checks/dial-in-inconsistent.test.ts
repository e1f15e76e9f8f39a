import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { applyFix, poolOf } from '../test-builders';

describe('DIAL_IN_INCONSISTENT', () => {
  it('flags the conferencing pool without dial-in when another has it, and turns it on as the fix', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').features!.dialInConferencing = true;
    const [f, ...rest] = findingsOf(d, 'DIAL_IN_INCONSISTENT');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['se2', 'se1'] });
    const fixed = applyFix(d, f);
    expect(poolOf(fixed, 'se2').features).toMatchObject({ conferencing: true, dialInConferencing: true });
    expect(findingsOf(fixed, 'DIAL_IN_INCONSISTENT')).toHaveLength(0);
  });

  it('ignores pools without conferencing', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').features!.dialInConferencing = true;
    poolOf(d, 'se2').features!.conferencing = false;
    expect(findingsOf(d, 'DIAL_IN_INCONSISTENT')).toHaveLength(0);
  });

  it('is silent when all conferencing pools agree', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').features!.dialInConferencing = true;
    poolOf(d, 'se2').features!.dialInConferencing = true;
    expect(findingsOf(d, 'DIAL_IN_INCONSISTENT')).toHaveLength(0);
    expect(findingsOf(fixture('reference-small'), 'DIAL_IN_INCONSISTENT')).toHaveLength(0);
  });
});
