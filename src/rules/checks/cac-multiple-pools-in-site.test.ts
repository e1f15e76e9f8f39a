import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { applyFix, poolOf } from '../test-builders';

describe('CAC_MULTIPLE_POOLS_IN_SITE', () => {
  it('flags two pools of one central site running call admission control, and keeps it on the first', () => {
    const d = mutable(fixture('reference-small'));
    poolOf(d, 'se1').features!.callAdmissionControl = true;
    poolOf(d, 'se2').features!.callAdmissionControl = true;
    const [f, ...rest] = findingsOf(d, 'CAC_MULTIPLE_POOLS_IN_SITE');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['se1', 'se2', 'central'] });
    const fixed = applyFix(d, f);
    expect(poolOf(fixed, 'se1').features).toMatchObject({ callAdmissionControl: true, enterpriseVoice: true });
    expect(poolOf(fixed, 'se2').features).toMatchObject({ callAdmissionControl: false, enterpriseVoice: true });
    expect(findingsOf(fixed, 'CAC_MULTIPLE_POOLS_IN_SITE')).toHaveLength(0);
  });

  it('is silent for one pool per central site', () => {
    const d = mutable(fixture('reference-small'));
    d.sites.push({ id: 'dc2', name: 'Second data centre', kind: 'central' });
    poolOf(d, 'se1').features!.callAdmissionControl = true;
    poolOf(d, 'se2').features!.callAdmissionControl = true;
    poolOf(d, 'se2').siteId = 'dc2';
    expect(findingsOf(d, 'CAC_MULTIPLE_POOLS_IN_SITE')).toHaveLength(0);
  });
});
