import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';
import { addLink, addSql } from '../test-builders-a-e';

const RULE = 'SE_NO_BACKEND_HA';

function withExpress() {
  const d = mutable(fixture('reference-small'));
  addSql(d, 'x1', 'se1.fabrikam.com', { instance: 'rtc', edition: 'express' });
  addLink(d, 'backend', 'se1', 'x1');
  return d;
}

describe(RULE, () => {
  it('flags a mirrored SQL Express of a Standard Edition server, and removes the mirror as fix', () => {
    const d = withExpress();
    addSql(d, 'x2', 'se2.fabrikam.com', { instance: 'rtc', edition: 'express' });
    const id = addLink(d, 'mirror', 'x1', 'x2');
    const found = findingsOf(d, RULE);
    // Both ends are an SE server's Express: each is flagged for the same mirror link.
    expect(found.map((f) => f.elements)).toEqual([
      ['x1', id],
      ['x2', id],
    ]);
    expect(found[0]!.severity).toBe('error');
    expect(findingsOf(applyCommand(d, found[0]!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('flags a clustered SQL Express of a Standard Edition server', () => {
    const d = withExpress();
    d.sqlInstances[0]!.clusterNodes = 2;
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['x1'] });
    expect(f!.message).toContain('2 cluster nodes');
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('is silent for a drawn SQL Express without mirror or cluster', () => {
    expect(findingsOf(withExpress(), RULE)).toHaveLength(0);
  });
});
