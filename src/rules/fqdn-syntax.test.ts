import { describe, expect, it } from 'vitest';
import { fqdnProblem, isIPv4, isIPv6 } from './fqdn-syntax';

describe('fqdn syntax', () => {
  it('accepts DNS names of letters, digits and inner hyphens', () => {
    for (const ok of ['pool1.contoso.com', 'a.b', 'x-1.y2.com.', `${'a'.repeat(63)}.com`]) expect(fqdnProblem(ok)).toBeUndefined();
  });

  it('says what is wrong with a bad name', () => {
    expect(fqdnProblem('')).toBe('is empty');
    expect(fqdnProblem('  ')).toBe('is empty');
    expect(fqdnProblem('a b.com')).toBe('contains a space');
    expect(fqdnProblem('a_b.com')).toBe('contains an underscore');
    expect(fqdnProblem('ü.com')).toContain('"ü"');
    expect(fqdnProblem('.a.com')).toContain('empty label');
    expect(fqdnProblem('a.com..')).toContain('empty label');
    expect(fqdnProblem('a-.com')).toContain('"a-"');
  });

  it('rejects single labels, labels over 63 characters and names over 255 (wave 3)', () => {
    for (const single of ['localhost', 'A1', 'pool1.']) expect(fqdnProblem(single)).toContain('single label');
    expect(fqdnProblem(`${'a'.repeat(64)}.com`)).toContain('64 characters');
    const long = `${Array.from({ length: 5 }, () => 'b'.repeat(60)).join('.')}.com`;
    expect(fqdnProblem(long)).toContain(`${long.length} characters long`);
  });

  it('recognises IPv4 and IPv6 addresses', () => {
    expect(isIPv4('10.0.0.255')).toBe(true);
    expect(isIPv4('10.0.0.256')).toBe(false);
    expect(isIPv4('10.0.0')).toBe(false);
    for (const ok of ['::', '::1', 'fe80::1', '2001:db8:0:0:0:0:0:1', '::ffff:192.0.2.1', '1:2:3:4:5:6:7::']) {
      expect(isIPv6(ok)).toBe(true);
    }
    for (const bad of ['1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7', ':1', '::1.2.3']) {
      expect(isIPv6(bad)).toBe(false);
    }
  });
});
