import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, mutable } from '../test-support';
import { poolOf } from '../test-builders';

describe('FQDN_INVALID', () => {
  it('flags a server FQDN with an underscore', () => {
    const d = mutable(fixture('reference-medium'));
    d.servers.find((s) => s.id === 'fe2')!.fqdn = 'fe_2.contoso.com';
    const found = findingsOf(d, 'FQDN_INVALID');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', elements: ['fe2'] });
    expect(found[0]!.message).toContain('underscore');
  });

  it('flags empty, Unicode, hyphen-edged and empty-label names on every kind of element', () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'owa').fqdn = '';
    d.sqlInstances.find((s) => s.id === 'be2')!.host = 'bé2.contoso.com';
    d.fileStores[0]!.host = '-fs1.contoso.com';
    d.gateways[0]!.address = 'gw..contoso.com';
    poolOf(d, 'pool1').internalWebFqdn = 'pool1 web.contoso.com';
    const found = findingsOf(d, 'FQDN_INVALID');
    expect(found.map((f) => f.elements[0]).sort()).toEqual(['be2', 'fs1', 'gw-dc', 'owa', 'pool1']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  it('accepts gateway IPv4 and IPv6 addresses but not a malformed IPv6 one', () => {
    const d = mutable(fixture('reference-medium'));
    d.gateways[0]!.address = '192.0.2.10';
    d.gateways[1]!.address = '2001:db8::1';
    expect(findingsOf(d, 'FQDN_INVALID')).toHaveLength(0);
    const bad = mutable(fixture('reference-medium'));
    bad.gateways[0]!.address = '2001:db8:::1';
    expect(findingsOf(bad, 'FQDN_INVALID')[0]).toMatchObject({ elements: ['gw-dc'] });
  });

  it('is silent for valid names, with any case and a trailing dot', () => {
    const d = mutable(fixture('reference-medium'));
    poolOf(d, 'pool1').fqdn = 'Pool1.Contoso.com.';
    expect(findingsOf(d, 'FQDN_INVALID')).toHaveLength(0);
    expect(findingsOf(fixture('reference-small'), 'FQDN_INVALID')).toHaveLength(0);
  });

  it('flags a single-label pool FQDN and a label over 63 characters (wave 3)', () => {
    const d = mutable(fixture('reference-medium'));
    d.pools.find((p) => p.id === 'owa')!.fqdn = 'owa';
    d.servers.find((s) => s.id === 'fe1')!.fqdn = `${'f'.repeat(64)}.contoso.com`;
    expect(findingsOf(d, 'FQDN_INVALID').map((f) => f.elements)).toEqual([['fe1'], ['owa']]);
  });
});
