import { describe, expect, it } from 'vitest';
import { parseAddress, parseClusterNodes, parseFqdn, parseInstanceName, parseRequired, parseShareName, parseUsers } from './field-validation';

const value = <T>(r: { ok: boolean; value?: T }) => (r.ok ? r.value : 'INVALID');

describe('parseFqdn', () => {
  it('accepts FQDNs and trims surrounding whitespace', () => {
    expect(value(parseFqdn('pool01.contoso.com', { required: true }))).toBe('pool01.contoso.com');
    expect(value(parseFqdn('  se1.fabrikam.com ', { required: true }))).toBe('se1.fabrikam.com');
    expect(value(parseFqdn('a-b.c-d.example.org', { required: true }))).toBe('a-b.c-d.example.org');
  });
  it('refuses spaces, invalid characters, single labels and malformed parts with a message', () => {
    for (const bad of ['se1 .fabrikam.com', 'se 1.fabrikam.com', 'se_1.fabrikam.com', 'se1!.com', 'se1', 'se1..com', '.se1.com', 'se1.com.', '-se1.com', 'se1-.com', 'se1.123', `${'a'.repeat(64)}.com`]) {
      const r = parseFqdn(bad, { required: true });
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
    }
    const spaced = parseFqdn('bad name.contoso.com', { required: true });
    expect(!spaced.ok && spaced.message).toMatch(/spaces/);
  });
  it('requires a value only when asked', () => {
    expect(parseFqdn('', { required: true }).ok).toBe(false);
    expect(parseFqdn('  ', { required: false })).toEqual({ ok: true, value: undefined });
  });
});

describe('parseUsers', () => {
  it('accepts whole numbers from 0, with thousands separators; empty means 0', () => {
    expect(value(parseUsers('2000'))).toBe(2000);
    expect(value(parseUsers(' 6,000 '))).toBe(6000);
    expect(value(parseUsers('1,000,000'))).toBe(1_000_000);
    expect(value(parseUsers('0'))).toBe(0);
    expect(value(parseUsers(''))).toBe(0);
  });
  it('refuses negatives, fractions, text and absurd sizes', () => {
    for (const bad of ['-1', '2.5', 'abc', '12,34', '1e4', '20000000']) expect(parseUsers(bad).ok, bad).toBe(false);
  });
});

describe('other fields', () => {
  it('a required name cannot be blank', () => {
    expect(parseRequired('   ', 'The name').ok).toBe(false);
    expect(value(parseRequired(' HQ ', 'The name'))).toBe('HQ');
  });
  it('gateway addresses are FQDNs or IP addresses', () => {
    expect(value(parseAddress('10.0.0.1'))).toBe('10.0.0.1');
    expect(value(parseAddress('gw.contoso.com'))).toBe('gw.contoso.com');
    expect(value(parseAddress('fe80::1'))).toBe('fe80::1');
    expect(parseAddress('10.0.0.300').ok).toBe(false);
    expect(parseAddress('gw 1').ok).toBe(false);
  });
  it('cluster nodes, instance and share names', () => {
    expect(value(parseClusterNodes(''))).toBeUndefined();
    expect(value(parseClusterNodes('0'))).toBeUndefined();
    expect(value(parseClusterNodes('2'))).toBe(2);
    expect(parseClusterNodes('-2').ok).toBe(false);
    expect(value(parseInstanceName(''))).toBe('');
    expect(value(parseInstanceName('RTC'))).toBe('RTC');
    expect(parseInstanceName('my instance').ok).toBe(false);
    expect(value(parseShareName('LyncShare'))).toBe('LyncShare');
    expect(parseShareName('a/b').ok).toBe(false);
  });
});
