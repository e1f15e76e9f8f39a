import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../vite.config';
import { HEADERS_FILE, metaContentSecurityPolicy, parseHeadersFile, siteHeaders } from './static-headers';

const fileText = readFileSync(HEADERS_FILE, 'utf8');

describe('public/_headers and the preview server', () => {
  it('vite preview sends exactly the headers of the file', () => {
    const preview = (config as { preview?: { headers?: Record<string, string> } }).preview;
    expect(preview?.headers).toEqual(parseHeadersFile(fileText).find((r) => r.path === '/*')?.headers);
  });

  it('the file forbids framing, MIME sniffing and referrers, and keeps the script policy', () => {
    const headers = siteHeaders(fileText);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    const directives = headers['Content-Security-Policy']!.split(';').map((d) => d.trim());
    expect(directives).toContain("frame-ancestors 'none'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
  });

  it('the meta tag policy is the header policy without frame-ancestors', () => {
    const policy = "default-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'";
    expect(metaContentSecurityPolicy(policy)).toBe("default-src 'self'; script-src 'self'; base-uri 'none'");
    expect(() => metaContentSecurityPolicy(undefined)).toThrow(/Content-Security-Policy/);
  });
});

describe('parseHeadersFile', () => {
  it('reads rules, headers and comments', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n\n/assets/*\n  Cache-Control: max-age=60, immutable\n');
    expect(rules).toEqual([
      { path: '/*', headers: { 'X-A': '1' } },
      { path: '/assets/*', headers: { 'Cache-Control': 'max-age=60, immutable' } },
    ]);
  });

  it('refuses a header without a URL pattern and a line that is not "Name: value"', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/line 2/);
  });

  it('refuses a file without a rule for every path', () => {
    expect(() => siteHeaders('/assets/*\n  X-A: 1\n')).toThrow(/"\/\*"/);
  });
});
