import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';
import { addSql } from '../test-builders-a-e';

const RULE = 'SQL_CLUSTER_LIMITS';

describe(RULE, () => {
  it('flags a 3-node Standard cluster, and offers Enterprise edition', () => {
    const d = mutable(fixture('reference-medium'));
    addSql(d, 'c1', 'cluster.contoso.com', { edition: 'standard', clusterNodes: 3 });
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['c1'] });
    expect(f!.message).toContain('at most 2');
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('flags a 17-node Enterprise cluster and a clustered Web edition', () => {
    const d = mutable(fixture('reference-medium'));
    addSql(d, 'c1', 'cluster.contoso.com', { clusterNodes: 17 });
    addSql(d, 'c2', 'web.contoso.com', { edition: 'web', clusterNodes: 2 });
    const found = findingsOf(d, RULE);
    expect(found.map((f) => f.elements)).toEqual([['c1'], ['c2']]);
    const fixed = found.reduce((acc, f) => applyCommand(acc, f.fixes![0]!.command), d);
    expect(findingsOf(fixed, RULE)).toHaveLength(0);
  });

  it('accepts 2 Standard nodes and 16 Enterprise nodes', () => {
    const d = mutable(fixture('reference-medium'));
    addSql(d, 'c1', 'cluster.contoso.com', { edition: 'standard', clusterNodes: 2 });
    addSql(d, 'c2', 'cluster2.contoso.com', { clusterNodes: 16 });
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});
