import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../domain/design-command';
import { findingsOf, fixture, mutable } from '../test-support';

const RULE = 'DNS_LB_WEB_FQDN_NOT_OVERRIDDEN';

describe(RULE, () => {
  it('flags a DNS load-balanced Front End pool without an internal web FQDN, and offers one', () => {
    const d = mutable(fixture('reference-medium'));
    delete d.pools.find((p) => p.id === 'pool1')!.internalWebFqdn;
    const [f, ...rest] = findingsOf(d, RULE);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ severity: 'error', elements: ['pool1'] });
    expect(f!.fixes![0]!.command).toEqual({ op: 'update', id: 'pool1', patch: { internalWebFqdn: 'pool1web.contoso.com' } });
    expect(findingsOf(applyCommand(d, f!.fixes![0]!.command), RULE)).toHaveLength(0);
  });

  it('flags an internal web FQDN that is the pool FQDN in another spelling', () => {
    const d = mutable(fixture('reference-medium'));
    d.pools.find((p) => p.id === 'pool1')!.internalWebFqdn = 'POOL1.contoso.com.';
    expect(findingsOf(d, RULE).map((f) => f.elements)).toEqual([['pool1']]);
  });

  it('is silent with hardware load balancing only, and for a DNS load-balanced Edge pool', () => {
    const d = mutable(fixture('reference-medium'));
    const pool = d.pools.find((p) => p.id === 'pool1')!;
    pool.loadBalancing = 'hardware';
    delete pool.internalWebFqdn;
    expect(findingsOf(d, RULE)).toHaveLength(0);
  });
});
