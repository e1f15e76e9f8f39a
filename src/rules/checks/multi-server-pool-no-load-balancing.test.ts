import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';

const RULE = 'MULTI_SERVER_POOL_NO_LOAD_BALANCING';

describe(RULE, () => {
  it('flags a two-server Edge pool without load balancing, and offers DNS load balancing', () => {
    const d = mutable(fixture('reference-medium'));
    delete d.pools.find((p) => p.id === 'edgepool')!.loadBalancing;
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['edgepool'] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'update', id: 'edgepool', patch: { loadBalancing: 'dns' } });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('offers a Front End pool a fix that does not raise DNS_LB_WEB_FQDN_NOT_OVERRIDDEN', () => {
    for (const web of ['pool1web.contoso.com', undefined]) {
      const d = mutable(fixture('reference-medium'));
      const pool = d.pools.find((p) => p.id === 'pool1')!;
      pool.loadBalancing = 'none';
      pool.internalWebFqdn = web;
      const [f] = findingsOf(d, RULE);
      expect(f!.elements).toEqual(['pool1']);
      const fixed = applyCommand(d, f!.fixes![0]!.command);
      expect(findingsOf(fixed, RULE)).toHaveLength(0);
      expect(findingsOf(fixed, 'DNS_LB_WEB_FQDN_NOT_OVERRIDDEN')).toHaveLength(0);
    }
  });

  it('is silent for a single Edge server without load balancing', () => {
    expect(findingsOf(fixture('reference-small'), RULE)).toHaveLength(0);
  });
});
