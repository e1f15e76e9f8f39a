import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';

describe('CMS_MULTIPLE', () => {
  it('flags two CMS hosts, and unmarks all but the first valid one', () => {
    const d = mutable(fixture('reference-small'));
    d.pools.find((p) => p.id === 'se2')!.centralManagementStore = true;
    const [f, ...rest] = findingsOf(d, 'CMS_MULTIPLE');
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['se1', 'se2'] });
    const fixed = applyCommand(d, f!.fixes![0]!.command);
    expect(findingsOf(fixed, 'CMS_MULTIPLE')).toHaveLength(0);
    expect(findingsOf(fixed, 'CMS_MISSING')).toHaveLength(0);
    expect(fixed.pools.find((p) => p.id === 'se1')!.centralManagementStore).toBe(true);
  });

  it('keeps the valid host when the first marked pool cannot hold the CMS', () => {
    const d = mutable(fixture('reference-small'));
    d.pools.find((p) => p.id === 'se1')!.centralManagementStore = false;
    d.pools.find((p) => p.id === 'edge')!.centralManagementStore = true;
    d.pools.find((p) => p.id === 'se2')!.centralManagementStore = true;
    const [f] = findingsOf(d, 'CMS_MULTIPLE');
    expect(f!.elements).toEqual(['se2', 'edge']);
  });

  it('is silent with one CMS host', () => {
    expect(findingsOf(fixture('reference-small'), 'CMS_MULTIPLE')).toHaveLength(0);
  });
});
