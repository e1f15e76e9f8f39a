/**
 * The HTTP headers of the built site have one source, `public/_headers` (the Netlify / Cloudflare Pages
 * format, copied into dist/ as it is). `vite.config.ts` reads it here for `vite preview` and for the CSP
 * meta tag of the built index.html, so the host, the preview server and the page cannot disagree.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const HEADERS_FILE = fileURLToPath(new URL('../public/_headers', import.meta.url));

export interface HeaderRule {
  /** The URL pattern, e.g. `/*`. */
  path: string;
  headers: Record<string, string>;
}

/**
 * Parse the `_headers` format: a URL pattern at the start of a line, then its headers indented as
 * `Name: value`; `#` starts a comment line. Anything else is an error, so a typo fails the build
 * rather than silently dropping a header.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`public/_headers line ${i + 1}: expected "  Name: value" under a URL pattern`);
    rule.headers[match[1]!] = match[2]!;
  });
  return rules;
}

/** The headers every file of the site gets (the `/*` rule). */
export function siteHeaders(text = readFileSync(HEADERS_FILE, 'utf8')): Record<string, string> {
  const all = parseHeadersFile(text).find((r) => r.path === '/*');
  if (!all) throw new Error('public/_headers has no "/*" rule');
  return all.headers;
}

/**
 * The policy as a `<meta>` tag may carry it: browsers ignore (and warn about) frame-ancestors there,
 * so it is left out; only the header can forbid framing.
 */
export function metaContentSecurityPolicy(policy: string | undefined): string {
  if (!policy) throw new Error('public/_headers sets no Content-Security-Policy for "/*"');
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !/^frame-ancestors\b/i.test(d))
    .join('; ');
}
