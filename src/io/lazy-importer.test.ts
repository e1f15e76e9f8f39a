// The Topology Builder importer and its XML parser stay out of the first screen's bundle: the browser edge
// reaches them only through import(), and statically only the parser-free sniffing and report types.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const STATIC_ALLOWED = new Set(['../topology-builder/sniff', '../../topology-builder/sniff']);

function shippedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return shippedFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('the importer is loaded on demand in the browser', () => {
  it('no browser-side file imports topology-builder statically except its sniffing, and none imports saxes', () => {
    const offenders: string[] = [];
    for (const layer of ['io', 'state', 'canvas', 'ui', 'app']) {
      for (const file of shippedFiles(join(SRC, layer))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/^import(?!\s+type)[^'"]*from\s+'([^']+)'/gm)) {
          const target = m[1]!;
          if ((target.includes('topology-builder') && !STATIC_ALLOWED.has(target)) || target === 'saxes') offenders.push(`${file}: ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    expect(readFileSync(join(SRC, 'io/import-file.ts'), 'utf8')).toContain("await import('../topology-builder')");
  });
});
