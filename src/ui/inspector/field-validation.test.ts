import { describe, expect, it } from 'vitest';
import {
  parseAddress,
  parseClusterNodes,
  parseFqdn,
  parseInstanceName,
  parseIp,
  parseOptionalCount,
  parseRequired,
  parseShareName,
  parseSimpleUrl,
  parseUsers,
} from './field-validation';

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

describe('parseIp', () => {
  it('accepts IPv4 and IPv6 addresses in their usual forms; empty clears the field', () => {
    for (const good of ['10.0.0.5', '192.168.1.254', '0.0.0.0', '2001:db8::5', '::1', '::', 'fe80::1:2:3:4', '2001:0db8:0000:0000:0000:0000:0000:0001', '::ffff:192.0.2.1', '1:2:3:4:5:6:7::']) {
      expect(value(parseIp(good)), good).toBe(good.toLowerCase());
    }
    expect(value(parseIp(' 10.1.2.3 '))).toBe('10.1.2.3');
    expect(value(parseIp('2001:DB8::A'))).toBe('2001:db8::a');
    expect(parseIp('  ')).toEqual({ ok: true, value: undefined });
  });
  it('refuses what is not an address, with a message naming both families', () => {
    for (const bad of ['10.0.0', '10.0.0.256', '10.0.0.5.6', '010.0.0.1', 'fe1.contoso.com', '2001:db8:::5', '1::2::3', '2001:db8::12345', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', 'g::1', '::1.2.3', '1.2.3.4::', '10.0.0.5/24']) {
      const r = parseIp(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/IPv4 or IPv6/);
    }
  });
});

describe('parseSimpleUrl', () => {
  it('keeps https URLs with an optional path and adds https:// to a bare host name', () => {
    expect(value(parseSimpleUrl('https://meet.contoso.com'))).toBe('https://meet.contoso.com');
    expect(value(parseSimpleUrl('meet.Contoso.com'))).toBe('https://meet.contoso.com');
    expect(value(parseSimpleUrl('https://lync.contoso.com/meet/'))).toBe('https://lync.contoso.com/meet');
    expect(parseSimpleUrl('')).toEqual({ ok: true, value: undefined });
  });
  it('refuses other schemes, a host that is no FQDN and a query', () => {
    const http = parseSimpleUrl('http://meet.contoso.com');
    expect(!http.ok && http.message).toMatch(/https/);
    const single = parseSimpleUrl('https://meet');
    expect(!single.ok && single.message).toMatch(/host name/);
    expect(parseSimpleUrl('https://meet_1.contoso.com').ok).toBe(false);
    expect(parseSimpleUrl('https://meet.contoso.com/?x=1').ok).toBe(false);
    expect(parseSimpleUrl('', { required: true }).ok).toBe(false);
  });
});

describe('parseOptionalCount', () => {
  it('is a user count where empty means unknown', () => {
    expect(value(parseOptionalCount('12,000'))).toBe(12000);
    expect(value(parseOptionalCount('0'))).toBe(0);
    expect(value(parseOptionalCount(''))).toBeUndefined();
    expect(parseOptionalCount('many').ok).toBe(false);
  });
});
