import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { validate } from '../engine';
import { findingsOf, fixture, mutable } from '../test-support';
import { addPool, addSql } from '../test-builders-a-e';

const RULE = 'BRANCH_SITE_DISALLOWED_ELEMENT';

describe(RULE, () => {
  it('flags an Office Web Apps pool in a branch, and offers to move it to the central site', () => {
    const d = mutable(fixture('reference-medium'));
    d.pools.find((p) => p.id === 'owa')!.siteId = 'br1';
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['owa', 'br1'] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'reparent', id: 'owa', parentId: 'dc' });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('flags a SQL instance in a branch', () => {
    const d = mutable(fixture('reference-medium'));
    addSql(d, 'brsql', 'brsql.contoso.com', { siteId: 'br2' });
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['brsql', 'br2']]);
  });

  it('offers to move a Standard Edition server out of a branch first, and to make the branch central second', () => {
    const d = mutable(fixture('reference-small'));
    addPool(d, 'se3', 'branch1', 'standard-edition');
    const [f] = findingsOf(d, RULE);
    expect(f).toMatchObject({ elements: ['se3', 'branch1'] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'reparent', id: 'se3', parentId: 'central' });
    const moved = applyCommand(d, f!.fixes![0]!.command);
    expect(findingsOf(moved, RULE)).toHaveLength(0);
    // Making the branch central would leave its appliance in a central site (wave 3): second, and it says so.
    expect(f!.fixes![1]!.label).toContain('then need another branch');
    const central = applyCommand(d, f!.fixes![1]!.command);
    expect(central.sites.find((s) => s.id === 'branch1')!.kind).toBe('central');
    expect(findingsOf(central, RULE)).toHaveLength(0);
    expect(findingsOf(central, 'SBA_IN_CENTRAL_SITE')).toHaveLength(1);
    const errors = (x: typeof d) => validate(x).filter((y) => y.severity === 'error').length;
    expect(errors(moved)).toBeLessThan(errors(d));
  });

  it('allows appliances, gateways and a stand-alone Mediation pool in a branch', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, 'med', 'br2', 'mediation');
    addPool(d, 'sbs', 'br2', 'survivable-branch-server');
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});
