import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
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

  it('offers to make a branch with a Standard Edition server a central site', () => {
    const d = mutable(fixture('reference-small'));
    addPool(d, 'se3', 'branch1', 'standard-edition');
    const [f] = findingsOf(d, RULE);
    expect(f).toMatchObject({ elements: ['se3', 'branch1'] });
    const fixed = applyCommand(d, f!.fixes![0]!.command);
    expect(fixed.sites.find((s) => s.id === 'branch1')!.kind).toBe('central');
    expect(findingsOf(fixed, RULE)).toHaveLength(0);
  });

  it('allows appliances, gateways and a stand-alone Mediation pool in a branch', () => {
    const d = mutable(fixture('reference-medium'));
    addPool(d, 'med', 'br2', 'mediation');
    addPool(d, 'sbs', 'br2', 'survivable-branch-server');
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});
