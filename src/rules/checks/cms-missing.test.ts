import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';

describe('CMS_MISSING', () => {
  it('flags a design where no pool hosts the CMS, and offers to mark a registrar pool', () => {
    const d = mutable(fixture('reference-small'));
    d.pools.find((p) => p.id === 'se1')!.centralManagementStore = false;
    const [f, ...rest] = findingsOf(d, 'CMS_MISSING');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['se1'] });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), 'CMS_MISSING')).toHaveLength(0);
  });

  it('is silent when one pool hosts the CMS', () => {
    expect(findingsOf(fixture('reference-small'), 'CMS_MISSING')).toHaveLength(0);
  });
});
